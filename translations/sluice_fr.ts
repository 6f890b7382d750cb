<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>HoldExpiry</name>
    <message numerus="yes">
        <source>The message was held for %n hour(s) for the domain to ask for its mail (ETRN), and it never did.</source>
        <translation>
            <numerusform>Le message a été retenu pendant %n heure pour que le domaine demande son courrier (ETRN), ce qu&apos;il n&apos;a jamais fait.</numerusform>
            <numerusform>Le message a été retenu pendant %n heures pour que le domaine demande son courrier (ETRN), ce qu&apos;il n&apos;a jamais fait.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueAdmin</name>
    <message>
        <source>The message was deleted by the postmaster.</source>
        <translation>Le message a été supprimé par le postmaster.</translation>
    </message>
</context>
<context>
    <name>Sluice</name>
    <message>
        <source>Usage:
  sluice domain list
  sluice domain add NAME [--route HOST[:PORT]] [--tls opportunistic|required] [--pin SHA256]
                         [--auth none|any|login|plain|cram-md5] [--account NAME]
                         [--plaintext-auth] [--hold]
  sluice domain remove NAME
</source>
        <translation>Syntaxe&#xa0;:
  sluice domain list
  sluice domain add NAME [--route HOST[:PORT]] [--tls opportunistic|required] [--pin SHA256]
                         [--auth none|any|login|plain|cram-md5] [--account NAME]
                         [--plaintext-auth] [--hold]
  sluice domain remove NAME
</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Option «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>Set delivery.smarthost_account first.</source>
        <translation>Définissez d&apos;abord delivery.smarthost_account.</translation>
    </message>
    <message>
        <source>The e-mail domain %1 has no account; add one with --account.</source>
        <translation>Le domaine de messagerie %1 n&apos;a pas de compte&#xa0;; ajoutez-en un avec --account.</translation>
    </message>
    <message>
        <source>There is no e-mail domain %1.</source>
        <translation>Il n&apos;existe aucun domaine de messagerie %1.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>Aucun mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Usage:
  sluice account list
  sluice account add NAME [--domains DOMAIN,DOMAIN...]   (password on standard input)
  sluice account remove NAME
Accounts log in to Sluice&apos;s SMTP server (AUTH); the domains are what each may pull
with ATRN or TURN. Adding an existing account replaces its domains and password.
</source>
        <translation>Syntaxe&#xa0;:
  sluice account list
  sluice account add NAME [--domains DOMAIN,DOMAIN...]   (mot de passe sur l&apos;entrée standard)
  sluice account remove NAME
Les comptes s&apos;authentifient auprès du serveur SMTP de Sluice (AUTH)&#xa0;; les domaines indiquent le
courrier que chaque compte peut récupérer avec ATRN ou TURN. Ajouter un compte existant remplace
ses domaines et son mot de passe.
</translation>
    </message>
    <message>
        <source>The account is removed, but its password could not be deleted: %1</source>
        <translation>Le compte a été supprimé, mais son mot de passe n&apos;a pas pu être effacé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sluice is not running on %1 (%2).</source>
        <translation>Sluice n&apos;est pas en cours d&apos;exécution sur %1 (%2).</translation>
    </message>
    <message>
        <source>Sluice did not answer.</source>
        <translation>Sluice n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Set dialup.account (and dialup.profile) first.</source>
        <translation>Définissez d&apos;abord dialup.account (et dialup.profile).</translation>
    </message>
    <message>
        <source>Retrieval uses the smarthost&apos;s password unless retrieval.auth and retrieval.account are set.</source>
        <translation>La récupération utilise le mot de passe du smarthost, sauf si retrieval.auth et retrieval.account sont définis.</translation>
    </message>
    <message>
        <source>Usage: sluice password set|delete smarthost | domain NAME | dialup | retrieval  (the password is read from standard input)</source>
        <translation>Syntaxe&#xa0;: sluice password set|delete smarthost | domain NAME | dialup | retrieval  (le mot de passe est lu sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>Usage:
  sluice profile list
  sluice profile add NAME --connect COMMAND [--disconnect COMMAND]
                          [--probe tcp:HOST:PORT | --probe command:COMMAND]
                          [--probe-timeout SECONDS]
  sluice profile remove NAME
Commands are a program and its arguments, run without a shell (write sh -c &apos;...&apos; for one).
The connect and disconnect commands get SLUICE_PROFILE, SLUICE_ACCOUNT, SLUICE_PASSWORD and
SLUICE_DOMAIN (dialup.account, `sluice password set dialup`, dialup.domain).
</source>
        <translation>Syntaxe&#xa0;:
  sluice profile list
  sluice profile add NAME --connect COMMAND [--disconnect COMMAND]
                          [--probe tcp:HOST:PORT | --probe command:COMMAND]
                          [--probe-timeout SECONDS]
  sluice profile remove NAME
Une commande est un programme suivi de ses arguments, exécuté sans shell (pour utiliser un shell,
écrivez sh -c &apos;...&apos;).
Les commandes de connexion et de déconnexion reçoivent SLUICE_PROFILE, SLUICE_ACCOUNT, SLUICE_PASSWORD et
SLUICE_DOMAIN (dialup.account, `sluice password set dialup`, dialup.domain).
</translation>
    </message>
    <message>
        <source>The option “%1” needs a value.</source>
        <translation>L&apos;option «&#xa0;%1&#xa0;» nécessite une valeur.</translation>
    </message>
    <message>
        <source>unexpected reply %1 to %2</source>
        <translation>réponse inattendue %1 à %2</translation>
    </message>
    <message>
        <source>the provider accepted ETRN for %1; held mail, if any, will follow</source>
        <translation>le fournisseur a accepté ETRN pour %1&#xa0;; le courrier retenu éventuel va suivre</translation>
    </message>
    <message>
        <source>no mail is waiting for %1</source>
        <translation>aucun courrier en attente pour %1</translation>
    </message>
    <message>
        <source>the provider started delivering the mail waiting for %1</source>
        <translation>le fournisseur a commencé à remettre le courrier en attente pour %1</translation>
    </message>
    <message>
        <source>the provider started delivering %1 message(s) waiting for %2</source>
        <translation>le fournisseur a commencé à remettre %1 message(s) en attente pour %2</translation>
    </message>
    <message>
        <source>the provider cannot release the mail for %1 now (it may be busy with it)</source>
        <translation>le fournisseur ne peut pas libérer le courrier pour %1 maintenant (il est peut-être en cours de traitement)</translation>
    </message>
    <message>
        <source>the provider does not allow ETRN for %1</source>
        <translation>le fournisseur n&apos;autorise pas ETRN pour %1</translation>
    </message>
    <message>
        <source>the provider does not accept ETRN</source>
        <translation>le fournisseur n&apos;accepte pas ETRN</translation>
    </message>
    <message>
        <source>the provider does not accept &quot;%1&quot; as an ETRN node</source>
        <translation>le fournisseur n&apos;accepte pas «&#xa0;%1&#xa0;» comme nœud ETRN</translation>
    </message>
    <message>
        <source>the provider does not support this form of ETRN (%1)</source>
        <translation>le fournisseur ne prend pas en charge cette forme d&apos;ETRN (%1)</translation>
    </message>
    <message>
        <source>the provider wants authentication before ETRN; set up an account for it</source>
        <translation>le fournisseur exige une authentification avant ETRN&#xa0;; configurez un compte à cet effet</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>ce compte</translation>
    </message>
    <message>
        <source>the provider is releasing the mail for %1 over this connection</source>
        <translation>le fournisseur libère le courrier pour %1 sur cette connexion</translation>
    </message>
    <message>
        <source>ATRN for %1 is not permitted, or a release for it is already running</source>
        <translation>ATRN n&apos;est pas autorisé pour %1, ou une libération est déjà en cours</translation>
    </message>
    <message>
        <source>the provider could not check access to %1 now; try again later</source>
        <translation>le fournisseur n&apos;a pas pu vérifier l&apos;accès à %1 pour le moment&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <source>the provider wants authentication before ATRN</source>
        <translation>le fournisseur exige une authentification avant ATRN</translation>
    </message>
    <message>
        <source>the provider does not accept ATRN</source>
        <translation>le fournisseur n&apos;accepte pas ATRN</translation>
    </message>
    <message>
        <source>the provider accepted TURN and is releasing the mail over this connection</source>
        <translation>le fournisseur a accepté TURN et libère le courrier sur cette connexion</translation>
    </message>
    <message>
        <source>the provider does not accept TURN</source>
        <translation>le fournisseur n&apos;accepte pas TURN</translation>
    </message>
    <message>
        <source>the provider refused TURN: it wants authentication first</source>
        <translation>le fournisseur a refusé TURN&#xa0;: il exige d&apos;abord une authentification</translation>
    </message>
    <message>
        <source>the provider refused TURN</source>
        <translation>le fournisseur a refusé TURN</translation>
    </message>
    <message>
        <source>“%1” is not a weekday or a range of weekdays (for example mon-fri).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un jour de la semaine ni une plage de jours (par exemple mon-fri).</translation>
    </message>
    <message>
        <source>“%1” is not a weekday (use mon, tue, wed, thu, fri, sat, sun).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un jour de la semaine (utilisez mon, tue, wed, thu, fri, sat, sun).</translation>
    </message>
    <message>
        <source>Usage:
  sluice host list
  sluice host add NETWORK [--reject] [--relay] [--position N]
  sluice host remove NETWORK
NETWORK is an address (192.168.1.7, 2001:db8::7) or ADDRESS/PREFIX (192.168.1.0/24).
The first row whose network holds a client decides: --reject answers it 521 and closes;
otherwise it is accepted, and with --relay it may relay. New rows go to the end unless
--position says where (1 is the top).
</source>
        <translation>Syntaxe&#xa0;:
  sluice host list
  sluice host add NETWORK [--reject] [--relay] [--position N]
  sluice host remove NETWORK
NETWORK est une adresse (192.168.1.7, 2001:db8::7) ou ADDRESS/PREFIX (192.168.1.0/24).
La première ligne dont le réseau contient le client décide&#xa0;: avec --reject, il reçoit la réponse 521
et la connexion est fermée&#xa0;; sinon, il est accepté et, avec --relay, il peut relayer. Les nouvelles
lignes sont ajoutées à la fin, sauf si --position indique un autre emplacement (1 correspond au début).
</translation>
    </message>
    <message>
        <source>The position is a number from 1 to %1.</source>
        <translation>La position est un nombre compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>A rejected host cannot relay: use --reject or --relay, not both.</source>
        <translation>Un hôte refusé ne peut pas relayer&#xa0;: utilisez --reject ou --relay, mais pas les deux.</translation>
    </message>
    <message>
        <source>%1 is already in the list (row %2, as %3); remove it first.</source>
        <translation>%1 figure déjà dans la liste (ligne %2, sous la forme %3)&#xa0;; supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>There is no row for %1 in the Hosts list.</source>
        <translation>La liste des hôtes ne contient aucune ligne pour %1.</translation>
    </message>
    <message>
        <source>Usage:
  sluice route list
  sluice route add SENT_TO ROUTE_TO
  sluice route remove SENT_TO
SENT_TO is a domain (with its subdomains) or #domain (that domain only); ROUTE_TO is a
domain, HOST:PORT or [IPv6]:PORT. Routes apply while routing.reroute is true.
</source>
        <translation>Syntaxe&#xa0;:
  sluice route list
  sluice route add SENT_TO ROUTE_TO
  sluice route remove SENT_TO
SENT_TO est un domaine (avec ses sous-domaines) ou #domain (ce domaine uniquement)&#xa0;; ROUTE_TO est
un domaine, HOST:PORT ou [IPv6]:PORT. Les routes s&apos;appliquent tant que routing.reroute vaut true.
</translation>
    </message>
    <message>
        <source>Rerouting is off (routing.reroute is false): these routes are not applied.</source>
        <translation>La redirection est désactivée (routing.reroute vaut false)&#xa0;: ces routes ne sont pas appliquées.</translation>
    </message>
    <message>
        <source>Dialing failed: %1</source>
        <translation>Échec de la numérotation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The provider did not release held mail: %1</source>
        <translation>Le fournisseur n&apos;a pas libéré le courrier retenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the engine is not running</source>
        <translation>le moteur de messagerie n&apos;est pas en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>kind must be all, cycles or sessions</source>
        <translation>kind doit valoir all, cycles ou sessions</translation>
    </message>
    <message>
        <source>result must be all, ok or failed</source>
        <translation>result doit valoir all, ok ou failed</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date and time: %2</source>
        <translation>%1 n&apos;est pas une date et heure ISO 8601&#xa0;: %2</translation>
    </message>
    <message>
        <source>offset must be a number from 0</source>
        <translation>offset doit être un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>limit must be a number from 1 to %1</source>
        <translation>limit doit être un nombre compris entre 1 et %1</translation>
    </message>
    <message>
        <source>the connection log is not open</source>
        <translation>le journal des connexions n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>log-show takes one entry (c&lt;ID&gt; or s&lt;ID&gt;)</source>
        <translation>log-show attend une seule entrée (c&lt;ID&gt; ou s&lt;ID&gt;)</translation>
    </message>
    <message>
        <source>no entry %1 in the connection log</source>
        <translation>aucune entrée %1 dans le journal des connexions</translation>
    </message>
    <message>
        <source>unknown section %1 (outbound, held, inbound or all)</source>
        <translation>section %1 inconnue (outbound, held, inbound ou all)</translation>
    </message>
    <message>
        <source>unknown sort key %1 (id, sender, recipients, size, age, attempts, next or reply)</source>
        <translation>clé de tri %1 inconnue (id, sender, recipients, size, age, attempts, next ou reply)</translation>
    </message>
    <message>
        <source>unknown order %1 (asc or desc)</source>
        <translation>ordre %1 inconnu (asc ou desc)</translation>
    </message>
    <message>
        <source>offset and limit are whole numbers</source>
        <translation>offset et limit sont des nombres entiers</translation>
    </message>
    <message>
        <source>no message %1 in the queue</source>
        <translation>aucun message %1 dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>the queue could not be changed: %1</source>
        <translation>impossible de modifier la file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>name at least one queue id</source>
        <translation>indiquez au moins un identifiant de file d&apos;attente</translation>
    </message>
    <message>
        <source>name one queue id</source>
        <translation>indiquez un seul identifiant de file d&apos;attente</translation>
    </message>
    <message>
        <source>name queue ids or all=yes</source>
        <translation>indiquez des identifiants de file d&apos;attente ou all=yes</translation>
    </message>
    <message>
        <source>Usage:
  sluice log tail [-n N] [--follow]   the last N entries (10), oldest first; --follow
                                      keeps printing new ones until interrupted
  sluice log show ENTRY               an entry&apos;s fields (key=value), a blank line, and
                                      its transcript
  sluice log list [--failed] [--since ISO] [--search TEXT]
                                      matching entries, newest first
Entries are one tab-separated line each: ENTRY TIME KIND TRIGGER_OR_PEER DIAL SENT
RECEIVED RETRIEVAL RESULT SUMMARY DURATION (c&lt;ID&gt; a link cycle, s&lt;ID&gt; a session).
Exit codes: 0 done, 1 refused (unknown entry), 2 bad usage, 3 Sluice is not running.
</source>
        <translation>Syntaxe&#xa0;:
  sluice log tail [-n N] [--follow]   les N dernières entrées (10), les plus anciennes d&apos;abord&#xa0;;
                                      --follow continue d&apos;afficher les nouvelles jusqu&apos;à interruption
  sluice log show ENTRY               les champs d&apos;une entrée (key=value), une ligne vide, puis
                                      sa transcription
  sluice log list [--failed] [--since ISO] [--search TEXT]
                                      les entrées correspondantes, les plus récentes d&apos;abord
Chaque entrée occupe une ligne aux champs séparés par des tabulations&#xa0;: ENTRY TIME KIND
TRIGGER_OR_PEER DIAL SENT RECEIVED RETRIEVAL RESULT SUMMARY DURATION (c&lt;ID&gt; un cycle de liaison,
s&lt;ID&gt; une session).
Codes de sortie&#xa0;: 0 terminé, 1 refusé (entrée inconnue), 2 syntaxe incorrecte, 3 Sluice n&apos;est pas
en cours d&apos;exécution.
</translation>
    </message>
    <message>
        <source>Sluice stopped.</source>
        <translation>Sluice s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>--since needs an ISO 8601 date and time, e.g. 2026-11-30T08:00:00Z</source>
        <translation>--since attend une date et heure ISO 8601, par exemple 2026-11-30T08:00:00Z</translation>
    </message>
    <message>
        <source>Usage:
  sluice queue list [--section outbound|held|inbound|all] [--search TEXT]
                    [--sort id|sender|recipients|size|age|attempts|next|reply] [--desc]
                    [--limit N] [--header]
  sluice queue show ID
  sluice queue retry ID... | --all
  sluice queue delete [--report] ID...
  sluice queue hold ID...
  sluice queue release ID...
list prints one tab-separated row per message: QUEUE_ID SENDER RECIPIENTS SIZE RECEIVED
ATTEMPTS NEXT_RETRY LAST_REPLY STATE. Exit codes: 0 done, 1 refused (unknown id), 2 bad
usage, 3 Sluice is not running on the data folder.
</source>
        <translation>Syntaxe&#xa0;:
  sluice queue list [--section outbound|held|inbound|all] [--search TEXT]
                    [--sort id|sender|recipients|size|age|attempts|next|reply] [--desc]
                    [--limit N] [--header]
  sluice queue show ID
  sluice queue retry ID... | --all
  sluice queue delete [--report] ID...
  sluice queue hold ID...
  sluice queue release ID...
list affiche une ligne par message, aux champs séparés par des tabulations&#xa0;: QUEUE_ID SENDER
RECIPIENTS SIZE RECEIVED ATTEMPTS NEXT_RETRY LAST_REPLY STATE. Codes de sortie&#xa0;: 0 terminé,
1 refusé (identifiant inconnu), 2 syntaxe incorrecte, 3 Sluice n&apos;est pas en cours d&apos;exécution
sur le dossier de données.
</translation>
    </message>
</context>
<context>
    <name>Sluice::AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Nom du compte&#xa0;:</translation>
    </message>
    <message>
        <source>The name the client logs in with (AUTH)</source>
        <translation>Nom avec lequel le client s&apos;authentifie (AUTH)</translation>
    </message>
    <message>
        <source>What the customer&apos;s mail server or program types to log in to Sluice: 1 to 64 letters, digits and . _ - + @.</source>
        <translation>Ce que le serveur de messagerie ou le programme du client saisit pour s&apos;authentifier auprès de Sluice&#xa0;: de 1 à 64 lettres, chiffres et caractères . _ - + @.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The password the client logs in with</source>
        <translation>Mot de passe avec lequel le client s&apos;authentifie</translation>
    </message>
    <message>
        <source>Kept in the keychain (or the password file), never in the settings. When editing, leave it empty to keep the stored password.</source>
        <translation>Conservé dans le trousseau (ou le fichier de mots de passe), jamais dans les paramètres. Lors d&apos;une modification, laissez ce champ vide pour conserver le mot de passe enregistré.</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Le même mot de passe, une seconde fois</translation>
    </message>
    <message>
        <source>Type the password a second time, to catch a typing slip.</source>
        <translation>Saisissez le mot de passe une seconde fois, pour détecter une faute de frappe.</translation>
    </message>
    <message>
        <source>example.com, example.net</source>
        <translation>example.com, example.net</translation>
    </message>
    <message>
        <source>&amp;Domains it may pull:</source>
        <translation>&amp;Domaines qu&apos;il peut récupérer&#xa0;:</translation>
    </message>
    <message>
        <source>The domains whose held mail this account may collect with ATRN or TURN</source>
        <translation>Domaines dont ce compte peut récupérer le courrier retenu avec ATRN ou TURN</translation>
    </message>
    <message>
        <source>Separate the domains with commas. Each should be an E-Mail Domain entry with “Queue messages for ETRN” (Connections page), or no mail is held for it. Leave empty for an account that only sends mail.</source>
        <translation>Séparez les domaines par des virgules. Chacun doit correspondre à une entrée Domaine de messagerie avec «&#xa0;Mettre les messages en file d&apos;attente pour ETRN&#xa0;» (page Connexions)&#xa0;; sinon, aucun courrier n&apos;est retenu pour lui. Laissez ce champ vide pour un compte qui ne fait qu&apos;envoyer du courrier.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(enregistré)</translation>
    </message>
    <message>
        <source>No mail is held for %1 yet: add an E-Mail Domain entry with “Queue messages for ETRN” on the Connections page.</source>
        <translation>Aucun courrier n&apos;est encore retenu pour %1&#xa0;: ajoutez une entrée Domaine de messagerie avec «&#xa0;Mettre les messages en file d&apos;attente pour ETRN&#xa0;» dans la page Connexions.</translation>
    </message>
    <message>
        <source>An account name is 1 to 64 letters, digits and . _ - + @, and does not begin with -.</source>
        <translation>Un nom de compte comporte de 1 à 64 lettres, chiffres et caractères . _ - + @, et ne commence pas par -.</translation>
    </message>
    <message>
        <source>There is already an account named %1.</source>
        <translation>Il existe déjà un compte nommé %1.</translation>
    </message>
    <message>
        <source>Give the new account a password.</source>
        <translation>Attribuez un mot de passe au nouveau compte.</translation>
    </message>
    <message>
        <source>The name changed: type the password again.</source>
        <translation>Le nom a changé&#xa0;: saisissez de nouveau le mot de passe.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>Sluice::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Accounts that may log in to Sluice (AUTH) and pull held mail (ATRN, TURN):</source>
        <translation>&amp;Comptes autorisés à s&apos;authentifier auprès de Sluice (AUTH) et à récupérer le courrier retenu (ATRN, TURN)&#xa0;:</translation>
    </message>
    <message>
        <source>The accounts on Sluice&apos;s own server</source>
        <translation>Comptes du serveur propre à Sluice</translation>
    </message>
    <message>
        <source>Each account is a name and password a customer&apos;s mail server logs in with, and the domains whose held mail it may collect. Changes are stored with the property sheet&apos;s OK or Apply.</source>
        <translation>Chaque compte se compose d&apos;un nom et d&apos;un mot de passe avec lesquels le serveur de messagerie d&apos;un client s&apos;authentifie, et des domaines dont il peut récupérer le courrier retenu. Les modifications sont enregistrées avec les boutons OK ou Appliquer de la feuille de propriétés.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected account</source>
        <translation>Modifier le compte sélectionné</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected account and its password</source>
        <translation>Supprimer le compte sélectionné et son mot de passe</translation>
    </message>
</context>
<context>
    <name>Sluice::CommandLine</name>
    <message>
        <source>A single quote is not closed.</source>
        <translation>Un guillemet simple n&apos;est pas refermé.</translation>
    </message>
    <message>
        <source>A double quote is not closed.</source>
        <translation>Un guillemet double n&apos;est pas refermé.</translation>
    </message>
</context>
<context>
    <name>Sluice::CommandResult</name>
    <message>
        <source>could not be started</source>
        <translation>n&apos;a pas pu être lancée</translation>
    </message>
    <message>
        <source>could not be started: %1</source>
        <translation>n&apos;a pas pu être lancée&#xa0;: %1</translation>
    </message>
    <message>
        <source>was cancelled after %1 s</source>
        <translation>a été annulée après %1 s</translation>
    </message>
    <message>
        <source>did not finish within %1 s</source>
        <translation>ne s&apos;est pas terminée en %1 s</translation>
    </message>
    <message>
        <source>was ended by a signal</source>
        <translation>a été arrêtée par un signal</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>s&apos;est terminée avec le code %1</translation>
    </message>
    <message>
        <source>finished successfully</source>
        <translation>s&apos;est terminée correctement</translation>
    </message>
</context>
<context>
    <name>Sluice::CommandRunner</name>
    <message>
        <source>no program was given</source>
        <translation>aucun programme n&apos;a été indiqué</translation>
    </message>
</context>
<context>
    <name>Sluice::ConfigCommand</name>
    <message>
        <source>Unknown setting “%1”. “sluice config list” shows them all.</source>
        <translation>Paramètre «&#xa0;%1&#xa0;» inconnu. «&#xa0;sluice config list&#xa0;» les affiche tous.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Valeur par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation>Valeur non valide pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Usage: sluice config list
       sluice config get KEY
       sluice config set KEY VALUE...
       sluice config unset KEY
       sluice config describe [KEY]
       sluice config export [FILE]
       sluice config import FILE [--dry-run]
</source>
        <translation>Syntaxe&#xa0;: sluice config list
          sluice config get KEY
          sluice config set KEY VALUE...
          sluice config unset KEY
          sluice config describe [KEY]
          sluice config export [FILE]
          sluice config import FILE [--dry-run]
</translation>
    </message>
    <message>
        <source>The running Sluice reloaded its settings.</source>
        <translation>L&apos;instance Sluice en cours a rechargé ses paramètres.</translation>
    </message>
    <message>
        <source>The running Sluice did not reload (%1); run “sluice reload”.</source>
        <translation>L&apos;instance Sluice en cours n&apos;a pas rechargé ses paramètres (%1)&#xa0;; exécutez «&#xa0;sluice reload&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”: %2</source>
        <translation>Rien n&apos;a été importé depuis «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing to change: the configuration is already the same.</source>
        <translation>Rien à modifier&#xa0;: la configuration est déjà identique.</translation>
    </message>
    <message>
        <source>Dry run: the import would change this (nothing was changed):</source>
        <translation>Simulation&#xa0;: l&apos;importation apporterait ces modifications (rien n&apos;a été modifié)&#xa0;:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importé&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Sluice::ConfigDatabase</name>
    <message>
        <source>Could not create the configuration database “%1”: %2</source>
        <translation>Impossible de créer la base de données de configuration «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not open the configuration database “%1”: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données de configuration «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The configuration database “%1” is not a file.</source>
        <translation>La base de données de configuration «&#xa0;%1&#xa0;» n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot open the configuration database “%1” for reading and writing: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données de configuration «&#xa0;%1&#xa0;» en lecture et en écriture&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file “%1” is not an SQLite database. It has been left unchanged; move it away or restore the configuration from a backup.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;est pas une base de données SQLite. Il n&apos;a pas été modifié&#xa0;; déplacez-le ailleurs ou restaurez la configuration à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The configuration database “%1” is damaged (%2). It has been left unchanged; move it away or restore it from a backup.</source>
        <translation>La base de données de configuration «&#xa0;%1&#xa0;» est endommagée (%2). Elle n&apos;a pas été modifiée&#xa0;; déplacez-la ailleurs ou restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The configuration database “%1” was written by a newer version of Sluice (schema version %2; this version knows up to %3). It has been left unchanged.</source>
        <translation>La base de données de configuration «&#xa0;%1&#xa0;» a été écrite par une version plus récente de Sluice (version de schéma %2&#xa0;; cette version prend en charge les versions jusqu&apos;à %3). Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Could not configure the configuration database “%1”: %2</source>
        <translation>Impossible de configurer la base de données de configuration «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Sluice::ConfigTransfer</name>
    <message>
        <source>added %1</source>
        <translation>ajout de %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>suppression de %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>modification de %1</translation>
    </message>
    <message>
        <source>The configuration could not be saved in “%1”, so nothing was changed: %2</source>
        <translation>Impossible d&apos;enregistrer la configuration dans «&#xa0;%1&#xa0;»&#xa0;; rien n&apos;a donc été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>Settings set: %1.</source>
        <translation>Paramètres définis&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Settings back to their defaults: %1.</source>
        <translation>Paramètres rétablis à leur valeur par défaut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>E-mail domains</source>
        <translation>Domaines de messagerie</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>Server accounts</source>
        <translation>Comptes du serveur</translation>
    </message>
    <message>
        <source>Hosts list replaced: %1 rules before, %2 now.</source>
        <translation>Liste des hôtes remplacée&#xa0;: %1 règles auparavant, %2 désormais.</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <source>the smarthost account “%1”</source>
        <translation>le compte du smarthost «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the mail retrieval account “%1”</source>
        <translation>le compte de récupération du courrier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the dial-up account “%1”</source>
        <translation>le compte de la liaison à la demande «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the account “%1” of the e-mail domain %2</source>
        <translation>le compte «&#xa0;%1&#xa0;» du domaine de messagerie %2</translation>
    </message>
    <message>
        <source>the server account “%1”</source>
        <translation>le compte du serveur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Passwords are never exported, so enter them again (unless this computer&apos;s password store already has them) for %1.</source>
        <translation>Les mots de passe ne sont jamais exportés&#xa0;: saisissez-les de nouveau (sauf si le magasin de mots de passe de cet ordinateur les contient déjà) pour %1.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, far more than any Sluice configuration, and was not read.</source>
        <translation>Le fichier dépasse %1&#xa0;Mio, bien plus que n&apos;importe quelle configuration Sluice&#xa0;; il n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>The file is empty; a Sluice configuration export is a JSON document.</source>
        <translation>Le fichier est vide&#xa0;; une exportation de configuration Sluice est un document JSON.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, so it cannot be a Sluice configuration export.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8&#xa0;; il ne peut donc pas s&apos;agir d&apos;une exportation de configuration Sluice.</translation>
    </message>
    <message>
        <source>The document nests deeper than %1 levels; a Sluice configuration never does.</source>
        <translation>Le document comporte plus de %1 niveaux d&apos;imbrication, ce qui n&apos;arrive jamais dans une configuration Sluice.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: line %1, column %2: %3.</source>
        <translation>Le fichier n&apos;est pas un document JSON valide&#xa0;: ligne %1, colonne %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The document is not a JSON object; a Sluice configuration export is one.</source>
        <translation>Le document n&apos;est pas un objet JSON, alors qu&apos;une exportation de configuration Sluice en est un.</translation>
    </message>
    <message>
        <source>Line %1: the document nests deeper than %2 levels; a Sluice configuration never does.</source>
        <translation>Ligne %1&#xa0;: le document comporte plus de %2 niveaux d&apos;imbrication, ce qui n&apos;arrive jamais dans une configuration Sluice.</translation>
    </message>
    <message>
        <source>Line %1: the key “%2” appears twice in the same object.</source>
        <translation>Ligne %1&#xa0;: la clé «&#xa0;%2&#xa0;» apparaît deux fois dans le même objet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This is not a Sluice configuration export: its “format” is not “%1”.</source>
        <translation>Ce n&apos;est pas une exportation de configuration Sluice&#xa0;: son «&#xa0;format&#xa0;» n&apos;est pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The format version must be a whole number from 1.</source>
        <translation>La version du format doit être un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>This configuration was exported by a newer Sluice (format version %1); this Sluice reads version %2, so update it first.</source>
        <translation>Cette configuration a été exportée par une version plus récente de Sluice (version de format %1)&#xa0;; cette version de Sluice lit la version %2&#xa0;: mettez-la d&apos;abord à jour.</translation>
    </message>
    <message>
        <source>This section is missing; an export lists every section, empty or not, because an import replaces the whole configuration.</source>
        <translation>Cette section est manquante&#xa0;; une exportation contient toutes les sections, vides ou non, car une importation remplace l&apos;ensemble de la configuration.</translation>
    </message>
    <message>
        <source>Expected a list (JSON array).</source>
        <translation>Une liste (tableau JSON) est attendue.</translation>
    </message>
    <message>
        <source>Expected an entry (JSON object).</source>
        <translation>Une entrée (objet JSON) est attendue.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <source>Expected the settings as a JSON object of KEY: VALUE.</source>
        <translation>Les paramètres sont attendus sous la forme d&apos;un objet JSON KEY: VALUE.</translation>
    </message>
    <message>
        <source>Passwords are never imported; remove this setting and enter the password in Sluice.</source>
        <translation>Les mots de passe ne sont jamais importés&#xa0;; supprimez ce paramètre et saisissez le mot de passe dans Sluice.</translation>
    </message>
    <message>
        <source>This Sluice has no such setting (“sluice config list” shows them all).</source>
        <translation>Cette version de Sluice ne connaît pas ce paramètre («&#xa0;sluice config list&#xa0;» les affiche tous).</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>Un nombre entier est attendu.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Valeur attendue&#xa0;: true ou false.</translation>
    </message>
    <message>
        <source>Expected text (a JSON string).</source>
        <translation>Un texte (chaîne JSON) est attendu.</translation>
    </message>
    <message>
        <source>Passwords are never imported; remove this field and enter the password in Sluice.</source>
        <translation>Les mots de passe ne sont jamais importés&#xa0;; supprimez ce champ et saisissez le mot de passe dans Sluice.</translation>
    </message>
    <message>
        <source>Unknown field; a Sluice configuration export has no such field here.</source>
        <translation>Champ inconnu&#xa0;; une exportation de configuration Sluice ne contient pas ce champ à cet endroit.</translation>
    </message>
    <message>
        <source>The text contains a control character.</source>
        <translation>Le texte contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>This field is missing.</source>
        <translation>Ce champ est manquant.</translation>
    </message>
    <message>
        <source>Expected a whole number from %1 to %2.</source>
        <translation>Un nombre entier de %1 à %2 est attendu.</translation>
    </message>
    <message>
        <source>Expected a list of text (a JSON array of strings).</source>
        <translation>Une liste de textes (tableau JSON de chaînes) est attendue.</translation>
    </message>
    <message>
        <source>A list item must not be empty or contain commas or spaces.</source>
        <translation>Un élément de liste ne doit pas être vide ni contenir de virgules ou d&apos;espaces.</translation>
    </message>
    <message>
        <source>Expected “accept” or “reject”.</source>
        <translation>Valeur attendue&#xa0;: «&#xa0;accept&#xa0;» ou «&#xa0;reject&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionLog</name>
    <message numerus="yes">
        <source>%n message(s) accepted</source>
        <translation>
            <numerusform>%n message accepté</numerusform>
            <numerusform>%n messages acceptés</numerusform>
        </translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>The connection log %1 cannot be written (%2: %3). Mail is not affected; sessions go unlogged until the log can be written again.</source>
        <translation>Impossible d&apos;écrire dans le journal des connexions %1 (%2&#xa0;: %3). Le courrier n&apos;est pas affecté&#xa0;; les sessions ne sont pas journalisées tant que le journal ne peut pas être écrit de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>The connection log is written again; %n record(s) could not be written meanwhile.</source>
        <translation>
            <numerusform>Le journal des connexions est de nouveau écrit&#xa0;; %n enregistrement n&apos;a pas pu être écrit entre-temps.</numerusform>
            <numerusform>Le journal des connexions est de nouveau écrit&#xa0;; %n enregistrements n&apos;ont pas pu être écrits entre-temps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionLogModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortante</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Trigger / peer</source>
        <translation>Déclencheur / correspondant</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Retrieval reply</source>
        <translation>Réponse à la récupération</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionProbe</name>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>Connexion à %1 sur le port %2…</translation>
    </message>
    <message>
        <source>Connected; waiting for the server&apos;s greeting…</source>
        <translation>Connecté&#xa0;; attente du message d&apos;accueil du serveur…</translation>
    </message>
    <message>
        <source>the server refused the session: %1</source>
        <translation>le serveur a refusé la session&#xa0;: %1</translation>
    </message>
    <message>
        <source>Asking what the server offers (%1)…</source>
        <translation>Interrogation du serveur sur les fonctionnalités proposées (%1)…</translation>
    </message>
    <message>
        <source>the server refused %1: %2</source>
        <translation>le serveur a refusé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Starting encryption (STARTTLS)…</source>
        <translation>Démarrage du chiffrement (STARTTLS)…</translation>
    </message>
    <message>
        <source>TLS required but the server does not offer STARTTLS</source>
        <translation>TLS est obligatoire, mais le serveur ne propose pas STARTTLS</translation>
    </message>
    <message>
        <source>TLS required but this system has no TLS library</source>
        <translation>TLS est obligatoire, mais ce système ne dispose d&apos;aucune bibliothèque TLS</translation>
    </message>
    <message>
        <source>TLS required but the server refused STARTTLS: %1</source>
        <translation>TLS est obligatoire, mais le serveur a refusé STARTTLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server&apos;s certificate does not match the pinned SHA-256 fingerprint, so mail would not be sent to it</source>
        <translation>le certificat du serveur ne correspond pas à l&apos;empreinte SHA-256 épinglée&#xa0;; le courrier ne lui serait donc pas envoyé</translation>
    </message>
    <message>
        <source>TLS is required but the server&apos;s certificate is not trusted, so mail would not be sent to it</source>
        <translation>TLS est obligatoire, mais le certificat du serveur n&apos;est pas approuvé&#xa0;; le courrier ne lui serait donc pas envoyé</translation>
    </message>
    <message>
        <source>no account name is set.</source>
        <translation>aucun nom de compte n&apos;est défini.</translation>
    </message>
    <message>
        <source>no password is stored for %1.</source>
        <translation>aucun mot de passe n&apos;est enregistré pour %1.</translation>
    </message>
    <message>
        <source>the server does not offer logging in (no AUTH).</source>
        <translation>le serveur ne propose pas d&apos;authentification (pas d&apos;AUTH).</translation>
    </message>
    <message>
        <source>%1 would send the password unencrypted, and this connection is not encrypted.</source>
        <translation>%1 enverrait le mot de passe sans chiffrement, et cette connexion n&apos;est pas chiffrée.</translation>
    </message>
    <message>
        <source>the server does not offer the chosen way of logging in.</source>
        <translation>le serveur ne propose pas la méthode d&apos;authentification choisie.</translation>
    </message>
    <message>
        <source>Logging in as %1 (%2)…</source>
        <translation>Authentification en tant que %1 (%2)…</translation>
    </message>
    <message>
        <source>Saying goodbye (QUIT)…</source>
        <translation>Fin de la session (QUIT)…</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 port %2</translation>
    </message>
    <message>
        <source>could not connect to %1 within %2 s</source>
        <translation>impossible de se connecter à %1 en %2 s</translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server did not greet within %1 s</source>
        <translation>le serveur n&apos;a pas envoyé de message d&apos;accueil en %1 s</translation>
    </message>
    <message>
        <source>the server did not answer %1 within %2 s</source>
        <translation>le serveur n&apos;a pas répondu à %1 en %2 s</translation>
    </message>
    <message>
        <source>the server closed the connection without greeting</source>
        <translation>le serveur a fermé la connexion sans message d&apos;accueil</translation>
    </message>
    <message>
        <source>the server closed the connection after %1</source>
        <translation>le serveur a fermé la connexion après %1</translation>
    </message>
    <message>
        <source>the TLS handshake did not complete within %1 s</source>
        <translation>la négociation TLS ne s&apos;est pas terminée en %1 s</translation>
    </message>
    <message>
        <source>the TLS handshake failed: %1</source>
        <translation>la négociation TLS a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server does not answer as an SMTP server should (%1)</source>
        <translation>le serveur ne répond pas comme devrait le faire un serveur SMTP (%1)</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>le message d&apos;accueil</translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionProbeResult</name>
    <message>
        <source>The test stopped: %1.</source>
        <translation>Le test s&apos;est arrêté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Connected to %1 port %2.</source>
        <translation>Connecté à %1 sur le port %2.</translation>
    </message>
    <message>
        <source>The server greeted with: %1</source>
        <translation>Message d&apos;accueil du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server does not understand EHLO: it offers no extensions.</source>
        <translation>Le serveur ne comprend pas EHLO&#xa0;: il ne propose aucune extension.</translation>
    </message>
    <message>
        <source>Logging in is not offered (no AUTH).</source>
        <translation>L&apos;authentification n&apos;est pas proposée (pas d&apos;AUTH).</translation>
    </message>
    <message>
        <source>Logging in is offered with: %1.</source>
        <translation>L&apos;authentification est proposée avec&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server accepts ETRN: it can release held mail to you.</source>
        <translation>Le serveur accepte ETRN&#xa0;: il peut vous remettre le courrier retenu.</translation>
    </message>
    <message>
        <source>The server does not accept ETRN: it cannot be asked to release held mail.</source>
        <translation>Le serveur n&apos;accepte pas ETRN&#xa0;: il ne peut pas être invité à libérer le courrier retenu.</translation>
    </message>
    <message>
        <source>ATRN (On-Demand Mail Relay) is offered: mail can be fetched on this connection.</source>
        <translation>ATRN (On-Demand Mail Relay) est proposé&#xa0;: le courrier peut être récupéré sur cette connexion.</translation>
    </message>
    <message>
        <source>ATRN (On-Demand Mail Relay) is not offered.</source>
        <translation>ATRN (On-Demand Mail Relay) n&apos;est pas proposé.</translation>
    </message>
    <message>
        <source>ATRN needs logging in first: the provider releases mail only to the account it belongs to.</source>
        <translation>ATRN exige une authentification préalable&#xa0;: le fournisseur ne libère le courrier qu&apos;au compte auquel il appartient.</translation>
    </message>
    <message>
        <source>ATRN (On-Demand Mail Relay) is offered.</source>
        <translation>ATRN (On-Demand Mail Relay) est proposé.</translation>
    </message>
    <message>
        <source>Messages up to %1 are accepted (SIZE).</source>
        <translation>Les messages jusqu&apos;à %1 sont acceptés (SIZE).</translation>
    </message>
    <message>
        <source>The server announces message sizes (SIZE) without a fixed limit.</source>
        <translation>Le serveur annonce la taille des messages (SIZE) sans limite fixe.</translation>
    </message>
    <message>
        <source>PIPELINING (several commands at once)</source>
        <translation>PIPELINING (plusieurs commandes à la fois)</translation>
    </message>
    <message>
        <source>8BITMIME (8-bit text without conversion)</source>
        <translation>8BITMIME (texte 8 bits sans conversion)</translation>
    </message>
    <message>
        <source>The server also offers %1.</source>
        <translation>Le serveur propose également %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>STARTTLS is offered, but the connection could not be encrypted.</source>
        <translation>STARTTLS est proposé, mais la connexion n&apos;a pas pu être chiffrée.</translation>
    </message>
    <message>
        <source>STARTTLS is not offered: mail to this server travels unencrypted.</source>
        <translation>STARTTLS n&apos;est pas proposé&#xa0;: le courrier vers ce serveur circule sans chiffrement.</translation>
    </message>
    <message>
        <source>STARTTLS: the connection can be encrypted.</source>
        <translation>STARTTLS&#xa0;: la connexion peut être chiffrée.</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>expiré le %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valide jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Certificate for %1, issued by %2, %3;</source>
        <translation>Certificat de %1, émis par %2, %3&#xa0;;</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>auto-signé</translation>
    </message>
    <message>
        <source>trusted by this system.</source>
        <translation>approuvé par ce système.</translation>
    </message>
    <message>
        <source>NOT trusted by this system (%1), but it matches the pinned SHA-256 fingerprint, so it is accepted.</source>
        <translation>NON approuvé par ce système (%1), mais il correspond à l&apos;empreinte SHA-256 épinglée&#xa0;; il est donc accepté.</translation>
    </message>
    <message>
        <source>NOT trusted (%1), and it does NOT match the pinned SHA-256 fingerprint; its SHA-256 is %2.</source>
        <translation>NON approuvé (%1), et il ne correspond PAS à l&apos;empreinte SHA-256 épinglée&#xa0;; son empreinte SHA-256 est %2.</translation>
    </message>
    <message>
        <source>NOT trusted (%1): pin SHA-256 %2 on the Security page to accept it.</source>
        <translation>NON approuvé (%1)&#xa0;: épinglez l&apos;empreinte SHA-256 %2 dans la page Sécurité pour l&apos;accepter.</translation>
    </message>
    <message>
        <source>Logging in was not tried: %1</source>
        <translation>L&apos;authentification n&apos;a pas été tentée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2).</source>
        <translation>Authentifié en tant que %1 (%2).</translation>
    </message>
    <message>
        <source>Logging in failed: %1</source>
        <translation>Échec de l&apos;authentification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionProfile</name>
    <message>
        <source>always connected</source>
        <translation>toujours connecté</translation>
    </message>
    <message>
        <source>NetworkManager connection “%1”</source>
        <translation>connexion NetworkManager «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>pppd peer “%1”</source>
        <translation>pair pppd «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>connection “%1”</source>
        <translation>connexion «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionProfileDialog</name>
    <message>
        <source>New Connection Profile</source>
        <translation>Nouveau profil de connexion</translation>
    </message>
    <message>
        <source>Connection Profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>The name the profile is listed under.</source>
        <translation>Nom sous lequel le profil apparaît dans la liste.</translation>
    </message>
    <message>
        <source>Shown under Available connections and stored in the setting dialup.profile as custom:NAME. No colon.</source>
        <translation>Affiché sous Connexions disponibles et enregistré dans le paramètre dialup.profile sous la forme custom:NAME. Pas de deux-points.</translation>
    </message>
    <message>
        <source>pon provider</source>
        <translation>pon provider</translation>
    </message>
    <message>
        <source>&amp;Connect command:</source>
        <translation>&amp;Commande de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>The program (and its arguments) that brings the link up.</source>
        <translation>Programme (et ses arguments) qui établit la liaison.</translation>
    </message>
    <message>
        <source>Run without a shell (write sh -c &quot;…&quot; to use one). It gets the logon information in SLUICE_ACCOUNT, SLUICE_PASSWORD and SLUICE_DOMAIN. Without a test below, exit status 0 means the link is up.</source>
        <translation>Exécuté sans shell (écrivez sh -c &quot;…&quot; pour en utiliser un). Il reçoit les informations d&apos;ouverture de session dans SLUICE_ACCOUNT, SLUICE_PASSWORD et SLUICE_DOMAIN. Sans test ci-dessous, un code de sortie 0 signifie que la liaison est active.</translation>
    </message>
    <message>
        <source>poff provider</source>
        <translation>poff provider</translation>
    </message>
    <message>
        <source>&amp;Disconnect command:</source>
        <translation>Commande de &amp;déconnexion&#xa0;:</translation>
    </message>
    <message>
        <source>The program that takes the link down again (may be empty).</source>
        <translation>Programme qui interrompt de nouveau la liaison (peut être vide).</translation>
    </message>
    <message>
        <source>Run when Sluice hangs up, and after a failed attempt so that nothing is left half up.</source>
        <translation>Exécuté lorsque Sluice raccroche, et après une tentative infructueuse, afin que rien ne reste à moitié établi.</translation>
    </message>
    <message>
        <source>Test whether the link is up</source>
        <translation>Vérifier si la liaison est active</translation>
    </message>
    <message>
        <source>N&amp;o test: the connect command&apos;s exit status decides</source>
        <translation>&amp;Aucun test&#xa0;: le code de sortie de la commande de connexion fait foi</translation>
    </message>
    <message>
        <source>The link counts as up when the connect command exits with status 0.</source>
        <translation>La liaison est considérée comme active lorsque la commande de connexion se termine avec le code 0.</translation>
    </message>
    <message>
        <source>mail.provider.example:25</source>
        <translation>mail.provider.example:25</translation>
    </message>
    <message>
        <source>Connect to &amp;host and port:</source>
        <translation>Se connecter à l&apos;&amp;hôte et au port&#xa0;:</translation>
    </message>
    <message>
        <source>The link is up when a TCP connection to this host and port succeeds.</source>
        <translation>La liaison est active lorsqu&apos;une connexion TCP à cet hôte et à ce port réussit.</translation>
    </message>
    <message>
        <source>HOST:PORT to connect to, for example the provider&apos;s mail host.</source>
        <translation>HOST:PORT auquel se connecter, par exemple le serveur de messagerie du fournisseur.</translation>
    </message>
    <message>
        <source>Host and port</source>
        <translation>Hôte et port</translation>
    </message>
    <message>
        <source>Run a test co&amp;mmand:</source>
        <translation>Exécuter une commande de &amp;test&#xa0;:</translation>
    </message>
    <message>
        <source>The link is up when this command exits with status 0.</source>
        <translation>La liaison est active lorsque cette commande se termine avec le code 0.</translation>
    </message>
    <message>
        <source>A program that exits with 0 when the link is up.</source>
        <translation>Programme qui se termine avec le code 0 lorsque la liaison est active.</translation>
    </message>
    <message>
        <source>Test command</source>
        <translation>Commande de test</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Test &amp;time limit:</source>
        <translation>Durée &amp;maximale d&apos;un test&#xa0;:</translation>
    </message>
    <message>
        <source>How long one test may take.</source>
        <translation>Durée maximale d&apos;un test.</translation>
    </message>
    <message>
        <source>Seconds one test may take; the test is repeated until the dial time limit is used up.</source>
        <translation>Nombre de secondes que peut durer un test&#xa0;; le test est répété jusqu&apos;à épuisement de la durée maximale de numérotation.</translation>
    </message>
    <message>
        <source>There is already a connection profile named %1.</source>
        <translation>Il existe déjà un profil de connexion nommé %1.</translation>
    </message>
    <message>
        <source>Enter the command that brings the link up.</source>
        <translation>Saisissez la commande qui établit la liaison.</translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionProfileModel</name>
    <message>
        <source>No dialing</source>
        <translation>Pas de numérotation</translation>
    </message>
    <message>
        <source>NetworkManager connection</source>
        <translation>Connexion NetworkManager</translation>
    </message>
    <message>
        <source>pppd peer</source>
        <translation>Pair pppd</translation>
    </message>
    <message>
        <source>Custom profile</source>
        <translation>Profil personnalisé</translation>
    </message>
    <message>
        <source>Connect: %1
Disconnect: %2</source>
        <translation>Connexion&#xa0;: %1
Déconnexion&#xa0;: %2</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>Always connected (no dialing)</source>
        <translation>Toujours connecté (pas de numérotation)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionProfileTable</name>
    <message>
        <source>A TCP probe needs a port: tcp:HOST:PORT.</source>
        <translation>Une sonde TCP nécessite un port&#xa0;: tcp:HOST:PORT.</translation>
    </message>
    <message>
        <source>A profile name must not be empty, contain a colon or begin or end with a space.</source>
        <translation>Un nom de profil ne doit pas être vide, ni contenir de deux-points, ni commencer ou se terminer par un espace.</translation>
    </message>
    <message>
        <source>The profile %1 needs a connect command.</source>
        <translation>Le profil %1 nécessite une commande de connexion.</translation>
    </message>
    <message>
        <source>Connect command: %1</source>
        <translation>Commande de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Disconnect command: %1</source>
        <translation>Commande de déconnexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Probe: %1</source>
        <translation>Sonde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Probe command: %1</source>
        <translation>Commande de sonde&#xa0;: %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>A probe is tcp:HOST:PORT or command:PROGRAM ARGUMENTS (or nothing).</source>
        <translation>Une sonde s&apos;écrit tcp:HOST:PORT ou command:PROGRAM ARGUMENTS (ou reste vide).</translation>
    </message>
    <message>
        <source>The probe time limit is 1 to 600 seconds.</source>
        <translation>Le délai d&apos;attente de la sonde est compris entre 1 et 600 secondes.</translation>
    </message>
    <message>
        <source>Could not save the connection profile %1: %2</source>
        <translation>Impossible d&apos;enregistrer le profil de connexion %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not remove the connection profile %1: %2</source>
        <translation>Impossible de supprimer le profil de connexion %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no connection profile %1.</source>
        <translation>Il n&apos;existe aucun profil de connexion %1.</translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionTestDialog</name>
    <message>
        <source>Test Connection to %1</source>
        <translation>Tester la connexion à %1</translation>
    </message>
    <message>
        <source>Connects to the host the way Sluice would, shows what the server offers and whether logging in works, and sends no mail.</source>
        <translation>Se connecte à l&apos;hôte comme le ferait Sluice, affiche ce que propose le serveur et si l&apos;authentification fonctionne, sans envoyer de courrier.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Non démarré.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Résultats&#xa0;:</translation>
    </message>
    <message>
        <source>What the test found, in plain words.</source>
        <translation>Ce que le test a constaté, en termes simples.</translation>
    </message>
    <message>
        <source>What the server offers (ETRN, ATRN, logging in, encryption), its certificate and whether logging in worked. Nothing here is saved.</source>
        <translation>Ce que propose le serveur (ETRN, ATRN, authentification, chiffrement), son certificat et la réussite ou non de l&apos;authentification. Rien n&apos;est enregistré ici.</translation>
    </message>
    <message>
        <source>&amp;Transcript:</source>
        <translation>&amp;Transcription&#xa0;:</translation>
    </message>
    <message>
        <source>The conversation with the server, line by line.</source>
        <translation>La conversation avec le serveur, ligne par ligne.</translation>
    </message>
    <message>
        <source>C: lines are what Sluice sent, S: lines the server&apos;s replies, -- lines notes. Passwords and login data are shown as [redacted].</source>
        <translation>Les lignes C: sont ce que Sluice a envoyé, les lignes S: les réponses du serveur, les lignes -- des remarques. Les mots de passe et les données d&apos;authentification apparaissent sous la forme [redacted].</translation>
    </message>
    <message>
        <source>&amp;Copy Transcript</source>
        <translation>&amp;Copier la transcription</translation>
    </message>
    <message>
        <source>Copies the transcript to the clipboard.</source>
        <translation>Copie la transcription dans le Presse-papiers.</translation>
    </message>
    <message>
        <source>Copies the transcript to the clipboard, to paste into a message to your provider. It contains no password.</source>
        <translation>Copie la transcription dans le Presse-papiers, pour la coller dans un message à votre fournisseur. Elle ne contient aucun mot de passe.</translation>
    </message>
    <message>
        <source>Closes this window; a test still running is stopped.</source>
        <translation>Ferme cette fenêtre&#xa0;; un test en cours est arrêté.</translation>
    </message>
    <message>
        <source>Reading the stored password…</source>
        <translation>Lecture du mot de passe enregistré…</translation>
    </message>
    <message>
        <source>The test stopped: %1</source>
        <translation>Le test s&apos;est arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>The test is complete: mail can go this way.</source>
        <translation>Le test est terminé&#xa0;: le courrier peut passer par cette voie.</translation>
    </message>
    <message>
        <source>The test is complete, and it found a problem (see below).</source>
        <translation>Le test est terminé et a détecté un problème (voir ci-dessous).</translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionWizardPage</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>How this machine reaches the Internet, and when Sluice exchanges mail with your provider.</source>
        <translation>Comment cet ordinateur accède à Internet, et quand Sluice échange le courrier avec votre fournisseur.</translation>
    </message>
    <message>
        <source>Connection to the Internet</source>
        <translation>Connexion à Internet</translation>
    </message>
    <message>
        <source>&amp;Always connected (DSL, cable or a leased line)</source>
        <translation>Toujours &amp;connecté (DSL, câble ou ligne louée)</translation>
    </message>
    <message>
        <source>D&amp;ial this connection:</source>
        <translation>&amp;Numéroter cette connexion&#xa0;:</translation>
    </message>
    <message>
        <source>The Internet link is always up; Sluice never dials.</source>
        <translation>La liaison Internet est toujours active&#xa0;; Sluice ne numérote jamais.</translation>
    </message>
    <message>
        <source>Sluice brings this connection up when it exchanges mail, and hangs up when the link has been idle.</source>
        <translation>Sluice établit cette connexion lorsqu&apos;il échange du courrier, et raccroche lorsque la liaison est inactive.</translation>
    </message>
    <message>
        <source>The connections NetworkManager and pppd know on this machine. Logon information, retries and the idle time-out are on the Dial-up Connections page.</source>
        <translation>Connexions connues de NetworkManager et de pppd sur cet ordinateur. Les informations d&apos;ouverture de session, les nouvelles tentatives et le délai d&apos;inactivité se trouvent dans la page «&#xa0;Connexions à la demande&#xa0;».</translation>
    </message>
    <message>
        <source>The connection to dial.</source>
        <translation>Connexion à numéroter.</translation>
    </message>
    <message>
        <source>Connection to dial</source>
        <translation>Connexion à numéroter</translation>
    </message>
    <message>
        <source>No dial-up connection was found on this machine (NetworkManager or pppd). You can add one later on the Dial-up Connections page.</source>
        <translation>Aucune connexion à la demande n&apos;a été trouvée sur cet ordinateur (NetworkManager ou pppd). Vous pourrez en ajouter une plus tard dans la page «&#xa0;Connexions à la demande&#xa0;».</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>When to connect</source>
        <translation>Quand se connecter</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Toutes les</translation>
    </message>
    <message>
        <source>Connect at regular intervals, and at start.</source>
        <translation>Se connecter à intervalles réguliers, ainsi qu&apos;au démarrage.</translation>
    </message>
    <message>
        <source>Minutes between connections</source>
        <translation>Minutes entre les connexions</translation>
    </message>
    <message>
        <source>&amp;When outgoing mail has waited</source>
        <translation>&amp;Quand le courrier sortant a attendu</translation>
    </message>
    <message>
        <source>Connect only when there is mail to send and it has waited this long.</source>
        <translation>Se connecter uniquement lorsqu&apos;il y a du courrier à envoyer et qu&apos;il a attendu aussi longtemps.</translation>
    </message>
    <message>
        <source>Minutes outgoing mail waits</source>
        <translation>Minutes d&apos;attente du courrier sortant</translation>
    </message>
    <message>
        <source>&amp;Stay connected all the time</source>
        <translation>&amp;Rester connecté en permanence</translation>
    </message>
    <message>
        <source>Keep the connection up and exchange mail as it comes.</source>
        <translation>Maintenir la connexion et échanger le courrier au fil de l&apos;eau.</translation>
    </message>
    <message>
        <source>&amp;Only when I ask (Connect now)</source>
        <translation>&amp;Uniquement à ma demande (Se connecter maintenant)</translation>
    </message>
    <message>
        <source>Connect only when you click Connect now in the console.</source>
        <translation>Se connecter uniquement lorsque vous cliquez sur Se connecter maintenant dans la console.</translation>
    </message>
    <message>
        <source>At the &amp;times set in the Properties (%1)</source>
        <translation>Aux &amp;heures définies dans les Propriétés (%1)</translation>
    </message>
    <message>
        <source>Keep the times of day chosen on the Dial-up Connections page.</source>
        <translation>Conserver les heures choisies dans la page «&#xa0;Connexions à la demande&#xa0;».</translation>
    </message>
    <message>
        <source>Choose the connection to dial.</source>
        <translation>Choisissez la connexion à numéroter.</translation>
    </message>
    <message>
        <source>always connected</source>
        <translation>toujours connecté</translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>toutes les %n minute</numerusform>
            <numerusform>toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>when outgoing mail has waited %n minute(s)</source>
        <translation>
            <numerusform>lorsque le courrier sortant a attendu %n minute</numerusform>
            <numerusform>lorsque le courrier sortant a attendu %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>stay connected</source>
        <translation>rester connecté</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>uniquement à la demande</translation>
    </message>
    <message>
        <source>at the times set in the Properties</source>
        <translation>aux heures définies dans les Propriétés</translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionsPage</name>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Connexions</translation>
    </message>
    <message>
        <source>Transfer mode</source>
        <translation>Mode de transfert</translation>
    </message>
    <message>
        <source>&amp;Inbound &amp;&amp; outbound</source>
        <translation>&amp;Entrant et sortant</translation>
    </message>
    <message>
        <source>Accept mail from other servers and deliver queued mail.</source>
        <translation>Accepter le courrier des autres serveurs et remettre le courrier en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Inbound o&amp;nly</source>
        <translation>Entrant &amp;uniquement</translation>
    </message>
    <message>
        <source>Accept mail; keep outbound mail queued.</source>
        <translation>Accepter le courrier&#xa0;; conserver le courrier sortant en file d&apos;attente.</translation>
    </message>
    <message>
        <source>O&amp;utbound only</source>
        <translation>&amp;Sortant uniquement</translation>
    </message>
    <message>
        <source>Deliver queued mail; accept no new mail from other servers.</source>
        <translation>Remettre le courrier en file d&apos;attente&#xa0;; n&apos;accepter aucun nouveau courrier des autres serveurs.</translation>
    </message>
    <message>
        <source>N&amp;one (flush queues)</source>
        <translation>&amp;Aucun (vider les files d&apos;attente)</translation>
    </message>
    <message>
        <source>Accept nothing new and deliver nothing but what is already queued for local mailboxes.</source>
        <translation>N&apos;accepter aucun nouveau courrier et ne remettre que le courrier déjà en file d&apos;attente pour les boîtes aux lettres locales.</translation>
    </message>
    <message>
        <source>Message delivery</source>
        <translation>Remise des messages</translation>
    </message>
    <message>
        <source>Use &amp;domain name system (DNS)</source>
        <translation>Utiliser le système de noms de &amp;domaine (DNS)</translation>
    </message>
    <message>
        <source>Look up each domain&apos;s mail servers (MX records) and deliver to them.</source>
        <translation>Rechercher les serveurs de messagerie de chaque domaine (enregistrements MX) et leur remettre le courrier.</translation>
    </message>
    <message>
        <source>&amp;Forward all messages to host:</source>
        <translation>&amp;Transférer tous les messages à l&apos;hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Send all outbound mail to your provider&apos;s mail server (a smarthost).</source>
        <translation>Envoyer tout le courrier sortant au serveur de messagerie de votre fournisseur (un smarthost).</translation>
    </message>
    <message>
        <source>Most dial-up and home connections must send through their provider&apos;s server: give it as NAME or NAME:PORT (587 for submission). Its TLS and login are set on the Security page.</source>
        <translation>La plupart des connexions à la demande et des connexions domestiques doivent passer par le serveur de leur fournisseur&#xa0;: indiquez-le sous la forme NOM ou NOM:PORT (587 pour la soumission). Son chiffrement TLS et son authentification se définissent dans la page Sécurité.</translation>
    </message>
    <message>
        <source>The host (and port) all outbound mail is forwarded to.</source>
        <translation>Hôte (et port) vers lequel tout le courrier sortant est transféré.</translation>
    </message>
    <message>
        <source>Forward all messages to host</source>
        <translation>Transférer tous les messages à l&apos;hôte</translation>
    </message>
    <message>
        <source>Te&amp;st connection</source>
        <translation>Teste&amp;r la connexion</translation>
    </message>
    <message>
        <source>Connect to the host now and show what it offers; no mail is sent.</source>
        <translation>Se connecter maintenant à l&apos;hôte et afficher ce qu&apos;il propose&#xa0;; aucun courrier n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Shows the greeting, the extensions offered (ETRN, ATRN, AUTH mechanisms, STARTTLS) and the certificate, tries to log in with the Security page&apos;s account, and shows the conversation.</source>
        <translation>Affiche le message d&apos;accueil, les extensions proposées (ETRN, ATRN, mécanismes AUTH, STARTTLS) et le certificat, tente de s&apos;authentifier avec le compte de la page Sécurité, et affiche la conversation.</translation>
    </message>
    <message>
        <source>&amp;E-Mail Domain…</source>
        <translation>Domaine de messa&amp;gerie…</translation>
    </message>
    <message>
        <source>Domains delivered differently from other mail.</source>
        <translation>Domaines remis différemment du reste du courrier.</translation>
    </message>
    <message>
        <source>Forward a domain to its own host or use DNS for it, hold its mail for ETRN, and set its TLS and login.</source>
        <translation>Transférer un domaine vers son propre hôte ou utiliser le DNS pour lui, retenir son courrier pour ETRN, et définir son chiffrement TLS et son authentification.</translation>
    </message>
    <message>
        <source>Accept connections</source>
        <translation>Accepter les connexions</translation>
    </message>
    <message>
        <source>From &amp;any host</source>
        <translation>De n&apos;importe &amp;quel hôte</translation>
    </message>
    <message>
        <source>Any client may send mail (relaying stays limited to local domains).</source>
        <translation>Tout client peut envoyer du courrier (le relais reste limité aux domaines locaux).</translation>
    </message>
    <message>
        <source>Only from hosts using aut&amp;hentication</source>
        <translation>Seulement à partir des hôtes utilisant l&apos;authenti&amp;fication</translation>
    </message>
    <message>
        <source>Only clients that log in (AUTH) may send mail; others get 530.</source>
        <translation>Seuls les clients authentifiés (AUTH) peuvent envoyer du courrier&#xa0;; les autres reçoivent la réponse 530.</translation>
    </message>
    <message>
        <source>Only from hosts using authentication and T&amp;LS</source>
        <translation>Seulement à partir des hôtes utilisant l&apos;authentification et T&amp;LS</translation>
    </message>
    <message>
        <source>Only clients that log in over an encrypted (STARTTLS) connection may send mail.</source>
        <translation>Seuls les clients authentifiés sur une connexion chiffrée (STARTTLS) peuvent envoyer du courrier.</translation>
    </message>
    <message>
        <source>Hos&amp;ts…</source>
        <translation>&amp;Hôtes…</translation>
    </message>
    <message>
        <source>Accept or reject clients by address, and allow relaying.</source>
        <translation>Accepter ou refuser des clients selon leur adresse, et autoriser le relais.</translation>
    </message>
    <message>
        <source>An ordered list of addresses and networks: the first row that matches a client accepts or rejects it, and may allow it to relay.</source>
        <translation>Liste ordonnée d&apos;adresses et de réseaux&#xa0;: la première ligne correspondant à un client l&apos;accepte ou le refuse, et peut l&apos;autoriser à relayer.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>&amp;Maximum inbound connections:</source>
        <translation>Nombre &amp;maximal de connexions entrantes&#xa0;:</translation>
    </message>
    <message>
        <source>How many SMTP clients may be connected at once (IMS default 30).</source>
        <translation>Nombre de clients SMTP pouvant être connectés simultanément (valeur par défaut de l&apos;IMS&#xa0;: 30).</translation>
    </message>
    <message>
        <source>Connections &amp;per host:</source>
        <translation>Connexions &amp;par hôte&#xa0;:</translation>
    </message>
    <message>
        <source>How many connections one client address may hold at once.</source>
        <translation>Nombre de connexions qu&apos;une même adresse cliente peut ouvrir simultanément.</translation>
    </message>
    <message>
        <source>Ma&amp;ximum outbound connections:</source>
        <translation>Nom&amp;bre maximal de connexions sortantes&#xa0;:</translation>
    </message>
    <message>
        <source>How many outbound connections may be open at once.</source>
        <translation>Nombre de connexions sortantes pouvant être ouvertes simultanément.</translation>
    </message>
    <message>
        <source>Messages per &amp;connection:</source>
        <translation>Messages par co&amp;nnexion&#xa0;:</translation>
    </message>
    <message>
        <source>How many messages are sent over one outbound connection before it is closed.</source>
        <translation>Nombre de messages envoyés sur une connexion sortante avant sa fermeture.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>&amp;Retry intervals (hours):</source>
        <translation>&amp;Intervalles entre les tentatives (heures)&#xa0;:</translation>
    </message>
    <message>
        <source>Hours between delivery attempts, in order; the last one repeats.</source>
        <translation>Heures entre les tentatives de remise, dans l&apos;ordre&#xa0;; la dernière valeur se répète.</translation>
    </message>
    <message>
        <source>For example .25, .5, 1, 4: the first retry after 15 minutes, then after half an hour, an hour, and every 4 hours after that.</source>
        <translation>Par exemple .25, .5, 1, 4&#xa0;: la première nouvelle tentative au bout de 15 minutes, puis au bout d&apos;une demi-heure, d&apos;une heure, et ensuite toutes les 4 heures.</translation>
    </message>
    <message>
        <source>Messa&amp;ge time-out (hours):</source>
        <translation>Délai d&apos;e&amp;xpiration des messages (heures)&#xa0;:</translation>
    </message>
    <message>
        <source>After this many hours undeliverable mail is returned to its sender with a delivery-failure report.</source>
        <translation>Passé ce nombre d&apos;heures, le courrier non remis est renvoyé à son expéditeur avec un rapport de non-remise.</translation>
    </message>
    <message>
        <source>Enter the host to forward all messages to, or choose DNS.</source>
        <translation>Indiquez l&apos;hôte auquel transférer tous les messages, ou choisissez le DNS.</translation>
    </message>
</context>
<context>
    <name>Sluice::ConsoleContext</name>
    <message>
        <source>The password was not stored: no keychain is available.</source>
        <translation>Le mot de passe n&apos;a pas été enregistré&#xa0;: aucun trousseau n&apos;est disponible.</translation>
    </message>
</context>
<context>
    <name>Sluice::ControlServer</name>
    <message>
        <source>Cannot open the control socket %1: %2</source>
        <translation>Impossible d&apos;ouvrir le socket de contrôle %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Sluice::DataDirectory</name>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Sluice::DiagnosticsPage</name>
    <message>
        <source>D&amp;iagnostics</source>
        <translation>D&amp;iagnostics</translation>
    </message>
    <message>
        <source>Logging level</source>
        <translation>Niveau de journalisation</translation>
    </message>
    <message>
        <source>How much of each SMTP session the connection log keeps. Passwords and AUTH data are never logged, at any level.</source>
        <translation>Part de chaque session SMTP conservée dans le journal des connexions. Les mots de passe et les données AUTH ne sont jamais journalisés, quel que soit le niveau.</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Aucun</translation>
    </message>
    <message>
        <source>Nothing is logged.</source>
        <translation>Rien n&apos;est journalisé.</translation>
    </message>
    <message>
        <source>M&amp;inimum</source>
        <translation>M&amp;inimal</translation>
    </message>
    <message>
        <source>Connection events: connected, disconnected, how many messages, and errors.</source>
        <translation>Événements de connexion&#xa0;: connexion, déconnexion, nombre de messages et erreurs.</translation>
    </message>
    <message>
        <source>Me&amp;dium</source>
        <translation>Mo&amp;yen</translation>
    </message>
    <message>
        <source>Connection events and every SMTP command and reply.</source>
        <translation>Événements de connexion, et chaque commande et réponse SMTP.</translation>
    </message>
    <message>
        <source>Ma&amp;ximum</source>
        <translation>Ma&amp;ximal</translation>
    </message>
    <message>
        <source>All of the above and the raw protocol, including message headers. For finding a fault; the log grows quickly.</source>
        <translation>Tout ce qui précède, plus le protocole brut, y compris les en-têtes des messages. Pour rechercher une panne&#xa0;; le journal grossit rapidement.</translation>
    </message>
    <message>
        <source>Read-only: select the path to copy it, for example when asking for help.</source>
        <translation>Lecture seule&#xa0;: sélectionnez le chemin pour le copier, par exemple lorsque vous demandez de l&apos;aide.</translation>
    </message>
    <message>
        <source>Where Sluice keeps its files</source>
        <translation>Emplacement des fichiers de Sluice</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>&amp;Dossier de données&#xa0;:</translation>
    </message>
    <message>
        <source>The folder holding the settings, the queue and the logs</source>
        <translation>Dossier contenant les paramètres, la file d&apos;attente et les journaux</translation>
    </message>
    <message>
        <source>Connection &amp;log:</source>
        <translation>&amp;Journal des connexions&#xa0;:</translation>
    </message>
    <message>
        <source>The connection log database (SQLite)</source>
        <translation>Base de données du journal des connexions (SQLite)</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;File d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source>The folder holding the queued messages and their database</source>
        <translation>Dossier contenant les messages en file d&apos;attente et leur base de données</translation>
    </message>
    <message>
        <source>Advanced: Sluice&apos;s SMTP server</source>
        <translation>Avancé&#xa0;: serveur SMTP de Sluice</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <source>Command &amp;time-out:</source>
        <translation>Délai d&apos;attente des &amp;commandes&#xa0;:</translation>
    </message>
    <message>
        <source>How long a client may stay silent between commands</source>
        <translation>Durée pendant laquelle un client peut rester silencieux entre deux commandes</translation>
    </message>
    <message>
        <source>After this many seconds without a command the connection is closed.</source>
        <translation>Passé ce nombre de secondes sans commande, la connexion est fermée.</translation>
    </message>
    <message>
        <source>&amp;Error limit:</source>
        <translation>&amp;Limite d&apos;erreurs&#xa0;:</translation>
    </message>
    <message>
        <source>How many bad commands a client may send before it is disconnected</source>
        <translation>Nombre de commandes incorrectes qu&apos;un client peut envoyer avant d&apos;être déconnecté</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>Aucun délai</translation>
    </message>
    <message>
        <source>Greeting dela&amp;y:</source>
        <translation>Délai avant le message d&apos;acc&amp;ueil&#xa0;:</translation>
    </message>
    <message>
        <source>Seconds to wait before greeting a client</source>
        <translation>Nombre de secondes à attendre avant d&apos;envoyer le message d&apos;accueil à un client</translation>
    </message>
    <message>
        <source>Clients that talk before the greeting (often spam software) are refused. 0 greets at once.</source>
        <translation>Les clients qui parlent avant le message d&apos;accueil (souvent des logiciels de spam) sont refusés. 0 envoie le message d&apos;accueil immédiatement.</translation>
    </message>
    <message>
        <source>Refuse the message</source>
        <translation>Refuser le message</translation>
    </message>
    <message>
        <source>Repair the line endings</source>
        <translation>Corriger les fins de ligne</translation>
    </message>
    <message>
        <source>&amp;Bare CR or LF in a message:</source>
        <translation>CR ou LF i&amp;solé dans un message&#xa0;:</translation>
    </message>
    <message>
        <source>What to do with a message whose lines do not end in CRLF</source>
        <translation>Que faire d&apos;un message dont les lignes ne se terminent pas par CRLF</translation>
    </message>
    <message>
        <source>SMTP requires CRLF line endings; a lone CR or LF can be used to smuggle a second message past filters. Refusing is safe; repair only for an old client that cannot be fixed.</source>
        <translation>SMTP exige des fins de ligne CRLF&#xa0;; un CR ou un LF isolé peut servir à faire passer clandestinement un second message à travers les filtres. Le refus est sans risque&#xa0;; ne corrigez que pour un ancien client impossible à mettre à jour.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Keep the log for:</source>
        <translation>Conserver le journal &amp;pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Connection log entries older than this are deleted</source>
        <translation>Les entrées du journal des connexions plus anciennes sont supprimées</translation>
    </message>
    <message>
        <source>Link cycles and sessions older than this many days are deleted from the connection log when Sluice starts and every hour.</source>
        <translation>Les cycles de liaison et les sessions plus anciens que ce nombre de jours sont supprimés du journal des connexions au démarrage de Sluice, puis toutes les heures.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>Au maxi&amp;mum&#xa0;:</translation>
    </message>
    <message>
        <source>The most disk space the connection log may use</source>
        <translation>Espace disque maximal que peut occuper le journal des connexions</translation>
    </message>
    <message>
        <source>When the connection log grows past this size, its oldest entries are deleted until it is under 90% of it, and the space is given back, so the log never fills the disk.</source>
        <translation>Lorsque le journal des connexions dépasse cette taille, ses entrées les plus anciennes sont supprimées jusqu&apos;à ce qu&apos;il repasse sous 90&#xa0;% de celle-ci, et l&apos;espace est libéré&#xa0;; le journal ne remplit donc jamais le disque.</translation>
    </message>
</context>
<context>
    <name>Sluice::DialNowDialog</name>
    <message>
        <source>Dial Now</source>
        <translation>Numéroter maintenant</translation>
    </message>
    <message>
        <source>Dialing %1…</source>
        <translation>Numérotation via %1…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Progression&#xa0;:</translation>
    </message>
    <message>
        <source>What the dialer did, with the commands&apos; output.</source>
        <translation>Ce qu&apos;a fait le numéroteur, avec la sortie des commandes.</translation>
    </message>
    <message>
        <source>Each step of dialing: the test whether the link is up, the connect command and what it printed, retries. The password never appears here.</source>
        <translation>Chaque étape de la numérotation&#xa0;: la vérification de l&apos;état de la liaison, la commande de connexion et ce qu&apos;elle a affiché, les nouvelles tentatives. Le mot de passe n&apos;apparaît jamais ici.</translation>
    </message>
    <message>
        <source>&amp;Hang Up</source>
        <translation>&amp;Raccrocher</translation>
    </message>
    <message>
        <source>Take the link down again (runs the disconnect command).</source>
        <translation>Interrompre de nouveau la liaison (exécute la commande de déconnexion).</translation>
    </message>
    <message>
        <source>Offered only when this dialog brought the link up: a link that was already up belongs to someone else and is left alone.</source>
        <translation>Proposé uniquement lorsque cette boîte de dialogue a établi la liaison&#xa0;: une liaison déjà active appartient à quelqu&apos;un d&apos;autre et n&apos;est pas touchée.</translation>
    </message>
    <message>
        <source>Close this window; dialing still in progress is cancelled.</source>
        <translation>Fermer cette fenêtre&#xa0;; une numérotation en cours est annulée.</translation>
    </message>
    <message>
        <source>Hanging up…</source>
        <translation>Raccrochage…</translation>
    </message>
    <message>
        <source>Before dialing: %1</source>
        <translation>Avant la numérotation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attempt %1: the connect command %2.</source>
        <translation>Tentative %1&#xa0;: la commande de connexion %2.</translation>
    </message>
    <message>
        <source>It printed nothing.</source>
        <translation>Elle n&apos;a rien affiché.</translation>
    </message>
    <message>
        <source>It printed:
%1</source>
        <translation>Elle a affiché&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Link test: %1</source>
        <translation>Vérification de la liaison&#xa0;: %1</translation>
    </message>
    <message>
        <source>The disconnect command %1.</source>
        <translation>La commande de déconnexion %1.</translation>
    </message>
    <message>
        <source>This connection is always up: there is nothing to dial.</source>
        <translation>Cette connexion est toujours active&#xa0;: il n&apos;y a rien à numéroter.</translation>
    </message>
    <message>
        <source>The link was already up, so nothing was run. Sluice will not hang it up.</source>
        <translation>La liaison était déjà active&#xa0;; rien n&apos;a donc été exécuté. Sluice ne la raccrochera pas.</translation>
    </message>
    <message>
        <source>Connected: %1 is up.</source>
        <translation>Connecté&#xa0;: liaison active via %1.</translation>
    </message>
    <message>
        <source>Dialing was cancelled.</source>
        <translation>La numérotation a été annulée.</translation>
    </message>
    <message>
        <source>Dialing failed: %1</source>
        <translation>Échec de la numérotation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hung up.</source>
        <translation>Raccroché.</translation>
    </message>
    <message>
        <source>Hanging up failed: the disconnect command %1.</source>
        <translation>Échec du raccrochage&#xa0;: la commande de déconnexion %1.</translation>
    </message>
    <message>
        <source>The disconnect command printed:
%1</source>
        <translation>La commande de déconnexion a affiché&#xa0;:
%1</translation>
    </message>
    <message>
        <source>There was nothing to hang up.</source>
        <translation>Il n&apos;y avait rien à raccrocher.</translation>
    </message>
</context>
<context>
    <name>Sluice::DialupPage</name>
    <message>
        <source>Dial-&amp;up Connections</source>
        <translation>Connexions à la &amp;demande</translation>
    </message>
    <message>
        <source>Dial using</source>
        <translation>Numéroter via</translation>
    </message>
    <message>
        <source>&amp;Available connections:</source>
        <translation>&amp;Connexions disponibles&#xa0;:</translation>
    </message>
    <message>
        <source>The connection Sluice brings up before it exchanges mail.</source>
        <translation>Connexion que Sluice établit avant d&apos;échanger le courrier.</translation>
    </message>
    <message>
        <source>Choose “Always connected” for a permanent line (broadband, LAN). The NetworkManager connections and pppd peers of this machine are listed as found; custom profiles run commands of your own to bring the link up and down.</source>
        <translation>Choisissez «&#xa0;Toujours connecté&#xa0;» pour une ligne permanente (haut débit, réseau local). Les connexions NetworkManager et les pairs pppd de cet ordinateur sont répertoriés tels qu&apos;ils ont été trouvés&#xa0;; les profils personnalisés exécutent vos propres commandes pour établir et interrompre la liaison.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>No&amp;uveau…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Dial Now</source>
        <translation>&amp;Numéroter maintenant</translation>
    </message>
    <message>
        <source>Define a custom connection profile with commands of your own.</source>
        <translation>Définir un profil de connexion personnalisé avec vos propres commandes.</translation>
    </message>
    <message>
        <source>Change the selected custom profile.</source>
        <translation>Modifier le profil personnalisé sélectionné.</translation>
    </message>
    <message>
        <source>Remove the selected custom profile.</source>
        <translation>Supprimer le profil personnalisé sélectionné.</translation>
    </message>
    <message>
        <source>Bring the selected connection up now, with the settings shown here.</source>
        <translation>Établir maintenant la connexion sélectionnée, avec les paramètres affichés ici.</translation>
    </message>
    <message>
        <source>Dials the selected connection with the logon information, retries and time limit shown on this page (saved or not), and shows what happened. It does not exchange mail.</source>
        <translation>Numérote la connexion sélectionnée avec les informations d&apos;ouverture de session, les nouvelles tentatives et la durée maximale affichées dans cette page (enregistrées ou non), et affiche le déroulement. Aucun courrier n&apos;est échangé.</translation>
    </message>
    <message>
        <source>L&amp;ogon Information…</source>
        <translation>&amp;Informations d&apos;ouverture de session…</translation>
    </message>
    <message>
        <source>The account, password and domain for the dial-up link.</source>
        <translation>Compte, mot de passe et domaine de la liaison à la demande.</translation>
    </message>
    <message>
        <source>Re&amp;tries:</source>
        <translation>Nouvelles &amp;tentatives&#xa0;:</translation>
    </message>
    <message>
        <source>How many more times to dial after a failed attempt.</source>
        <translation>Nombre de nouvelles tentatives de numérotation après un échec.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Wait between attempts:</source>
        <translation>&amp;Attente entre les tentatives&#xa0;:</translation>
    </message>
    <message>
        <source>Seconds to wait before dialing again.</source>
        <translation>Nombre de secondes à attendre avant de numéroter de nouveau.</translation>
    </message>
    <message>
        <source>Dial time lim&amp;it:</source>
        <translation>Durée ma&amp;ximale de numérotation&#xa0;:</translation>
    </message>
    <message>
        <source>Seconds one attempt may take until the link is up.</source>
        <translation>Nombre de secondes que peut durer une tentative avant que la liaison soit active.</translation>
    </message>
    <message>
        <source>Counted from the start of the connect command until the link test passes.</source>
        <translation>Comptée à partir du lancement de la commande de connexion jusqu&apos;à la réussite de la vérification de la liaison.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Planification…</translation>
    </message>
    <message>
        <source>When Sluice connects to exchange mail.</source>
        <translation>Quand Sluice se connecte pour échanger le courrier.</translation>
    </message>
    <message>
        <source>Every few hours, at set times per weekday, when outbound mail has waited, always connected, or only when you click Connect now.</source>
        <translation>Toutes les quelques heures, à des heures fixes selon le jour de la semaine, lorsque le courrier sortant a attendu, connexion permanente, ou uniquement lorsque vous cliquez sur Se connecter maintenant.</translation>
    </message>
    <message>
        <source>Time-out</source>
        <translation>Délai d&apos;inactivité</translation>
    </message>
    <message>
        <source>Ti&amp;me-out after:</source>
        <translation>Raccrocher au &amp;bout de&#xa0;:</translation>
    </message>
    <message>
        <source>Hang up after this many minutes without mail traffic in either direction.</source>
        <translation>Raccrocher après ce nombre de minutes sans trafic de courrier, dans un sens comme dans l&apos;autre.</translation>
    </message>
    <message>
        <source>The link is hung up when no SMTP traffic, in or out, has flowed for this long. The provider must start sending the held mail within this time.</source>
        <translation>La liaison est raccrochée lorsqu&apos;aucun trafic SMTP, entrant ou sortant, n&apos;a circulé pendant cette durée. Le fournisseur doit commencer à envoyer le courrier retenu dans ce délai.</translation>
    </message>
    <message>
        <source>&amp;First wait after the retrieval command:</source>
        <translation>Première attente après la commande de &amp;récupération&#xa0;:</translation>
    </message>
    <message>
        <source>How long to wait for the provider&apos;s first delivery after ETRN (or the command).</source>
        <translation>Durée d&apos;attente de la première remise du fournisseur après ETRN (ou la commande).</translation>
    </message>
    <message>
        <source>Slow providers take a while to start delivering after ETRN. Until this wait is over, the time-out above does not hang up.</source>
        <translation>Les fournisseurs lents mettent un certain temps à commencer la remise après ETRN. Tant que cette attente n&apos;est pas écoulée, le délai d&apos;inactivité ci-dessus ne raccroche pas.</translation>
    </message>
    <message>
        <source>The connection chosen to dial, “%1”, is no longer there: choose another one.</source>
        <translation>La connexion choisie pour la numérotation, «&#xa0;%1&#xa0;», n&apos;existe plus&#xa0;: choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The logon information has a password but no user name.</source>
        <translation>Les informations d&apos;ouverture de session comportent un mot de passe, mais pas de nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Sluice is set to dial “%1”, which is not on this machine&apos;s list.</source>
        <translation>Sluice est configuré pour numéroter «&#xa0;%1&#xa0;», qui ne figure pas dans la liste de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Sluice::DomainListEditor</name>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Enle&amp;ver</translation>
    </message>
    <message>
        <source>Add a domain to ask the provider for.</source>
        <translation>Ajouter un domaine à demander au fournisseur.</translation>
    </message>
    <message>
        <source>Change the selected domain.</source>
        <translation>Modifier le domaine sélectionné.</translation>
    </message>
    <message>
        <source>Take the selected domain off the list.</source>
        <translation>Retirer le domaine sélectionné de la liste.</translation>
    </message>
</context>
<context>
    <name>Sluice::DomainsWizardPage</name>
    <message>
        <source>Your office&apos;s e-mail domain</source>
        <translation>Domaine de messagerie de votre bureau</translation>
    </message>
    <message>
        <source>The part after the @ in your office&apos;s addresses. Mail for these domains is delivered to mailboxes here; everything else goes out to the Internet.</source>
        <translation>La partie qui suit le @ dans les adresses de votre bureau. Le courrier destiné à ces domaines est remis dans des boîtes aux lettres locales&#xa0;; tout le reste part vers Internet.</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>E-mail &amp;domains:</source>
        <translation>&amp;Domaines de messagerie&#xa0;:</translation>
    </message>
    <message>
        <source>Your office&apos;s e-mail domains, such as example.com; separate several with commas.</source>
        <translation>Domaines de messagerie de votre bureau, par exemple example.com&#xa0;; séparez-en plusieurs par des virgules.</translation>
    </message>
    <message>
        <source>Sluice accepts mail for these domains and keeps it for your office&apos;s mailboxes. If your addresses look like anna@example.com, enter example.com. When Sluice connects, it asks your provider for the mail of these domains.</source>
        <translation>Sluice accepte le courrier destiné à ces domaines et le conserve pour les boîtes aux lettres de votre bureau. Si vos adresses ressemblent à anna@example.com, saisissez example.com. Votre fournisseur est invité à remettre le courrier de ces domaines lorsque Sluice se connecte.</translation>
    </message>
    <message>
        <source>Separate several domains with commas, for example “example.com, example.org”.</source>
        <translation>Séparez plusieurs domaines par des virgules, par exemple «&#xa0;example.com, example.org&#xa0;».</translation>
    </message>
    <message>
        <source>Enter at least one e-mail domain, such as example.com.</source>
        <translation>Saisissez au moins un domaine de messagerie, par exemple example.com.</translation>
    </message>
    <message>
        <source>Your office&apos;s e-mail domains</source>
        <translation>Domaines de messagerie de votre bureau</translation>
    </message>
</context>
<context>
    <name>Sluice::EmailDomainDialog</name>
    <message>
        <source>Add E-Mail Domain</source>
        <translation>Ajouter un domaine de messagerie</translation>
    </message>
    <message>
        <source>E-Mail Domain %1</source>
        <translation>Domaine de messagerie %1</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>The domain these settings are for.</source>
        <translation>Domaine auquel s&apos;appliquent ces paramètres.</translation>
    </message>
    <message>
        <source>Mail to this domain and to its subdomains leaves as set below, whatever the Connections page says for other mail.</source>
        <translation>Le courrier destiné à ce domaine et à ses sous-domaines est envoyé comme défini ci-dessous, quels que soient les paramètres de la page Connexions pour le reste du courrier.</translation>
    </message>
    <message>
        <source>Message delivery</source>
        <translation>Remise des messages</translation>
    </message>
    <message>
        <source>Use domain name &amp;system (DNS)</source>
        <translation>Utiliser le &amp;système de noms de domaine (DNS)</translation>
    </message>
    <message>
        <source>Deliver to the mail servers the domain&apos;s MX records name.</source>
        <translation>Remettre le courrier aux serveurs de messagerie indiqués par les enregistrements MX du domaine.</translation>
    </message>
    <message>
        <source>&amp;Forward to host:</source>
        <translation>&amp;Transférer à l&apos;hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Send all mail for this domain to one host.</source>
        <translation>Envoyer tout le courrier de ce domaine à un seul hôte.</translation>
    </message>
    <message>
        <source>Give the host as NAME, NAME:PORT, an IP address, or [IPv6]:PORT. The port is 25 unless given.</source>
        <translation>Indiquez l&apos;hôte sous la forme NOM, NOM:PORT, adresse IP ou [IPv6]:PORT. Le port par défaut est 25.</translation>
    </message>
    <message>
        <source>The host (and port) mail for this domain is forwarded to.</source>
        <translation>Hôte (et port) vers lequel le courrier de ce domaine est transféré.</translation>
    </message>
    <message>
        <source>Forward to host</source>
        <translation>Transférer à l&apos;hôte</translation>
    </message>
    <message>
        <source>&amp;Queue messages for ETRN</source>
        <translation>Mettre les messages en &amp;file d&apos;attente pour ETRN</translation>
    </message>
    <message>
        <source>Hold mail for this domain until its owner asks for it with ETRN.</source>
        <translation>Retenir le courrier de ce domaine jusqu&apos;à ce que son propriétaire le demande avec ETRN.</translation>
    </message>
    <message>
        <source>Held mail is not delivered and never bounces while held, except at the message time-out. The domain&apos;s server releases it with ETRN, or with ATRN or TURN after logging in.</source>
        <translation>Le courrier retenu n&apos;est pas remis et ne génère jamais de rapport de non-remise tant qu&apos;il est retenu, sauf à l&apos;expiration du délai des messages. Le serveur du domaine le libère avec ETRN, ou avec ATRN ou TURN après s&apos;être authentifié.</translation>
    </message>
    <message>
        <source>Outbound security</source>
        <translation>Sécurité sortante</translation>
    </message>
    <message>
        <source>When offered (opportunistic)</source>
        <translation>Si proposé (opportuniste)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>T&amp;LS&#xa0;:</translation>
    </message>
    <message>
        <source>Whether mail for this domain may travel unencrypted.</source>
        <translation>Indique si le courrier destiné à ce domaine peut circuler sans chiffrement.</translation>
    </message>
    <message>
        <source>Required: mail is only sent after STARTTLS with a certificate the system trusts (or the pinned one below); otherwise it waits and is retried.</source>
        <translation>Obligatoire&#xa0;: le courrier n&apos;est envoyé qu&apos;après STARTTLS, avec un certificat approuvé par le système (ou celui épinglé ci-dessous)&#xa0;; sinon, il attend et une nouvelle tentative a lieu plus tard.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate (SHA-256):</source>
        <translation>Certificat é&amp;pinglé (SHA-256)&#xa0;:</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of a self-signed certificate to accept.</source>
        <translation>Empreinte SHA-256 d&apos;un certificat auto-signé à accepter.</translation>
    </message>
    <message>
        <source>For a provider with a self-signed certificate: its SHA-256 fingerprint, 64 hexadecimal digits (colons allowed).</source>
        <translation>Pour un fournisseur doté d&apos;un certificat auto-signé&#xa0;: son empreinte SHA-256, 64 chiffres hexadécimaux (deux-points autorisés).</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Any the server offers</source>
        <translation>Toute méthode proposée par le serveur</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>How Sluice logs in to the receiving server.</source>
        <translation>Comment Sluice s&apos;authentifie auprès du serveur destinataire.</translation>
    </message>
    <message>
        <source>AUTH LOGIN is what the IMS sent; Any picks the best mechanism offered.</source>
        <translation>AUTH LOGIN correspond à ce qu&apos;envoyait l&apos;IMS&#xa0;; «&#xa0;Toute méthode proposée par le serveur&#xa0;» choisit le meilleur mécanisme proposé.</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>The account name Sluice logs in with.</source>
        <translation>Nom du compte avec lequel Sluice s&apos;authentifie.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The password for the account.</source>
        <translation>Mot de passe du compte.</translation>
    </message>
    <message>
        <source>Kept in the system keychain when the page is saved, never in the configuration file. Leave empty to keep the stored password.</source>
        <translation>Conservé dans le trousseau du système lorsque la page est enregistrée, jamais dans le fichier de configuration. Laissez ce champ vide pour conserver le mot de passe enregistré.</translation>
    </message>
    <message>
        <source>Allow p&amp;lain-text AUTH without TLS</source>
        <translation>Autoriser AUTH en te&amp;xte clair sans TLS</translation>
    </message>
    <message>
        <source>Send the password with PLAIN or LOGIN even without TLS.</source>
        <translation>Envoyer le mot de passe avec PLAIN ou LOGIN, même sans TLS.</translation>
    </message>
    <message>
        <source>Only for a provider on a trusted network: the password crosses the network readable.</source>
        <translation>Uniquement pour un fournisseur situé sur un réseau de confiance&#xa0;: le mot de passe traverse le réseau en clair.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(enregistré)</translation>
    </message>
    <message>
        <source>Enter the domain, such as branch.example.</source>
        <translation>Saisissez le domaine, par exemple branch.example.</translation>
    </message>
    <message>
        <source>%1 is already in the list; edit that entry instead.</source>
        <translation>%1 figure déjà dans la liste&#xa0;; modifiez plutôt cette entrée.</translation>
    </message>
    <message>
        <source>Enter the host to forward to.</source>
        <translation>Saisissez l&apos;hôte vers lequel transférer.</translation>
    </message>
    <message>
        <source>Enter the account name to log in with.</source>
        <translation>Saisissez le nom du compte avec lequel s&apos;authentifier.</translation>
    </message>
</context>
<context>
    <name>Sluice::EmailDomainListDialog</name>
    <message>
        <source>E-Mail Domains</source>
        <translation>Domaines de messagerie</translation>
    </message>
    <message>
        <source>&amp;Domains delivered differently from other mail:</source>
        <translation>&amp;Domaines remis différemment du reste du courrier&#xa0;:</translation>
    </message>
    <message>
        <source>The e-mail domains with their own delivery settings.</source>
        <translation>Domaines de messagerie dotés de leurs propres paramètres de remise.</translation>
    </message>
    <message>
        <source>Mail for a listed domain (and its subdomains) is delivered as its entry says: by DNS or to a host, held for ETRN or not, with its own TLS and login. Other mail follows the Message delivery settings of the Connections page.</source>
        <translation>Le courrier destiné à un domaine de la liste (et à ses sous-domaines) est remis comme l&apos;indique son entrée&#xa0;: par DNS ou à un hôte, retenu ou non pour ETRN, avec son propre chiffrement TLS et sa propre authentification. Le reste du courrier suit les paramètres Remise des messages de la page Connexions.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Add an e-mail domain.</source>
        <translation>Ajouter un domaine de messagerie.</translation>
    </message>
    <message>
        <source>Change the selected e-mail domain.</source>
        <translation>Modifier le domaine de messagerie sélectionné.</translation>
    </message>
    <message>
        <source>Remove the selected e-mail domain.</source>
        <translation>Supprimer le domaine de messagerie sélectionné.</translation>
    </message>
    <message>
        <source>The domain&apos;s mail is then delivered like other mail. Nothing is saved until you choose OK or Apply on the property sheet.</source>
        <translation>Le courrier du domaine est alors remis comme le reste du courrier. Rien n&apos;est enregistré tant que vous ne choisissez pas OK ou Appliquer dans la feuille de propriétés.</translation>
    </message>
</context>
<context>
    <name>Sluice::EmailDomainModel</name>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation>TLS obligatoire</translation>
    </message>
    <message>
        <source>TLS when offered</source>
        <translation>TLS si proposé</translation>
    </message>
    <message>
        <source>%1, pinned certificate</source>
        <translation>%1, certificat épinglé</translation>
    </message>
    <message>
        <source>%1, no authentication</source>
        <translation>%1, sans authentification</translation>
    </message>
    <message>
        <source>any AUTH</source>
        <translation>toute méthode AUTH</translation>
    </message>
    <message>
        <source>%1, %2 as %3</source>
        <translation>%1, %2 en tant que %3</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Queue for ETRN</source>
        <translation>File d&apos;attente ETRN</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
</context>
<context>
    <name>Sluice::EmailDomainTable</name>
    <message>
        <source>“%1” is not a valid port.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un port valide.</translation>
    </message>
    <message>
        <source>“%1” ends with a dot; write the host name without it.</source>
        <translation>«&#xa0;%1&#xa0;» se termine par un point&#xa0;; saisissez le nom d&apos;hôte sans ce point.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name or address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un nom d&apos;hôte ni une adresse valide.</translation>
    </message>
    <message>
        <source>“%1” ends with a dot; write the domain without it.</source>
        <translation>«&#xa0;%1&#xa0;» se termine par un point&#xa0;; saisissez le domaine sans ce point.</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name in lower case.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine valide en minuscules.</translation>
    </message>
    <message>
        <source>The host “%1” to forward %2 to is not a valid host name or address.</source>
        <translation>L&apos;hôte «&#xa0;%1&#xa0;» vers lequel transférer %2 n&apos;est ni un nom d&apos;hôte ni une adresse valide.</translation>
    </message>
    <message>
        <source>The port for %1 must be between 1 and 65535.</source>
        <translation>Le port de %1 doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>TLS must be one of: %1.</source>
        <translation>TLS doit avoir l&apos;une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Authentication must be one of: %1.</source>
        <translation>L&apos;authentification doit avoir l&apos;une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Authentication for %1 needs an account name.</source>
        <translation>L&apos;authentification pour %1 nécessite un nom de compte.</translation>
    </message>
    <message>
        <source>A pinned fingerprint is 64 lower-case hexadecimal digits (SHA-256).</source>
        <translation>Une empreinte épinglée se compose de 64 chiffres hexadécimaux en minuscules (SHA-256).</translation>
    </message>
    <message>
        <source>Could not save the e-mail domain %1: %2</source>
        <translation>Impossible d&apos;enregistrer le domaine de messagerie %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not remove the e-mail domain %1: %2</source>
        <translation>Impossible de supprimer le domaine de messagerie %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no e-mail domain %1.</source>
        <translation>Il n&apos;existe aucun domaine de messagerie %1.</translation>
    </message>
</context>
<context>
    <name>Sluice::EngineHost</name>
    <message>
        <source>process %1</source>
        <translation>processus %1</translation>
    </message>
    <message>
        <source>process %1, “%2”</source>
        <translation>processus %1, «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Another Sluice (%1) is already running on the data folder %2. Only one may run on a data folder: use that one (the console attaches to it; `sluice status` and the other commands reach it), or stop it first (`systemctl --user stop sluice` for the service, else `kill %3`).</source>
        <translation>Une autre instance de Sluice (%1) est déjà en cours d&apos;exécution sur le dossier de données %2. Une seule instance peut s&apos;exécuter par dossier de données&#xa0;: utilisez celle-ci (la console s&apos;y rattache&#xa0;; `sluice status` et les autres commandes l&apos;atteignent), ou arrêtez-la d&apos;abord (`systemctl --user stop sluice` pour le service, sinon `kill %3`).</translation>
    </message>
</context>
<context>
    <name>Sluice::FileSecretStore</name>
    <message>
        <source>secrets.store is set to file: passwords are kept in %1 in Sluice&apos;s data folder. That file is NOT encrypted; only its owner-only permissions protect it, and anyone who can read it or a backup of it can read the passwords. Use this only on a server without a keychain.</source>
        <translation>secrets.store vaut file&#xa0;: les mots de passe sont conservés dans %1, dans le dossier de données de Sluice. Ce fichier n&apos;est PAS chiffré&#xa0;; seules ses autorisations (accès réservé au propriétaire) le protègent, et toute personne pouvant le lire, lui ou l&apos;une de ses sauvegardes, peut lire les mots de passe. N&apos;utilisez ce mode que sur un serveur sans trousseau.</translation>
    </message>
    <message>
        <source>The secrets file “%1” can be read or changed by other users, so Sluice does not use it. Consider its passwords exposed and change them, then make the file private with: chmod 600 “%1”</source>
        <translation>Le fichier de mots de passe «&#xa0;%1&#xa0;» peut être lu ou modifié par d&apos;autres utilisateurs&#xa0;; Sluice ne l&apos;utilise donc pas. Considérez ses mots de passe comme compromis et changez-les, puis rendez le fichier privé avec&#xa0;: chmod 600 «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not read the secrets file “%1”: %2</source>
        <translation>Impossible de lire le fichier de mots de passe «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The secrets file “%1” is damaged or from another version of Sluice.</source>
        <translation>Le fichier de mots de passe «&#xa0;%1&#xa0;» est endommagé ou provient d&apos;une autre version de Sluice.</translation>
    </message>
    <message>
        <source>Could not write the secrets file “%1”: %2</source>
        <translation>Impossible d&apos;écrire le fichier de mots de passe «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The secrets file “%1” is locked by another Sluice process.</source>
        <translation>Le fichier de mots de passe «&#xa0;%1&#xa0;» est verrouillé par un autre processus Sluice.</translation>
    </message>
</context>
<context>
    <name>Sluice::FirstRunPlan</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>    (%1 = %2)</source>
        <translation>    (%1 = %2)</translation>
    </message>
    <message>
        <source>%1: will be stored in the keychain (not shown)</source>
        <translation>%1&#xa0;: sera enregistré dans le trousseau (non affiché)</translation>
    </message>
    <message>
        <source>Sluice does not know the setting %1.</source>
        <translation>Sluice ne connaît pas le paramètre %1.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Sluice::FirstRunWizard</name>
    <message>
        <source>Sluice Setup Wizard</source>
        <translation>Assistant de configuration de Sluice</translation>
    </message>
    <message>
        <source>Sluice setup wizard</source>
        <translation>Assistant de configuration de Sluice</translation>
    </message>
    <message>
        <source>What&apos;s This?</source>
        <translation>Qu&apos;est-ce que c&apos;est&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving stopped: %1</source>
        <translation>Enregistrement interrompu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The settings were saved, but the password was not: %1</source>
        <translation>Les paramètres ont été enregistrés, mais pas le mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Aucun trousseau disponible</translation>
    </message>
    <message>
        <source>Sluice could not reach a keychain to store the password (%1).

It can keep passwords in a file in its data folder instead, readable only by you, but not encrypted. Store passwords in that file?</source>
        <translation>Sluice n&apos;a pas pu accéder à un trousseau pour enregistrer le mot de passe (%1).

Il peut à la place conserver les mots de passe dans un fichier de son dossier de données, lisible par vous seul, mais non chiffré. Voulez-vous enregistrer les mots de passe dans ce fichier&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Sluice::GeneralPage</name>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>&amp;Nom d&apos;hôte&#xa0;:</translation>
    </message>
    <message>
        <source>The full name of this computer as other mail servers see it.</source>
        <translation>Nom complet de cet ordinateur tel que le voient les autres serveurs de messagerie.</translation>
    </message>
    <message>
        <source>Sluice greets other servers with this name (EHLO) and writes it into the Received: header of every message. Use the name your provider knows this computer by, such as mail.office.example.</source>
        <translation>Sluice se présente aux autres serveurs sous ce nom (EHLO) et l&apos;inscrit dans l&apos;en-tête Received: de chaque message. Utilisez le nom sous lequel votre fournisseur connaît cet ordinateur, par exemple mail.office.example.</translation>
    </message>
    <message>
        <source>&amp;Administrator&apos;s mailbox:</source>
        <translation>Boîte aux lettres de l&apos;&amp;administrateur&#xa0;:</translation>
    </message>
    <message>
        <source>The address of the person who looks after mail here.</source>
        <translation>Adresse de la personne chargée de la messagerie ici.</translation>
    </message>
    <message>
        <source>Delivery-failure reports name this address, and copies of them go to it when the Connections page asks for that.</source>
        <translation>Les rapports de non-remise mentionnent cette adresse, et une copie lui en est envoyée lorsque la page Connexions le demande.</translation>
    </message>
    <message>
        <source>Message size</source>
        <translation>Taille des messages</translation>
    </message>
    <message>
        <source>&amp;No limit</source>
        <translation>Aucune &amp;limite</translation>
    </message>
    <message>
        <source>Ma&amp;ximum (KB):</source>
        <translation>Ma&amp;ximum (Ko)&#xa0;:</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> Ko</translation>
    </message>
    <message>
        <source>Accept messages of any size.</source>
        <translation>Accepter les messages de toute taille.</translation>
    </message>
    <message>
        <source>Refuse messages larger than the size given.</source>
        <translation>Refuser les messages dépassant la taille indiquée.</translation>
    </message>
    <message>
        <source>Larger messages are refused when the sending server announces their size, or at the end of the data, with the reply 552. At least 64 KB.</source>
        <translation>Les messages plus volumineux sont refusés avec la réponse 552, lorsque le serveur expéditeur annonce leur taille ou à la fin des données. 64 Ko au minimum.</translation>
    </message>
    <message>
        <source>The largest message accepted, in kilobytes (at least 64).</source>
        <translation>Taille maximale des messages acceptés, en kilo-octets (64 au minimum).</translation>
    </message>
    <message>
        <source>Maximum message size in KB</source>
        <translation>Taille maximale des messages en Ko</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>&amp;Listen on (address:port):</source>
        <translation>À l&apos;é&amp;coute sur (adresse:port)&#xa0;:</translation>
    </message>
    <message>
        <source>Where Sluice accepts SMTP connections, as ADDRESS:PORT.</source>
        <translation>Adresse à laquelle Sluice accepte les connexions SMTP, sous la forme ADRESSE:PORT.</translation>
    </message>
    <message>
        <source>* listens on every address of this computer; give an IPv4 address (127.0.0.1:2525) or an IPv6 address in brackets ([::1]:25) to listen on one only. Ports below 1024, such as 25, need privileges.</source>
        <translation>* écoute sur toutes les adresses de cet ordinateur&#xa0;; indiquez une adresse IPv4 (127.0.0.1:2525) ou une adresse IPv6 entre crochets ([::1]:25) pour n&apos;écouter que sur celle-ci. Les ports inférieurs à 1024, comme le port 25, nécessitent des privilèges.</translation>
    </message>
    <message>
        <source>(self-signed)</source>
        <translation>(auto-signé)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>STARTTLS certificate</source>
        <translation>Certificat STARTTLS</translation>
    </message>
    <message>
        <source>STARTTLS &amp;certificate:</source>
        <translation>C&amp;ertificat STARTTLS&#xa0;:</translation>
    </message>
    <message>
        <source>The PEM certificate file (with its chain) offered with STARTTLS.</source>
        <translation>Fichier de certificat PEM (avec sa chaîne) présenté avec STARTTLS.</translation>
    </message>
    <message>
        <source>Leave empty, with the key, to use a self-signed certificate that Sluice makes on first use. Give absolute paths.</source>
        <translation>Laissez ce champ vide, ainsi que la clé, pour utiliser un certificat auto-signé que Sluice crée à la première utilisation. Indiquez des chemins absolus.</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>STARTTLS private key</source>
        <translation>Clé privée STARTTLS</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Clé p&amp;rivée&#xa0;:</translation>
    </message>
    <message>
        <source>The unencrypted PEM private key of the certificate.</source>
        <translation>Clé privée PEM non chiffrée du certificat.</translation>
    </message>
    <message>
        <source>Leave empty, with the certificate, for the self-signed certificate.</source>
        <translation>Laissez ce champ vide, ainsi que le certificat, pour utiliser le certificat auto-signé.</translation>
    </message>
    <message>
        <source>Choose the file.</source>
        <translation>Choisissez le fichier.</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Rechercher %1</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Sluice::HostRuleDialog</name>
    <message>
        <source>Add Host</source>
        <translation>Ajouter un hôte</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Hôte %1</translation>
    </message>
    <message>
        <source>IP &amp;address:</source>
        <translation>&amp;Adresse IP&#xa0;:</translation>
    </message>
    <message>
        <source>The address of a host, or of a network with the mask below.</source>
        <translation>Adresse d&apos;un hôte, ou d&apos;un réseau avec le masque ci-dessous.</translation>
    </message>
    <message>
        <source>An IPv4 address (192.168.1.7) or an IPv6 address (2001:db8::7).</source>
        <translation>Une adresse IPv4 (192.168.1.7) ou une adresse IPv6 (2001:db8::7).</translation>
    </message>
    <message>
        <source>(this host only)</source>
        <translation>(cet hôte uniquement)</translation>
    </message>
    <message>
        <source>&amp;Mask:</source>
        <translation>&amp;Masque&#xa0;:</translation>
    </message>
    <message>
        <source>The network mask or prefix length; empty for one host.</source>
        <translation>Masque de réseau ou longueur de préfixe&#xa0;; vide pour un seul hôte.</translation>
    </message>
    <message>
        <source>A mask such as 255.255.255.0 or a prefix length such as 24 (IPv6: 32, 48, 64...) makes the row cover a whole network. Leave empty for the single address.</source>
        <translation>Un masque tel que 255.255.255.0 ou une longueur de préfixe telle que 24 (IPv6&#xa0;: 32, 48, 64...) étend la ligne à tout un réseau. Laissez ce champ vide pour l&apos;adresse seule.</translation>
    </message>
    <message>
        <source>Connections from these addresses</source>
        <translation>Connexions provenant de ces adresses</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>A&amp;ccepter</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>May re&amp;lay</source>
        <translation>Peut re&amp;layer</translation>
    </message>
    <message>
        <source>Accept mail from these addresses.</source>
        <translation>Accepter le courrier provenant de ces adresses.</translation>
    </message>
    <message>
        <source>Refuse these addresses with 521 and nothing else.</source>
        <translation>Refuser ces adresses avec la réponse 521, sans rien d&apos;autre.</translation>
    </message>
    <message>
        <source>The first row that matches a client decides; put exceptions above broader rows.</source>
        <translation>La première ligne correspondant à un client décide&#xa0;; placez les exceptions au-dessus des lignes plus générales.</translation>
    </message>
    <message>
        <source>Accepted hosts may send mail to any domain, not only local ones.</source>
        <translation>Les hôtes acceptés peuvent envoyer du courrier à n&apos;importe quel domaine, pas seulement aux domaines locaux.</translation>
    </message>
    <message>
        <source>Allow only your own office network to relay, or Sluice becomes an open relay that spammers find within hours.</source>
        <translation>N&apos;autorisez que le réseau de votre propre bureau à relayer&#xa0;; sinon, Sluice devient un relais ouvert que les spammeurs découvrent en quelques heures.</translation>
    </message>
    <message>
        <source>%1 is already in the list; edit that row instead.</source>
        <translation>%1 figure déjà dans la liste&#xa0;; modifiez plutôt cette ligne.</translation>
    </message>
</context>
<context>
    <name>Sluice::HostRuleModel</name>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
</context>
<context>
    <name>Sluice::HostRuleTable</name>
    <message>
        <source>Enter an IP address, or a network as ADDRESS/PREFIX (192.168.1.0/24) or ADDRESS/MASK.</source>
        <translation>Saisissez une adresse IP, ou un réseau sous la forme ADRESSE/PRÉFIXE (192.168.1.0/24) ou ADRESSE/MASQUE.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address or network: write an address (192.168.1.7, 2001:db8::7) or ADDRESS/PREFIX (192.168.1.0/24, 2001:db8::/32).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une adresse IP ni un réseau&#xa0;: saisissez une adresse (192.168.1.7, 2001:db8::7) ou ADRESSE/PRÉFIXE (192.168.1.0/24, 2001:db8::/32).</translation>
    </message>
    <message>
        <source>The network %1 is listed twice; only the first row would ever apply.</source>
        <translation>Le réseau %1 figure deux fois&#xa0;; seule la première ligne serait appliquée.</translation>
    </message>
    <message>
        <source>Could not save the Hosts list: %1</source>
        <translation>Impossible d&apos;enregistrer la liste des hôtes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not save the host rule %1: %2</source>
        <translation>Impossible d&apos;enregistrer la règle d&apos;hôte %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Sluice::HostsDialog</name>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>&amp;Hosts, checked from the top; the first row that matches decides:</source>
        <translation>&amp;Hôtes, vérifiés à partir du haut&#xa0;; la première ligne correspondante décide&#xa0;:</translation>
    </message>
    <message>
        <source>Client addresses accepted or rejected, in order.</source>
        <translation>Adresses des clients acceptées ou refusées, dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>A client whose address no row matches is accepted, and may relay only when it logs in or is on a relay network. Rejected clients get 521 and nothing else.</source>
        <translation>Un client dont l&apos;adresse ne correspond à aucune ligne est accepté, et ne peut relayer que s&apos;il s&apos;authentifie ou s&apos;il se trouve sur un réseau de relais. Les clients refusés reçoivent la réponse 521, sans rien d&apos;autre.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a host or network at the end of the list.</source>
        <translation>Ajouter un hôte ou un réseau à la fin de la liste.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected row.</source>
        <translation>Modifier la ligne sélectionnée.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected row.</source>
        <translation>Supprimer la ligne sélectionnée.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Check the selected row earlier.</source>
        <translation>Vérifier la ligne sélectionnée plus tôt.</translation>
    </message>
    <message>
        <source>Rows are checked from the top and the first match decides: move an exception above the broader row it excepts from.</source>
        <translation>Les lignes sont vérifiées à partir du haut et la première correspondance décide&#xa0;: placez une exception au-dessus de la ligne plus générale dont elle s&apos;écarte.</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Check the selected row later.</source>
        <translation>Vérifier la ligne sélectionnée plus tard.</translation>
    </message>
</context>
<context>
    <name>Sluice::InboundSessionRecorder</name>
    <message>
        <source>the client disconnected without QUIT</source>
        <translation>le client s&apos;est déconnecté sans QUIT</translation>
    </message>
</context>
<context>
    <name>Sluice::InlineMessage</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Sluice::KeychainSecretStore</name>
    <message>
        <source>No keychain is available to keep passwords. Start a Secret Service such as GNOME Keyring or KWallet; on a server without one, set secrets.store to file.</source>
        <translation>Aucun trousseau n&apos;est disponible pour conserver les mots de passe. Démarrez un service de secrets (Secret Service) tel que GNOME Keyring ou KWallet&#xa0;; sur un serveur qui n&apos;en dispose pas, définissez secrets.store sur file.</translation>
    </message>
    <message>
        <source>The keychain refused access to the password for “%1”.</source>
        <translation>Le trousseau a refusé l&apos;accès au mot de passe de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The keychain could not handle the password for “%1”: %2</source>
        <translation>Le trousseau n&apos;a pas pu traiter le mot de passe de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Sluice::LinkActions</name>
    <message>
        <source>&amp;Connect now</source>
        <translation>Se &amp;connecter maintenant</translation>
    </message>
    <message>
        <source>Starts a connection cycle now: dial, deliver queued mail, ask the provider for held mail. Works while the schedule is paused.</source>
        <translation>Lance immédiatement un cycle de connexion&#xa0;: numérotation, remise du courrier en file d&apos;attente, demande du courrier retenu au fournisseur. Fonctionne même lorsque la planification est suspendue.</translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation>&amp;Raccrocher</translation>
    </message>
    <message>
        <source>Ends the running connection cycle and hangs up the link Sluice dialed.</source>
        <translation>Termine le cycle de connexion en cours et raccroche la liaison numérotée par Sluice.</translation>
    </message>
    <message>
        <source>&amp;Pause schedule</source>
        <translation>&amp;Suspendre la planification</translation>
    </message>
    <message>
        <source>Pauses or resumes the schedule. While paused no cycle starts by itself; Connect now still works.</source>
        <translation>Suspend ou reprend la planification. Pendant la suspension, aucun cycle ne démarre de lui-même&#xa0;; Se connecter maintenant fonctionne toujours.</translation>
    </message>
    <message>
        <source>&amp;Reload settings</source>
        <translation>Rechar&amp;ger les paramètres</translation>
    </message>
    <message>
        <source>Makes the engine read its settings again now.</source>
        <translation>Fait relire immédiatement ses paramètres au moteur de messagerie.</translation>
    </message>
    <message>
        <source>A connection cycle was requested.</source>
        <translation>Un cycle de connexion a été demandé.</translation>
    </message>
    <message>
        <source>Hanging up.</source>
        <translation>Raccrochage en cours.</translation>
    </message>
    <message>
        <source>The schedule runs again.</source>
        <translation>La planification a repris.</translation>
    </message>
    <message>
        <source>The schedule is paused.</source>
        <translation>La planification est suspendue.</translation>
    </message>
    <message>
        <source>The settings were reloaded.</source>
        <translation>Les paramètres ont été rechargés.</translation>
    </message>
    <message>
        <source>Resume &amp;schedule</source>
        <translation>Re&amp;prendre la planification</translation>
    </message>
</context>
<context>
    <name>Sluice::LinkControl</name>
    <message numerus="yes">
        <source>%n recipient(s) could not be delivered; the senders were sent failure reports.</source>
        <translation>
            <numerusform>%n destinataire n&apos;a pas pu être livré&#xa0;; les expéditeurs ont reçu un rapport de non-remise.</numerusform>
            <numerusform>%n destinataires n&apos;ont pas pu être livrés&#xa0;; les expéditeurs ont reçu des rapports de non-remise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::LinkController</name>
    <message>
        <source>The link went down: %1</source>
        <translation>La liaison a été interrompue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sluice::LinkCycle</name>
    <message>
        <source>Dialing %1</source>
        <translation>Numérotation via %1</translation>
    </message>
    <message>
        <source>Connect attempt %1: %2; link: %3</source>
        <translation>Tentative de connexion %1&#xa0;: %2&#xa0;; liaison&#xa0;: %3</translation>
    </message>
    <message>
        <source>always connected</source>
        <translation>toujours connecté</translation>
    </message>
    <message>
        <source>the link was already up</source>
        <translation>la liaison était déjà établie</translation>
    </message>
    <message numerus="yes">
        <source>dialed %1 (%n attempt(s))</source>
        <translation>
            <numerusform>connexion établie via %1 (%n tentative)</numerusform>
            <numerusform>connexion établie via %1 (%n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivering queued mail</source>
        <translation>Remise du courrier en file d&apos;attente</translation>
    </message>
    <message>
        <source>outbound delivery is off (transfer mode or settings not ready)</source>
        <translation>la remise sortante est désactivée (mode de transfert ou paramètres incomplets)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent, %1 recipient(s) deferred, %2 failed</source>
        <translation>
            <numerusform>%n message envoyé, %1 destinataire(s) différé(s), %2 en échec</numerusform>
            <numerusform>%n messages envoyés, %1 destinataire(s) différé(s), %2 en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Running the retrieval command %1</source>
        <translation>Exécution de la commande de récupération %1</translation>
    </message>
    <message>
        <source>Asking %1 for held mail (%2)</source>
        <translation>Demande du courrier retenu auprès de %1 (%2)</translation>
    </message>
    <message>
        <source>Receiving mail from %1</source>
        <translation>Réception du courrier de %1</translation>
    </message>
    <message numerus="yes">
        <source>roles reversed: %n message(s) received</source>
        <translation>
            <numerusform>rôles inversés&#xa0;: %n message reçu</numerusform>
            <numerusform>rôles inversés&#xa0;: %n messages reçus</numerusform>
        </translation>
    </message>
    <message>
        <source>the provider is sending held mail</source>
        <translation>le fournisseur envoie le courrier retenu</translation>
    </message>
    <message>
        <source>no mail released</source>
        <translation>aucun courrier libéré</translation>
    </message>
    <message>
        <source>Retrieval command: %1</source>
        <translation>Commande de récupération&#xa0;: %1</translation>
    </message>
    <message>
        <source>command: %1</source>
        <translation>commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>The retrieval command %1</source>
        <translation>La commande de récupération %1</translation>
    </message>
    <message>
        <source>Waiting for mail</source>
        <translation>Attente du courrier</translation>
    </message>
    <message>
        <source>idle for %1 s</source>
        <translation>%1 s d&apos;inactivité</translation>
    </message>
    <message>
        <source>Hanging up</source>
        <translation>Raccrochage</translation>
    </message>
    <message>
        <source>Disconnect: %1</source>
        <translation>Déconnexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The disconnect command %1</source>
        <translation>La commande de déconnexion %1</translation>
    </message>
    <message>
        <source>nothing to hang up (Sluice did not dial this link)</source>
        <translation>rien à raccrocher (Sluice n&apos;a pas établi cette liaison)</translation>
    </message>
    <message>
        <source>The cycle was ended early.</source>
        <translation>Le cycle a été interrompu prématurément.</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>interrompu prématurément</translation>
    </message>
    <message>
        <source>Dialing failed: %1</source>
        <translation>Échec de la numérotation&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent, %1 received</source>
        <translation>
            <numerusform>%n message envoyé, %1 reçu(s)</numerusform>
            <numerusform>%n messages envoyés, %1 reçu(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::LinkDialer</name>
    <message>
        <source>Checking whether %1 is already up…</source>
        <translation>Vérification de l&apos;état de la connexion %1…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Hanging up %1…</source>
        <translation>Raccrochage de %1…</translation>
    </message>
    <message>
        <source>Dialing %1 (attempt %2 of %3)…</source>
        <translation>Numérotation de %1 (tentative %2 sur %3)…</translation>
    </message>
    <message>
        <source>No connect command is configured for %1.</source>
        <translation>Aucune commande de connexion n&apos;est configurée pour %1.</translation>
    </message>
    <message>
        <source>The connect command %1</source>
        <translation>La commande de connexion %1</translation>
    </message>
    <message>
        <source>Waiting for %1 to come up…</source>
        <translation>Attente de l&apos;activation de la connexion %1…</translation>
    </message>
    <message>
        <source>The link did not come up within %1 s (last check: %2)</source>
        <translation>La liaison ne s&apos;est pas établie en %1 s (dernière vérification&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Hanging up %1 after the failed attempt…</source>
        <translation>Raccrochage de %1 après l&apos;échec de la tentative…</translation>
    </message>
    <message>
        <source>(1 attempt)</source>
        <translation>(1 tentative)</translation>
    </message>
    <message>
        <source>(%1 attempts)</source>
        <translation>(%1 tentatives)</translation>
    </message>
    <message>
        <source>Waiting %1 s before dialing %2 again…</source>
        <translation>Attente de %1 s avant une nouvelle numérotation de %2…</translation>
    </message>
    <message>
        <source>%1 is up.</source>
        <translation>La connexion %1 est active.</translation>
    </message>
    <message>
        <source>Connected through %1.</source>
        <translation>Connecté via %1.</translation>
    </message>
    <message>
        <source>Dialing %1 failed: %2</source>
        <translation>Échec de la numérotation de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Sluice::LinkProbeCheck</name>
    <message>
        <source>no link check is configured; taken as up</source>
        <translation>aucune vérification de liaison n&apos;est configurée&#xa0;; liaison considérée comme active</translation>
    </message>
    <message>
        <source>nmcli was not found, so NetworkManager cannot be asked</source>
        <translation>nmcli est introuvable&#xa0;; NetworkManager ne peut donc pas être interrogé</translation>
    </message>
    <message>
        <source>nmcli %1</source>
        <translation>la commande nmcli %1</translation>
    </message>
    <message>
        <source>NetworkManager reports “%1” active</source>
        <translation>NetworkManager signale «&#xa0;%1&#xa0;» comme active</translation>
    </message>
    <message>
        <source>NetworkManager does not report “%1” active</source>
        <translation>NetworkManager ne signale pas «&#xa0;%1&#xa0;» comme active</translation>
    </message>
    <message>
        <source>the check command succeeded</source>
        <translation>la commande de vérification a réussi</translation>
    </message>
    <message>
        <source>the check command %1</source>
        <translation>la commande de vérification %1</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 port %2</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 a répondu</translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>pas de réponse de %1 en %2 s</translation>
    </message>
    <message>
        <source>interface %1 is up with address %2</source>
        <translation>l&apos;interface %1 est active avec l&apos;adresse %2</translation>
    </message>
    <message>
        <source>no interface named %1… is up with an address</source>
        <translation>aucune interface nommée %1… n&apos;est active avec une adresse</translation>
    </message>
</context>
<context>
    <name>Sluice::LogDetailsDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Connection Log Entry %1</source>
        <translation>Entrée %1 du journal des connexions</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>&amp;Transcript:</source>
        <translation>&amp;Transcription&#xa0;:</translation>
    </message>
    <message>
        <source>The SMTP commands and replies of this entry, as the connection log stored them</source>
        <translation>Commandes et réponses SMTP de cette entrée, telles que le journal des connexions les a enregistrées</translation>
    </message>
    <message>
        <source>The protocol transcript: for a link cycle, the cycle&apos;s own details and then every session of the cycle in order, each under a heading line. How much of it exists depends on the logging level set on the Diagnostics page when the session ran. Passwords and AUTH data are replaced by [redacted] before anything is stored.</source>
        <translation>Transcription du protocole&#xa0;: pour un cycle de liaison, les détails propres au cycle, puis chaque session du cycle dans l&apos;ordre, chacune sous une ligne de titre. Son contenu dépend du niveau de journalisation défini dans la page Diagnostics au moment de la session. Les mots de passe et les données AUTH sont remplacés par [redacted] avant tout enregistrement.</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <source>Closes the details; the entry stays in the connection log.</source>
        <translation>Ferme les détails&#xa0;; l&apos;entrée reste dans le journal des connexions.</translation>
    </message>
    <message>
        <source>Sluice could not show this entry: %1</source>
        <translation>Sluice n&apos;a pas pu afficher cette entrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>(no transcript)</source>
        <translation>(aucune transcription)</translation>
    </message>
</context>
<context>
    <name>Sluice::LogEntryReport</name>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Correspondant</translation>
    </message>
    <message>
        <source>Trigger / peer</source>
        <translation>Déclencheur / correspondant</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>Nom HELO</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <source>Messages received</source>
        <translation>Messages reçus</translation>
    </message>
    <message>
        <source>Retrieval reply</source>
        <translation>Réponse à la récupération</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximal</translation>
    </message>
    <message>
        <source>A transcript is stored at the logging level of the Diagnostics page when the session runs: None keeps no transcript, Minimum only connection events, Medium every command and reply, Maximum also the message headers. Passwords and AUTH data are never stored.</source>
        <translation>La transcription est enregistrée selon le niveau de journalisation défini dans la page Diagnostics au moment de la session&#xa0;: Aucun ne conserve aucune transcription, Minimal uniquement les événements de connexion, Moyen chaque commande et réponse, Maximal également les en-têtes des messages. Les mots de passe et les données AUTH ne sont jamais enregistrés.</translation>
    </message>
    <message>
        <source>Logging level now: %1.</source>
        <translation>Niveau de journalisation actuel&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(no transcript)</source>
        <translation>(aucune transcription)</translation>
    </message>
</context>
<context>
    <name>Sluice::LogExport</name>
    <message>
        <source>succeeded entries</source>
        <translation>entrées réussies</translation>
    </message>
    <message>
        <source>failed entries</source>
        <translation>entrées en échec</translation>
    </message>
    <message>
        <source>all entries</source>
        <translation>toutes les entrées</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>containing &quot;%1&quot;</source>
        <translation>contenant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>=== Entry %1 ===</source>
        <translation>=== Entrée %1 ===</translation>
    </message>
    <message>
        <source>Sluice connection log, exported %1</source>
        <translation>Journal des connexions de Sluice, exporté le %1</translation>
    </message>
    <message>
        <source>Selected entries: %1</source>
        <translation>Entrées sélectionnées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entries: %1 (%2)</source>
        <translation>Entrées&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Sluice::LogViewer</name>
    <message>
        <source>Connection log problem</source>
        <translation>Problème du journal des connexions</translation>
    </message>
    <message>
        <source>Connection log</source>
        <translation>Journal des connexions</translation>
    </message>
    <message>
        <source>One row per link cycle or SMTP session, newest first. Enter or double-click shows the details</source>
        <translation>Une ligne par cycle de liaison ou session SMTP, les plus récents d&apos;abord. Entrée ou un double-clic affiche les détails</translation>
    </message>
    <message>
        <source>The connection log: every link cycle (dial, deliver, retrieve, hang up) and every SMTP session outside a cycle, newest first. Select rows and press Enter or double-click for the details and the protocol transcript; Export… saves the shown or the selected entries as text.</source>
        <translation>Le journal des connexions&#xa0;: chaque cycle de liaison (numérotation, remise, récupération, raccrochage) et chaque session SMTP hors cycle, les plus récents d&apos;abord. Sélectionnez des lignes et appuyez sur Entrée ou double-cliquez pour afficher les détails et la transcription du protocole&#xa0;; Exporter… enregistre les entrées affichées ou sélectionnées au format texte.</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Nombre d&apos;entrées</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>Show every field and the protocol transcript of the current row (Enter)</source>
        <translation>Afficher tous les champs et la transcription du protocole de la ligne en cours (Entrée)</translation>
    </message>
    <message>
        <source>Opens the entry&apos;s details: time, trigger or peer, dialing, messages sent and received, the retrieval reply, the phases and errors of a cycle, and the protocol transcript as stored at the logging level of the Diagnostics page.</source>
        <translation>Ouvre les détails de l&apos;entrée&#xa0;: heure, déclencheur ou correspondant, numérotation, messages envoyés et reçus, réponse à la récupération, phases et erreurs d&apos;un cycle, et transcription du protocole telle qu&apos;enregistrée selon le niveau de journalisation de la page Diagnostics.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save log entries with their details and transcripts as a text file</source>
        <translation>Enregistrer les entrées du journal avec leurs détails et leurs transcriptions dans un fichier texte</translation>
    </message>
    <message>
        <source>Saves either every entry the filters show or only the selected rows, each with its details and transcript, to a plain text file, for example to send to your provider.</source>
        <translation>Enregistre toutes les entrées affichées par les filtres ou seulement les lignes sélectionnées, chacune avec ses détails et sa transcription, dans un fichier texte brut, par exemple pour l&apos;envoyer à votre fournisseur.</translation>
    </message>
    <message>
        <source>&amp;All entries shown…</source>
        <translation>&amp;Toutes les entrées affichées…</translation>
    </message>
    <message>
        <source>&amp;Selected entries…</source>
        <translation>Entrées &amp;sélectionnées…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Échec de l&apos;exportation&#xa0;: %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Show all entries, only those that succeeded, or only failures</source>
        <translation>Afficher toutes les entrées, seulement celles qui ont réussi, ou seulement les échecs</translation>
    </message>
    <message>
        <source>Filters the log by result. A cycle fails when dialing, delivery or retrieval failed; a session when it ended in an error.</source>
        <translation>Filtre le journal selon le résultat. Un cycle échoue lorsque la numérotation, la remise ou la récupération a échoué&#xa0;; une session, lorsqu&apos;elle s&apos;est terminée par une erreur.</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation>Entre deux dates</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Which days of the log to show</source>
        <translation>Jours du journal à afficher</translation>
    </message>
    <message>
        <source>Shows the whole log, the last 24 hours, the last 7 days, or the days between the two dates beside (both included).</source>
        <translation>Affiche tout le journal, les dernières 24 heures, les 7 derniers jours, ou les jours compris entre les deux dates voisines (incluses).</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>The first day to show (with Between dates)</source>
        <translation>Premier jour à afficher (avec Entre deux dates)</translation>
    </message>
    <message>
        <source>Entries from the start of this day on are shown when the period is Between dates.</source>
        <translation>Les entrées à partir du début de ce jour sont affichées lorsque la période est Entre deux dates.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>The last day to show (with Between dates)</source>
        <translation>Dernier jour à afficher (avec Entre deux dates)</translation>
    </message>
    <message>
        <source>Entries up to the end of this day are shown when the period is Between dates.</source>
        <translation>Les entrées jusqu&apos;à la fin de ce jour sont affichées lorsque la période est Entre deux dates.</translation>
    </message>
    <message>
        <source>Host, address, reply or error</source>
        <translation>Hôte, adresse, réponse ou erreur</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Re&amp;chercher&#xa0;:</translation>
    </message>
    <message>
        <source>Show only entries containing this text</source>
        <translation>Afficher uniquement les entrées contenant ce texte</translation>
    </message>
    <message>
        <source>Shows only the entries whose peer, trigger, retrieval reply, summary or errors contain this text (upper and lower case alike). The list follows as you type.</source>
        <translation>Affiche uniquement les entrées dont le correspondant, le déclencheur, la réponse à la récupération, le résumé ou les erreurs contiennent ce texte (sans distinction entre majuscules et minuscules). La liste se met à jour pendant la saisie.</translation>
    </message>
    <message>
        <source>Sluice is not running or cannot be reached; the log shows again as soon as it is back.</source>
        <translation>Sluice n&apos;est pas en cours d&apos;exécution ou est injoignable&#xa0;; le journal s&apos;affichera de nouveau dès son retour.</translation>
    </message>
    <message>
        <source>Sluice could not list the connection log: %1</source>
        <translation>Sluice n&apos;a pas pu lister le journal des connexions&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection to Sluice was lost; the log shows again as soon as it is back.</source>
        <translation>La connexion à Sluice a été perdue&#xa0;; le journal s&apos;affichera de nouveau dès son rétablissement.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Connection Log</source>
        <translation>Exporter le journal des connexions</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>No entries are selected.</source>
        <translation>Aucune entrée n&apos;est sélectionnée.</translation>
    </message>
</context>
<context>
    <name>Sluice::LogonInformationDialog</name>
    <message>
        <source>Logon Information</source>
        <translation>Informations d&apos;ouverture de session</translation>
    </message>
    <message>
        <source>The account your provider gave you for the dial-up link. Sluice hands it to the connect command; the password is kept in the keychain.</source>
        <translation>Compte que votre fournisseur vous a attribué pour la liaison à la demande. Sluice le transmet à la commande de connexion&#xa0;; le mot de passe est conservé dans le trousseau.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>The account name for the dial-up link.</source>
        <translation>Nom du compte de la liaison à la demande.</translation>
    </message>
    <message>
        <source>Given to the connect and disconnect commands in the environment variable SLUICE_ACCOUNT.</source>
        <translation>Transmis aux commandes de connexion et de déconnexion dans la variable d&apos;environnement SLUICE_ACCOUNT.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The password for the dial-up link; leave it as it is to keep the stored one.</source>
        <translation>Mot de passe de la liaison à la demande&#xa0;; laissez ce champ tel quel pour conserver le mot de passe enregistré.</translation>
    </message>
    <message>
        <source>Given to the connect and disconnect commands in SLUICE_PASSWORD, never on their command line. It is stored in the keychain when you click OK or Apply on the property sheet, never in the configuration file.</source>
        <translation>Transmis aux commandes de connexion et de déconnexion dans SLUICE_PASSWORD, jamais sur leur ligne de commande. Il est enregistré dans le trousseau lorsque vous cliquez sur OK ou Appliquer dans la feuille de propriétés, jamais dans le fichier de configuration.</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>The logon domain, if your provider uses one.</source>
        <translation>Domaine d&apos;ouverture de session, si votre fournisseur en utilise un.</translation>
    </message>
    <message>
        <source>Given to the connect and disconnect commands in SLUICE_DOMAIN. Most providers need none.</source>
        <translation>Transmis aux commandes de connexion et de déconnexion dans SLUICE_DOMAIN. La plupart des fournisseurs n&apos;en ont pas besoin.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(enregistré)</translation>
    </message>
    <message>
        <source>Enter the user name the password belongs to.</source>
        <translation>Saisissez le nom d&apos;utilisateur auquel appartient le mot de passe.</translation>
    </message>
</context>
<context>
    <name>Sluice::MainWindow</name>
    <message>
        <source>Sluice</source>
        <translation>Sluice</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <source>&amp;Sluice</source>
        <translation>&amp;Sluice</translation>
    </message>
    <message>
        <source>Run the setup &amp;wizard again…</source>
        <translation>Relancer l&apos;&amp;assistant de configuration…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Qu&apos;est-ce que c&apos;est&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;File d&apos;attente</translation>
    </message>
    <message>
        <source>Connection &amp;log</source>
        <translation>&amp;Journal des connexions</translation>
    </message>
    <message>
        <source>Console views</source>
        <translation>Vues de la console</translation>
    </message>
    <message>
        <source>Link state</source>
        <translation>État de la liaison</translation>
    </message>
    <message>
        <source>Engine connection</source>
        <translation>Connexion au moteur</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Liaison</translation>
    </message>
    <message>
        <source>Link: unknown</source>
        <translation>Liaison&#xa0;: inconnue</translation>
    </message>
    <message>
        <source>Sluice service not reachable, reconnecting…</source>
        <translation>Service Sluice injoignable, reconnexion…</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Liaison&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (schedule paused)</source>
        <translation>%1 (planification suspendue)</translation>
    </message>
    <message>
        <source>Engine running in this console</source>
        <translation>Moteur exécuté dans cette console</translation>
    </message>
    <message>
        <source>Attached to the Sluice service (process %1)</source>
        <translation>Rattaché au service Sluice (processus %1)</translation>
    </message>
</context>
<context>
    <name>Sluice::MessageDetailsDialog</name>
    <message>
        <source>Message %1</source>
        <translation>Message %1</translation>
    </message>
    <message>
        <source>The message&apos;s envelope, its headers and the state of every recipient.</source>
        <translation>Enveloppe du message, ses en-têtes et l&apos;état de chaque destinataire.</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Queue ID:</source>
        <translation>ID de file d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçu&#xa0;:</translation>
    </message>
    <message>
        <source>From client:</source>
        <translation>Client d&apos;origine&#xa0;:</translation>
    </message>
    <message>
        <source>Client&apos;s name (HELO):</source>
        <translation>Nom du client (HELO)&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>On hold:</source>
        <translation>Suspendu&#xa0;:</translation>
    </message>
    <message>
        <source>The message&apos;s %1 as Sluice stored it</source>
        <translation>Champ «&#xa0;%1&#xa0;» du message, tel que Sluice l&apos;a enregistré</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <source>ETRN domain</source>
        <translation>Domaine ETRN</translation>
    </message>
    <message>
        <source>Every recipient still queued and how its delivery stands</source>
        <translation>Chaque destinataire encore en file d&apos;attente et l&apos;état de sa remise</translation>
    </message>
    <message>
        <source>One row per recipient still in the queue: local or remote, its state, how often delivery was tried, when it is tried next and the last reply.</source>
        <translation>Une ligne par destinataire encore en file d&apos;attente&#xa0;: local ou distant, son état, le nombre de tentatives de remise, la date de la prochaine tentative et la dernière réponse.</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>The message&apos;s header block (at most 64 KiB)</source>
        <translation>Bloc d&apos;en-têtes du message (64 Kio au maximum)</translation>
    </message>
    <message>
        <source>The header lines of the message as stored, starting with Sluice&apos;s own Received: line.</source>
        <translation>Lignes d&apos;en-tête du message telles qu&apos;enregistrées, en commençant par la ligne Received: ajoutée par Sluice.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <source>Closes the message&apos;s details.</source>
        <translation>Ferme les détails du message.</translation>
    </message>
    <message>
        <source>The message cannot be shown: %1</source>
        <translation>Impossible d&apos;afficher le message&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;&gt; (a delivery report)</source>
        <translation>&lt;&gt; (un rapport de remise)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>Yes: never tried until released</source>
        <translation>Oui&#xa0;: aucune tentative avant la libération</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>Sluice::Migrations</name>
    <message>
        <source>create the settings table</source>
        <translation>créer la table des paramètres</translation>
    </message>
    <message>
        <source>Could not read the schema version of the configuration database “%1”: %2</source>
        <translation>Impossible de lire la version de schéma de la base de données de configuration «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Could not update the configuration database “%1” to schema version %2 (%3): %4</source>
        <translation>Impossible de mettre à jour la base de données de configuration «&#xa0;%1&#xa0;» vers la version de schéma %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>create the e-mail domain table</source>
        <translation>créer la table des domaines de messagerie</translation>
    </message>
    <message>
        <source>create the connection profile table</source>
        <translation>créer la table des profils de connexion</translation>
    </message>
    <message>
        <source>create the server account table</source>
        <translation>créer la table des comptes du serveur</translation>
    </message>
    <message>
        <source>create the host rule and route tables</source>
        <translation>créer les tables des règles d&apos;hôte et des routes</translation>
    </message>
</context>
<context>
    <name>Sluice::MinutesBinding</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>Sluice::PropertySheet</name>
    <message>
        <source>Sluice Properties</source>
        <translation>Propriétés de Sluice</translation>
    </message>
    <message>
        <source>Property pages</source>
        <translation>Pages de propriétés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Qu&apos;est-ce que c&apos;est&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Échec de l&apos;enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved. Waiting for the mail engine to apply the changes…</source>
        <translation>Enregistré. En attente de l&apos;application des modifications par le moteur de messagerie…</translation>
    </message>
    <message>
        <source>Saved. The mail engine applied the changes.</source>
        <translation>Enregistré. Le moteur de messagerie a appliqué les modifications.</translation>
    </message>
    <message>
        <source>Saved, but the mail engine could not apply the changes: %1</source>
        <translation>Enregistré, mais le moteur de messagerie n&apos;a pas pu appliquer les modifications&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved. A running Sluice service picks the changes up within a second.</source>
        <translation>Enregistré. Un service Sluice en cours d&apos;exécution prend en compte les modifications en moins d&apos;une seconde.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Aucun trousseau disponible</translation>
    </message>
    <message>
        <source>Sluice could not reach a keychain to store the password (%1).

It can keep passwords in a file in its data folder instead, readable only by you, but not encrypted. Store passwords in that file?</source>
        <translation>Sluice n&apos;a pas pu accéder à un trousseau pour enregistrer le mot de passe (%1).

Il peut à la place conserver les mots de passe dans un fichier de son dossier de données, lisible par vous seul, mais non chiffré. Voulez-vous enregistrer les mots de passe dans ce fichier&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Sluice::ProviderRetrieval</name>
    <message>
        <source>no retrieval command to send for this method</source>
        <translation>aucune commande de récupération à envoyer pour cette méthode</translation>
    </message>
    <message>
        <source>no domains to ask for with ETRN; list them on the Mail Retrieval page</source>
        <translation>aucun domaine à demander avec ETRN&#xa0;; indiquez-les dans la page «&#xa0;Récupération du courrier&#xa0;»</translation>
    </message>
    <message>
        <source>ATRN needs an account at the provider: set up authentication for the ATRN host</source>
        <translation>ATRN nécessite un compte auprès du fournisseur&#xa0;: configurez l&apos;authentification pour l&apos;hôte ATRN</translation>
    </message>
    <message>
        <source>no local SMTP server to take over the connection after %1</source>
        <translation>aucun serveur SMTP local pour prendre le relais de la connexion après %1</translation>
    </message>
    <message>
        <source>no host to ask for the held mail</source>
        <translation>aucun hôte auprès duquel demander le courrier retenu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the provider closed the session: %1</source>
        <translation>le fournisseur a fermé la session&#xa0;: %1</translation>
    </message>
    <message>
        <source>the provider does not list ETRN in its EHLO reply; asking all the same</source>
        <translation>le fournisseur n&apos;indique pas ETRN dans sa réponse EHLO&#xa0;; la demande est tout de même envoyée</translation>
    </message>
    <message>
        <source>the provider does not list ATRN in its EHLO reply; asking all the same</source>
        <translation>le fournisseur n&apos;indique pas ATRN dans sa réponse EHLO&#xa0;; la demande est tout de même envoyée</translation>
    </message>
    <message numerus="yes">
        <source>not asking for the other %n domain(s)</source>
        <translation>
            <numerusform>pas de demande pour %n autre domaine</numerusform>
            <numerusform>pas de demande pour les %n autres domaines</numerusform>
        </translation>
    </message>
    <message>
        <source>roles reversed: serving the provider&apos;s SMTP session on this (encrypted) connection</source>
        <translation>rôles inversés&#xa0;: prise en charge de la session SMTP du fournisseur sur cette connexion (chiffrée)</translation>
    </message>
    <message>
        <source>roles reversed: serving the provider&apos;s SMTP session on this connection</source>
        <translation>rôles inversés&#xa0;: prise en charge de la session SMTP du fournisseur sur cette connexion</translation>
    </message>
    <message numerus="yes">
        <source>the provider&apos;s session ended: %n message(s) received</source>
        <translation>
            <numerusform>la session du fournisseur est terminée&#xa0;: %n message reçu</numerusform>
            <numerusform>la session du fournisseur est terminée&#xa0;: %n messages reçus</numerusform>
        </translation>
    </message>
    <message>
        <source>the local SMTP server cannot take over the connection (it is stopping)</source>
        <translation>le serveur SMTP local ne peut pas prendre le relais de la connexion (il est en cours d&apos;arrêt)</translation>
    </message>
    <message>
        <source>TLS required, but %1</source>
        <translation>TLS obligatoire, mais %1</translation>
    </message>
    <message>
        <source>retrieval failed: %1</source>
        <translation>échec de la récupération&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>the provider hung up during the reversed session (%1) after %n message(s)</source>
        <translation>
            <numerusform>le fournisseur a raccroché pendant la session inversée (%1) après %n message</numerusform>
            <numerusform>le fournisseur a raccroché pendant la session inversée (%1) après %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::ProviderWizardPage</name>
    <message>
        <source>Your provider&apos;s mail host</source>
        <translation>Serveur de messagerie de votre fournisseur</translation>
    </message>
    <message>
        <source>Your Internet provider told you the name of its mail server, and whether it asks for a login. It is often called the outgoing mail or SMTP server.</source>
        <translation>Votre fournisseur d&apos;accès à Internet vous a communiqué le nom de son serveur de messagerie, et vous a indiqué s&apos;il exige une authentification. Il est souvent appelé serveur de courrier sortant ou serveur SMTP.</translation>
    </message>
    <message>
        <source>smtp.provider.example</source>
        <translation>smtp.provider.example</translation>
    </message>
    <message>
        <source>Provider&apos;s &amp;mail host:</source>
        <translation>&amp;Serveur de messagerie du fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>The provider&apos;s mail server, as HOST or HOST:PORT (port 25 unless given).</source>
        <translation>Serveur de messagerie du fournisseur, sous la forme HOST ou HOST:PORT (port 25 par défaut).</translation>
    </message>
    <message>
        <source>Sluice sends your outgoing mail to this host when you choose so below, and asks it for your held mail (ETRN or TURN). Add :587 or another port only when the provider says so.</source>
        <translation>Sluice envoie votre courrier sortant à cet hôte si vous le choisissez ci-dessous, et lui demande votre courrier retenu (ETRN ou TURN). N&apos;ajoutez&#xa0;:587 ou un autre port que si le fournisseur l&apos;indique.</translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation>Courrier sortant</translation>
    </message>
    <message>
        <source>Send all outgoing mail &amp;through the provider&apos;s mail host</source>
        <translation>Envoyer tout le courrier sortant &amp;via le serveur de messagerie du fournisseur</translation>
    </message>
    <message>
        <source>Deliver outgoing mail di&amp;rectly to each recipient&apos;s mail server (DNS)</source>
        <translation>&amp;Remettre le courrier sortant directement au serveur de messagerie de chaque destinataire (DNS)</translation>
    </message>
    <message>
        <source>Recommended: the provider passes your mail on.</source>
        <translation>Recommandé&#xa0;: le fournisseur achemine votre courrier.</translation>
    </message>
    <message>
        <source>The provider&apos;s host (a smarthost) delivers your mail to the recipients. Choose this with a dial-up or dynamic address: many servers refuse mail sent directly from such addresses.</source>
        <translation>L&apos;hôte du fournisseur (un smarthost) remet votre courrier aux destinataires. Choisissez cette option avec une connexion à la demande ou une adresse dynamique&#xa0;: de nombreux serveurs refusent le courrier envoyé directement depuis ces adresses.</translation>
    </message>
    <message>
        <source>Look up each recipient domain&apos;s mail servers and deliver to them.</source>
        <translation>Rechercher les serveurs de messagerie de chaque domaine destinataire et leur remettre le courrier.</translation>
    </message>
    <message>
        <source>Only with a static address whose reverse DNS name matches this server, and when the provider does not block outgoing connections to port 25.</source>
        <translation>Uniquement avec une adresse statique dont le nom DNS inverse correspond à ce serveur, et si le fournisseur ne bloque pas les connexions sortantes vers le port 25.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>My provider asks for a &amp;login (account and password)</source>
        <translation>Mon fournisseur exige des &amp;identifiants (compte et mot de passe)</translation>
    </message>
    <message>
        <source>Log in to the provider&apos;s mail host before sending or collecting mail.</source>
        <translation>S&apos;authentifier auprès du serveur de messagerie du fournisseur avant d&apos;envoyer ou de récupérer du courrier.</translation>
    </message>
    <message>
        <source>Most providers ask for the account and password of your mail account, also called SMTP authentication.</source>
        <translation>La plupart des fournisseurs demandent le compte et le mot de passe de votre compte de messagerie&#xa0;; on parle aussi d&apos;authentification SMTP.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>The account name the provider gave you.</source>
        <translation>Nom du compte que le fournisseur vous a attribué.</translation>
    </message>
    <message>
        <source>Often your e-mail address or a customer number.</source>
        <translation>Souvent votre adresse de messagerie ou un numéro de client.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The password of this account.</source>
        <translation>Mot de passe de ce compte.</translation>
    </message>
    <message>
        <source>Kept in the desktop&apos;s keychain, never in the settings. Leave empty to keep the password already stored for this account.</source>
        <translation>Conservé dans le trousseau du bureau, jamais dans les paramètres. Laissez ce champ vide pour conserver le mot de passe déjà enregistré pour ce compte.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(enregistré)</translation>
    </message>
    <message>
        <source>Enter your provider&apos;s mail host, such as smtp.provider.example.</source>
        <translation>Saisissez le serveur de messagerie de votre fournisseur, par exemple smtp.provider.example.</translation>
    </message>
    <message>
        <source>The login is for the provider&apos;s mail host: enter the host.</source>
        <translation>Les identifiants sont destinés au serveur de messagerie du fournisseur&#xa0;: saisissez l&apos;hôte.</translation>
    </message>
    <message>
        <source>Enter the account name your provider gave you.</source>
        <translation>Saisissez le nom du compte que votre fournisseur vous a attribué.</translation>
    </message>
    <message>
        <source>Enter the password of this account.</source>
        <translation>Saisissez le mot de passe de ce compte.</translation>
    </message>
    <message>
        <source>through the provider&apos;s mail host</source>
        <translation>via le serveur de messagerie du fournisseur</translation>
    </message>
    <message>
        <source>directly to the recipients&apos; servers (DNS)</source>
        <translation>directement aux serveurs des destinataires (DNS)</translation>
    </message>
    <message>
        <source>Provider&apos;s mail host</source>
        <translation>Serveur de messagerie du fournisseur</translation>
    </message>
    <message>
        <source>Login at the provider</source>
        <translation>Authentification auprès du fournisseur</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>oui (%1)</translation>
    </message>
    <message>
        <source>Account at the provider</source>
        <translation>Compte auprès du fournisseur</translation>
    </message>
    <message>
        <source>Password for %1 at %2</source>
        <translation>Mot de passe de %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Sluice::QueueGroupModel</name>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) held until %1 asks for its mail (ETRN)</source>
        <translation>
            <numerusform>%n message retenu jusqu&apos;à ce que %1 demande son courrier (ETRN)</numerusform>
            <numerusform>%n messages retenus jusqu&apos;à ce que %1 demande son courrier (ETRN)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) for %1, %2</source>
        <translation>
            <numerusform>%n message pour %1, %2</numerusform>
            <numerusform>%n messages pour %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Held for ETRN</source>
        <translation>Retenu pour ETRN</translation>
    </message>
    <message>
        <source>Inbound (local delivery)</source>
        <translation>Entrant (remise locale)</translation>
    </message>
    <message>
        <source>Every message in the queue</source>
        <translation>Tous les messages de la file d&apos;attente</translation>
    </message>
    <message>
        <source>Mail waiting to go out, by destination domain</source>
        <translation>Courrier en attente d&apos;envoi, par domaine de destination</translation>
    </message>
    <message>
        <source>Mail kept for domains that collect it with ETRN, by domain</source>
        <translation>Courrier conservé pour les domaines qui le récupèrent avec ETRN, par domaine</translation>
    </message>
    <message>
        <source>Mail waiting for delivery to a mailbox on this computer</source>
        <translation>Courrier en attente de remise dans une boîte aux lettres de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>Sluice::QueueTableModel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>ID de file d&apos;attente</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The message&apos;s id in Sluice&apos;s queue and log</source>
        <translation>Identifiant du message dans la file d&apos;attente et le journal de Sluice</translation>
    </message>
    <message>
        <source>The envelope sender (MAIL FROM); &lt;&gt; for delivery reports</source>
        <translation>Expéditeur de l&apos;enveloppe (MAIL FROM)&#xa0;; &lt;&gt; pour les rapports de remise</translation>
    </message>
    <message>
        <source>The recipients still waiting, in the chosen section or group</source>
        <translation>Destinataires encore en attente, dans la section ou le groupe choisi</translation>
    </message>
    <message>
        <source>The message&apos;s size as stored</source>
        <translation>Taille du message telle qu&apos;enregistrée</translation>
    </message>
    <message>
        <source>How long ago Sluice accepted the message</source>
        <translation>Temps écoulé depuis que Sluice a accepté le message</translation>
    </message>
    <message>
        <source>How often delivery was tried (the most for any recipient)</source>
        <translation>Nombre de tentatives de remise (le plus élevé parmi les destinataires)</translation>
    </message>
    <message>
        <source>When Sluice tries again; empty while the message is held</source>
        <translation>Date de la prochaine tentative de Sluice&#xa0;; vide tant que le message est retenu</translation>
    </message>
    <message>
        <source>The last reply of the receiving server</source>
        <translation>Dernière réponse du serveur destinataire</translation>
    </message>
    <message>
        <source>Queued, deferred after a failure, held for ETRN or on hold</source>
        <translation>En file d&apos;attente, différé après un échec, retenu pour ETRN ou suspendu</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Différé</translation>
    </message>
    <message>
        <source>Held for ETRN</source>
        <translation>Retenu pour ETRN</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Suspendu</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Reçu le %1</translation>
    </message>
    <message>
        <source>No retry planned: the message is held for ETRN or on hold.</source>
        <translation>Aucune nouvelle tentative prévue&#xa0;: le message est retenu pour ETRN ou suspendu.</translation>
    </message>
    <message>
        <source>The null sender &lt;&gt;: a delivery report, which gets no report back</source>
        <translation>Expéditeur nul &lt;&gt;&#xa0;: un rapport de remise, qui ne donne lieu à aucun rapport en retour</translation>
    </message>
</context>
<context>
    <name>Sluice::QueueViewer</name>
    <message>
        <source>Queue viewer</source>
        <translation>Visionneuse de la file d&apos;attente</translation>
    </message>
    <message>
        <source>The mail Sluice is keeping: outbound mail by destination, mail held for ETRN by domain, and mail waiting for a local mailbox.</source>
        <translation>Courrier conservé par Sluice&#xa0;: courrier sortant par destination, courrier retenu pour ETRN par domaine, et courrier en attente de remise dans une boîte aux lettres locale.</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Try the selected messages again now</source>
        <translation>Réessayer immédiatement les messages sélectionnés</translation>
    </message>
    <message>
        <source>Makes the selected messages due now and wakes delivery. Mail held for ETRN or on hold is left alone: release it first.</source>
        <translation>Replanifie immédiatement les messages sélectionnés et relance la remise. Le courrier retenu pour ETRN ou suspendu n&apos;est pas touché&#xa0;: libérez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove the selected messages from the queue</source>
        <translation>Supprimer les messages sélectionnés de la file d&apos;attente</translation>
    </message>
    <message>
        <source>Removes the selected messages. You choose whether their senders get a failure report (&quot;deleted by the postmaster&quot;) or nothing.</source>
        <translation>Supprime les messages sélectionnés. Vous choisissez si leurs expéditeurs reçoivent un rapport de non-remise («&#xa0;supprimé par le postmaster&#xa0;») ou rien.</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>Sus&amp;pendre</translation>
    </message>
    <message>
        <source>Keep the selected messages until released</source>
        <translation>Conserver les messages sélectionnés jusqu&apos;à leur libération</translation>
    </message>
    <message>
        <source>Puts the selected messages on hold: never tried and never expired until you release them.</source>
        <translation>Suspend les messages sélectionnés&#xa0;: ni tentative de remise ni expiration jusqu&apos;à ce que vous les libériez.</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <source>Let the selected messages go now</source>
        <translation>Laisser partir immédiatement les messages sélectionnés</translation>
    </message>
    <message>
        <source>Ends the hold of the selected messages and releases their mail held for ETRN to its route now, as if the domain had asked for it.</source>
        <translation>Met fin à la suspension des messages sélectionnés et libère immédiatement leur courrier retenu pour ETRN vers sa route, comme si le domaine l&apos;avait demandé.</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>Dé&amp;tails…</translation>
    </message>
    <message>
        <source>Show the selected message (Enter or double-click)</source>
        <translation>Afficher le message sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Shows the envelope, the headers and the state of every recipient of the selected message.</source>
        <translation>Affiche l&apos;enveloppe, les en-têtes et l&apos;état de chaque destinataire du message sélectionné.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the queue again</source>
        <translation>Relire la file d&apos;attente</translation>
    </message>
    <message>
        <source>Reads the counts and the messages shown again from Sluice. The viewer also updates by itself whenever the queue changes.</source>
        <translation>Relit auprès de Sluice les compteurs et les messages affichés. La visionneuse se met aussi à jour d&apos;elle-même à chaque modification de la file d&apos;attente.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) made due now.</source>
        <translation>
            <numerusform>%n message replanifié pour maintenant.</numerusform>
            <numerusform>%n messages replanifiés pour maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) put on hold.</source>
        <translation>
            <numerusform>%n message suspendu.</numerusform>
            <numerusform>%n messages suspendus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) released.</source>
        <translation>
            <numerusform>%n message libéré.</numerusform>
            <numerusform>%n messages libérés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue actions</source>
        <translation>Actions sur la file d&apos;attente</translation>
    </message>
    <message>
        <source>Actions on the selected messages</source>
        <translation>Actions sur les messages sélectionnés</translation>
    </message>
    <message>
        <source>Actions on the messages selected in the table; they are also in the table&apos;s context menu.</source>
        <translation>Actions sur les messages sélectionnés dans le tableau&#xa0;; elles figurent aussi dans le menu contextuel du tableau.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Re&amp;chercher&#xa0;:</translation>
    </message>
    <message>
        <source>Queue ID, address or reply</source>
        <translation>ID de file d&apos;attente, adresse ou réponse</translation>
    </message>
    <message>
        <source>Show only messages containing this text</source>
        <translation>Afficher uniquement les messages contenant ce texte</translation>
    </message>
    <message>
        <source>Filters the table as you type: the queue ID, the sender, a recipient&apos;s address or the last reply contains the text (upper and lower case alike).</source>
        <translation>Filtre le tableau pendant la saisie&#xa0;: l&apos;ID de file d&apos;attente, l&apos;expéditeur, l&apos;adresse d&apos;un destinataire ou la dernière réponse contient le texte (sans distinction entre majuscules et minuscules).</translation>
    </message>
    <message>
        <source>Queue sections</source>
        <translation>Sections de la file d&apos;attente</translation>
    </message>
    <message>
        <source>Choose which messages the table shows</source>
        <translation>Choisir les messages affichés dans le tableau</translation>
    </message>
    <message>
        <source>Outbound mail by destination domain, mail held for ETRN by domain and mail for local mailboxes, with the number of messages in each. Choose one to see only its messages.</source>
        <translation>Courrier sortant par domaine de destination, courrier retenu pour ETRN par domaine et courrier destiné aux boîtes aux lettres locales, avec le nombre de messages de chaque section. Choisissez-en une pour n&apos;afficher que ses messages.</translation>
    </message>
    <message>
        <source>Queued messages</source>
        <translation>Messages en file d&apos;attente</translation>
    </message>
    <message>
        <source>The messages in the chosen section; click a column heading to sort</source>
        <translation>Messages de la section choisie&#xa0;; cliquez sur un en-tête de colonne pour trier</translation>
    </message>
    <message>
        <source>One row per message. Select one or more and use the actions above, the context menu or their shortcuts; Enter or a double-click shows the message&apos;s details.</source>
        <translation>Une ligne par message. Sélectionnez-en un ou plusieurs et utilisez les actions ci-dessus, le menu contextuel ou leurs raccourcis&#xa0;; Entrée ou un double-clic affiche les détails du message.</translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation>État de la file d&apos;attente</translation>
    </message>
    <message>
        <source>How many messages are shown, and what the last action did</source>
        <translation>Nombre de messages affichés et résultat de la dernière action</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) shown.</source>
        <translation>
            <numerusform>%n message affiché.</numerusform>
            <numerusform>%n messages affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for Sluice…</source>
        <translation>En attente de Sluice…</translation>
    </message>
    <message>
        <source>Sluice is not running or cannot be reached, so the queue cannot be shown. The viewer reconnects by itself as soon as Sluice runs again.</source>
        <translation>Sluice n&apos;est pas en cours d&apos;exécution ou est injoignable&#xa0;; la file d&apos;attente ne peut donc pas être affichée. La visionneuse se reconnecte d&apos;elle-même dès que Sluice est de nouveau en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Delete messages</source>
        <translation>Supprimer des messages</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) from the queue?</source>
        <translation>
            <numerusform>Supprimer %n message de la file d&apos;attente&#xa0;?</numerusform>
            <numerusform>Supprimer %n messages de la file d&apos;attente&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>A failure report tells each sender that the message was deleted by the postmaster and was not delivered. Delivery reports themselves (sender &lt;&gt;) never get one.</source>
        <translation>Un rapport de non-remise informe chaque expéditeur que le message a été supprimé par le postmaster et n&apos;a pas été remis. Les rapports de remise eux-mêmes (expéditeur &lt;&gt;) n&apos;en reçoivent jamais.</translation>
    </message>
    <message>
        <source>Delete and send a &amp;failure report</source>
        <translation>Supprimer et envoyer un rapport de &amp;non-remise</translation>
    </message>
    <message>
        <source>Delete &amp;silently</source>
        <translation>Supprimer &amp;silencieusement</translation>
    </message>
    <message>
        <source>Delete and tell the senders</source>
        <translation>Supprimer et prévenir les expéditeurs</translation>
    </message>
    <message>
        <source>Removes the messages and sends each sender a failure report.</source>
        <translation>Supprime les messages et envoie un rapport de non-remise à chaque expéditeur.</translation>
    </message>
    <message>
        <source>Delete without telling anyone</source>
        <translation>Supprimer sans prévenir personne</translation>
    </message>
    <message>
        <source>Removes the messages; nobody is told.</source>
        <translation>Supprime les messages&#xa0;; personne n&apos;est prévenu.</translation>
    </message>
    <message>
        <source>Keep the messages</source>
        <translation>Conserver les messages</translation>
    </message>
    <message>
        <source>Closes this question; nothing is deleted.</source>
        <translation>Ferme cette question&#xa0;; rien n&apos;est supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted; their senders get a failure report.</source>
        <translation>
            <numerusform>%n message supprimé&#xa0;; son expéditeur reçoit un rapport de non-remise.</numerusform>
            <numerusform>%n messages supprimés&#xa0;; leurs expéditeurs reçoivent un rapport de non-remise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted.</source>
        <translation>
            <numerusform>%n message supprimé.</numerusform>
            <numerusform>%n messages supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::RetrievalDomainDialog</name>
    <message>
        <source>Add Domain</source>
        <translation>Ajouter un domaine</translation>
    </message>
    <message>
        <source>Edit Domain</source>
        <translation>Modifier le domaine</translation>
    </message>
    <message>
        <source>example.com or @example.com</source>
        <translation>example.com ou @example.com</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>A domain to ask the provider for; @domain includes its subdomains.</source>
        <translation>Domaine à demander au fournisseur&#xa0;; @domaine inclut ses sous-domaines.</translation>
    </message>
    <message>
        <source>Sluice asks the provider to send the mail it holds for this domain. Written with an @ in front (@example.com), it asks for the domain and all its subdomains, as RFC 1985 describes.</source>
        <translation>Sluice demande au fournisseur d&apos;envoyer le courrier qu&apos;il retient pour ce domaine. Précédé d&apos;un @ (@example.com), il demande le domaine et tous ses sous-domaines, comme le décrit la RFC 1985.</translation>
    </message>
    <message>
        <source>Enter a domain name.</source>
        <translation>Saisissez un nom de domaine.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 figure déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>Sluice::RetrievalPage</name>
    <message>
        <source>Mail Re&amp;trieval</source>
        <translation>&amp;Récupération du courrier</translation>
    </message>
    <message>
        <source>After delivering outbound mail</source>
        <translation>Après la remise du courrier sortant</translation>
    </message>
    <message>
        <source>D&amp;o not send a retrieval command</source>
        <translation>&amp;Ne pas envoyer de commande de récupération</translation>
    </message>
    <message>
        <source>The provider delivers by itself (or not at all); Sluice only sends mail.</source>
        <translation>Le fournisseur remet le courrier de lui-même (ou pas du tout)&#xa0;; Sluice se contente d&apos;envoyer le courrier.</translation>
    </message>
    <message>
        <source>Retrieve mail using &amp;ETRN</source>
        <translation>Récupérer le courrier avec &amp;ETRN</translation>
    </message>
    <message>
        <source>Ask the provider with ETRN to deliver the mail it holds for your domains (RFC 1985).</source>
        <translation>Demander au fournisseur, avec ETRN, de remettre le courrier qu&apos;il retient pour vos domaines (RFC 1985).</translation>
    </message>
    <message>
        <source>Issue T&amp;URN after delivering outbound mail</source>
        <translation>Émettre T&amp;URN après la remise du courrier sortant</translation>
    </message>
    <message>
        <source>After sending, reverse the roles on the same connection and receive the held mail (RFC 821).</source>
        <translation>Après l&apos;envoi, inverser les rôles sur la même connexion et recevoir le courrier retenu (RFC 821).</translation>
    </message>
    <message>
        <source>Retrieve mail using &amp;ATRN (On-Demand Mail Relay)</source>
        <translation>Récupérer le courrier avec &amp;ATRN (On-Demand Mail Relay)</translation>
    </message>
    <message>
        <source>Log on to the provider&apos;s ODMR host (port 366) and reverse the roles: works with a dynamic IP address, which ETRN does not (RFC 2645).</source>
        <translation>S&apos;authentifier auprès de l&apos;hôte ODMR du fournisseur (port 366) et inverser les rôles&#xa0;: fonctionne avec une adresse IP dynamique, contrairement à ETRN (RFC 2645).</translation>
    </message>
    <message>
        <source>&amp;Run a command</source>
        <translation>E&amp;xécuter une commande</translation>
    </message>
    <message>
        <source>Run a program of your own, for example one that makes the provider start its queue.</source>
        <translation>Exécuter un programme de votre choix, par exemple un programme qui fait traiter sa file d&apos;attente au fournisseur.</translation>
    </message>
    <message>
        <source>Ask for mail for (ETRN, ATRN)</source>
        <translation>Demander le courrier de (ETRN, ATRN)</translation>
    </message>
    <message>
        <source>Domains on the Routing &amp;page</source>
        <translation>Domaines de la &amp;page Routage</translation>
    </message>
    <message>
        <source>Ask for the local domains listed on the Routing page.</source>
        <translation>Demander les domaines locaux répertoriés dans la page Routage.</translation>
    </message>
    <message>
        <source>Use these do&amp;mains:</source>
        <translation>Utiliser ces do&amp;maines&#xa0;:</translation>
    </message>
    <message>
        <source>Ask for the domains in the list below only.</source>
        <translation>Demander uniquement les domaines de la liste ci-dessous.</translation>
    </message>
    <message>
        <source>Write “@example.com” to ask for the domain and all its subdomains.</source>
        <translation>Écrivez «&#xa0;@example.com&#xa0;» pour demander le domaine et tous ses sous-domaines.</translation>
    </message>
    <message>
        <source>Domains to ask for</source>
        <translation>Domaines à demander</translation>
    </message>
    <message>
        <source>The domains to ask the provider for.</source>
        <translation>Domaines à demander au fournisseur.</translation>
    </message>
    <message>
        <source>Provider&apos;s host</source>
        <translation>Hôte du fournisseur</translation>
    </message>
    <message>
        <source>&amp;Send ETRN to this host instead of the outbound mail host:</source>
        <translation>Envoyer ETRN à cet hôte au lieu du serveur de messa&amp;gerie sortant&#xa0;:</translation>
    </message>
    <message>
        <source>For providers with separate hosts for inbound and outbound mail.</source>
        <translation>Pour les fournisseurs qui utilisent des hôtes distincts pour le courrier entrant et sortant.</translation>
    </message>
    <message>
        <source>host or host:port</source>
        <translation>hôte ou hôte:port</translation>
    </message>
    <message>
        <source>The host (and port, 25 unless given) to send ETRN to.</source>
        <translation>Hôte (et port, 25 par défaut) auquel envoyer ETRN.</translation>
    </message>
    <message>
        <source>ETRN host</source>
        <translation>Hôte ETRN</translation>
    </message>
    <message>
        <source>Test Co&amp;nnection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connect to the ETRN host and show what it offers; sends no mail.</source>
        <translation>Se connecter à l&apos;hôte ETRN et afficher ce qu&apos;il propose&#xa0;; aucun courrier n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>ATRN &amp;host:</source>
        <translation>&amp;Hôte ATRN&#xa0;:</translation>
    </message>
    <message>
        <source>odmr.provider.example</source>
        <translation>odmr.provider.example</translation>
    </message>
    <message>
        <source>The provider&apos;s On-Demand Mail Relay host (port 366 unless given).</source>
        <translation>Hôte On-Demand Mail Relay du fournisseur (port 366 par défaut).</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>Connect to the ATRN host, log on, and show what it offers.</source>
        <translation>Se connecter à l&apos;hôte ATRN, s&apos;authentifier et afficher ce qu&apos;il propose.</translation>
    </message>
    <message>
        <source>Logging on (ETRN, TURN, ATRN)</source>
        <translation>Authentification (ETRN, TURN, ATRN)</translation>
    </message>
    <message>
        <source>As for the outbound mail host</source>
        <translation>Comme pour le serveur de messagerie sortant</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Aucune authentification</translation>
    </message>
    <message>
        <source>Any method the host offers</source>
        <translation>Toute méthode proposée par l&apos;hôte</translation>
    </message>
    <message>
        <source>AUTH LOGIN</source>
        <translation>AUTH LOGIN</translation>
    </message>
    <message>
        <source>AUTH PLAIN</source>
        <translation>AUTH PLAIN</translation>
    </message>
    <message>
        <source>CRAM-MD5</source>
        <translation>CRAM-MD5</translation>
    </message>
    <message>
        <source>Lo&amp;g on:</source>
        <translation>Ouverture de &amp;session&#xa0;:</translation>
    </message>
    <message>
        <source>How Sluice authenticates before asking for mail.</source>
        <translation>Comment Sluice s&apos;authentifie avant de demander le courrier.</translation>
    </message>
    <message>
        <source>“As for the outbound mail host” uses the account, password and TLS set on the Security page for it; otherwise the account below is used.</source>
        <translation>«&#xa0;Comme pour le serveur de messagerie sortant&#xa0;» utilise le compte, le mot de passe et le chiffrement TLS définis pour celui-ci dans la page Sécurité&#xa0;; sinon, le compte ci-dessous est utilisé.</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>C&amp;ompte&#xa0;:</translation>
    </message>
    <message>
        <source>The account for retrieval.</source>
        <translation>Compte utilisé pour la récupération.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot &amp;de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The password for retrieval; leave it empty to keep the stored one.</source>
        <translation>Mot de passe utilisé pour la récupération&#xa0;; laissez ce champ vide pour conserver le mot de passe enregistré.</translation>
    </message>
    <message>
        <source>Stored in the keychain when you click OK or Apply, never in the configuration.</source>
        <translation>Enregistré dans le trousseau lorsque vous cliquez sur OK ou Appliquer, jamais dans la configuration.</translation>
    </message>
    <message>
        <source>Use TLS when the host offers it</source>
        <translation>Utiliser TLS si l&apos;hôte le propose</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>Exiger TLS</translation>
    </message>
    <message>
        <source>Encr&amp;yption (TLS):</source>
        <translation>Chi&amp;ffrement (TLS)&#xa0;:</translation>
    </message>
    <message>
        <source>Whether to insist on STARTTLS before logging on.</source>
        <translation>Indique s&apos;il faut exiger STARTTLS avant l&apos;authentification.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>ssh provider /usr/lib/sendmail -q -Rexample.com</source>
        <translation>ssh provider /usr/lib/sendmail -q -Rexample.com</translation>
    </message>
    <message>
        <source>Command &amp;line:</source>
        <translation>&amp;Ligne de commande&#xa0;:</translation>
    </message>
    <message>
        <source>The program to run, with its arguments.</source>
        <translation>Programme à exécuter, avec ses arguments.</translation>
    </message>
    <message>
        <source>Run without a shell once the link is up and outbound mail is sent; its output goes to the connection log. Write sh -c &quot;…&quot; to use a shell.</source>
        <translation>Exécuté sans shell une fois la liaison établie et le courrier sortant envoyé&#xa0;; sa sortie est consignée dans le journal des connexions. Écrivez sh -c &quot;…&quot; pour utiliser un shell.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Stop it a&amp;fter:</source>
        <translation>Arrêter au &amp;bout de&#xa0;:</translation>
    </message>
    <message>
        <source>Seconds the command may run.</source>
        <translation>Nombre de secondes pendant lesquelles la commande peut s&apos;exécuter.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(enregistré)</translation>
    </message>
    <message>
        <source>%1 is in the list twice.</source>
        <translation>%1 figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>Add the domains to ask for, or choose the domains on the Routing page.</source>
        <translation>Ajoutez les domaines à demander, ou choisissez les domaines de la page Routage.</translation>
    </message>
    <message>
        <source>Enter the host to send ETRN to.</source>
        <translation>Saisissez l&apos;hôte auquel envoyer ETRN.</translation>
    </message>
    <message>
        <source>ETRN needs a host to talk to: no outbound mail host is set on the Connections page. Send ETRN to a specified host, or set the outbound mail host.</source>
        <translation>ETRN a besoin d&apos;un hôte auquel s&apos;adresser&#xa0;: aucun serveur de messagerie sortant n&apos;est défini dans la page Connexions. Envoyez ETRN à un hôte spécifique, ou définissez le serveur de messagerie sortant.</translation>
    </message>
    <message>
        <source>TURN is sent to the outbound mail host, and none is set on the Connections page.</source>
        <translation>TURN est envoyé au serveur de messagerie sortant, et aucun n&apos;est défini dans la page Connexions.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s ATRN host.</source>
        <translation>Saisissez l&apos;hôte ATRN du fournisseur.</translation>
    </message>
    <message>
        <source>Enter the command to run.</source>
        <translation>Saisissez la commande à exécuter.</translation>
    </message>
    <message>
        <source>Enter the account the password belongs to.</source>
        <translation>Saisissez le compte auquel appartient le mot de passe.</translation>
    </message>
</context>
<context>
    <name>Sluice::RetrievalWizardPage</name>
    <message>
        <source>Collecting your mail</source>
        <translation>Récupération de votre courrier</translation>
    </message>
    <message>
        <source>While Sluice is not connected, your provider keeps your mail. How does Sluice ask for it?</source>
        <translation>Tant que Sluice n&apos;est pas connecté, votre fournisseur conserve votre courrier. Comment Sluice le lui demande-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Collect mail with</source>
        <translation>Récupérer le courrier avec</translation>
    </message>
    <message>
        <source>How to collect mail</source>
        <translation>Méthode de récupération du courrier</translation>
    </message>
    <message>
        <source>&amp;ETRN (recommended with a static address)</source>
        <translation>&amp;ETRN (recommandé avec une adresse statique)</translation>
    </message>
    <message>
        <source>&amp;TURN</source>
        <translation>&amp;TURN</translation>
    </message>
    <message>
        <source>Sluice asks the provider to turn the connection around and takes the mail over it. Few providers still offer it; works with a dynamic address.</source>
        <translation>Sluice demande au fournisseur d&apos;inverser le sens de la connexion et récupère le courrier sur celle-ci. Peu de fournisseurs le proposent encore&#xa0;; fonctionne avec une adresse dynamique.</translation>
    </message>
    <message>
        <source>&amp;ATRN, On-Demand Mail Relay (works with a dynamic address)</source>
        <translation>&amp;ATRN, On-Demand Mail Relay (fonctionne avec une adresse dynamique)</translation>
    </message>
    <message>
        <source>Sluice logs in to the provider&apos;s On-Demand Mail Relay host and takes the mail over the same connection, so the provider never needs to reach this machine.</source>
        <translation>Sluice s&apos;authentifie auprès de l&apos;hôte On-Demand Mail Relay du fournisseur et récupère le courrier sur la même connexion&#xa0;; le fournisseur n&apos;a donc jamais besoin de joindre cet ordinateur.</translation>
    </message>
    <message>
        <source>Run a &amp;command</source>
        <translation>Exécuter une &amp;commande</translation>
    </message>
    <message>
        <source>Sluice runs a program you name, such as fetchmail, to collect the mail.</source>
        <translation>Sluice exécute un programme que vous indiquez, par exemple fetchmail, pour récupérer le courrier.</translation>
    </message>
    <message>
        <source>fetchmail --silent</source>
        <translation>fetchmail --silent</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Co&amp;mmande&#xa0;:</translation>
    </message>
    <message>
        <source>The program and its arguments, run without a shell.</source>
        <translation>Programme et ses arguments, exécutés sans shell.</translation>
    </message>
    <message>
        <source>Quote arguments that contain spaces. The command gets no password from Sluice.</source>
        <translation>Mettez entre guillemets les arguments qui contiennent des espaces. La commande ne reçoit aucun mot de passe de Sluice.</translation>
    </message>
    <message>
        <source>Nothing: my provider &amp;delivers my mail directly</source>
        <translation>Rien&#xa0;: mon fournisseur &amp;remet mon courrier directement</translation>
    </message>
    <message>
        <source>Choose this when your provider sends your mail to this machine by itself whenever it is connected.</source>
        <translation>Choisissez cette option si votre fournisseur envoie de lui-même votre courrier à cet ordinateur chaque fois qu&apos;il est connecté.</translation>
    </message>
    <message>
        <source>odmr.provider.example:366</source>
        <translation>odmr.provider.example:366</translation>
    </message>
    <message>
        <source>ATRN &amp;host:</source>
        <translation>&amp;Hôte ATRN&#xa0;:</translation>
    </message>
    <message>
        <source>The provider&apos;s On-Demand Mail Relay host, as HOST or HOST:PORT (port 366 unless given).</source>
        <translation>Hôte On-Demand Mail Relay du fournisseur, sous la forme HOST ou HOST:PORT (port 366 par défaut).</translation>
    </message>
    <message>
        <source>Usually the provider&apos;s mail host on port 366. Your provider&apos;s instructions name it.</source>
        <translation>Généralement le serveur de messagerie du fournisseur, sur le port 366. Les instructions de votre fournisseur l&apos;indiquent.</translation>
    </message>
    <message>
        <source>Use the &amp;login of the provider&apos;s mail host</source>
        <translation>Utiliser les &amp;identifiants du serveur de messagerie du fournisseur</translation>
    </message>
    <message>
        <source>Use an&amp;other login:</source>
        <translation>&amp;Utiliser d&apos;autres identifiants&#xa0;:</translation>
    </message>
    <message>
        <source>Log in with the account entered on the previous page.</source>
        <translation>S&apos;authentifier avec le compte saisi dans la page précédente.</translation>
    </message>
    <message>
        <source>The provider gave a separate account for On-Demand Mail Relay.</source>
        <translation>Le fournisseur a attribué un compte distinct pour On-Demand Mail Relay.</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>C&amp;ompte&#xa0;:</translation>
    </message>
    <message>
        <source>The account for On-Demand Mail Relay.</source>
        <translation>Compte pour On-Demand Mail Relay.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>The password of this account.</source>
        <translation>Mot de passe de ce compte.</translation>
    </message>
    <message>
        <source>Kept in the desktop&apos;s keychain, never in the settings. Leave empty to keep the password already stored for this account.</source>
        <translation>Conservé dans le trousseau du bureau, jamais dans les paramètres. Laissez ce champ vide pour conserver le mot de passe déjà enregistré pour ce compte.</translation>
    </message>
    <message>
        <source>The provider holds your mail until Sluice asks for it with ETRN, then sends it to this machine, which it must be able to reach: choose this with a static address. Sluice asks for the mail of your domains from the previous step: %1.</source>
        <translation>Le fournisseur retient votre courrier jusqu&apos;à ce que Sluice le demande avec ETRN, puis l&apos;envoie à cet ordinateur, qu&apos;il doit pouvoir joindre&#xa0;: choisissez cette option avec une adresse statique. Sluice demande le courrier des domaines indiqués à l&apos;étape précédente&#xa0;: %1.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(enregistré)</translation>
    </message>
    <message>
        <source>%1 is sent to your provider&apos;s mail host: go back and enter it.</source>
        <translation>%1 est envoyé au serveur de messagerie de votre fournisseur&#xa0;: revenez en arrière et saisissez-le.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s On-Demand Mail Relay host.</source>
        <translation>Saisissez l&apos;hôte On-Demand Mail Relay du fournisseur.</translation>
    </message>
    <message>
        <source>ATRN needs a login: enter one on the previous page, or choose another login.</source>
        <translation>ATRN exige une authentification&#xa0;: saisissez des identifiants dans la page précédente, ou choisissez d&apos;autres identifiants.</translation>
    </message>
    <message>
        <source>Enter the account for On-Demand Mail Relay.</source>
        <translation>Saisissez le compte pour On-Demand Mail Relay.</translation>
    </message>
    <message>
        <source>Enter the password of this account.</source>
        <translation>Saisissez le mot de passe de ce compte.</translation>
    </message>
    <message>
        <source>Enter the command that collects your mail.</source>
        <translation>Saisissez la commande qui récupère votre courrier.</translation>
    </message>
    <message>
        <source>nothing to send; the provider delivers directly</source>
        <translation>rien à envoyer&#xa0;; le fournisseur remet le courrier directement</translation>
    </message>
    <message>
        <source>run a command</source>
        <translation>exécuter une commande</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>ETRN to the provider&apos;s mail host</source>
        <translation>ETRN vers le serveur de messagerie du fournisseur</translation>
    </message>
    <message>
        <source>Domains to ask for</source>
        <translation>Domaines à demander</translation>
    </message>
    <message>
        <source>your office&apos;s domains (%1)</source>
        <translation>les domaines de votre bureau (%1)</translation>
    </message>
    <message>
        <source>Send ETRN to</source>
        <translation>Envoyer ETRN à</translation>
    </message>
    <message>
        <source>the provider&apos;s mail host</source>
        <translation>le serveur de messagerie du fournisseur</translation>
    </message>
    <message>
        <source>Login for collecting mail</source>
        <translation>Authentification pour la récupération du courrier</translation>
    </message>
    <message>
        <source>the login of the provider&apos;s mail host</source>
        <translation>les identifiants du serveur de messagerie du fournisseur</translation>
    </message>
    <message>
        <source>TURN at the provider&apos;s mail host</source>
        <translation>TURN sur le serveur de messagerie du fournisseur</translation>
    </message>
    <message>
        <source>ATRN (On-Demand Mail Relay)</source>
        <translation>ATRN (On-Demand Mail Relay)</translation>
    </message>
    <message>
        <source>On-Demand Mail Relay host</source>
        <translation>Hôte On-Demand Mail Relay</translation>
    </message>
    <message>
        <source>its own account</source>
        <translation>son propre compte</translation>
    </message>
    <message>
        <source>Account for On-Demand Mail Relay</source>
        <translation>Compte pour On-Demand Mail Relay</translation>
    </message>
    <message>
        <source>Password for %1 at %2</source>
        <translation>Mot de passe de %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Sluice::RetryPolicy</name>
    <message>
        <source>Enter at least one retry interval in hours, for example .25,.5,1,4.</source>
        <translation>Saisissez au moins un intervalle entre les nouvelles tentatives, en heures, par exemple .25,.5,1,4.</translation>
    </message>
    <message>
        <source>Retry interval %1 is empty.</source>
        <translation>L&apos;intervalle de nouvelle tentative %1 est vide.</translation>
    </message>
    <message>
        <source>Retry interval %1 (&quot;%2&quot;) is not a number of hours.</source>
        <translation>L&apos;intervalle de nouvelle tentative %1 («&#xa0;%2&#xa0;») n&apos;est pas un nombre d&apos;heures.</translation>
    </message>
    <message>
        <source>Retry interval %1 (&quot;%2&quot;) must be more than zero hours.</source>
        <translation>L&apos;intervalle de nouvelle tentative %1 («&#xa0;%2&#xa0;») doit être supérieur à zéro heure.</translation>
    </message>
    <message>
        <source>Retry interval %1 (&quot;%2&quot;) is longer than a week (%3 hours).</source>
        <translation>L&apos;intervalle de nouvelle tentative %1 («&#xa0;%2&#xa0;») dépasse une semaine (%3 heures).</translation>
    </message>
</context>
<context>
    <name>Sluice::ReversedSession</name>
    <message>
        <source>the local SMTP server stopped</source>
        <translation>le serveur SMTP local s&apos;est arrêté</translation>
    </message>
    <message>
        <source>the session was cut</source>
        <translation>la session a été interrompue</translation>
    </message>
</context>
<context>
    <name>Sluice::RouteDialog</name>
    <message>
        <source>Add Route</source>
        <translation>Ajouter une route</translation>
    </message>
    <message>
        <source>Edit Route</source>
        <translation>Modifier la route</translation>
    </message>
    <message>
        <source>example.com or #example.com</source>
        <translation>example.com ou #example.com</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>&amp;Envoyé à&#xa0;:</translation>
    </message>
    <message>
        <source>The domain of the recipients this row is for</source>
        <translation>Domaine des destinataires concernés par cette ligne</translation>
    </message>
    <message>
        <source>The domain the mail is addressed to. “example.com” also covers its subdomains (the most specific row wins); “#example.com” covers exactly that domain.</source>
        <translation>Domaine auquel le courrier est adressé. «&#xa0;example.com&#xa0;» couvre aussi ses sous-domaines (la ligne la plus spécifique l&apos;emporte)&#xa0;; «&#xa0;#example.com&#xa0;» couvre exactement ce domaine.</translation>
    </message>
    <message>
        <source>&amp;Accepted as inbound</source>
        <translation>&amp;Accepté comme entrant</translation>
    </message>
    <message>
        <source>Deliver this domain&apos;s mail here, as a local domain</source>
        <translation>Remettre ici le courrier de ce domaine, comme domaine local</translation>
    </message>
    <message>
        <source>Mail for this domain is accepted and delivered where the Routing page&apos;s “Where inbound mail goes” says (mailboxes or an internal mail server).</source>
        <translation>Le courrier destiné à ce domaine est accepté et remis à l&apos;emplacement indiqué par «&#xa0;Destination du courrier entrant&#xa0;» dans la page Routage (boîtes aux lettres ou serveur de messagerie interne).</translation>
    </message>
    <message>
        <source>&amp;Route to:</source>
        <translation>&amp;Router vers&#xa0;:</translation>
    </message>
    <message>
        <source>Send this domain&apos;s mail on to another domain or host</source>
        <translation>Acheminer le courrier de ce domaine vers un autre domaine ou hôte</translation>
    </message>
    <message>
        <source>Mail for this domain is accepted from any client and sent on to the domain (its mail exchanger) or host given here, instead of the domain&apos;s own.</source>
        <translation>Le courrier destiné à ce domaine est accepté de n&apos;importe quel client et acheminé vers le domaine (son serveur de messagerie MX) ou l&apos;hôte indiqué ici, au lieu de celui du domaine.</translation>
    </message>
    <message>
        <source>mail.example.net or host:port</source>
        <translation>mail.example.net ou hôte:port</translation>
    </message>
    <message>
        <source>A domain (its mail exchanger is used) or HOST:PORT ([IPv6]:PORT)</source>
        <translation>Un domaine (dont le serveur MX est utilisé) ou HOST:PORT ([IPv6]:PORT)</translation>
    </message>
    <message>
        <source>Where the mail goes: a domain, whose mail exchanger Sluice looks up, or a host with an optional port, such as relay.example.net:2525 or [2001:db8::1]:25.</source>
        <translation>Destination du courrier&#xa0;: un domaine, dont Sluice recherche le serveur de messagerie MX, ou un hôte avec un port facultatif, par exemple relay.example.net:2525 ou [2001:db8::1]:25.</translation>
    </message>
    <message>
        <source>Route to</source>
        <translation>Router vers</translation>
    </message>
    <message>
        <source>Give the domain the mail is sent to, such as example.com.</source>
        <translation>Indiquez le domaine auquel le courrier est envoyé, par exemple example.com.</translation>
    </message>
    <message>
        <source>A domain accepted as inbound always covers its subdomains: remove the “#”.</source>
        <translation>Un domaine accepté comme entrant couvre toujours ses sous-domaines&#xa0;: supprimez le «&#xa0;#&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>Give one domain per row.</source>
        <translation>Indiquez un seul domaine par ligne.</translation>
    </message>
</context>
<context>
    <name>Sluice::RouteModel</name>
    <message>
        <source>(accepted as inbound)</source>
        <translation>(accepté comme entrant)</translation>
    </message>
    <message>
        <source>Mail for %1 exactly (not its subdomains)</source>
        <translation>Courrier destiné exactement à %1 (pas à ses sous-domaines)</translation>
    </message>
    <message>
        <source>Mail for %1 and its subdomains</source>
        <translation>Courrier destiné à %1 et à ses sous-domaines</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Envoyé à</translation>
    </message>
    <message>
        <source>Route to</source>
        <translation>Router vers</translation>
    </message>
</context>
<context>
    <name>Sluice::RouteTable</name>
    <message>
        <source>“Sent to” needs a domain, such as example.com or #example.com.</source>
        <translation>«&#xa0;Envoyé à&#xa0;» nécessite un domaine, par exemple example.com ou #example.com.</translation>
    </message>
    <message>
        <source>“%1” ends with a dot; write the domain without it.</source>
        <translation>«&#xa0;%1&#xa0;» se termine par un point&#xa0;; saisissez le domaine sans ce point.</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine valide.</translation>
    </message>
    <message>
        <source>Mail for %1 needs a domain or HOST:PORT to be routed to.</source>
        <translation>Le courrier destiné à %1 nécessite un domaine ou HOST:PORT vers lequel être routé.</translation>
    </message>
    <message>
        <source>Cannot route %1 to “%2”: %3</source>
        <translation>Impossible de router %1 vers «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not save the route for %1: %2</source>
        <translation>Impossible d&apos;enregistrer la route de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not remove the route for %1: %2</source>
        <translation>Impossible de supprimer la route de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no route for %1.</source>
        <translation>Il n&apos;existe aucune route pour %1.</translation>
    </message>
</context>
<context>
    <name>Sluice::RoutingPage</name>
    <message>
        <source>&amp;Routing</source>
        <translation>R&amp;outage</translation>
    </message>
    <message>
        <source>Domains and routes</source>
        <translation>Domaines et routes</translation>
    </message>
    <message>
        <source>&amp;Do not reroute incoming SMTP mail</source>
        <translation>&amp;Ne pas rediriger le courrier SMTP entrant</translation>
    </message>
    <message>
        <source>Accept mail only for the domains accepted as inbound</source>
        <translation>Accepter le courrier uniquement pour les domaines acceptés comme entrants</translation>
    </message>
    <message>
        <source>Mail for the domains marked “(accepted as inbound)” is delivered here; mail for any other domain is refused unless the client may relay (no open relay).</source>
        <translation>Le courrier destiné aux domaines marqués «&#xa0;(accepté comme entrant)&#xa0;» est remis ici&#xa0;; le courrier destiné à tout autre domaine est refusé, sauf si le client est autorisé à relayer (pas de relais ouvert).</translation>
    </message>
    <message>
        <source>Reroute incoming &amp;SMTP mail</source>
        <translation>Rediriger le courrier &amp;SMTP entrant</translation>
    </message>
    <message>
        <source>Also accept mail for the rerouted domains and send it on</source>
        <translation>Accepter aussi le courrier des domaines redirigés et l&apos;acheminer</translation>
    </message>
    <message>
        <source>Mail for a domain with a “Route to” entry is accepted from any client and sent to that domain or host instead. The most specific row wins; “#domain” matches that domain only.</source>
        <translation>Le courrier destiné à un domaine doté d&apos;une entrée «&#xa0;Router vers&#xa0;» est accepté de n&apos;importe quel client et envoyé à ce domaine ou à cet hôte. La ligne la plus spécifique l&apos;emporte&#xa0;; «&#xa0;#domaine&#xa0;» ne correspond qu&apos;à ce domaine.</translation>
    </message>
    <message>
        <source>Rou&amp;tes:</source>
        <translation>Rou&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <source>Where mail for each domain goes</source>
        <translation>Destination du courrier de chaque domaine</translation>
    </message>
    <message>
        <source>“(accepted as inbound)”: a local domain, delivered as “Where inbound mail goes” says. Any other row: mail for that domain is sent on to the domain or host shown (when rerouting is on).</source>
        <translation>«&#xa0;(accepté comme entrant)&#xa0;»&#xa0;: un domaine local, remis comme l&apos;indique «&#xa0;Destination du courrier entrant&#xa0;». Toute autre ligne&#xa0;: le courrier de ce domaine est acheminé vers le domaine ou l&apos;hôte affiché (lorsque la redirection est activée).</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a domain accepted as inbound or a route</source>
        <translation>Ajouter un domaine accepté comme entrant ou une route</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected row</source>
        <translation>Modifier la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Supprimer la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Where inbound mail goes</source>
        <translation>Destination du courrier entrant</translation>
    </message>
    <message>
        <source>&amp;Mailboxes in:</source>
        <translation>&amp;Boîtes aux lettres dans&#xa0;:</translation>
    </message>
    <message>
        <source>Deliver to a Maildir folder per recipient</source>
        <translation>Remettre le courrier dans un dossier Maildir par destinataire</translation>
    </message>
    <message>
        <source>Each recipient gets a Maildir folder under this folder, which mail programs and IMAP servers such as Dovecot read.</source>
        <translation>Chaque destinataire dispose d&apos;un dossier Maildir dans ce dossier, lu par les programmes de messagerie et les serveurs IMAP tels que Dovecot.</translation>
    </message>
    <message>
        <source>The folder holding the mailboxes (an absolute path)</source>
        <translation>Dossier contenant les boîtes aux lettres (chemin absolu)</translation>
    </message>
    <message>
        <source>Mailbox folder</source>
        <translation>Dossier des boîtes aux lettres</translation>
    </message>
    <message>
        <source>(Maildir)</source>
        <translation>(Maildir)</translation>
    </message>
    <message>
        <source>An &amp;internal mail server over</source>
        <translation>Un serveur de messagerie &amp;interne via</translation>
    </message>
    <message>
        <source>Hand inbound mail to another mail server on your network</source>
        <translation>Transmettre le courrier entrant à un autre serveur de messagerie de votre réseau</translation>
    </message>
    <message>
        <source>Sluice passes the mail for local domains on to this server (for example Dovecot&apos;s LMTP service or an Exchange server), which delivers it to the mailboxes.</source>
        <translation>Sluice transmet le courrier des domaines locaux à ce serveur (par exemple le service LMTP de Dovecot ou un serveur Exchange), qui le remet dans les boîtes aux lettres.</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>LMTP</source>
        <translation>LMTP</translation>
    </message>
    <message>
        <source>The protocol the internal mail server speaks</source>
        <translation>Protocole utilisé par le serveur de messagerie interne</translation>
    </message>
    <message>
        <source>Internal mail server protocol</source>
        <translation>Protocole du serveur de messagerie interne</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>hôte:port</translation>
    </message>
    <message>
        <source>The internal mail server, as HOST or HOST:PORT</source>
        <translation>Serveur de messagerie interne, sous la forme HOST ou HOST:PORT</translation>
    </message>
    <message>
        <source>Internal mail server</source>
        <translation>Serveur de messagerie interne</translation>
    </message>
    <message>
        <source>&amp;Catch-all mailbox:</source>
        <translation>Boîte aux lettres &amp;collectrice&#xa0;:</translation>
    </message>
    <message>
        <source>none: refuse unknown recipients</source>
        <translation>aucune&#xa0;: refuser les destinataires inconnus</translation>
    </message>
    <message>
        <source>The mailbox for mail to unknown local recipients</source>
        <translation>Boîte aux lettres recevant le courrier destiné aux destinataires locaux inconnus</translation>
    </message>
    <message>
        <source>Mail for a recipient without a mailbox goes here. Leave empty to refuse such recipients (the sender is told at once).</source>
        <translation>Le courrier destiné à un destinataire sans boîte aux lettres est remis ici. Laissez ce champ vide pour refuser ces destinataires (l&apos;expéditeur en est informé immédiatement).</translation>
    </message>
    <message>
        <source>Give the internal mail server&apos;s host (and port), or choose Mailboxes.</source>
        <translation>Indiquez l&apos;hôte (et le port) du serveur de messagerie interne, ou choisissez Boîtes aux lettres.</translation>
    </message>
</context>
<context>
    <name>Sluice::Schedule</name>
    <message>
        <source>The interval between connections must be at least one minute.</source>
        <translation>L&apos;intervalle entre les connexions doit être d&apos;au moins une minute.</translation>
    </message>
    <message>
        <source>The time mail waits before connecting must be at least one minute.</source>
        <translation>Le temps d&apos;attente du courrier avant la connexion doit être d&apos;au moins une minute.</translation>
    </message>
    <message>
        <source>No time of day is set for connecting.</source>
        <translation>Aucune heure de connexion n&apos;est définie.</translation>
    </message>
    <message>
        <source>No weekday is selected for connecting.</source>
        <translation>Aucun jour de la semaine n&apos;est sélectionné pour la connexion.</translation>
    </message>
    <message>
        <source>“%1” has no time of day (write times as HH:MM, for example “mon-fri 08:00”).</source>
        <translation>«&#xa0;%1&#xa0;» ne contient pas d&apos;heure (écrivez les heures au format HH:MM, par exemple «&#xa0;mon-fri 08:00&#xa0;»).</translation>
    </message>
    <message>
        <source>“%1” is not a time of day (use HH:MM from 00:00 to 23:59, weekdays before the times, for example “sat,sun 10:00”).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure (utilisez HH:MM de 00:00 à 23:59, avec les jours de la semaine avant les heures, par exemple «&#xa0;sat,sun 10:00&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>Sluice::ScheduleDialog</name>
    <message numerus="yes">
        <source>Connect every %n minute(s), and when Sluice starts.</source>
        <translation>
            <numerusform>Se connecter toutes les %n minute, ainsi qu&apos;au démarrage de Sluice.</numerusform>
            <numerusform>Se connecter toutes les %n minutes, ainsi qu&apos;au démarrage de Sluice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connect every %n hour(s), and when Sluice starts.</source>
        <translation>
            <numerusform>Se connecter toutes les %n heure, ainsi qu&apos;au démarrage de Sluice.</numerusform>
            <numerusform>Se connecter toutes les %n heures, ainsi qu&apos;au démarrage de Sluice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect every %1 and %2, and when Sluice starts.</source>
        <translation>Se connecter toutes les %1 et %2, ainsi qu&apos;au démarrage de Sluice.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect at set times (none set yet).</source>
        <translation>Se connecter à heures fixes (aucune heure définie pour l&apos;instant).</translation>
    </message>
    <message>
        <source>Connect at these times: %1.</source>
        <translation>Se connecter aux heures suivantes&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Connect when outbound mail has been queued for %n minute(s).</source>
        <translation>
            <numerusform>Se connecter lorsque du courrier sortant est en file d&apos;attente depuis %n minute.</numerusform>
            <numerusform>Se connecter lorsque du courrier sortant est en file d&apos;attente depuis %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stay connected all the time.</source>
        <translation>Rester connecté en permanence.</translation>
    </message>
    <message>
        <source>Connect only when you click Connect now.</source>
        <translation>Se connecter uniquement lorsque vous cliquez sur Se connecter maintenant.</translation>
    </message>
    <message>
        <source>This schedule can never start a connection: %1</source>
        <translation>Cette planification ne peut jamais déclencher de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The interval can be at most 7 days (168 hours).</source>
        <translation>L&apos;intervalle ne peut pas dépasser 7 jours (168 heures).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Connect to the provider</source>
        <translation>Connexion au fournisseur</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Hours between connections.</source>
        <translation>Heures entre les connexions.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Minutes between connections, added to the hours.</source>
        <translation>Minutes entre les connexions, ajoutées aux heures.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Toutes les</translation>
    </message>
    <message>
        <source>Connect at a fixed interval, counted from the last connection; also when Sluice starts.</source>
        <translation>Se connecter à intervalle fixe, compté à partir de la dernière connexion&#xa0;; également au démarrage de Sluice.</translation>
    </message>
    <message>
        <source>&amp;At these times:</source>
        <translation>&amp;Aux heures suivantes&#xa0;:</translation>
    </message>
    <message>
        <source>Connect at set times of day, per weekday (local time).</source>
        <translation>Se connecter à des heures fixes de la journée, selon le jour de la semaine (heure locale).</translation>
    </message>
    <message>
        <source>mon-fri 08:00,12:30; sat 10:00</source>
        <translation>mon-fri 08:00,12:30; sat 10:00</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>&amp;Heures&#xa0;:</translation>
    </message>
    <message>
        <source>Times of day, each group starting with its weekdays, groups separated by “;”.</source>
        <translation>Heures de la journée, chaque groupe commençant par ses jours de la semaine, les groupes étant séparés par «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>Write the weekdays (mon, tue, wed, thu, fri, sat, sun, ranges such as mon-fri, or lists such as sat,sun) and then the times of day separated by commas, for example “mon-fri 08:00,12:30; sat 10:00”. Times without weekdays apply to every day. The preview below shows what Sluice understood.</source>
        <translation>Écrivez les jours de la semaine (mon, tue, wed, thu, fri, sat, sun, des plages telles que mon-fri, ou des listes telles que sat,sun), puis les heures de la journée séparées par des virgules, par exemple «&#xa0;mon-fri 08:00,12:30; sat 10:00&#xa0;». Les heures sans jour de la semaine s&apos;appliquent à tous les jours. L&apos;aperçu ci-dessous montre ce que Sluice a compris.</translation>
    </message>
    <message>
        <source>Times preview</source>
        <translation>Aperçu des heures</translation>
    </message>
    <message>
        <source>How long outbound mail waits before Sluice connects for it.</source>
        <translation>Durée d&apos;attente du courrier sortant avant que Sluice se connecte pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Sluice connects when the oldest outbound message has waited this long, and never more often than this.</source>
        <translation>Sluice se connecte lorsque le plus ancien message sortant a attendu cette durée, et jamais plus souvent.</translation>
    </message>
    <message>
        <source>Minutes queued</source>
        <translation>Minutes en file d&apos;attente</translation>
    </message>
    <message>
        <source>When outbound mail has been &amp;queued for</source>
        <translation>Quand le courrier sortant est en &amp;file d&apos;attente depuis</translation>
    </message>
    <message>
        <source>Connect only when there is outbound mail that has waited long enough.</source>
        <translation>Se connecter uniquement lorsque du courrier sortant a suffisamment attendu.</translation>
    </message>
    <message>
        <source>Al&amp;ways connected</source>
        <translation>Toujours &amp;connecté</translation>
    </message>
    <message>
        <source>Keep the link up all the time, and bring it up again when it drops.</source>
        <translation>Maintenir la liaison en permanence, et la rétablir si elle est interrompue.</translation>
    </message>
    <message>
        <source>&amp;Only when I click Connect now</source>
        <translation>&amp;Uniquement quand je clique sur Se connecter maintenant</translation>
    </message>
    <message>
        <source>Never connect by itself; only when you click Connect now in the console or the tray.</source>
        <translation>Ne jamais se connecter de soi-même&#xa0;; uniquement lorsque vous cliquez sur Se connecter maintenant dans la console ou dans la zone de notification.</translation>
    </message>
    <message>
        <source>(not understood yet)</source>
        <translation>(pas encore compris)</translation>
    </message>
</context>
<context>
    <name>Sluice::SecretStore</name>
    <message>
        <source>No password is stored for “%1”.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Sluice::SecurityPage</name>
    <message>
        <source>Securit&amp;y</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>Outbound mail host (smarthost)</source>
        <translation>Serveur de messagerie sortant (smarthost)</translation>
    </message>
    <message>
        <source>Use TLS when offered</source>
        <translation>Utiliser TLS si proposé</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>Exiger TLS</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS&#xa0;:</translation>
    </message>
    <message>
        <source>Whether mail to the outbound mail host must be encrypted</source>
        <translation>Indique si le courrier vers le serveur de messagerie sortant doit être chiffré</translation>
    </message>
    <message>
        <source>“Use TLS when offered” encrypts whenever the host offers STARTTLS. “Require TLS” never sends mail or passwords unencrypted: without STARTTLS and a valid certificate the mail waits in the queue.</source>
        <translation>«&#xa0;Utiliser TLS si proposé&#xa0;» chiffre chaque fois que l&apos;hôte propose STARTTLS. «&#xa0;Exiger TLS&#xa0;» n&apos;envoie jamais de courrier ni de mot de passe sans chiffrement&#xa0;: sans STARTTLS et sans certificat valide, le courrier attend dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, for a self-signed certificate</source>
        <translation>Empreinte SHA-256, pour un certificat auto-signé</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate:</source>
        <translation>Certificat é&amp;pinglé&#xa0;:</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of the host&apos;s own certificate</source>
        <translation>Empreinte SHA-256 du certificat propre à l&apos;hôte</translation>
    </message>
    <message>
        <source>For a provider with a self-signed certificate: its SHA-256 fingerprint (64 hexadecimal digits; colons and spaces, as openssl prints it, are fine). That certificate is then accepted; any other must be valid as usual.</source>
        <translation>Pour un fournisseur doté d&apos;un certificat auto-signé&#xa0;: son empreinte SHA-256 (64 chiffres hexadécimaux&#xa0;; les deux-points et les espaces, tels qu&apos;openssl les affiche, sont acceptés). Ce certificat est alors accepté&#xa0;; tout autre certificat doit être valide comme d&apos;habitude.</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Aucune authentification</translation>
    </message>
    <message>
        <source>Any offered</source>
        <translation>Toute méthode proposée</translation>
    </message>
    <message>
        <source>AUTH LOGIN</source>
        <translation>AUTH LOGIN</translation>
    </message>
    <message>
        <source>AUTH PLAIN</source>
        <translation>AUTH PLAIN</translation>
    </message>
    <message>
        <source>CRAM-MD5</source>
        <translation>CRAM-MD5</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>How Sluice logs in to the outbound mail host</source>
        <translation>Comment Sluice s&apos;authentifie auprès du serveur de messagerie sortant</translation>
    </message>
    <message>
        <source>Most providers want a login before they relay mail. “Any offered” picks the best method the host offers; the IMS sent AUTH LOGIN.</source>
        <translation>La plupart des fournisseurs exigent une authentification avant de relayer le courrier. «&#xa0;Toute méthode proposée&#xa0;» choisit la meilleure méthode proposée par l&apos;hôte&#xa0;; l&apos;IMS envoyait AUTH LOGIN.</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>The account name at the outbound mail host</source>
        <translation>Nom du compte sur le serveur de messagerie sortant</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The password of that account</source>
        <translation>Mot de passe de ce compte</translation>
    </message>
    <message>
        <source>Kept in the keychain (or the password file), never in the settings. Leave it empty to keep the stored password.</source>
        <translation>Conservé dans le trousseau (ou le fichier de mots de passe), jamais dans les paramètres. Laissez ce champ vide pour conserver le mot de passe enregistré.</translation>
    </message>
    <message>
        <source>Allow AUTH in clear te&amp;xt to this host</source>
        <translation>Autoriser AUTH en te&amp;xte clair vers cet hôte</translation>
    </message>
    <message>
        <source>Send the password without TLS if the host offers no STARTTLS</source>
        <translation>Envoyer le mot de passe sans TLS si l&apos;hôte ne propose pas STARTTLS</translation>
    </message>
    <message>
        <source>Lets AUTH LOGIN and PLAIN send the password readable over the network when the host does not offer TLS. Only for a host on your own network.</source>
        <translation>Permet à AUTH LOGIN et PLAIN d&apos;envoyer le mot de passe en clair sur le réseau lorsque l&apos;hôte ne propose pas TLS. Uniquement pour un hôte situé sur votre propre réseau.</translation>
    </message>
    <message>
        <source>Per-domain security is set in each E-Mail Domain entry (Connections page).</source>
        <translation>La sécurité propre à chaque domaine se définit dans chaque entrée Domaine de messagerie (page Connexions).</translation>
    </message>
    <message>
        <source>Where passwords are kept</source>
        <translation>Emplacement des mots de passe</translation>
    </message>
    <message>
        <source>In the desktop&apos;s &amp;keychain</source>
        <translation>Dans le trousseau du &amp;bureau</translation>
    </message>
    <message>
        <source>GNOME Keyring, KWallet or another Secret Service keychain</source>
        <translation>GNOME Keyring, KWallet ou un autre trousseau Secret Service</translation>
    </message>
    <message>
        <source>The passwords are encrypted by the desktop&apos;s keychain and unlocked when you log in. Use this wherever a keychain runs.</source>
        <translation>Les mots de passe sont chiffrés par le trousseau du bureau et déverrouillés à l&apos;ouverture de votre session. Utilisez cette option partout où un trousseau est disponible.</translation>
    </message>
    <message>
        <source>In a password &amp;file in the data folder (not encrypted)</source>
        <translation>Dans un &amp;fichier de mots de passe du dossier de données (non chiffré)</translation>
    </message>
    <message>
        <source>For a server without a keychain</source>
        <translation>Pour un serveur sans trousseau</translation>
    </message>
    <message>
        <source>The passwords are kept in a file that only your user can read, but they are not encrypted: anyone with access to your account or its backups can read them.</source>
        <translation>Les mots de passe sont conservés dans un fichier que seul votre utilisateur peut lire, mais ils ne sont pas chiffrés&#xa0;: toute personne ayant accès à votre compte ou à ses sauvegardes peut les lire.</translation>
    </message>
    <message>
        <source>Keep passwords in a file?</source>
        <translation>Conserver les mots de passe dans un fichier&#xa0;?</translation>
    </message>
    <message>
        <source>The password file is readable only by you, but it is not encrypted: anyone who can read your files or their backups can read the passwords.

Passwords already in the keychain stay there; type them again after switching. Keep passwords in the file?</source>
        <translation>Le fichier de mots de passe n&apos;est lisible que par vous, mais il n&apos;est pas chiffré&#xa0;: toute personne capable de lire vos fichiers ou leurs sauvegardes peut lire les mots de passe.

Les mots de passe déjà présents dans le trousseau y restent&#xa0;; saisissez-les de nouveau après le changement. Conserver les mots de passe dans le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>In use now: the password file %1 (owner-only, not encrypted).</source>
        <translation>Actuellement utilisé&#xa0;: le fichier de mots de passe %1 (réservé au propriétaire, non chiffré).</translation>
    </message>
    <message>
        <source>In use now: the desktop&apos;s keychain. If none is running when a password is saved, Sluice asks before using the file instead.</source>
        <translation>Actuellement utilisé&#xa0;: le trousseau du bureau. Si aucun trousseau n&apos;est disponible lors de l&apos;enregistrement d&apos;un mot de passe, Sluice demande confirmation avant d&apos;utiliser le fichier à la place.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(enregistré)</translation>
    </message>
    <message>
        <source>Give the account name the outbound mail host knows you by, or choose No authentication.</source>
        <translation>Indiquez le nom de compte sous lequel le serveur de messagerie sortant vous connaît, ou choisissez Aucune authentification.</translation>
    </message>
    <message>
        <source>List the hosts or networks that may send ETRN, such as 192.0.2.7 or 198.51.100.0/24.</source>
        <translation>Indiquez les hôtes ou réseaux autorisés à envoyer ETRN, par exemple 192.0.2.7 ou 198.51.100.0/24.</translation>
    </message>
    <message>
        <source>Give the address and port to accept ATRN on, such as *:366.</source>
        <translation>Indiquez l&apos;adresse et le port sur lesquels accepter ATRN, par exemple *:366.</translation>
    </message>
    <message>
        <source>Sluice&apos;s own server</source>
        <translation>Serveur propre à Sluice</translation>
    </message>
    <message>
        <source>Allow A&amp;UTH PLAIN/LOGIN without TLS</source>
        <translation>Autoriser A&amp;UTH PLAIN/LOGIN sans TLS</translation>
    </message>
    <message>
        <source>Let clients send their password unencrypted</source>
        <translation>Laisser les clients envoyer leur mot de passe sans chiffrement</translation>
    </message>
    <message>
        <source>Offers AUTH PLAIN and LOGIN before STARTTLS, so the password crosses the network readable. Only for clients on your own network that cannot use TLS. CRAM-MD5 is always offered.</source>
        <translation>Propose AUTH PLAIN et LOGIN avant STARTTLS&#xa0;; le mot de passe traverse alors le réseau en clair. Uniquement pour les clients de votre propre réseau qui ne peuvent pas utiliser TLS. CRAM-MD5 est toujours proposé.</translation>
    </message>
    <message>
        <source>The STARTTLS certificate is set on the General page.</source>
        <translation>Le certificat STARTTLS se définit dans la page Général.</translation>
    </message>
    <message>
        <source>Acc&amp;ounts…</source>
        <translation>C&amp;omptes…</translation>
    </message>
    <message>
        <source>The accounts customers log in to Sluice with</source>
        <translation>Comptes avec lesquels les clients s&apos;authentifient auprès de Sluice</translation>
    </message>
    <message>
        <source>Add, change or remove the accounts that may log in to Sluice (AUTH) and the domains each may pull with ATRN or TURN.</source>
        <translation>Ajouter, modifier ou supprimer les comptes autorisés à s&apos;authentifier auprès de Sluice (AUTH) et les domaines que chacun peut récupérer avec ATRN ou TURN.</translation>
    </message>
    <message>
        <source>Releasing held mail (ETRN, ATRN)</source>
        <translation>Libération du courrier retenu (ETRN, ATRN)</translation>
    </message>
    <message>
        <source>Answer &amp;ETRN requests</source>
        <translation>Répondre aux demandes &amp;ETRN</translation>
    </message>
    <message>
        <source>Let customers ask for the mail held for their domains</source>
        <translation>Permettre aux clients de demander le courrier retenu pour leurs domaines</translation>
    </message>
    <message>
        <source>Mail for E-Mail Domain entries with “Queue messages for ETRN” is held until the domain&apos;s mail server connects and sends ETRN; Sluice then delivers it.</source>
        <translation>Le courrier des entrées Domaine de messagerie avec «&#xa0;Mettre les messages en file d&apos;attente pour ETRN&#xa0;» est retenu jusqu&apos;à ce que le serveur de messagerie du domaine se connecte et envoie ETRN&#xa0;; Sluice le remet alors.</translation>
    </message>
    <message>
        <source>Any &amp;host may send ETRN</source>
        <translation>N&apos;importe quel &amp;hôte peut envoyer ETRN</translation>
    </message>
    <message>
        <source>Only the &amp;listed hosts</source>
        <translation>Uniquement les hôtes de la l&amp;iste</translation>
    </message>
    <message>
        <source>Only clients that have logged i&amp;n</source>
        <translation>Uniquement les clients ayant ouvert u&amp;ne session</translation>
    </message>
    <message>
        <source>Who may ask for held mail</source>
        <translation>Qui peut demander le courrier retenu</translation>
    </message>
    <message>
        <source>Others are told the domain is not held here. Logged-in clients use the accounts of the Accounts… list.</source>
        <translation>Les autres sont informés que le domaine n&apos;est pas retenu ici. Les clients authentifiés utilisent les comptes de la liste «&#xa0;Comptes…&#xa0;».</translation>
    </message>
    <message>
        <source>192.0.2.7, 198.51.100.0/24</source>
        <translation>192.0.2.7, 198.51.100.0/24</translation>
    </message>
    <message>
        <source>Listed host&amp;s:</source>
        <translation>&amp;Liste des hôtes&#xa0;:</translation>
    </message>
    <message>
        <source>The addresses or networks that may send ETRN</source>
        <translation>Adresses ou réseaux autorisés à envoyer ETRN</translation>
    </message>
    <message>
        <source>IP addresses or networks (CIDR), separated by commas.</source>
        <translation>Adresses IP ou réseaux (CIDR), séparés par des virgules.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Hold mail for at &amp;most:</source>
        <translation>&amp;Durée maximale de rétention&#xa0;:</translation>
    </message>
    <message>
        <source>How long mail may wait for ETRN</source>
        <translation>Durée pendant laquelle le courrier peut attendre ETRN</translation>
    </message>
    <message>
        <source>After this many hours the sender gets a failure report and the held message is dropped.</source>
        <translation>Passé ce nombre d&apos;heures, l&apos;expéditeur reçoit un rapport de non-remise et le message retenu est supprimé.</translation>
    </message>
    <message>
        <source>Accept AT&amp;RN on:</source>
        <translation>Accepter AT&amp;RN sur&#xa0;:</translation>
    </message>
    <message>
        <source>Let customers with changing addresses pull their mail (ATRN)</source>
        <translation>Permettre aux clients dont l&apos;adresse change de récupérer leur courrier (ATRN)</translation>
    </message>
    <message>
        <source>On-Demand Mail Relay: the customer connects, logs in with an account and Sluice turns the connection round to deliver the held mail. Usually on port 366.</source>
        <translation>On-Demand Mail Relay&#xa0;: le client se connecte, s&apos;authentifie avec un compte, et Sluice inverse le sens de la connexion pour remettre le courrier retenu. Généralement sur le port 366.</translation>
    </message>
    <message>
        <source>The address and port to listen on for ATRN, such as *:366</source>
        <translation>Adresse et port d&apos;écoute pour ATRN, par exemple *:366</translation>
    </message>
    <message>
        <source>ADDRESS:PORT: * for every address, or one address such as 192.0.2.1:366 or [::1]:366.</source>
        <translation>ADRESSE:PORT&#xa0;: * pour toutes les adresses, ou une seule adresse telle que 192.0.2.1:366 ou [::1]:366.</translation>
    </message>
    <message>
        <source>ATRN address and port</source>
        <translation>Adresse et port ATRN</translation>
    </message>
</context>
<context>
    <name>Sluice::ServerAccountModel</name>
    <message>
        <source>(none: may only send mail)</source>
        <translation>(aucun&#xa0;: peut seulement envoyer du courrier)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Domains it may pull (ATRN, TURN)</source>
        <translation>Domaines qu&apos;il peut récupérer (ATRN, TURN)</translation>
    </message>
</context>
<context>
    <name>Sluice::ServerAccountTable</name>
    <message>
        <source>An account name is 1 to 64 letters, digits and . _ - + @, and does not begin with -.</source>
        <translation>Un nom de compte comporte de 1 à 64 lettres, chiffres et caractères . _ - + @, et ne commence pas par -.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine.</translation>
    </message>
    <message>
        <source>Could not save the account %1: %2</source>
        <translation>Impossible d&apos;enregistrer le compte %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not remove the account %1: %2</source>
        <translation>Impossible de supprimer le compte %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Il n&apos;existe aucun compte %1.</translation>
    </message>
</context>
<context>
    <name>Sluice::ServerTls</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key</source>
        <translation>%1 ne contient aucune clé privée PEM non chiffrée</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot run openssl to make a TLS certificate: %1 (install the openssl package)</source>
        <translation>Impossible d&apos;exécuter openssl pour créer un certificat TLS&#xa0;: %1 (installez le paquet openssl)</translation>
    </message>
    <message>
        <source>openssl did not finish making a TLS certificate in time</source>
        <translation>openssl n&apos;a pas terminé la création du certificat TLS dans le délai imparti</translation>
    </message>
    <message>
        <source>openssl could not make a TLS certificate: %1</source>
        <translation>openssl n&apos;a pas pu créer de certificat TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>Set both smtp.tls_certificate and smtp.tls_key, or neither for a self-signed certificate</source>
        <translation>Définissez à la fois smtp.tls_certificate et smtp.tls_key, ou aucun des deux pour un certificat auto-signé</translation>
    </message>
</context>
<context>
    <name>Sluice::ServiceConnection</name>
    <message>
        <source>Sluice did not answer in time.</source>
        <translation>Sluice n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Sluice did not answer.</source>
        <translation>Sluice n&apos;a pas répondu.</translation>
    </message>
</context>
<context>
    <name>Sluice::Settings</name>
    <message>
        <source>Could not read the settings from “%1”: %2</source>
        <translation>Impossible de lire les paramètres dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unknown setting “%1”.</source>
        <translation>Paramètre «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation>Valeur non valide pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not save %1 in “%2”: %3</source>
        <translation>Impossible d&apos;enregistrer %1 dans «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not reset %1 in “%2”: %3</source>
        <translation>Impossible de réinitialiser %1 dans «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>“%1” ends with a dot; write the domain without it.</source>
        <translation>«&#xa0;%1&#xa0;» se termine par un point&#xa0;; saisissez le domaine sans ce point.</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine valide.</translation>
    </message>
    <message>
        <source>The host name must not be empty.</source>
        <translation>Le nom d&apos;hôte ne doit pas être vide.</translation>
    </message>
    <message>
        <source>“%1” is not an address of the form name@domain.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de la forme nom@domaine.</translation>
    </message>
    <message>
        <source>“%1” needs a port from 0 to 65535: write ADDRESS:PORT, for example *:25, 127.0.0.1:2525 or [::1]:25.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite un port de 0 à 65535&#xa0;: écrivez ADRESSE:PORT, par exemple *:25, 127.0.0.1:2525 ou [::1]:25.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv6.</translation>
    </message>
    <message>
        <source>“%1” is not *, an IPv4 address or an IPv6 address in brackets.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni *, ni une adresse IPv4, ni une adresse IPv6 entre crochets.</translation>
    </message>
    <message>
        <source>The limit must be 0 (no limit) or at least 64 KB.</source>
        <translation>La limite doit être 0 (aucune limite) ou d&apos;au moins 64 Ko.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <source>“%1” is neither an address nor a network such as 192.168.0.0/16 or fd00::/8.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une adresse ni un réseau tel que 192.168.0.0/16 ou fd00::/8.</translation>
    </message>
    <message>
        <source>“%1” is not an absolute path.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un chemin absolu.</translation>
    </message>
    <message>
        <source>“%1” is not a valid mailbox name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de boîte aux lettres valide.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3.</source>
        <translation>%1 n&apos;est pas compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false.</source>
        <translation>«&#xa0;%1&#xa0;» ne vaut ni true ni false.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>whole number from %1 to %2</source>
        <translation>nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>l&apos;une des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>list, separated by commas or spaces</source>
        <translation>liste séparée par des virgules ou des espaces</translation>
    </message>
    <message>
        <source>A pinned fingerprint is 64 lower-case hexadecimal digits (SHA-256).</source>
        <translation>Une empreinte épinglée se compose de 64 chiffres hexadécimaux en minuscules (SHA-256).</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>How outbound mail leaves: dns (look up each domain&apos;s mail exchangers) or smarthost (forward all messages to delivery.smarthost).</source>
        <translation>Mode d&apos;envoi du courrier sortant&#xa0;: dns (recherche des serveurs MX de chaque domaine) ou smarthost (transfert de tous les messages vers delivery.smarthost).</translation>
    </message>
    <message>
        <source>The host all outbound mail is forwarded to, as HOST or HOST:PORT.</source>
        <translation>Serveur de messagerie sortant (smarthost) vers lequel tout le courrier sortant est transféré, sous la forme HOST ou HOST:PORT.</translation>
    </message>
    <message>
        <source>TLS to the smarthost: opportunistic (when offered) or required (never send in clear).</source>
        <translation>TLS vers le smarthost&#xa0;: opportunistic (si proposé) ou required (jamais d&apos;envoi en clair).</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of a self-signed smarthost certificate to accept.</source>
        <translation>Empreinte SHA-256 d&apos;un certificat auto-signé du smarthost à accepter.</translation>
    </message>
    <message>
        <source>Authentication at the smarthost; the password is kept in the secret store.</source>
        <translation>Authentification auprès du smarthost&#xa0;; le mot de passe est conservé dans le magasin de mots de passe.</translation>
    </message>
    <message>
        <source>The account name at the smarthost.</source>
        <translation>Nom du compte sur le smarthost.</translation>
    </message>
    <message>
        <source>Allow PLAIN and LOGIN authentication to the smarthost without TLS.</source>
        <translation>Autoriser l&apos;authentification PLAIN et LOGIN auprès du smarthost sans TLS.</translation>
    </message>
    <message>
        <source>Hours between delivery attempts, in order; the last one repeats.</source>
        <translation>Heures entre les tentatives de remise, dans l&apos;ordre&#xa0;; la dernière valeur se répète.</translation>
    </message>
    <message>
        <source>Hours after which undeliverable mail is returned to its sender.</source>
        <translation>Nombre d&apos;heures au bout duquel le courrier non remis est renvoyé à son expéditeur.</translation>
    </message>
    <message>
        <source>Hours after which the sender is told the mail is delayed; 0 for never.</source>
        <translation>Nombre d&apos;heures au bout duquel l&apos;expéditeur est informé du retard du courrier&#xa0;; 0 pour jamais.</translation>
    </message>
    <message>
        <source>Send the postmaster a copy of every delivery-failure report.</source>
        <translation>Envoyer au postmaster une copie de chaque rapport de non-remise.</translation>
    </message>
    <message>
        <source>Where mail for local domains goes: maildir (the mail root) or an internal mail server over smtp or lmtp at delivery.local_relay.</source>
        <translation>Destination du courrier des domaines locaux&#xa0;: maildir (la racine du courrier) ou un serveur de messagerie interne via smtp ou lmtp à l&apos;adresse delivery.local_relay.</translation>
    </message>
    <message>
        <source>The internal mail server for local domains, as HOST or HOST:PORT.</source>
        <translation>Serveur de messagerie interne des domaines locaux, sous la forme HOST ou HOST:PORT.</translation>
    </message>
    <message>
        <source>How many outbound connections may be open at once.</source>
        <translation>Nombre de connexions sortantes pouvant être ouvertes simultanément.</translation>
    </message>
    <message>
        <source>How many outbound connections to one host may be open at once.</source>
        <translation>Nombre de connexions sortantes vers un même hôte pouvant être ouvertes simultanément.</translation>
    </message>
    <message>
        <source>How many messages are sent over one outbound connection.</source>
        <translation>Nombre de messages envoyés par connexion sortante.</translation>
    </message>
    <message>
        <source>Seconds to wait for an outbound connection.</source>
        <translation>Délai d&apos;attente, en secondes, d&apos;une connexion sortante.</translation>
    </message>
    <message>
        <source>Seconds to wait for a server&apos;s greeting.</source>
        <translation>Délai d&apos;attente, en secondes, du message d&apos;accueil d&apos;un serveur.</translation>
    </message>
    <message>
        <source>Seconds to wait for the reply to EHLO, MAIL, RCPT and the like.</source>
        <translation>Délai d&apos;attente, en secondes, de la réponse à EHLO, MAIL, RCPT, etc.</translation>
    </message>
    <message>
        <source>Seconds to wait for the reply to DATA.</source>
        <translation>Délai d&apos;attente, en secondes, de la réponse à DATA.</translation>
    </message>
    <message>
        <source>Seconds a block of message data may take.</source>
        <translation>Durée maximale, en secondes, de l&apos;envoi d&apos;un bloc de données du message.</translation>
    </message>
    <message>
        <source>Seconds to wait for the reply after the end of the data.</source>
        <translation>Délai d&apos;attente, en secondes, de la réponse après la fin des données.</translation>
    </message>
    <message>
        <source>The DNS server to ask for mail exchangers; empty for the system&apos;s.</source>
        <translation>Serveur DNS à interroger pour les serveurs MX&#xa0;; vide pour utiliser celui du système.</translation>
    </message>
    <message>
        <source>The name Sluice greets with and writes into Received: headers.</source>
        <translation>Nom sous lequel Sluice se présente et qu&apos;il inscrit dans les en-têtes Received:.</translation>
    </message>
    <message>
        <source>The administrator&apos;s address, shown in bounces.</source>
        <translation>Adresse de l&apos;administrateur, indiquée dans les rapports de non-remise.</translation>
    </message>
    <message>
        <source>Where the SMTP server listens, as ADDRESS:PORT: * for every address, an IPv4 address or an IPv6 address in brackets; port 0 picks any free port.</source>
        <translation>Adresse d&apos;écoute du serveur SMTP, sous la forme ADRESSE:PORT&#xa0;: * pour toutes les adresses, une adresse IPv4 ou une adresse IPv6 entre crochets&#xa0;; le port 0 choisit un port libre quelconque.</translation>
    </message>
    <message>
        <source>The largest message accepted, in kilobytes; 0 means no limit.</source>
        <translation>Taille maximale des messages acceptés, en kilo-octets&#xa0;; 0 signifie aucune limite.</translation>
    </message>
    <message>
        <source>How many SMTP clients may be connected at once.</source>
        <translation>Nombre de clients SMTP pouvant être connectés simultanément.</translation>
    </message>
    <message>
        <source>How many SMTP connections one client address may hold at once.</source>
        <translation>Nombre de connexions SMTP qu&apos;une même adresse cliente peut maintenir simultanément.</translation>
    </message>
    <message>
        <source>Seconds to wait for the next SMTP command before closing the connection.</source>
        <translation>Délai d&apos;attente, en secondes, de la commande SMTP suivante avant la fermeture de la connexion.</translation>
    </message>
    <message>
        <source>How many erroneous commands a client may send before it is disconnected.</source>
        <translation>Nombre de commandes erronées qu&apos;un client peut envoyer avant d&apos;être déconnecté.</translation>
    </message>
    <message>
        <source>The most recipients accepted for one message.</source>
        <translation>Nombre maximal de destinataires acceptés par message.</translation>
    </message>
    <message>
        <source>Seconds to wait before greeting a client; clients that talk first are refused.</source>
        <translation>Délai, en secondes, avant l&apos;envoi du message d&apos;accueil à un client&#xa0;; les clients qui parlent les premiers sont refusés.</translation>
    </message>
    <message>
        <source>What to do with a message containing a bare CR or LF: refuse it, or normalise the line endings to CRLF.</source>
        <translation>Traitement d&apos;un message contenant un CR ou un LF isolé&#xa0;: le refuser, ou normaliser les fins de ligne en CRLF.</translation>
    </message>
    <message>
        <source>The domains whose mail is delivered to local mailboxes.</source>
        <translation>Domaines dont le courrier est remis dans des boîtes aux lettres locales.</translation>
    </message>
    <message>
        <source>The folder holding the local mailboxes.</source>
        <translation>Dossier contenant les boîtes aux lettres locales.</translation>
    </message>
    <message>
        <source>The mailbox receiving mail for unknown local recipients; empty to refuse them.</source>
        <translation>Boîte aux lettres recevant le courrier destiné aux destinataires locaux inconnus&#xa0;; vide pour les refuser.</translation>
    </message>
    <message>
        <source>The client networks allowed to send mail to other domains through Sluice.</source>
        <translation>Réseaux clients autorisés à envoyer du courrier vers d&apos;autres domaines via Sluice (relais).</translation>
    </message>
    <message>
        <source>Which mail moves when connected: inbound_outbound, inbound_only, outbound_only or none.</source>
        <translation>Courrier transféré pendant la connexion&#xa0;: inbound_outbound, inbound_only, outbound_only ou none.</translation>
    </message>
    <message>
        <source>Where passwords are kept: keychain (the desktop&apos;s keychain, such as GNOME Keyring or KWallet) or file (an unencrypted, owner-only file in the data folder, only for servers without a keychain).</source>
        <translation>Emplacement des mots de passe&#xa0;: keychain (le trousseau du bureau, tel que GNOME Keyring ou KWallet) ou file (un fichier non chiffré, réservé au propriétaire, dans le dossier de données&#xa0;; uniquement pour les serveurs sans trousseau).</translation>
    </message>
    <message>
        <source>Answer ETRN, so customers can ask for the mail held for their domains (E-Mail Domain entries with “Queue messages for ETRN”).</source>
        <translation>Répondre à ETRN, afin que les clients puissent demander le courrier retenu pour leurs domaines (entrées de domaine de messagerie avec «&#xa0;Mettre les messages en file d&apos;attente pour ETRN&#xa0;»).</translation>
    </message>
    <message>
        <source>Who may send ETRN: any host, the listed hosts (etrn.hosts) or authenticated clients only. Others are told the domain is not held here.</source>
        <translation>Qui peut envoyer ETRN&#xa0;: tout hôte, les hôtes listés (etrn.hosts) ou uniquement les clients authentifiés. Les autres reçoivent une réponse indiquant que le domaine n&apos;est pas retenu ici.</translation>
    </message>
    <message>
        <source>For etrn.access listed: the addresses or networks allowed to send ETRN.</source>
        <translation>Pour etrn.access = listed&#xa0;: adresses ou réseaux autorisés à envoyer ETRN.</translation>
    </message>
    <message>
        <source>Hours mail may be held for ETRN; then the sender gets a failure report and the mail is dropped.</source>
        <translation>Nombre d&apos;heures pendant lesquelles le courrier peut être retenu pour ETRN&#xa0;; ensuite, l&apos;expéditeur reçoit un rapport de non-remise et le courrier est supprimé.</translation>
    </message>
    <message>
        <source>A connection profile is always, nm:NAME (NetworkManager), ppp:PEER (pppd) or custom:NAME (see `sluice profile list`).</source>
        <translation>Un profil de connexion s&apos;écrit always, nm:NAME (NetworkManager), ppp:PEER (pppd) ou custom:NAME (voir `sluice profile list`).</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine.</translation>
    </message>
    <message>
        <source>The connection Sluice dials: always (always connected, no dialing), nm:NAME, ppp:PEER or custom:NAME.</source>
        <translation>Connexion que Sluice établit&#xa0;: always (toujours connecté, sans numérotation), nm:NAME, ppp:PEER ou custom:NAME.</translation>
    </message>
    <message>
        <source>Logon Information: the account handed to the connect command (SLUICE_ACCOUNT); the password is kept in the secret store.</source>
        <translation>Informations d&apos;ouverture de session&#xa0;: compte transmis à la commande de connexion (SLUICE_ACCOUNT)&#xa0;; le mot de passe est conservé dans le magasin de mots de passe.</translation>
    </message>
    <message>
        <source>Logon Information: the domain handed to the connect command (SLUICE_DOMAIN).</source>
        <translation>Informations d&apos;ouverture de session&#xa0;: domaine transmis à la commande de connexion (SLUICE_DOMAIN).</translation>
    </message>
    <message>
        <source>How many more times to dial after a failed attempt.</source>
        <translation>Nombre de nouvelles tentatives de numérotation après un échec.</translation>
    </message>
    <message>
        <source>Seconds to wait between dialing attempts.</source>
        <translation>Délai, en secondes, entre les tentatives de numérotation.</translation>
    </message>
    <message>
        <source>Seconds one dialing attempt may take until the link is up.</source>
        <translation>Durée maximale, en secondes, d&apos;une tentative de numérotation jusqu&apos;à l&apos;établissement de la liaison.</translation>
    </message>
    <message>
        <source>Hang up after this many seconds without SMTP traffic in either direction.</source>
        <translation>Raccrocher après ce nombre de secondes sans trafic SMTP, dans un sens comme dans l&apos;autre.</translation>
    </message>
    <message>
        <source>Seconds to wait for the provider&apos;s first delivery after the retrieval command before the idle time-out may hang up.</source>
        <translation>Délai, en secondes, d&apos;attente de la première remise du fournisseur après la commande de récupération, avant que le délai d&apos;inactivité puisse raccrocher.</translation>
    </message>
    <message>
        <source>When to connect: every (schedule.every_minutes, also at start), at (schedule.times), when_queued (mail waited schedule.queued_minutes), always (stay connected) or manual (only on request).</source>
        <translation>Moment de la connexion&#xa0;: every (toutes les schedule.every_minutes, également au démarrage), at (aux heures schedule.times), when_queued (quand du courrier a attendu schedule.queued_minutes), always (rester connecté) ou manual (uniquement sur demande).</translation>
    </message>
    <message>
        <source>Minutes between connections for the every schedule.</source>
        <translation>Minutes entre les connexions pour la planification every.</translation>
    </message>
    <message>
        <source>Times of day for the at schedule, per weekday, e.g. “mon-fri 08:00,12:30; sat 10:00”.</source>
        <translation>Heures de connexion pour la planification at, par jour de la semaine, par exemple «&#xa0;mon-fri 08:00,12:30; sat 10:00&#xa0;».</translation>
    </message>
    <message>
        <source>For the when_queued schedule: connect when outbound mail has waited this many minutes (and never more often).</source>
        <translation>Pour la planification when_queued&#xa0;: se connecter lorsque le courrier sortant a attendu ce nombre de minutes (et jamais plus souvent).</translation>
    </message>
    <message>
        <source>How to ask the provider for held mail after delivering: none, etrn, turn, atrn or command.</source>
        <translation>Méthode de demande du courrier retenu auprès du fournisseur après la remise&#xa0;: none, etrn, turn, atrn ou command.</translation>
    </message>
    <message>
        <source>The domains to ask for; empty for the local domains. “@example.com” asks for the domain and its subdomains.</source>
        <translation>Domaines à demander&#xa0;; vide pour les domaines locaux. «&#xa0;@example.com&#xa0;» demande le domaine et ses sous-domaines.</translation>
    </message>
    <message>
        <source>Send ETRN to this HOST[:PORT] instead of the outbound mail host.</source>
        <translation>Envoyer ETRN à ce HOST[:PORT] au lieu du serveur de messagerie sortant (smarthost).</translation>
    </message>
    <message>
        <source>The provider&apos;s On-Demand Mail Relay host for ATRN, HOST[:PORT] (port 366 unless given).</source>
        <translation>Hôte On-Demand Mail Relay du fournisseur pour ATRN, HOST[:PORT] (port 366 par défaut).</translation>
    </message>
    <message>
        <source>The retrieval command: a program and its arguments, run without a shell.</source>
        <translation>Commande de récupération&#xa0;: un programme et ses arguments, exécutés sans shell.</translation>
    </message>
    <message>
        <source>Seconds the retrieval command may run.</source>
        <translation>Durée maximale d&apos;exécution, en secondes, de la commande de récupération.</translation>
    </message>
    <message>
        <source>Authentication for ETRN, TURN and ATRN: smarthost (the smarthost&apos;s settings and password) or its own: none, any, login, plain, cram-md5.</source>
        <translation>Authentification pour ETRN, TURN et ATRN&#xa0;: smarthost (paramètres et mot de passe du smarthost) ou une authentification propre&#xa0;: none, any, login, plain, cram-md5.</translation>
    </message>
    <message>
        <source>TLS for retrieval when retrieval.auth is not smarthost.</source>
        <translation>TLS pour la récupération lorsque retrieval.auth ne vaut pas smarthost.</translation>
    </message>
    <message>
        <source>The account for retrieval when retrieval.auth is not smarthost.</source>
        <translation>Compte utilisé pour la récupération lorsque retrieval.auth ne vaut pas smarthost.</translation>
    </message>
    <message>
        <source>Give an absolute path (or nothing for the self-signed certificate).</source>
        <translation>Indiquez un chemin absolu (ou rien pour le certificat auto-signé).</translation>
    </message>
    <message>
        <source>The PEM certificate (and chain) STARTTLS presents. Empty, with smtp.tls_key empty too: a self-signed certificate made in the data folder&apos;s tls/ on first use.</source>
        <translation>Certificat PEM (et chaîne) présenté par STARTTLS. Vide, avec smtp.tls_key également vide&#xa0;: un certificat auto-signé, créé dans le sous-dossier tls/ du dossier de données lors de la première utilisation.</translation>
    </message>
    <message>
        <source>The unencrypted PEM private key of smtp.tls_certificate.</source>
        <translation>Clé privée PEM non chiffrée de smtp.tls_certificate.</translation>
    </message>
    <message>
        <source>Offer and accept AUTH PLAIN and LOGIN without TLS (the password crosses the network readable). CRAM-MD5 is always offered.</source>
        <translation>Proposer et accepter AUTH PLAIN et LOGIN sans TLS (le mot de passe circule en clair sur le réseau). CRAM-MD5 est toujours proposé.</translation>
    </message>
    <message>
        <source>Which clients may send mail: any host; only clients that log in (AUTH); or only clients that log in over TLS. Others are refused at MAIL FROM with 530.</source>
        <translation>Clients autorisés à envoyer du courrier&#xa0;: tout hôte&#xa0;; uniquement les clients qui s&apos;authentifient (AUTH)&#xa0;; ou uniquement les clients qui s&apos;authentifient via TLS. Les autres sont refusés à l&apos;étape MAIL FROM avec le code 530.</translation>
    </message>
    <message>
        <source>Reroute incoming mail as the routes table says (`sluice route`).</source>
        <translation>Rediriger le courrier entrant selon la table des routes (`sluice route`).</translation>
    </message>
    <message>
        <source>How much of each SMTP session the connection log keeps: none; minimum (connection events); medium (and every command and reply); maximum (and the message headers). Passwords and AUTH data are never kept.</source>
        <translation>Niveau de détail des sessions SMTP conservé dans le journal des connexions&#xa0;: none&#xa0;; minimum (événements de connexion)&#xa0;; medium (plus chaque commande et chaque réponse)&#xa0;; maximum (plus les en-têtes des messages). Les mots de passe et les données AUTH ne sont jamais conservés.</translation>
    </message>
    <message>
        <source>Whether the console&apos;s first-run wizard has been completed.</source>
        <translation>Indique si l&apos;assistant de première configuration de la console a été terminé.</translation>
    </message>
    <message>
        <source>“%1” is not ADDRESS:PORT (for example *:366).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme ADRESSE:PORT (par exemple *:366).</translation>
    </message>
    <message>
        <source>Where customers pull held mail with ATRN (On-Demand Mail Relay), as ADDRESS:PORT, usually *:366; empty: no ATRN.</source>
        <translation>Adresse à laquelle les clients récupèrent le courrier retenu avec ATRN (On-Demand Mail Relay), sous la forme ADRESSE:PORT, généralement *:366&#xa0;; vide&#xa0;: pas d&apos;ATRN.</translation>
    </message>
    <message>
        <source>Connection log entries older than this many days are deleted (at start and hourly).</source>
        <translation>Les entrées du journal des connexions plus anciennes que ce nombre de jours sont supprimées (au démarrage, puis toutes les heures).</translation>
    </message>
    <message>
        <source>The most disk space the connection log may use, in MB (its database and write-ahead log); past it the oldest entries are deleted until it is under 90% of this.</source>
        <translation>Espace disque maximal que peut occuper le journal des connexions, en Mo (sa base de données et son journal d&apos;écriture anticipée)&#xa0;; au-delà, les entrées les plus anciennes sont supprimées jusqu&apos;à ce qu&apos;il repasse sous 90&#xa0;% de cette valeur.</translation>
    </message>
    <message>
        <source>Whether the tray icon pops up a message when dialing fails, the provider refuses to release held mail, or a message cannot be delivered.</source>
        <translation>Indique si l&apos;icône de la zone de notification affiche un message lorsque la numérotation échoue, que le fournisseur refuse de libérer le courrier retenu ou qu&apos;un message ne peut pas être remis.</translation>
    </message>
    <message>
        <source>another program is writing to the database and did not finish in time (%1). Nothing was changed; try again.</source>
        <translation>un autre programme écrit dans la base de données et n&apos;a pas terminé à temps (%1). Rien n&apos;a été modifié&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>Sluice::SettingsTransfer</name>
    <message>
        <source>&amp;Export settings…</source>
        <translation>&amp;Exporter les paramètres…</translation>
    </message>
    <message>
        <source>&amp;Import settings…</source>
        <translation>&amp;Importer les paramètres…</translation>
    </message>
    <message>
        <source>Save the whole configuration, without passwords, to a file.</source>
        <translation>Enregistrer l&apos;ensemble de la configuration, sans les mots de passe, dans un fichier.</translation>
    </message>
    <message>
        <source>Saves every setting and list (e-mail domains, hosts, routes, connection profiles, accounts) to a JSON file, to keep as a backup or to copy to another gateway. Passwords are never included.</source>
        <translation>Enregistre tous les paramètres et toutes les listes (domaines de messagerie, hôtes, routes, profils de connexion, comptes) dans un fichier JSON, à conserver comme sauvegarde ou à copier vers une autre passerelle. Les mots de passe n&apos;y figurent jamais.</translation>
    </message>
    <message>
        <source>Replace the whole configuration with one saved by Export settings.</source>
        <translation>Remplacer l&apos;ensemble de la configuration par une configuration enregistrée avec Exporter les paramètres.</translation>
    </message>
    <message>
        <source>Reads a file saved by Export settings and replaces the whole configuration with it, after checking all of it: a file with any error changes nothing. Passwords are not in the file; enter them again afterwards.</source>
        <translation>Lit un fichier enregistré avec Exporter les paramètres et remplace l&apos;ensemble de la configuration par son contenu, après l&apos;avoir entièrement vérifié&#xa0;: un fichier comportant la moindre erreur ne modifie rien. Les mots de passe ne figurent pas dans le fichier&#xa0;; saisissez-les de nouveau ensuite.</translation>
    </message>
    <message>
        <source>Sluice configuration (*.json);;All files (*)</source>
        <translation>Configuration Sluice (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation>Exporter les paramètres</translation>
    </message>
    <message>
        <source>Import settings</source>
        <translation>Importer les paramètres</translation>
    </message>
    <message>
        <source>The configuration was saved to “%1”.</source>
        <translation>La configuration a été enregistrée dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Passwords are not in the file: after importing it elsewhere, enter them again.</source>
        <translation>Les mots de passe ne figurent pas dans le fichier&#xa0;: après l&apos;avoir importé ailleurs, saisissez-les de nouveau.</translation>
    </message>
    <message>
        <source>Replace the whole configuration with the one in “%1”?</source>
        <translation>Remplacer l&apos;ensemble de la configuration par celle de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Every setting and list is replaced; settings the file does not list go back to their defaults. Changes not yet applied in the Properties are lost. Passwords stay as they are.</source>
        <translation>Tous les paramètres et toutes les listes sont remplacés&#xa0;; les paramètres absents du fichier reprennent leur valeur par défaut. Les modifications non encore appliquées dans les Propriétés sont perdues. Les mots de passe restent inchangés.</translation>
    </message>
    <message>
        <source>&amp;Replace configuration</source>
        <translation>&amp;Remplacer la configuration</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”.</source>
        <translation>Rien n&apos;a été importé depuis «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The configuration from “%1” is now in use.</source>
        <translation>La configuration de «&#xa0;%1&#xa0;» est maintenant utilisée.</translation>
    </message>
    <message>
        <source>Nothing to change: the configuration is already the same.</source>
        <translation>Rien à modifier&#xa0;: la configuration est déjà identique.</translation>
    </message>
</context>
<context>
    <name>Sluice::SmtpServer</name>
    <message>
        <source>cannot listen on %1 port %2: ports below 1024 need privileges (run Sluice as root or give it the CAP_NET_BIND_SERVICE capability), or choose a port above 1023</source>
        <translation>impossible d&apos;écouter sur %1, port %2&#xa0;: les ports inférieurs à 1024 exigent des privilèges (exécutez Sluice en tant que root ou accordez-lui la capacité CAP_NET_BIND_SERVICE), ou choisissez un port supérieur à 1023</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: another program already uses that port</source>
        <translation>impossible d&apos;écouter sur %1, port %2&#xa0;: un autre programme utilise déjà ce port</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>impossible d&apos;écouter sur %1, port %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Sluice::StatusPanel</name>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Moteur&#xa0;:</translation>
    </message>
    <message>
        <source>Engine state</source>
        <translation>État du moteur</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>&amp;Liaison&#xa0;:</translation>
    </message>
    <message>
        <source>Link state</source>
        <translation>État de la liaison</translation>
    </message>
    <message>
        <source>&amp;Next cycle:</source>
        <translation>Cycle &amp;suivant&#xa0;:</translation>
    </message>
    <message>
        <source>Next scheduled cycle</source>
        <translation>Prochain cycle planifié</translation>
    </message>
    <message>
        <source>Last c&amp;ycle:</source>
        <translation>&amp;Dernier cycle&#xa0;:</translation>
    </message>
    <message>
        <source>Last cycle</source>
        <translation>Dernier cycle</translation>
    </message>
    <message>
        <source>&amp;Listening on:</source>
        <translation>À l&apos;é&amp;coute sur&#xa0;:</translation>
    </message>
    <message>
        <source>Listening address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;File d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source>Queue contents</source>
        <translation>Contenu de la file d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Held for ETRN:</source>
        <translation>&amp;Retenu pour ETRN&#xa0;:</translation>
    </message>
    <message>
        <source>Mail held for ETRN</source>
        <translation>Courrier retenu pour ETRN</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Dossier de do&amp;nnées&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation>Numérotation en cours</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connectée</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Remise en cours</translation>
    </message>
    <message>
        <source>The last cycle failed</source>
        <translation>Le dernier cycle a échoué</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Schedule paused (Connect now still works)</source>
        <translation>Planification suspendue (Se connecter maintenant fonctionne toujours)</translation>
    </message>
    <message>
        <source>None scheduled</source>
        <translation>Aucun cycle planifié</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Sluice service not reachable, reconnecting…</source>
        <translation>Service Sluice injoignable, reconnexion…</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Running in this console</source>
        <translation>Exécuté dans cette console</translation>
    </message>
    <message>
        <source>Attached to the Sluice service (process %1)</source>
        <translation>Rattaché au service Sluice (processus %1)</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, port %2</translation>
    </message>
    <message>
        <source>all addresses</source>
        <translation>toutes les adresses</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>pas à l&apos;écoute</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s): </source>
        <translation>
            <numerusform>%n message&#xa0;: </numerusform>
            <numerusform>%n messages&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 awaiting local delivery, %2 for other hosts, %3 deferred</source>
        <translation>%1 en attente de remise locale, %2 pour d&apos;autres hôtes, %3 différé(s)</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n destinataire</numerusform>
            <numerusform>%n destinataires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::SummaryWizardPage</name>
    <message>
        <source>Ready to save</source>
        <translation>Prêt à enregistrer</translation>
    </message>
    <message>
        <source>Finish saves these settings. You can change each of them later in the Properties.</source>
        <translation>Terminer enregistre ces paramètres. Vous pourrez modifier chacun d&apos;eux plus tard dans les Propriétés.</translation>
    </message>
    <message>
        <source>&amp;Settings to be saved:</source>
        <translation>&amp;Paramètres à enregistrer&#xa0;:</translation>
    </message>
    <message>
        <source>Settings to be saved</source>
        <translation>Paramètres à enregistrer</translation>
    </message>
    <message>
        <source>What Finish writes, with the name of each setting in brackets.</source>
        <translation>Ce que Terminer écrit, avec le nom de chaque paramètre entre parenthèses.</translation>
    </message>
    <message>
        <source>Each line names a setting in plain words, followed by its key and value as `sluice config get` shows them. Passwords are stored in the keychain and never shown.</source>
        <translation>Chaque ligne décrit un paramètre en termes simples, suivi de sa clé et de sa valeur telles que les affiche `sluice config get`. Les mots de passe sont enregistrés dans le trousseau et ne sont jamais affichés.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Sluice::TrayIcon</name>
    <message>
        <source>&amp;Open console</source>
        <translation>&amp;Ouvrir la console</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>Désactiver les &amp;notifications</translation>
    </message>
    <message>
        <source>No pop-up messages when dialing fails, the provider refuses to release held mail, or a message cannot be delivered.</source>
        <translation>Aucun message contextuel lorsque la numérotation échoue, que le fournisseur refuse de libérer le courrier retenu ou qu&apos;un message ne peut pas être remis.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Sluice: the service is not reachable, reconnecting…</source>
        <translation>Sluice&#xa0;: service injoignable, reconnexion…</translation>
    </message>
    <message>
        <source>Sluice: %1</source>
        <translation>Sluice&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (schedule paused)</source>
        <translation>%1 (planification suspendue)</translation>
    </message>
    <message>
        <source>Outbound queued: %1</source>
        <translation>Sortant en file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Held for ETRN: %1</source>
        <translation>Retenu pour ETRN&#xa0;: %1</translation>
    </message>
    <message>
        <source>Inbound awaiting delivery: %1</source>
        <translation>Entrant en attente de remise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last cycle: %1</source>
        <translation>Dernier cycle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next cycle: %1</source>
        <translation>Prochain cycle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sluice could not dial</source>
        <translation>Sluice n&apos;a pas pu numéroter</translation>
    </message>
    <message>
        <source>The provider did not release held mail</source>
        <translation>Le fournisseur n&apos;a pas libéré le courrier retenu</translation>
    </message>
    <message>
        <source>Mail could not be delivered</source>
        <translation>Le courrier n&apos;a pas pu être remis</translation>
    </message>
    <message>
        <source>Sluice</source>
        <translation>Sluice</translation>
    </message>
</context>
<context>
    <name>Sluice::WelcomeWizardPage</name>
    <message>
        <source>Welcome to Sluice</source>
        <translation>Bienvenue dans Sluice</translation>
    </message>
    <message>
        <source>This wizard connects your office&apos;s mail to your Internet provider in about a minute.</source>
        <translation>Cet assistant relie la messagerie de votre bureau à votre fournisseur d&apos;accès à Internet en une minute environ.</translation>
    </message>
    <message>
        <source>Sluice is your office&apos;s mail gateway: it receives the mail your computers send and passes it on to the Internet, and it collects the mail your provider holds for your domain. It connects to the provider on a schedule, so it works over a dial-up link as well as an always-on line.</source>
        <translation>Sluice est la passerelle de messagerie de votre bureau&#xa0;: il reçoit le courrier envoyé par vos ordinateurs et le transmet à Internet, et il récupère le courrier que votre fournisseur retient pour votre domaine. Il se connecte au fournisseur selon une planification&#xa0;; il fonctionne donc aussi bien sur une liaison à la demande que sur une ligne permanente.</translation>
    </message>
    <message>
        <source>What Sluice does</source>
        <translation>Ce que fait Sluice</translation>
    </message>
    <message>
        <source>You will be asked for your office&apos;s e-mail domain, your provider&apos;s mail host and login, how to collect your mail, and when to connect. Nothing is saved until you click Finish; you can change everything later in the Properties.</source>
        <translation>Vous allez indiquer le domaine de messagerie de votre bureau, le serveur de messagerie et les identifiants de votre fournisseur, la méthode de récupération du courrier et le moment de la connexion. Rien n&apos;est enregistré avant que vous cliquiez sur Terminer&#xa0;; vous pourrez tout modifier plus tard dans les Propriétés.</translation>
    </message>
    <message>
        <source>What the wizard asks</source>
        <translation>Ce que demande l&apos;assistant</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run the mail engine without a window until SIGTERM or SIGINT.</source>
        <translation>Exécuter le moteur de messagerie sans fenêtre jusqu&apos;à la réception de SIGTERM ou SIGINT.</translation>
    </message>
    <message>
        <source>Use DIR for configuration, queue and mail (default: $SLUICE_DATA_DIR, else the user&apos;s data folder).</source>
        <translation>Utiliser DIR pour la configuration, la file d&apos;attente et le courrier (par défaut&#xa0;: $SLUICE_DATA_DIR, sinon le dossier de données de l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>config, or nothing.</source>
        <translation>config, ou rien.</translation>
    </message>
    <message>
        <source>Sluice, the on-demand mail gateway.

Commands:
  (none)                  open the console
  config list             show every setting
  config get KEY          show one setting
  config set KEY VALUE    change a setting (validated)
  config unset KEY        restore a setting&apos;s default
  config describe [KEY]   explain settings
  config export [FILE]    the whole configuration as JSON, without passwords
  config import FILE [--dry-run]
                          replace the configuration with FILE&apos;s
  domain list|add|remove  the E-Mail Domain list (domain --help)
  password set|delete smarthost|domain NAME|dialup|retrieval
                          a password (read from standard input)
  profile list|add|remove connection profiles (profile --help)
  account list|add|remove accounts that log in to Sluice&apos;s SMTP server
                          (account --help; password from standard input)
  host list|add|remove    the Hosts list: who may connect, and relay (host --help)
  route list|add|remove   the reroute table: SENT_TO -&gt; ROUTE_TO (route --help)
  connect-now             ask the running Sluice to connect now
  hang-up                 end the running connection cycle
  status                  the running Sluice&apos;s link and queue state
  pause | resume          stop / restart the schedule (connect-now still works)
  reload                  make the running Sluice re-read its settings now
  queue list|show|retry|delete|hold|release
                          the running Sluice&apos;s queue (queue --help)
  log tail [-n N] [--follow] | show ENTRY | list [--failed] [--since ISO] [--search TEXT]
                          the running Sluice&apos;s connection log (log --help)</source>
        <translation>Sluice, la passerelle de messagerie à la demande.

Commandes&#xa0;:
  (aucune)                ouvrir la console
  config list             afficher tous les paramètres
  config get KEY          afficher un paramètre
  config set KEY VALUE    modifier un paramètre (avec validation)
  config unset KEY        rétablir la valeur par défaut d&apos;un paramètre
  config describe [KEY]   expliquer les paramètres
  config export [FILE]    toute la configuration en JSON, sans mots de passe
  config import FILE [--dry-run]
                          remplacer la configuration par celle de FILE
  domain list|add|remove  la liste des domaines de messagerie (domain --help)
  password set|delete smarthost|domain NAME|dialup|retrieval
                          un mot de passe (lu sur l&apos;entrée standard)
  profile list|add|remove les profils de connexion (profile --help)
  account list|add|remove les comptes qui s&apos;authentifient auprès du serveur SMTP de Sluice
                          (account --help&#xa0;; mot de passe sur l&apos;entrée standard)
  host list|add|remove    la liste des hôtes&#xa0;: qui peut se connecter et relayer (host --help)
  route list|add|remove   la table de redirection&#xa0;: SENT_TO -&gt; ROUTE_TO (route --help)
  connect-now             demander à l&apos;instance Sluice en cours de se connecter maintenant
  hang-up                 terminer le cycle de connexion en cours
  status                  l&apos;état de la liaison et de la file d&apos;attente de l&apos;instance en cours
  pause | resume          suspendre / reprendre la planification (connect-now fonctionne toujours)
  reload                  faire relire immédiatement ses paramètres à l&apos;instance en cours
  queue list|show|retry|delete|hold|release
                          la file d&apos;attente de l&apos;instance en cours (queue --help)
  log tail [-n N] [--follow] | show ENTRY | list [--failed] [--since ISO] [--search TEXT]
                          le journal des connexions de l&apos;instance en cours (log --help)</translation>
    </message>
</context>
</TS>
