<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HoldExpiry</name>
    <message numerus="yes">
        <source>The message was held for %n hour(s) for the domain to ask for its mail (ETRN), and it never did.</source>
        <translation>
            <numerusform>Die Nachricht wurde %n Stunde lang zurückgehalten, damit die Domäne ihre E-Mail anfordert (ETRN), doch das ist nicht geschehen.</numerusform>
            <numerusform>Die Nachricht wurde %n Stunden lang zurückgehalten, damit die Domäne ihre E-Mail anfordert (ETRN), doch das ist nicht geschehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueAdmin</name>
    <message>
        <source>The message was deleted by the postmaster.</source>
        <translation>Die Nachricht wurde vom Postmaster gelöscht.</translation>
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
        <translation>Syntax:
  sluice domain list
  sluice domain add NAME [--route HOST[:PORT]] [--tls opportunistic|required] [--pin SHA256]
                         [--auth none|any|login|plain|cram-md5] [--account NAME]
                         [--plaintext-auth] [--hold]
  sluice domain remove NAME
</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Set delivery.smarthost_account first.</source>
        <translation>Legen Sie zuerst delivery.smarthost_account fest.</translation>
    </message>
    <message>
        <source>The e-mail domain %1 has no account; add one with --account.</source>
        <translation>Die E-Mail-Domäne %1 hat kein Konto; geben Sie mit --account eines an.</translation>
    </message>
    <message>
        <source>There is no e-mail domain %1.</source>
        <translation>Es gibt keine E-Mail-Domäne %1.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>Kein Kennwort in der Standardeingabe.</translation>
    </message>
    <message>
        <source>Usage:
  sluice account list
  sluice account add NAME [--domains DOMAIN,DOMAIN...]   (password on standard input)
  sluice account remove NAME
Accounts log in to Sluice&apos;s SMTP server (AUTH); the domains are what each may pull
with ATRN or TURN. Adding an existing account replaces its domains and password.
</source>
        <translation>Syntax:
  sluice account list
  sluice account add NAME [--domains DOMAIN,DOMAIN...]   (Kennwort über die Standardeingabe)
  sluice account remove NAME
Konten melden sich am SMTP-Server von Sluice an (AUTH); die Domänen geben an, welche E-Mail
das jeweilige Konto mit ATRN oder TURN abrufen darf. Wird ein vorhandenes Konto hinzugefügt,
werden seine Domänen und sein Kennwort ersetzt.
</translation>
    </message>
    <message>
        <source>The account is removed, but its password could not be deleted: %1</source>
        <translation>Das Konto wurde entfernt, sein Kennwort konnte jedoch nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Sluice is not running on %1 (%2).</source>
        <translation>Sluice wird auf %1 nicht ausgeführt (%2).</translation>
    </message>
    <message>
        <source>Sluice did not answer.</source>
        <translation>Sluice hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Set dialup.account (and dialup.profile) first.</source>
        <translation>Legen Sie zuerst dialup.account (und dialup.profile) fest.</translation>
    </message>
    <message>
        <source>Retrieval uses the smarthost&apos;s password unless retrieval.auth and retrieval.account are set.</source>
        <translation>Für den Abruf wird das Kennwort des Smarthosts verwendet, sofern retrieval.auth und retrieval.account nicht festgelegt sind.</translation>
    </message>
    <message>
        <source>Usage: sluice password set|delete smarthost | domain NAME | dialup | retrieval  (the password is read from standard input)</source>
        <translation>Syntax: sluice password set|delete smarthost | domain NAME | dialup | retrieval  (das Kennwort wird aus der Standardeingabe gelesen)</translation>
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
        <translation>Syntax:
  sluice profile list
  sluice profile add NAME --connect COMMAND [--disconnect COMMAND]
                          [--probe tcp:HOST:PORT | --probe command:COMMAND]
                          [--probe-timeout SECONDS]
  sluice profile remove NAME
Befehle bestehen aus einem Programm und seinen Argumenten und werden ohne Shell ausgeführt
(für eine Shell schreiben Sie sh -c &apos;...&apos;).
Der Verbindungs- und der Trennungsbefehl erhalten SLUICE_PROFILE, SLUICE_ACCOUNT, SLUICE_PASSWORD und
SLUICE_DOMAIN (dialup.account, `sluice password set dialup`, dialup.domain).
</translation>
    </message>
    <message>
        <source>The option “%1” needs a value.</source>
        <translation>Die Option „%1“ erfordert einen Wert.</translation>
    </message>
    <message>
        <source>unexpected reply %1 to %2</source>
        <translation>unerwartete Antwort %1 auf %2</translation>
    </message>
    <message>
        <source>the provider accepted ETRN for %1; held mail, if any, will follow</source>
        <translation>der Provider hat ETRN für %1 angenommen; zurückgehaltene E-Mail folgt, falls vorhanden</translation>
    </message>
    <message>
        <source>no mail is waiting for %1</source>
        <translation>für %1 wartet keine E-Mail</translation>
    </message>
    <message>
        <source>the provider started delivering the mail waiting for %1</source>
        <translation>der Provider hat mit der Zustellung der für %1 wartenden E-Mail begonnen</translation>
    </message>
    <message>
        <source>the provider started delivering %1 message(s) waiting for %2</source>
        <translation>der Provider hat mit der Zustellung von %1 für %2 wartenden Nachricht(en) begonnen</translation>
    </message>
    <message>
        <source>the provider cannot release the mail for %1 now (it may be busy with it)</source>
        <translation>der Provider kann die E-Mail für %1 jetzt nicht freigeben (sie wird möglicherweise gerade verarbeitet)</translation>
    </message>
    <message>
        <source>the provider does not allow ETRN for %1</source>
        <translation>der Provider lässt ETRN für %1 nicht zu</translation>
    </message>
    <message>
        <source>the provider does not accept ETRN</source>
        <translation>der Provider akzeptiert ETRN nicht</translation>
    </message>
    <message>
        <source>the provider does not accept &quot;%1&quot; as an ETRN node</source>
        <translation>der Provider akzeptiert „%1“ nicht als ETRN-Knoten</translation>
    </message>
    <message>
        <source>the provider does not support this form of ETRN (%1)</source>
        <translation>der Provider unterstützt diese Form von ETRN nicht (%1)</translation>
    </message>
    <message>
        <source>the provider wants authentication before ETRN; set up an account for it</source>
        <translation>der Provider verlangt vor ETRN eine Authentifizierung; richten Sie dafür ein Konto ein</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>dieses Konto</translation>
    </message>
    <message>
        <source>the provider is releasing the mail for %1 over this connection</source>
        <translation>der Provider gibt die E-Mail für %1 über diese Verbindung frei</translation>
    </message>
    <message>
        <source>ATRN for %1 is not permitted, or a release for it is already running</source>
        <translation>ATRN ist für %1 nicht zulässig, oder eine Freigabe dafür läuft bereits</translation>
    </message>
    <message>
        <source>the provider could not check access to %1 now; try again later</source>
        <translation>der Provider konnte den Zugriff auf %1 gerade nicht prüfen; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>the provider wants authentication before ATRN</source>
        <translation>der Provider verlangt vor ATRN eine Authentifizierung</translation>
    </message>
    <message>
        <source>the provider does not accept ATRN</source>
        <translation>der Provider akzeptiert ATRN nicht</translation>
    </message>
    <message>
        <source>the provider accepted TURN and is releasing the mail over this connection</source>
        <translation>der Provider hat TURN angenommen und gibt die E-Mail über diese Verbindung frei</translation>
    </message>
    <message>
        <source>the provider does not accept TURN</source>
        <translation>der Provider akzeptiert TURN nicht</translation>
    </message>
    <message>
        <source>the provider refused TURN: it wants authentication first</source>
        <translation>der Provider hat TURN abgelehnt: Er verlangt zuerst eine Authentifizierung</translation>
    </message>
    <message>
        <source>the provider refused TURN</source>
        <translation>der Provider hat TURN abgelehnt</translation>
    </message>
    <message>
        <source>“%1” is not a weekday or a range of weekdays (for example mon-fri).</source>
        <translation>„%1“ ist weder ein Wochentag noch ein Bereich von Wochentagen (zum Beispiel mon-fri).</translation>
    </message>
    <message>
        <source>“%1” is not a weekday (use mon, tue, wed, thu, fri, sat, sun).</source>
        <translation>„%1“ ist kein Wochentag (verwenden Sie mon, tue, wed, thu, fri, sat, sun).</translation>
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
        <translation>Syntax:
  sluice host list
  sluice host add NETWORK [--reject] [--relay] [--position N]
  sluice host remove NETWORK
NETWORK ist eine Adresse (192.168.1.7, 2001:db8::7) oder ADDRESS/PREFIX (192.168.1.0/24).
Es entscheidet die erste Zeile, deren Netzwerk den Client enthält: Mit --reject wird er mit 521
abgewiesen und die Verbindung geschlossen; andernfalls wird er angenommen und darf mit --relay
E-Mail weiterleiten (Relay). Neue Zeilen werden am Ende angefügt, sofern --position keine andere
Stelle angibt (1 ist ganz oben).
</translation>
    </message>
    <message>
        <source>The position is a number from 1 to %1.</source>
        <translation>Die Position ist eine Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>A rejected host cannot relay: use --reject or --relay, not both.</source>
        <translation>Ein abgelehnter Host kann nicht weiterleiten: Verwenden Sie --reject oder --relay, aber nicht beides.</translation>
    </message>
    <message>
        <source>%1 is already in the list (row %2, as %3); remove it first.</source>
        <translation>%1 ist bereits in der Liste enthalten (Zeile %2, als %3); entfernen Sie den Eintrag zuerst.</translation>
    </message>
    <message>
        <source>There is no row for %1 in the Hosts list.</source>
        <translation>Die Hostliste enthält keine Zeile für %1.</translation>
    </message>
    <message>
        <source>Usage:
  sluice route list
  sluice route add SENT_TO ROUTE_TO
  sluice route remove SENT_TO
SENT_TO is a domain (with its subdomains) or #domain (that domain only); ROUTE_TO is a
domain, HOST:PORT or [IPv6]:PORT. Routes apply while routing.reroute is true.
</source>
        <translation>Syntax:
  sluice route list
  sluice route add SENT_TO ROUTE_TO
  sluice route remove SENT_TO
SENT_TO ist eine Domäne (mit ihren Subdomänen) oder #domain (nur diese Domäne); ROUTE_TO ist
eine Domäne, HOST:PORT oder [IPv6]:PORT. Routen gelten, solange routing.reroute true ist.
</translation>
    </message>
    <message>
        <source>Rerouting is off (routing.reroute is false): these routes are not applied.</source>
        <translation>Die Umleitung ist deaktiviert (routing.reroute ist false): Diese Routen werden nicht angewendet.</translation>
    </message>
    <message>
        <source>Dialing failed: %1</source>
        <translation>Einwahl fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The provider did not release held mail: %1</source>
        <translation>Der Provider hat die zurückgehaltene E-Mail nicht freigegeben: %1</translation>
    </message>
    <message>
        <source>the engine is not running</source>
        <translation>das E-Mail-Modul wird nicht ausgeführt</translation>
    </message>
    <message>
        <source>kind must be all, cycles or sessions</source>
        <translation>kind muss all, cycles oder sessions sein</translation>
    </message>
    <message>
        <source>result must be all, ok or failed</source>
        <translation>result muss all, ok oder failed sein</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date and time: %2</source>
        <translation>%1 ist kein Datum mit Uhrzeit nach ISO 8601: %2</translation>
    </message>
    <message>
        <source>offset must be a number from 0</source>
        <translation>offset muss eine Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>limit must be a number from 1 to %1</source>
        <translation>limit muss eine Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>the connection log is not open</source>
        <translation>das Verbindungsprotokoll ist nicht geöffnet</translation>
    </message>
    <message>
        <source>log-show takes one entry (c&lt;ID&gt; or s&lt;ID&gt;)</source>
        <translation>log-show erwartet genau einen Eintrag (c&lt;ID&gt; oder s&lt;ID&gt;)</translation>
    </message>
    <message>
        <source>no entry %1 in the connection log</source>
        <translation>kein Eintrag %1 im Verbindungsprotokoll</translation>
    </message>
    <message>
        <source>unknown section %1 (outbound, held, inbound or all)</source>
        <translation>unbekannter Bereich %1 (outbound, held, inbound oder all)</translation>
    </message>
    <message>
        <source>unknown sort key %1 (id, sender, recipients, size, age, attempts, next or reply)</source>
        <translation>unbekannter Sortierschlüssel %1 (id, sender, recipients, size, age, attempts, next oder reply)</translation>
    </message>
    <message>
        <source>unknown order %1 (asc or desc)</source>
        <translation>unbekannte Reihenfolge %1 (asc oder desc)</translation>
    </message>
    <message>
        <source>offset and limit are whole numbers</source>
        <translation>offset und limit müssen ganze Zahlen sein</translation>
    </message>
    <message>
        <source>no message %1 in the queue</source>
        <translation>keine Nachricht %1 in der Warteschlange</translation>
    </message>
    <message>
        <source>the queue could not be changed: %1</source>
        <translation>die Warteschlange konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>name at least one queue id</source>
        <translation>mindestens eine Warteschlangen-ID angeben</translation>
    </message>
    <message>
        <source>name one queue id</source>
        <translation>genau eine Warteschlangen-ID angeben</translation>
    </message>
    <message>
        <source>name queue ids or all=yes</source>
        <translation>Warteschlangen-IDs oder all=yes angeben</translation>
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
        <translation>Syntax:
  sluice log tail [-n N] [--follow]   die letzten N Einträge (10), älteste zuerst; --follow
                                      gibt bis zur Unterbrechung laufend neue aus
  sluice log show ENTRY               die Felder eines Eintrags (key=value), eine Leerzeile
                                      und sein Sitzungsprotokoll
  sluice log list [--failed] [--since ISO] [--search TEXT]
                                      passende Einträge, neueste zuerst
Jeder Eintrag ist eine durch Tabulatoren getrennte Zeile: ENTRY TIME KIND TRIGGER_OR_PEER DIAL
SENT RECEIVED RETRIEVAL RESULT SUMMARY DURATION (c&lt;ID&gt; ein Verbindungszyklus, s&lt;ID&gt; eine Sitzung).
Exit-Codes: 0 erledigt, 1 abgelehnt (unbekannter Eintrag), 2 falsche Verwendung, 3 Sluice wird
nicht ausgeführt.
</translation>
    </message>
    <message>
        <source>Sluice stopped.</source>
        <translation>Sluice wurde beendet.</translation>
    </message>
    <message>
        <source>--since needs an ISO 8601 date and time, e.g. 2026-11-30T08:00:00Z</source>
        <translation>--since erfordert ein Datum mit Uhrzeit nach ISO 8601, z. B. 2026-11-30T08:00:00Z</translation>
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
        <translation>Syntax:
  sluice queue list [--section outbound|held|inbound|all] [--search TEXT]
                    [--sort id|sender|recipients|size|age|attempts|next|reply] [--desc]
                    [--limit N] [--header]
  sluice queue show ID
  sluice queue retry ID... | --all
  sluice queue delete [--report] ID...
  sluice queue hold ID...
  sluice queue release ID...
list gibt je Nachricht eine durch Tabulatoren getrennte Zeile aus: QUEUE_ID SENDER RECIPIENTS
SIZE RECEIVED ATTEMPTS NEXT_RETRY LAST_REPLY STATE. Exit-Codes: 0 erledigt, 1 abgelehnt
(unbekannte ID), 2 falsche Verwendung, 3 Sluice wird für den Datenordner nicht ausgeführt.
</translation>
    </message>
</context>
<context>
    <name>Sluice::AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <source>The name the client logs in with (AUTH)</source>
        <translation>Der Name, mit dem sich der Client anmeldet (AUTH)</translation>
    </message>
    <message>
        <source>What the customer&apos;s mail server or program types to log in to Sluice: 1 to 64 letters, digits and . _ - + @.</source>
        <translation>Der Name, den der Mailserver oder das Mailprogramm des Kunden zur Anmeldung bei Sluice angibt: 1 bis 64 Buchstaben, Ziffern und die Zeichen . _ - + @.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>The password the client logs in with</source>
        <translation>Das Kennwort, mit dem sich der Client anmeldet</translation>
    </message>
    <message>
        <source>Kept in the keychain (or the password file), never in the settings. When editing, leave it empty to keep the stored password.</source>
        <translation>Wird im Schlüsselbund (oder in der Kennwortdatei) aufbewahrt, nie in den Einstellungen. Lassen Sie das Feld beim Bearbeiten leer, um das gespeicherte Kennwort beizubehalten.</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Kennwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Dasselbe Kennwort noch einmal</translation>
    </message>
    <message>
        <source>Type the password a second time, to catch a typing slip.</source>
        <translation>Geben Sie das Kennwort ein zweites Mal ein, um Tippfehler zu erkennen.</translation>
    </message>
    <message>
        <source>example.com, example.net</source>
        <translation>example.com, example.net</translation>
    </message>
    <message>
        <source>&amp;Domains it may pull:</source>
        <translation>Abrufbare &amp;Domänen:</translation>
    </message>
    <message>
        <source>The domains whose held mail this account may collect with ATRN or TURN</source>
        <translation>Die Domänen, deren zurückgehaltene E-Mail dieses Konto mit ATRN oder TURN abholen darf</translation>
    </message>
    <message>
        <source>Separate the domains with commas. Each should be an E-Mail Domain entry with “Queue messages for ETRN” (Connections page), or no mail is held for it. Leave empty for an account that only sends mail.</source>
        <translation>Trennen Sie die Domänen durch Kommas. Für jede Domäne sollte ein E-Mail-Domäneneintrag mit „Nachrichten für ETRN in Warteschlange stellen“ (Seite „Verbindungen“) vorhanden sein, sonst wird für sie keine E-Mail zurückgehalten. Lassen Sie das Feld für ein Konto leer, das nur E-Mail sendet.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(gespeichert)</translation>
    </message>
    <message>
        <source>No mail is held for %1 yet: add an E-Mail Domain entry with “Queue messages for ETRN” on the Connections page.</source>
        <translation>Für %1 wird noch keine E-Mail zurückgehalten: Fügen Sie auf der Seite „Verbindungen“ einen E-Mail-Domäneneintrag mit „Nachrichten für ETRN in Warteschlange stellen“ hinzu.</translation>
    </message>
    <message>
        <source>An account name is 1 to 64 letters, digits and . _ - + @, and does not begin with -.</source>
        <translation>Ein Kontoname besteht aus 1 bis 64 Buchstaben, Ziffern und den Zeichen . _ - + @ und darf nicht mit - beginnen.</translation>
    </message>
    <message>
        <source>There is already an account named %1.</source>
        <translation>Es gibt bereits ein Konto namens %1.</translation>
    </message>
    <message>
        <source>Give the new account a password.</source>
        <translation>Geben Sie für das neue Konto ein Kennwort ein.</translation>
    </message>
    <message>
        <source>The name changed: type the password again.</source>
        <translation>Der Name wurde geändert: Geben Sie das Kennwort erneut ein.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Kennwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>Sluice::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Accounts that may log in to Sluice (AUTH) and pull held mail (ATRN, TURN):</source>
        <translation>&amp;Konten, die sich bei Sluice anmelden (AUTH) und zurückgehaltene E-Mail abholen (ATRN, TURN) dürfen:</translation>
    </message>
    <message>
        <source>The accounts on Sluice&apos;s own server</source>
        <translation>Die Konten auf dem eigenen Server von Sluice</translation>
    </message>
    <message>
        <source>Each account is a name and password a customer&apos;s mail server logs in with, and the domains whose held mail it may collect. Changes are stored with the property sheet&apos;s OK or Apply.</source>
        <translation>Jedes Konto besteht aus einem Namen und einem Kennwort, mit denen sich der Mailserver eines Kunden anmeldet, sowie den Domänen, deren zurückgehaltene E-Mail es abholen darf. Änderungen werden mit „OK“ oder „Anwenden“ im Eigenschaftenfenster gespeichert.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ein Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected account</source>
        <translation>Das ausgewählte Konto ändern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected account and its password</source>
        <translation>Das ausgewählte Konto und sein Kennwort entfernen</translation>
    </message>
</context>
<context>
    <name>Sluice::CommandLine</name>
    <message>
        <source>A single quote is not closed.</source>
        <translation>Ein einfaches Anführungszeichen wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>A double quote is not closed.</source>
        <translation>Ein doppeltes Anführungszeichen wird nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>Sluice::CommandResult</name>
    <message>
        <source>could not be started</source>
        <translation>konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>could not be started: %1</source>
        <translation>konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>was cancelled after %1 s</source>
        <translation>wurde nach %1 s abgebrochen</translation>
    </message>
    <message>
        <source>did not finish within %1 s</source>
        <translation>wurde nicht innerhalb von %1 s beendet</translation>
    </message>
    <message>
        <source>was ended by a signal</source>
        <translation>wurde durch ein Signal beendet</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>wurde mit Status %1 beendet</translation>
    </message>
    <message>
        <source>finished successfully</source>
        <translation>wurde erfolgreich beendet</translation>
    </message>
</context>
<context>
    <name>Sluice::CommandRunner</name>
    <message>
        <source>no program was given</source>
        <translation>es wurde kein Programm angegeben</translation>
    </message>
</context>
<context>
    <name>Sluice::ConfigCommand</name>
    <message>
        <source>Unknown setting “%1”. “sluice config list” shows them all.</source>
        <translation>Unbekannte Einstellung „%1“. „sluice config list“ zeigt alle Einstellungen an.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation>Ungültiger Wert für %1: %2</translation>
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
        <translation>Syntax: sluice config list
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
        <translation>Das laufende Sluice hat seine Einstellungen neu geladen.</translation>
    </message>
    <message>
        <source>The running Sluice did not reload (%1); run “sluice reload”.</source>
        <translation>Das laufende Sluice hat nicht neu geladen (%1); führen Sie „sluice reload“ aus.</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”: %2</source>
        <translation>Aus „%1“ wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>Nothing to change: the configuration is already the same.</source>
        <translation>Nichts zu ändern: Die Konfiguration ist bereits identisch.</translation>
    </message>
    <message>
        <source>Dry run: the import would change this (nothing was changed):</source>
        <translation>Probelauf: Der Import würde Folgendes ändern (es wurde nichts geändert):</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
</context>
<context>
    <name>Sluice::ConfigDatabase</name>
    <message>
        <source>Could not create the configuration database “%1”: %2</source>
        <translation>Die Konfigurationsdatenbank „%1“ konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Could not open the configuration database “%1”: %2</source>
        <translation>Die Konfigurationsdatenbank „%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The configuration database “%1” is not a file.</source>
        <translation>Die Konfigurationsdatenbank „%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot open the configuration database “%1” for reading and writing: %2</source>
        <translation>Die Konfigurationsdatenbank „%1“ kann nicht zum Lesen und Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file “%1” is not an SQLite database. It has been left unchanged; move it away or restore the configuration from a backup.</source>
        <translation>Die Datei „%1“ ist keine SQLite-Datenbank. Sie wurde nicht verändert; verschieben Sie sie an einen anderen Ort, oder stellen Sie die Konfiguration aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The configuration database “%1” is damaged (%2). It has been left unchanged; move it away or restore it from a backup.</source>
        <translation>Die Konfigurationsdatenbank „%1“ ist beschädigt (%2). Sie wurde nicht verändert; verschieben Sie sie an einen anderen Ort, oder stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The configuration database “%1” was written by a newer version of Sluice (schema version %2; this version knows up to %3). It has been left unchanged.</source>
        <translation>Die Konfigurationsdatenbank „%1“ wurde von einer neueren Version von Sluice geschrieben (Schemaversion %2; diese Version unterstützt Schemaversionen bis %3). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not configure the configuration database “%1”: %2</source>
        <translation>Die Konfigurationsdatenbank „%1“ konnte nicht eingerichtet werden: %2</translation>
    </message>
</context>
<context>
    <name>Sluice::ConfigTransfer</name>
    <message>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>The configuration could not be saved in “%1”, so nothing was changed: %2</source>
        <translation>Die Konfiguration konnte nicht in „%1“ gespeichert werden, daher wurde nichts geändert: %2</translation>
    </message>
    <message>
        <source>Settings set: %1.</source>
        <translation>Festgelegte Einstellungen: %1.</translation>
    </message>
    <message>
        <source>Settings back to their defaults: %1.</source>
        <translation>Auf den Standardwert zurückgesetzte Einstellungen: %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>E-mail domains</source>
        <translation>E-Mail-Domänen</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Server accounts</source>
        <translation>Serverkonten</translation>
    </message>
    <message>
        <source>Hosts list replaced: %1 rules before, %2 now.</source>
        <translation>Hostliste ersetzt: vorher %1 Regeln, jetzt %2.</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>the smarthost account “%1”</source>
        <translation>das Smarthost-Konto „%1“</translation>
    </message>
    <message>
        <source>the mail retrieval account “%1”</source>
        <translation>das Konto „%1“ für den E-Mail-Abruf</translation>
    </message>
    <message>
        <source>the dial-up account “%1”</source>
        <translation>das DFÜ-Konto „%1“</translation>
    </message>
    <message>
        <source>the account “%1” of the e-mail domain %2</source>
        <translation>das Konto „%1“ der E-Mail-Domäne %2</translation>
    </message>
    <message>
        <source>the server account “%1”</source>
        <translation>das Serverkonto „%1“</translation>
    </message>
    <message>
        <source>Passwords are never exported, so enter them again (unless this computer&apos;s password store already has them) for %1.</source>
        <translation>Kennwörter werden nie exportiert. Geben Sie sie daher für %1 erneut ein (sofern der Kennwortspeicher dieses Computers sie nicht bereits enthält).</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, far more than any Sluice configuration, and was not read.</source>
        <translation>Die Datei ist größer als %1 MiB, weit mehr als jede Sluice-Konfiguration, und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The file is empty; a Sluice configuration export is a JSON document.</source>
        <translation>Die Datei ist leer; ein Sluice-Konfigurationsexport ist ein JSON-Dokument.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, so it cannot be a Sluice configuration export.</source>
        <translation>Die Datei ist kein UTF-8-Text und kann daher kein Sluice-Konfigurationsexport sein.</translation>
    </message>
    <message>
        <source>The document nests deeper than %1 levels; a Sluice configuration never does.</source>
        <translation>Das Dokument ist tiefer als %1 Ebenen verschachtelt; so tief ist eine Sluice-Konfiguration nie verschachtelt.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: line %1, column %2: %3.</source>
        <translation>Die Datei ist kein gültiges JSON: Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <source>The document is not a JSON object; a Sluice configuration export is one.</source>
        <translation>Das Dokument ist kein JSON-Objekt; ein Sluice-Konfigurationsexport ist immer eines.</translation>
    </message>
    <message>
        <source>Line %1: the document nests deeper than %2 levels; a Sluice configuration never does.</source>
        <translation>Zeile %1: Das Dokument ist tiefer als %2 Ebenen verschachtelt; so tief ist eine Sluice-Konfiguration nie verschachtelt.</translation>
    </message>
    <message>
        <source>Line %1: the key “%2” appears twice in the same object.</source>
        <translation>Zeile %1: Der Schlüssel „%2“ kommt im selben Objekt zweimal vor.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This is not a Sluice configuration export: its “format” is not “%1”.</source>
        <translation>Dies ist kein Sluice-Konfigurationsexport: Sein „format“ ist nicht „%1“.</translation>
    </message>
    <message>
        <source>The format version must be a whole number from 1.</source>
        <translation>Die Formatversion muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <source>This configuration was exported by a newer Sluice (format version %1); this Sluice reads version %2, so update it first.</source>
        <translation>Diese Konfiguration wurde von einer neueren Version von Sluice exportiert (Formatversion %1); diese Version liest Formatversion %2, aktualisieren Sie Sluice daher zuerst.</translation>
    </message>
    <message>
        <source>This section is missing; an export lists every section, empty or not, because an import replaces the whole configuration.</source>
        <translation>Dieser Abschnitt fehlt; ein Export führt jeden Abschnitt auf, ob leer oder nicht, weil ein Import die gesamte Konfiguration ersetzt.</translation>
    </message>
    <message>
        <source>Expected a list (JSON array).</source>
        <translation>Erwartet wird eine Liste (JSON-Array).</translation>
    </message>
    <message>
        <source>Expected an entry (JSON object).</source>
        <translation>Erwartet wird ein Eintrag (JSON-Objekt).</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>„%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Expected the settings as a JSON object of KEY: VALUE.</source>
        <translation>Erwartet werden die Einstellungen als JSON-Objekt aus KEY: VALUE.</translation>
    </message>
    <message>
        <source>Passwords are never imported; remove this setting and enter the password in Sluice.</source>
        <translation>Kennwörter werden nie importiert; entfernen Sie diese Einstellung und geben Sie das Kennwort in Sluice ein.</translation>
    </message>
    <message>
        <source>This Sluice has no such setting (“sluice config list” shows them all).</source>
        <translation>Diese Einstellung gibt es in dieser Version von Sluice nicht („sluice config list“ zeigt alle an).</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>Erwartet wird eine ganze Zahl.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Erwartet wird true oder false.</translation>
    </message>
    <message>
        <source>Expected text (a JSON string).</source>
        <translation>Erwartet wird Text (ein JSON-String).</translation>
    </message>
    <message>
        <source>Passwords are never imported; remove this field and enter the password in Sluice.</source>
        <translation>Kennwörter werden nie importiert; entfernen Sie dieses Feld und geben Sie das Kennwort in Sluice ein.</translation>
    </message>
    <message>
        <source>Unknown field; a Sluice configuration export has no such field here.</source>
        <translation>Unbekanntes Feld; ein Sluice-Konfigurationsexport hat an dieser Stelle kein solches Feld.</translation>
    </message>
    <message>
        <source>The text contains a control character.</source>
        <translation>Der Text enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>This field is missing.</source>
        <translation>Dieses Feld fehlt.</translation>
    </message>
    <message>
        <source>Expected a whole number from %1 to %2.</source>
        <translation>Erwartet wird eine ganze Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <source>Expected a list of text (a JSON array of strings).</source>
        <translation>Erwartet wird eine Textliste (ein JSON-Array aus Strings).</translation>
    </message>
    <message>
        <source>A list item must not be empty or contain commas or spaces.</source>
        <translation>Ein Listeneintrag darf nicht leer sein und keine Kommas oder Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Expected “accept” or “reject”.</source>
        <translation>Erwartet wird „accept“ oder „reject“.</translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionLog</name>
    <message numerus="yes">
        <source>%n message(s) accepted</source>
        <translation>
            <numerusform>%n Nachricht angenommen</numerusform>
            <numerusform>%n Nachrichten angenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>The connection log %1 cannot be written (%2: %3). Mail is not affected; sessions go unlogged until the log can be written again.</source>
        <translation>Das Verbindungsprotokoll %1 kann nicht geschrieben werden (%2: %3). Die E-Mail ist nicht betroffen; Sitzungen werden nicht protokolliert, bis das Protokoll wieder geschrieben werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>The connection log is written again; %n record(s) could not be written meanwhile.</source>
        <translation>
            <numerusform>Das Verbindungsprotokoll wird wieder geschrieben; %n Eintrag konnte in der Zwischenzeit nicht geschrieben werden.</numerusform>
            <numerusform>Das Verbindungsprotokoll wird wieder geschrieben; %n Einträge konnten in der Zwischenzeit nicht geschrieben werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionLogModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>Abruf</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Trigger / peer</source>
        <translation>Auslöser / Gegenstelle</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Einwahl</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Retrieval reply</source>
        <translation>Abrufantwort</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionProbe</name>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>Verbindung mit %1, Port %2 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected; waiting for the server&apos;s greeting…</source>
        <translation>Verbunden; auf die Begrüßung des Servers wird gewartet…</translation>
    </message>
    <message>
        <source>the server refused the session: %1</source>
        <translation>der Server hat die Sitzung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Asking what the server offers (%1)…</source>
        <translation>Angebotene Funktionen des Servers werden abgefragt (%1)…</translation>
    </message>
    <message>
        <source>the server refused %1: %2</source>
        <translation>der Server hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Starting encryption (STARTTLS)…</source>
        <translation>Verschlüsselung wird gestartet (STARTTLS)…</translation>
    </message>
    <message>
        <source>TLS required but the server does not offer STARTTLS</source>
        <translation>TLS ist erforderlich, aber der Server bietet STARTTLS nicht an</translation>
    </message>
    <message>
        <source>TLS required but this system has no TLS library</source>
        <translation>TLS ist erforderlich, aber auf diesem System ist keine TLS-Bibliothek vorhanden</translation>
    </message>
    <message>
        <source>TLS required but the server refused STARTTLS: %1</source>
        <translation>TLS ist erforderlich, aber der Server hat STARTTLS abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server&apos;s certificate does not match the pinned SHA-256 fingerprint, so mail would not be sent to it</source>
        <translation>das Zertifikat des Servers stimmt nicht mit dem festgelegten SHA-256-Fingerabdruck überein, daher würde keine E-Mail an ihn gesendet</translation>
    </message>
    <message>
        <source>TLS is required but the server&apos;s certificate is not trusted, so mail would not be sent to it</source>
        <translation>TLS ist erforderlich, aber das Zertifikat des Servers ist nicht vertrauenswürdig, daher würde keine E-Mail an ihn gesendet</translation>
    </message>
    <message>
        <source>no account name is set.</source>
        <translation>es ist kein Kontoname festgelegt.</translation>
    </message>
    <message>
        <source>no password is stored for %1.</source>
        <translation>für %1 ist kein Kennwort gespeichert.</translation>
    </message>
    <message>
        <source>the server does not offer logging in (no AUTH).</source>
        <translation>der Server bietet keine Anmeldung an (kein AUTH).</translation>
    </message>
    <message>
        <source>%1 would send the password unencrypted, and this connection is not encrypted.</source>
        <translation>%1 würde das Kennwort unverschlüsselt senden, und diese Verbindung ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>the server does not offer the chosen way of logging in.</source>
        <translation>der Server bietet die gewählte Anmeldemethode nicht an.</translation>
    </message>
    <message>
        <source>Logging in as %1 (%2)…</source>
        <translation>Anmeldung als %1 (%2)…</translation>
    </message>
    <message>
        <source>Saying goodbye (QUIT)…</source>
        <translation>Sitzung wird beendet (QUIT)…</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>could not connect to %1 within %2 s</source>
        <translation>keine Verbindung mit %1 innerhalb von %2 s möglich</translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>Verbindung mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>the server did not greet within %1 s</source>
        <translation>der Server hat nicht innerhalb von %1 s eine Begrüßung gesendet</translation>
    </message>
    <message>
        <source>the server did not answer %1 within %2 s</source>
        <translation>der Server hat nicht innerhalb von %2 s auf %1 geantwortet</translation>
    </message>
    <message>
        <source>the server closed the connection without greeting</source>
        <translation>der Server hat die Verbindung ohne Begrüßung geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection after %1</source>
        <translation>der Server hat die Verbindung nach %1 geschlossen</translation>
    </message>
    <message>
        <source>the TLS handshake did not complete within %1 s</source>
        <translation>der TLS-Handshake wurde nicht innerhalb von %1 s abgeschlossen</translation>
    </message>
    <message>
        <source>the TLS handshake failed: %1</source>
        <translation>der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the server does not answer as an SMTP server should (%1)</source>
        <translation>der Server antwortet nicht so, wie ein SMTP-Server antworten sollte (%1)</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>der Begrüßung</translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionProbeResult</name>
    <message>
        <source>The test stopped: %1.</source>
        <translation>Der Test wurde abgebrochen: %1.</translation>
    </message>
    <message>
        <source>Connected to %1 port %2.</source>
        <translation>Verbunden mit %1, Port %2.</translation>
    </message>
    <message>
        <source>The server greeted with: %1</source>
        <translation>Begrüßung des Servers: %1</translation>
    </message>
    <message>
        <source>The server does not understand EHLO: it offers no extensions.</source>
        <translation>Der Server versteht EHLO nicht: Er bietet keine Erweiterungen an.</translation>
    </message>
    <message>
        <source>Logging in is not offered (no AUTH).</source>
        <translation>Eine Anmeldung wird nicht angeboten (kein AUTH).</translation>
    </message>
    <message>
        <source>Logging in is offered with: %1.</source>
        <translation>Anmeldung wird angeboten mit: %1.</translation>
    </message>
    <message>
        <source>The server accepts ETRN: it can release held mail to you.</source>
        <translation>Der Server nimmt ETRN an: Er kann zurückgehaltene E-Mail an Sie freigeben.</translation>
    </message>
    <message>
        <source>The server does not accept ETRN: it cannot be asked to release held mail.</source>
        <translation>Der Server nimmt ETRN nicht an: Er kann nicht zur Freigabe zurückgehaltener E-Mail aufgefordert werden.</translation>
    </message>
    <message>
        <source>ATRN (On-Demand Mail Relay) is offered: mail can be fetched on this connection.</source>
        <translation>ATRN (On-Demand Mail Relay) wird angeboten: E-Mail kann über diese Verbindung abgeholt werden.</translation>
    </message>
    <message>
        <source>ATRN (On-Demand Mail Relay) is not offered.</source>
        <translation>ATRN (On-Demand Mail Relay) wird nicht angeboten.</translation>
    </message>
    <message>
        <source>ATRN needs logging in first: the provider releases mail only to the account it belongs to.</source>
        <translation>ATRN erfordert zuerst eine Anmeldung: Der Provider gibt E-Mail nur an das Konto frei, zu dem sie gehört.</translation>
    </message>
    <message>
        <source>ATRN (On-Demand Mail Relay) is offered.</source>
        <translation>ATRN (On-Demand Mail Relay) wird angeboten.</translation>
    </message>
    <message>
        <source>Messages up to %1 are accepted (SIZE).</source>
        <translation>Nachrichten bis %1 werden angenommen (SIZE).</translation>
    </message>
    <message>
        <source>The server announces message sizes (SIZE) without a fixed limit.</source>
        <translation>Der Server gibt Nachrichtengrößen bekannt (SIZE), ohne feste Obergrenze.</translation>
    </message>
    <message>
        <source>PIPELINING (several commands at once)</source>
        <translation>PIPELINING (mehrere Befehle auf einmal)</translation>
    </message>
    <message>
        <source>8BITMIME (8-bit text without conversion)</source>
        <translation>8BITMIME (8-Bit-Text ohne Konvertierung)</translation>
    </message>
    <message>
        <source>The server also offers %1.</source>
        <translation>Der Server bietet außerdem %1 an.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>STARTTLS is offered, but the connection could not be encrypted.</source>
        <translation>STARTTLS wird angeboten, aber die Verbindung konnte nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>STARTTLS is not offered: mail to this server travels unencrypted.</source>
        <translation>STARTTLS wird nicht angeboten: E-Mail an diesen Server wird unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>STARTTLS: the connection can be encrypted.</source>
        <translation>STARTTLS: Die Verbindung kann verschlüsselt werden.</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>Certificate for %1, issued by %2, %3;</source>
        <translation>Zertifikat für %1, ausgestellt von %2, %3;</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>trusted by this system.</source>
        <translation>von diesem System als vertrauenswürdig eingestuft.</translation>
    </message>
    <message>
        <source>NOT trusted by this system (%1), but it matches the pinned SHA-256 fingerprint, so it is accepted.</source>
        <translation>von diesem System NICHT als vertrauenswürdig eingestuft (%1), stimmt aber mit dem festgelegten SHA-256-Fingerabdruck überein und wird daher akzeptiert.</translation>
    </message>
    <message>
        <source>NOT trusted (%1), and it does NOT match the pinned SHA-256 fingerprint; its SHA-256 is %2.</source>
        <translation>NICHT vertrauenswürdig (%1) und stimmt NICHT mit dem festgelegten SHA-256-Fingerabdruck überein; sein SHA-256-Wert ist %2.</translation>
    </message>
    <message>
        <source>NOT trusted (%1): pin SHA-256 %2 on the Security page to accept it.</source>
        <translation>NICHT vertrauenswürdig (%1): Tragen Sie auf der Seite „Sicherheit“ den SHA-256-Wert %2 als festgelegtes Zertifikat ein, um es zu akzeptieren.</translation>
    </message>
    <message>
        <source>Logging in was not tried: %1</source>
        <translation>Die Anmeldung wurde nicht versucht: %1</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2).</source>
        <translation>Angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <source>Logging in failed: %1</source>
        <translation>Die Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionProfile</name>
    <message>
        <source>always connected</source>
        <translation>immer verbunden</translation>
    </message>
    <message>
        <source>NetworkManager connection “%1”</source>
        <translation>NetworkManager-Verbindung „%1“</translation>
    </message>
    <message>
        <source>pppd peer “%1”</source>
        <translation>pppd-Gegenstelle „%1“</translation>
    </message>
    <message>
        <source>connection “%1”</source>
        <translation>Verbindung „%1“</translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionProfileDialog</name>
    <message>
        <source>New Connection Profile</source>
        <translation>Neues Verbindungsprofil</translation>
    </message>
    <message>
        <source>Connection Profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The name the profile is listed under.</source>
        <translation>Der Name, unter dem das Profil aufgeführt wird.</translation>
    </message>
    <message>
        <source>Shown under Available connections and stored in the setting dialup.profile as custom:NAME. No colon.</source>
        <translation>Wird unter „Verfügbare Verbindungen“ angezeigt und in der Einstellung dialup.profile als custom:NAME gespeichert. Ohne Doppelpunkt.</translation>
    </message>
    <message>
        <source>pon provider</source>
        <translation>pon provider</translation>
    </message>
    <message>
        <source>&amp;Connect command:</source>
        <translation>&amp;Verbindungsbefehl:</translation>
    </message>
    <message>
        <source>The program (and its arguments) that brings the link up.</source>
        <translation>Das Programm (mit seinen Argumenten), das die Verbindung aufbaut.</translation>
    </message>
    <message>
        <source>Run without a shell (write sh -c &quot;…&quot; to use one). It gets the logon information in SLUICE_ACCOUNT, SLUICE_PASSWORD and SLUICE_DOMAIN. Without a test below, exit status 0 means the link is up.</source>
        <translation>Wird ohne Shell ausgeführt (für eine Shell schreiben Sie sh -c &quot;…&quot;). Es erhält die Anmeldeinformationen in SLUICE_ACCOUNT, SLUICE_PASSWORD und SLUICE_DOMAIN. Ohne Prüfung (siehe unten) bedeutet der Exit-Status 0, dass die Verbindung besteht.</translation>
    </message>
    <message>
        <source>poff provider</source>
        <translation>poff provider</translation>
    </message>
    <message>
        <source>&amp;Disconnect command:</source>
        <translation>&amp;Trennungsbefehl:</translation>
    </message>
    <message>
        <source>The program that takes the link down again (may be empty).</source>
        <translation>Das Programm, das die Verbindung wieder abbaut (darf leer sein).</translation>
    </message>
    <message>
        <source>Run when Sluice hangs up, and after a failed attempt so that nothing is left half up.</source>
        <translation>Wird ausgeführt, wenn Sluice auflegt, und nach einem fehlgeschlagenen Versuch, damit keine Verbindung halb aufgebaut bleibt.</translation>
    </message>
    <message>
        <source>Test whether the link is up</source>
        <translation>Prüfen, ob die Verbindung besteht</translation>
    </message>
    <message>
        <source>N&amp;o test: the connect command&apos;s exit status decides</source>
        <translation>&amp;Keine Prüfung: Der Exit-Status des Verbindungsbefehls entscheidet</translation>
    </message>
    <message>
        <source>The link counts as up when the connect command exits with status 0.</source>
        <translation>Die Verbindung gilt als hergestellt, wenn der Verbindungsbefehl mit Status 0 beendet wird.</translation>
    </message>
    <message>
        <source>mail.provider.example:25</source>
        <translation>mail.provider.example:25</translation>
    </message>
    <message>
        <source>Connect to &amp;host and port:</source>
        <translation>Verbindung mit &amp;Host und Port herstellen:</translation>
    </message>
    <message>
        <source>The link is up when a TCP connection to this host and port succeeds.</source>
        <translation>Die Verbindung besteht, wenn eine TCP-Verbindung mit diesem Host und Port gelingt.</translation>
    </message>
    <message>
        <source>HOST:PORT to connect to, for example the provider&apos;s mail host.</source>
        <translation>HOST:PORT, mit dem eine Verbindung hergestellt wird, zum Beispiel der Mailserver des Providers.</translation>
    </message>
    <message>
        <source>Host and port</source>
        <translation>Host und Port</translation>
    </message>
    <message>
        <source>Run a test co&amp;mmand:</source>
        <translation>&amp;Prüfbefehl ausführen:</translation>
    </message>
    <message>
        <source>The link is up when this command exits with status 0.</source>
        <translation>Die Verbindung besteht, wenn dieser Befehl mit Status 0 beendet wird.</translation>
    </message>
    <message>
        <source>A program that exits with 0 when the link is up.</source>
        <translation>Ein Programm, das mit 0 beendet wird, wenn die Verbindung besteht.</translation>
    </message>
    <message>
        <source>Test command</source>
        <translation>Prüfbefehl</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Test &amp;time limit:</source>
        <translation>&amp;Zeitlimit für die Prüfung:</translation>
    </message>
    <message>
        <source>How long one test may take.</source>
        <translation>Wie lange eine Prüfung dauern darf.</translation>
    </message>
    <message>
        <source>Seconds one test may take; the test is repeated until the dial time limit is used up.</source>
        <translation>Sekunden, die eine Prüfung dauern darf; die Prüfung wird wiederholt, bis das Zeitlimit für die Einwahl abgelaufen ist.</translation>
    </message>
    <message>
        <source>There is already a connection profile named %1.</source>
        <translation>Es gibt bereits ein Verbindungsprofil namens %1.</translation>
    </message>
    <message>
        <source>Enter the command that brings the link up.</source>
        <translation>Geben Sie den Befehl ein, der die Verbindung aufbaut.</translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionProfileModel</name>
    <message>
        <source>No dialing</source>
        <translation>Keine Einwahl</translation>
    </message>
    <message>
        <source>NetworkManager connection</source>
        <translation>NetworkManager-Verbindung</translation>
    </message>
    <message>
        <source>pppd peer</source>
        <translation>pppd-Gegenstelle</translation>
    </message>
    <message>
        <source>Custom profile</source>
        <translation>Benutzerdefiniertes Profil</translation>
    </message>
    <message>
        <source>Connect: %1
Disconnect: %2</source>
        <translation>Verbinden: %1
Trennen: %2</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>Always connected (no dialing)</source>
        <translation>Immer verbunden (keine Einwahl)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionProfileTable</name>
    <message>
        <source>A TCP probe needs a port: tcp:HOST:PORT.</source>
        <translation>Eine TCP-Prüfung benötigt einen Port: tcp:HOST:PORT.</translation>
    </message>
    <message>
        <source>A profile name must not be empty, contain a colon or begin or end with a space.</source>
        <translation>Ein Profilname darf nicht leer sein, keinen Doppelpunkt enthalten und nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The profile %1 needs a connect command.</source>
        <translation>Das Profil %1 benötigt einen Verbindungsbefehl.</translation>
    </message>
    <message>
        <source>Connect command: %1</source>
        <translation>Verbindungsbefehl: %1</translation>
    </message>
    <message>
        <source>Disconnect command: %1</source>
        <translation>Trennungsbefehl: %1</translation>
    </message>
    <message>
        <source>Probe: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>Probe command: %1</source>
        <translation>Prüfbefehl: %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>A probe is tcp:HOST:PORT or command:PROGRAM ARGUMENTS (or nothing).</source>
        <translation>Eine Prüfung hat die Form tcp:HOST:PORT oder command:PROGRAM ARGUMENTS (oder bleibt leer).</translation>
    </message>
    <message>
        <source>The probe time limit is 1 to 600 seconds.</source>
        <translation>Das Zeitlimit für die Prüfung beträgt 1 bis 600 Sekunden.</translation>
    </message>
    <message>
        <source>Could not save the connection profile %1: %2</source>
        <translation>Das Verbindungsprofil %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not remove the connection profile %1: %2</source>
        <translation>Das Verbindungsprofil %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>There is no connection profile %1.</source>
        <translation>Es gibt kein Verbindungsprofil %1.</translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionTestDialog</name>
    <message>
        <source>Test Connection to %1</source>
        <translation>Verbindungstest mit %1</translation>
    </message>
    <message>
        <source>Connects to the host the way Sluice would, shows what the server offers and whether logging in works, and sends no mail.</source>
        <translation>Stellt die Verbindung mit dem Host so her, wie Sluice es tun würde, zeigt an, was der Server anbietet und ob die Anmeldung funktioniert, und sendet keine E-Mail.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Ergebnisse:</translation>
    </message>
    <message>
        <source>What the test found, in plain words.</source>
        <translation>Was der Test ergeben hat, in verständlichen Worten.</translation>
    </message>
    <message>
        <source>What the server offers (ETRN, ATRN, logging in, encryption), its certificate and whether logging in worked. Nothing here is saved.</source>
        <translation>Was der Server anbietet (ETRN, ATRN, Anmeldung, Verschlüsselung), sein Zertifikat und ob die Anmeldung funktioniert hat. Hier wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Transcript:</source>
        <translation>&amp;Sitzungsprotokoll:</translation>
    </message>
    <message>
        <source>The conversation with the server, line by line.</source>
        <translation>Der Dialog mit dem Server, Zeile für Zeile.</translation>
    </message>
    <message>
        <source>C: lines are what Sluice sent, S: lines the server&apos;s replies, -- lines notes. Passwords and login data are shown as [redacted].</source>
        <translation>Zeilen mit C: hat Sluice gesendet, Zeilen mit S: sind die Antworten des Servers, Zeilen mit -- sind Anmerkungen. Kennwörter und Anmeldedaten werden als [redacted] angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Copy Transcript</source>
        <translation>Sitzungsprotokoll &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the transcript to the clipboard.</source>
        <translation>Kopiert das Sitzungsprotokoll in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Copies the transcript to the clipboard, to paste into a message to your provider. It contains no password.</source>
        <translation>Kopiert das Sitzungsprotokoll in die Zwischenablage, damit Sie es in eine Nachricht an Ihren Provider einfügen können. Es enthält kein Kennwort.</translation>
    </message>
    <message>
        <source>Closes this window; a test still running is stopped.</source>
        <translation>Schließt dieses Fenster; ein noch laufender Test wird abgebrochen.</translation>
    </message>
    <message>
        <source>Reading the stored password…</source>
        <translation>Das gespeicherte Kennwort wird gelesen…</translation>
    </message>
    <message>
        <source>The test stopped: %1</source>
        <translation>Der Test wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>The test is complete: mail can go this way.</source>
        <translation>Der Test ist abgeschlossen: E-Mail kann auf diesem Weg versendet werden.</translation>
    </message>
    <message>
        <source>The test is complete, and it found a problem (see below).</source>
        <translation>Der Test ist abgeschlossen und hat ein Problem gefunden (siehe unten).</translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionWizardPage</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>How this machine reaches the Internet, and when Sluice exchanges mail with your provider.</source>
        <translation>Wie dieser Computer mit dem Internet verbunden ist und wann Sluice E-Mail mit Ihrem Provider austauscht.</translation>
    </message>
    <message>
        <source>Connection to the Internet</source>
        <translation>Verbindung mit dem Internet</translation>
    </message>
    <message>
        <source>&amp;Always connected (DSL, cable or a leased line)</source>
        <translation>&amp;Immer verbunden (DSL, Kabel oder Standleitung)</translation>
    </message>
    <message>
        <source>D&amp;ial this connection:</source>
        <translation>Über &amp;diese Verbindung einwählen:</translation>
    </message>
    <message>
        <source>The Internet link is always up; Sluice never dials.</source>
        <translation>Die Internetverbindung besteht ständig; Sluice wählt sich nie ein.</translation>
    </message>
    <message>
        <source>Sluice brings this connection up when it exchanges mail, and hangs up when the link has been idle.</source>
        <translation>Sluice baut diese Verbindung auf, wenn es E-Mail austauscht, und legt auf, wenn die Verbindung eine Zeit lang nicht genutzt wurde.</translation>
    </message>
    <message>
        <source>The connections NetworkManager and pppd know on this machine. Logon information, retries and the idle time-out are on the Dial-up Connections page.</source>
        <translation>Die Verbindungen, die NetworkManager und pppd auf diesem Computer kennen. Anmeldeinformationen, Wiederholungen und das Leerlaufzeitlimit finden Sie auf der Seite „DFÜ-Verbindungen“.</translation>
    </message>
    <message>
        <source>The connection to dial.</source>
        <translation>Die Verbindung, über die die Einwahl erfolgt.</translation>
    </message>
    <message>
        <source>Connection to dial</source>
        <translation>Verbindung für die Einwahl</translation>
    </message>
    <message>
        <source>No dial-up connection was found on this machine (NetworkManager or pppd). You can add one later on the Dial-up Connections page.</source>
        <translation>Auf diesem Computer wurde keine DFÜ-Verbindung gefunden (NetworkManager oder pppd). Sie können später auf der Seite „DFÜ-Verbindungen“ eine hinzufügen.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>When to connect</source>
        <translation>Wann verbunden wird</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>Connect at regular intervals, and at start.</source>
        <translation>In regelmäßigen Abständen und beim Start verbinden.</translation>
    </message>
    <message>
        <source>Minutes between connections</source>
        <translation>Minuten zwischen den Verbindungen</translation>
    </message>
    <message>
        <source>&amp;When outgoing mail has waited</source>
        <translation>Wenn ausgehende E-Mail &amp;länger wartet als</translation>
    </message>
    <message>
        <source>Connect only when there is mail to send and it has waited this long.</source>
        <translation>Nur verbinden, wenn E-Mail zu senden ist und diese so lange gewartet hat.</translation>
    </message>
    <message>
        <source>Minutes outgoing mail waits</source>
        <translation>Minuten, die ausgehende E-Mail wartet</translation>
    </message>
    <message>
        <source>&amp;Stay connected all the time</source>
        <translation>Ständig &amp;verbunden bleiben</translation>
    </message>
    <message>
        <source>Keep the connection up and exchange mail as it comes.</source>
        <translation>Die Verbindung ständig aufrechterhalten und E-Mail austauschen, sobald sie eintrifft.</translation>
    </message>
    <message>
        <source>&amp;Only when I ask (Connect now)</source>
        <translation>&amp;Nur auf Anforderung („Jetzt verbinden“)</translation>
    </message>
    <message>
        <source>Connect only when you click Connect now in the console.</source>
        <translation>Nur verbinden, wenn Sie in der Konsole auf „Jetzt verbinden“ klicken.</translation>
    </message>
    <message>
        <source>At the &amp;times set in the Properties (%1)</source>
        <translation>Zu den in den Eigenschaften festgelegten &amp;Uhrzeiten (%1)</translation>
    </message>
    <message>
        <source>Keep the times of day chosen on the Dial-up Connections page.</source>
        <translation>Die auf der Seite „DFÜ-Verbindungen“ gewählten Uhrzeiten beibehalten.</translation>
    </message>
    <message>
        <source>Choose the connection to dial.</source>
        <translation>Wählen Sie die Verbindung für die Einwahl aus.</translation>
    </message>
    <message>
        <source>always connected</source>
        <translation>immer verbunden</translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>im Abstand von %n Minute</numerusform>
            <numerusform>im Abstand von %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>when outgoing mail has waited %n minute(s)</source>
        <translation>
            <numerusform>wenn ausgehende E-Mail %n Minute gewartet hat</numerusform>
            <numerusform>wenn ausgehende E-Mail %n Minuten gewartet hat</numerusform>
        </translation>
    </message>
    <message>
        <source>stay connected</source>
        <translation>ständig verbunden bleiben</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>nur auf Anforderung</translation>
    </message>
    <message>
        <source>at the times set in the Properties</source>
        <translation>zu den in den Eigenschaften festgelegten Uhrzeiten</translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionsPage</name>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <source>Transfer mode</source>
        <translation>Übertragungsmodus</translation>
    </message>
    <message>
        <source>&amp;Inbound &amp;&amp; outbound</source>
        <translation>&amp;Eingehend und ausgehend</translation>
    </message>
    <message>
        <source>Accept mail from other servers and deliver queued mail.</source>
        <translation>E-Mail von anderen Servern annehmen und E-Mail aus der Warteschlange zustellen.</translation>
    </message>
    <message>
        <source>Inbound o&amp;nly</source>
        <translation>&amp;Nur eingehend</translation>
    </message>
    <message>
        <source>Accept mail; keep outbound mail queued.</source>
        <translation>E-Mail annehmen; ausgehende E-Mail in der Warteschlange belassen.</translation>
    </message>
    <message>
        <source>O&amp;utbound only</source>
        <translation>Nur &amp;ausgehend</translation>
    </message>
    <message>
        <source>Deliver queued mail; accept no new mail from other servers.</source>
        <translation>E-Mail aus der Warteschlange zustellen; keine neue E-Mail von anderen Servern annehmen.</translation>
    </message>
    <message>
        <source>N&amp;one (flush queues)</source>
        <translation>&amp;Keine (Warteschlangen leeren)</translation>
    </message>
    <message>
        <source>Accept nothing new and deliver nothing but what is already queued for local mailboxes.</source>
        <translation>Nichts Neues annehmen und nur das zustellen, was bereits für lokale Postfächer in der Warteschlange steht.</translation>
    </message>
    <message>
        <source>Message delivery</source>
        <translation>Nachrichtenübermittlung</translation>
    </message>
    <message>
        <source>Use &amp;domain name system (DNS)</source>
        <translation>&amp;Domain Name System (DNS) verwenden</translation>
    </message>
    <message>
        <source>Look up each domain&apos;s mail servers (MX records) and deliver to them.</source>
        <translation>Die Mailserver jeder Domäne nachschlagen (MX-Einträge) und an diese zustellen.</translation>
    </message>
    <message>
        <source>&amp;Forward all messages to host:</source>
        <translation>Alle Nachrichten an Host &amp;weiterleiten:</translation>
    </message>
    <message>
        <source>Send all outbound mail to your provider&apos;s mail server (a smarthost).</source>
        <translation>Gesamte ausgehende E-Mail an den Mailserver Ihres Providers senden (einen Smarthost).</translation>
    </message>
    <message>
        <source>Most dial-up and home connections must send through their provider&apos;s server: give it as NAME or NAME:PORT (587 for submission). Its TLS and login are set on the Security page.</source>
        <translation>Bei den meisten DFÜ- und Privatanschlüssen muss über den Server des Providers gesendet werden: Geben Sie ihn als NAME oder NAME:PORT an (587 für Submission). TLS und Anmeldung dafür legen Sie auf der Seite „Sicherheit“ fest.</translation>
    </message>
    <message>
        <source>The host (and port) all outbound mail is forwarded to.</source>
        <translation>Der Host (und Port), an den alle ausgehende E-Mail weitergeleitet wird.</translation>
    </message>
    <message>
        <source>Forward all messages to host</source>
        <translation>Alle Nachrichten an Host weiterleiten</translation>
    </message>
    <message>
        <source>Te&amp;st connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect to the host now and show what it offers; no mail is sent.</source>
        <translation>Jetzt eine Verbindung mit dem Host herstellen und anzeigen, was er anbietet; es wird keine E-Mail gesendet.</translation>
    </message>
    <message>
        <source>Shows the greeting, the extensions offered (ETRN, ATRN, AUTH mechanisms, STARTTLS) and the certificate, tries to log in with the Security page&apos;s account, and shows the conversation.</source>
        <translation>Zeigt die Begrüßung, die angebotenen Erweiterungen (ETRN, ATRN, AUTH-Verfahren, STARTTLS) und das Zertifikat an, versucht eine Anmeldung mit dem Konto der Seite „Sicherheit“ und zeigt den Dialog mit dem Server an.</translation>
    </message>
    <message>
        <source>&amp;E-Mail Domain…</source>
        <translation>E-&amp;Mail-Domäne…</translation>
    </message>
    <message>
        <source>Domains delivered differently from other mail.</source>
        <translation>Domänen, deren E-Mail anders als sonstige E-Mail zugestellt wird.</translation>
    </message>
    <message>
        <source>Forward a domain to its own host or use DNS for it, hold its mail for ETRN, and set its TLS and login.</source>
        <translation>Eine Domäne an einen eigenen Host weiterleiten oder für sie DNS verwenden, ihre E-Mail für ETRN zurückhalten und TLS und Anmeldung für sie festlegen.</translation>
    </message>
    <message>
        <source>Accept connections</source>
        <translation>Verbindungen annehmen</translation>
    </message>
    <message>
        <source>From &amp;any host</source>
        <translation>Von &amp;beliebigem Host</translation>
    </message>
    <message>
        <source>Any client may send mail (relaying stays limited to local domains).</source>
        <translation>Jeder Client darf E-Mail senden (Weiterleitung bleibt auf lokale Domänen beschränkt).</translation>
    </message>
    <message>
        <source>Only from hosts using aut&amp;hentication</source>
        <translation>Nur von Hosts mit A&amp;uthentifizierung</translation>
    </message>
    <message>
        <source>Only clients that log in (AUTH) may send mail; others get 530.</source>
        <translation>Nur Clients, die sich anmelden (AUTH), dürfen E-Mail senden; andere erhalten 530.</translation>
    </message>
    <message>
        <source>Only from hosts using authentication and T&amp;LS</source>
        <translation>Nur von Hosts mit Authentifizierung und T&amp;LS</translation>
    </message>
    <message>
        <source>Only clients that log in over an encrypted (STARTTLS) connection may send mail.</source>
        <translation>Nur Clients, die sich über eine verschlüsselte Verbindung (STARTTLS) anmelden, dürfen E-Mail senden.</translation>
    </message>
    <message>
        <source>Hos&amp;ts…</source>
        <translation>Ho&amp;sts…</translation>
    </message>
    <message>
        <source>Accept or reject clients by address, and allow relaying.</source>
        <translation>Clients anhand ihrer Adresse annehmen oder ablehnen und die Weiterleitung (Relay) erlauben.</translation>
    </message>
    <message>
        <source>An ordered list of addresses and networks: the first row that matches a client accepts or rejects it, and may allow it to relay.</source>
        <translation>Eine geordnete Liste von Adressen und Netzwerken: Die erste Zeile, die auf einen Client zutrifft, nimmt ihn an oder lehnt ihn ab und kann ihm die Weiterleitung (Relay) erlauben.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzwerte</translation>
    </message>
    <message>
        <source>&amp;Maximum inbound connections:</source>
        <translation>&amp;Höchstzahl eingehender Verbindungen:</translation>
    </message>
    <message>
        <source>How many SMTP clients may be connected at once (IMS default 30).</source>
        <translation>Wie viele SMTP-Clients gleichzeitig verbunden sein dürfen (IMS-Standard: 30).</translation>
    </message>
    <message>
        <source>Connections &amp;per host:</source>
        <translation>Verbindungen &amp;pro Host:</translation>
    </message>
    <message>
        <source>How many connections one client address may hold at once.</source>
        <translation>Wie viele Verbindungen eine Clientadresse gleichzeitig halten darf.</translation>
    </message>
    <message>
        <source>Ma&amp;ximum outbound connections:</source>
        <translation>Höchstzahl aus&amp;gehender Verbindungen:</translation>
    </message>
    <message>
        <source>How many outbound connections may be open at once.</source>
        <translation>Wie viele ausgehende Verbindungen gleichzeitig geöffnet sein dürfen.</translation>
    </message>
    <message>
        <source>Messages per &amp;connection:</source>
        <translation>Nachr&amp;ichten pro Verbindung:</translation>
    </message>
    <message>
        <source>How many messages are sent over one outbound connection before it is closed.</source>
        <translation>Wie viele Nachrichten über eine ausgehende Verbindung gesendet werden, bevor sie geschlossen wird.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>&amp;Retry intervals (hours):</source>
        <translation>Wiede&amp;rholungsintervalle (Stunden):</translation>
    </message>
    <message>
        <source>Hours between delivery attempts, in order; the last one repeats.</source>
        <translation>Stunden zwischen den Zustellversuchen, der Reihe nach; das letzte Intervall wird wiederholt.</translation>
    </message>
    <message>
        <source>For example .25, .5, 1, 4: the first retry after 15 minutes, then after half an hour, an hour, and every 4 hours after that.</source>
        <translation>Zum Beispiel .25, .5, 1, 4: der erste erneute Versuch nach 15 Minuten, dann nach einer halben Stunde, nach einer Stunde und danach alle 4 Stunden.</translation>
    </message>
    <message>
        <source>Messa&amp;ge time-out (hours):</source>
        <translation>Nachrichten&amp;zeitlimit (Stunden):</translation>
    </message>
    <message>
        <source>After this many hours undeliverable mail is returned to its sender with a delivery-failure report.</source>
        <translation>Nach so vielen Stunden wird unzustellbare E-Mail mit einem Unzustellbarkeitsbericht an den Absender zurückgesendet.</translation>
    </message>
    <message>
        <source>Enter the host to forward all messages to, or choose DNS.</source>
        <translation>Geben Sie den Host ein, an den alle Nachrichten weitergeleitet werden sollen, oder wählen Sie DNS.</translation>
    </message>
</context>
<context>
    <name>Sluice::ConsoleContext</name>
    <message>
        <source>The password was not stored: no keychain is available.</source>
        <translation>Das Kennwort wurde nicht gespeichert: Es ist kein Schlüsselbund verfügbar.</translation>
    </message>
</context>
<context>
    <name>Sluice::ControlServer</name>
    <message>
        <source>Cannot open the control socket %1: %2</source>
        <translation>Der Steuerungssocket %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Sluice::DataDirectory</name>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Der Ordner „%1“ konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>Sluice::DiagnosticsPage</name>
    <message>
        <source>D&amp;iagnostics</source>
        <translation>Dia&amp;gnose</translation>
    </message>
    <message>
        <source>Logging level</source>
        <translation>Protokollierungsstufe</translation>
    </message>
    <message>
        <source>How much of each SMTP session the connection log keeps. Passwords and AUTH data are never logged, at any level.</source>
        <translation>Wie viel von jeder SMTP-Sitzung im Verbindungsprotokoll festgehalten wird. Kennwörter und AUTH-Daten werden auf keiner Stufe protokolliert.</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Nothing is logged.</source>
        <translation>Es wird nichts protokolliert.</translation>
    </message>
    <message>
        <source>M&amp;inimum</source>
        <translation>M&amp;inimum</translation>
    </message>
    <message>
        <source>Connection events: connected, disconnected, how many messages, and errors.</source>
        <translation>Verbindungsereignisse: verbunden, getrennt, Anzahl der Nachrichten und Fehler.</translation>
    </message>
    <message>
        <source>Me&amp;dium</source>
        <translation>Mi&amp;ttel</translation>
    </message>
    <message>
        <source>Connection events and every SMTP command and reply.</source>
        <translation>Verbindungsereignisse sowie jeder SMTP-Befehl und jede Antwort.</translation>
    </message>
    <message>
        <source>Ma&amp;ximum</source>
        <translation>Ma&amp;ximum</translation>
    </message>
    <message>
        <source>All of the above and the raw protocol, including message headers. For finding a fault; the log grows quickly.</source>
        <translation>Alles oben Genannte sowie der unverarbeitete Protokollverkehr einschließlich der Nachrichtenkopfzeilen. Zur Fehlersuche; das Protokoll wächst schnell.</translation>
    </message>
    <message>
        <source>Read-only: select the path to copy it, for example when asking for help.</source>
        <translation>Schreibgeschützt: Markieren Sie den Pfad, um ihn zu kopieren, zum Beispiel wenn Sie um Hilfe bitten.</translation>
    </message>
    <message>
        <source>Where Sluice keeps its files</source>
        <translation>Wo Sluice seine Dateien ablegt</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <source>The folder holding the settings, the queue and the logs</source>
        <translation>Der Ordner mit den Einstellungen, der Warteschlange und den Protokollen</translation>
    </message>
    <message>
        <source>Connection &amp;log:</source>
        <translation>&amp;Verbindungsprotokoll:</translation>
    </message>
    <message>
        <source>The connection log database (SQLite)</source>
        <translation>Die Datenbank des Verbindungsprotokolls (SQLite)</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <source>The folder holding the queued messages and their database</source>
        <translation>Der Ordner mit den Nachrichten in der Warteschlange und ihrer Datenbank</translation>
    </message>
    <message>
        <source>Advanced: Sluice&apos;s SMTP server</source>
        <translation>Erweitert: SMTP-Server von Sluice</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>Command &amp;time-out:</source>
        <translation>&amp;Befehlszeitlimit:</translation>
    </message>
    <message>
        <source>How long a client may stay silent between commands</source>
        <translation>Wie lange ein Client zwischen zwei Befehlen schweigen darf</translation>
    </message>
    <message>
        <source>After this many seconds without a command the connection is closed.</source>
        <translation>Nach so vielen Sekunden ohne Befehl wird die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>&amp;Error limit:</source>
        <translation>&amp;Fehlerlimit:</translation>
    </message>
    <message>
        <source>How many bad commands a client may send before it is disconnected</source>
        <translation>Wie viele fehlerhafte Befehle ein Client senden darf, bevor die Verbindung getrennt wird</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>Keine Verzögerung</translation>
    </message>
    <message>
        <source>Greeting dela&amp;y:</source>
        <translation>Ver&amp;zögerung der Begrüßung:</translation>
    </message>
    <message>
        <source>Seconds to wait before greeting a client</source>
        <translation>Sekunden, die vor der Begrüßung eines Clients gewartet wird</translation>
    </message>
    <message>
        <source>Clients that talk before the greeting (often spam software) are refused. 0 greets at once.</source>
        <translation>Clients, die schon vor der Begrüßung senden (oft Spamsoftware), werden abgewiesen. Bei 0 erfolgt die Begrüßung sofort.</translation>
    </message>
    <message>
        <source>Refuse the message</source>
        <translation>Nachricht ablehnen</translation>
    </message>
    <message>
        <source>Repair the line endings</source>
        <translation>Zeilenenden reparieren</translation>
    </message>
    <message>
        <source>&amp;Bare CR or LF in a message:</source>
        <translation>&amp;Einzelnes CR oder LF in einer Nachricht:</translation>
    </message>
    <message>
        <source>What to do with a message whose lines do not end in CRLF</source>
        <translation>Wie mit einer Nachricht verfahren wird, deren Zeilen nicht mit CRLF enden</translation>
    </message>
    <message>
        <source>SMTP requires CRLF line endings; a lone CR or LF can be used to smuggle a second message past filters. Refusing is safe; repair only for an old client that cannot be fixed.</source>
        <translation>SMTP verlangt CRLF als Zeilenende; mit einem einzelnen CR oder LF lässt sich eine zweite Nachricht an Filtern vorbeischmuggeln. Ablehnen ist sicher; reparieren Sie nur für einen alten Client, der sich nicht korrigieren lässt.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Keep the log for:</source>
        <translation>Protokoll a&amp;ufbewahren für:</translation>
    </message>
    <message>
        <source>Connection log entries older than this are deleted</source>
        <translation>Einträge im Verbindungsprotokoll, die älter sind, werden gelöscht</translation>
    </message>
    <message>
        <source>Link cycles and sessions older than this many days are deleted from the connection log when Sluice starts and every hour.</source>
        <translation>Verbindungszyklen und Sitzungen, die älter als so viele Tage sind, werden beim Start von Sluice und danach stündlich aus dem Verbindungsprotokoll gelöscht.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>&amp;Maximal:</translation>
    </message>
    <message>
        <source>The most disk space the connection log may use</source>
        <translation>Der maximale Speicherplatz, den das Verbindungsprotokoll belegen darf</translation>
    </message>
    <message>
        <source>When the connection log grows past this size, its oldest entries are deleted until it is under 90% of it, and the space is given back, so the log never fills the disk.</source>
        <translation>Wächst das Verbindungsprotokoll über diese Größe hinaus, werden seine ältesten Einträge gelöscht, bis es unter 90 % davon liegt, und der Speicherplatz wird freigegeben, sodass das Protokoll nie den Datenträger füllt.</translation>
    </message>
</context>
<context>
    <name>Sluice::DialNowDialog</name>
    <message>
        <source>Dial Now</source>
        <translation>Jetzt wählen</translation>
    </message>
    <message>
        <source>Dialing %1…</source>
        <translation>Einwahl über %1…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Verlauf:</translation>
    </message>
    <message>
        <source>What the dialer did, with the commands&apos; output.</source>
        <translation>Was bei der Einwahl geschehen ist, mit der Ausgabe der Befehle.</translation>
    </message>
    <message>
        <source>Each step of dialing: the test whether the link is up, the connect command and what it printed, retries. The password never appears here.</source>
        <translation>Jeder Schritt der Einwahl: die Prüfung, ob die Verbindung besteht, der Verbindungsbefehl und seine Ausgabe, erneute Versuche. Das Kennwort erscheint hier nie.</translation>
    </message>
    <message>
        <source>&amp;Hang Up</source>
        <translation>&amp;Auflegen</translation>
    </message>
    <message>
        <source>Take the link down again (runs the disconnect command).</source>
        <translation>Die Verbindung wieder trennen (führt den Trennungsbefehl aus).</translation>
    </message>
    <message>
        <source>Offered only when this dialog brought the link up: a link that was already up belongs to someone else and is left alone.</source>
        <translation>Nur verfügbar, wenn dieses Dialogfeld die Verbindung aufgebaut hat: Eine bereits bestehende Verbindung gehört jemand anderem und bleibt unangetastet.</translation>
    </message>
    <message>
        <source>Close this window; dialing still in progress is cancelled.</source>
        <translation>Schließt dieses Fenster; eine laufende Einwahl wird abgebrochen.</translation>
    </message>
    <message>
        <source>Hanging up…</source>
        <translation>Verbindung wird getrennt…</translation>
    </message>
    <message>
        <source>Before dialing: %1</source>
        <translation>Vor der Einwahl: %1</translation>
    </message>
    <message>
        <source>Attempt %1: the connect command %2.</source>
        <translation>Versuch %1: Der Verbindungsbefehl %2.</translation>
    </message>
    <message>
        <source>It printed nothing.</source>
        <translation>Keine Ausgabe.</translation>
    </message>
    <message>
        <source>It printed:
%1</source>
        <translation>Ausgabe:
%1</translation>
    </message>
    <message>
        <source>Link test: %1</source>
        <translation>Verbindungsprüfung: %1</translation>
    </message>
    <message>
        <source>The disconnect command %1.</source>
        <translation>Der Trennungsbefehl %1.</translation>
    </message>
    <message>
        <source>This connection is always up: there is nothing to dial.</source>
        <translation>Diese Verbindung besteht ständig: Es gibt nichts zu wählen.</translation>
    </message>
    <message>
        <source>The link was already up, so nothing was run. Sluice will not hang it up.</source>
        <translation>Die Verbindung bestand bereits, daher wurde nichts ausgeführt. Sluice wird sie nicht trennen.</translation>
    </message>
    <message>
        <source>Connected: %1 is up.</source>
        <translation>Verbunden: %1 ist aktiv.</translation>
    </message>
    <message>
        <source>Dialing was cancelled.</source>
        <translation>Die Einwahl wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Dialing failed: %1</source>
        <translation>Die Einwahl ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Hung up.</source>
        <translation>Verbindung getrennt.</translation>
    </message>
    <message>
        <source>Hanging up failed: the disconnect command %1.</source>
        <translation>Das Trennen ist fehlgeschlagen: Der Trennungsbefehl %1.</translation>
    </message>
    <message>
        <source>The disconnect command printed:
%1</source>
        <translation>Ausgabe des Trennungsbefehls:
%1</translation>
    </message>
    <message>
        <source>There was nothing to hang up.</source>
        <translation>Es gab keine Verbindung zu trennen.</translation>
    </message>
</context>
<context>
    <name>Sluice::DialupPage</name>
    <message>
        <source>Dial-&amp;up Connections</source>
        <translation>&amp;DFÜ-Verbindungen</translation>
    </message>
    <message>
        <source>Dial using</source>
        <translation>Einwahl über</translation>
    </message>
    <message>
        <source>&amp;Available connections:</source>
        <translation>&amp;Verfügbare Verbindungen:</translation>
    </message>
    <message>
        <source>The connection Sluice brings up before it exchanges mail.</source>
        <translation>Die Verbindung, die Sluice aufbaut, bevor es E-Mail austauscht.</translation>
    </message>
    <message>
        <source>Choose “Always connected” for a permanent line (broadband, LAN). The NetworkManager connections and pppd peers of this machine are listed as found; custom profiles run commands of your own to bring the link up and down.</source>
        <translation>Wählen Sie „Immer verbunden“ für eine ständige Verbindung (Breitband, LAN). Die NetworkManager-Verbindungen und pppd-Gegenstellen dieses Computers werden so aufgeführt, wie sie gefunden wurden; benutzerdefinierte Profile führen eigene Befehle aus, um die Verbindung auf- und abzubauen.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Dial Now</source>
        <translation>&amp;Jetzt wählen</translation>
    </message>
    <message>
        <source>Define a custom connection profile with commands of your own.</source>
        <translation>Ein benutzerdefiniertes Verbindungsprofil mit eigenen Befehlen festlegen.</translation>
    </message>
    <message>
        <source>Change the selected custom profile.</source>
        <translation>Das ausgewählte benutzerdefinierte Profil ändern.</translation>
    </message>
    <message>
        <source>Remove the selected custom profile.</source>
        <translation>Das ausgewählte benutzerdefinierte Profil entfernen.</translation>
    </message>
    <message>
        <source>Bring the selected connection up now, with the settings shown here.</source>
        <translation>Die ausgewählte Verbindung jetzt mit den hier angezeigten Einstellungen aufbauen.</translation>
    </message>
    <message>
        <source>Dials the selected connection with the logon information, retries and time limit shown on this page (saved or not), and shows what happened. It does not exchange mail.</source>
        <translation>Wählt die ausgewählte Verbindung mit den auf dieser Seite angezeigten Anmeldeinformationen, Wiederholungen und dem Zeitlimit (gespeichert oder nicht) und zeigt an, was geschehen ist. Es wird keine E-Mail ausgetauscht.</translation>
    </message>
    <message>
        <source>L&amp;ogon Information…</source>
        <translation>&amp;Anmeldeinformationen…</translation>
    </message>
    <message>
        <source>The account, password and domain for the dial-up link.</source>
        <translation>Konto, Kennwort und Domäne für die DFÜ-Verbindung.</translation>
    </message>
    <message>
        <source>Re&amp;tries:</source>
        <translation>Wieder&amp;holungen:</translation>
    </message>
    <message>
        <source>How many more times to dial after a failed attempt.</source>
        <translation>Wie oft nach einem fehlgeschlagenen Versuch erneut gewählt wird.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Wait between attempts:</source>
        <translation>Wa&amp;rtezeit zwischen den Versuchen:</translation>
    </message>
    <message>
        <source>Seconds to wait before dialing again.</source>
        <translation>Sekunden, die vor dem erneuten Wählen gewartet wird.</translation>
    </message>
    <message>
        <source>Dial time lim&amp;it:</source>
        <translation>Zeitlimit für die Ein&amp;wahl:</translation>
    </message>
    <message>
        <source>Seconds one attempt may take until the link is up.</source>
        <translation>Sekunden, die ein Versuch dauern darf, bis die Verbindung besteht.</translation>
    </message>
    <message>
        <source>Counted from the start of the connect command until the link test passes.</source>
        <translation>Gemessen vom Start des Verbindungsbefehls, bis die Verbindungsprüfung erfolgreich ist.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Zeitplan…</translation>
    </message>
    <message>
        <source>When Sluice connects to exchange mail.</source>
        <translation>Wann Sluice eine Verbindung herstellt, um E-Mail auszutauschen.</translation>
    </message>
    <message>
        <source>Every few hours, at set times per weekday, when outbound mail has waited, always connected, or only when you click Connect now.</source>
        <translation>Alle paar Stunden, zu festgelegten Uhrzeiten je Wochentag, wenn ausgehende E-Mail gewartet hat, ständig verbunden oder nur, wenn Sie auf „Jetzt verbinden“ klicken.</translation>
    </message>
    <message>
        <source>Time-out</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Ti&amp;me-out after:</source>
        <translation>&amp;Trennen nach:</translation>
    </message>
    <message>
        <source>Hang up after this many minutes without mail traffic in either direction.</source>
        <translation>Nach so vielen Minuten ohne E-Mail-Verkehr in beide Richtungen auflegen.</translation>
    </message>
    <message>
        <source>The link is hung up when no SMTP traffic, in or out, has flowed for this long. The provider must start sending the held mail within this time.</source>
        <translation>Die Verbindung wird getrennt, wenn so lange kein SMTP-Verkehr (eingehend oder ausgehend) stattgefunden hat. Der Provider muss innerhalb dieser Zeit mit dem Senden der zurückgehaltenen E-Mail beginnen.</translation>
    </message>
    <message>
        <source>&amp;First wait after the retrieval command:</source>
        <translation>Er&amp;ste Wartezeit nach dem Abrufbefehl:</translation>
    </message>
    <message>
        <source>How long to wait for the provider&apos;s first delivery after ETRN (or the command).</source>
        <translation>Wie lange nach ETRN (oder dem Befehl) auf die erste Zustellung des Providers gewartet wird.</translation>
    </message>
    <message>
        <source>Slow providers take a while to start delivering after ETRN. Until this wait is over, the time-out above does not hang up.</source>
        <translation>Langsame Provider brauchen nach ETRN eine Weile, bis sie mit der Zustellung beginnen. Bis diese Wartezeit abgelaufen ist, legt das obige Zeitlimit nicht auf.</translation>
    </message>
    <message>
        <source>The connection chosen to dial, “%1”, is no longer there: choose another one.</source>
        <translation>Die für die Einwahl ausgewählte Verbindung „%1“ ist nicht mehr vorhanden: Wählen Sie eine andere aus.</translation>
    </message>
    <message>
        <source>The logon information has a password but no user name.</source>
        <translation>Die Anmeldeinformationen enthalten ein Kennwort, aber keinen Benutzernamen.</translation>
    </message>
    <message>
        <source>Sluice is set to dial “%1”, which is not on this machine&apos;s list.</source>
        <translation>Sluice ist so eingestellt, dass „%1“ gewählt wird, doch diese Verbindung ist nicht in der Liste dieses Computers enthalten.</translation>
    </message>
</context>
<context>
    <name>Sluice::DomainListEditor</name>
    <message>
        <source>A&amp;dd…</source>
        <translation>Hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>Add a domain to ask the provider for.</source>
        <translation>Eine Domäne hinzufügen, deren E-Mail beim Provider angefordert werden soll.</translation>
    </message>
    <message>
        <source>Change the selected domain.</source>
        <translation>Die ausgewählte Domäne ändern.</translation>
    </message>
    <message>
        <source>Take the selected domain off the list.</source>
        <translation>Die ausgewählte Domäne aus der Liste entfernen.</translation>
    </message>
</context>
<context>
    <name>Sluice::DomainsWizardPage</name>
    <message>
        <source>Your office&apos;s e-mail domain</source>
        <translation>E-Mail-Domäne Ihres Büros</translation>
    </message>
    <message>
        <source>The part after the @ in your office&apos;s addresses. Mail for these domains is delivered to mailboxes here; everything else goes out to the Internet.</source>
        <translation>Der Teil nach dem @ in den Adressen Ihres Büros. E-Mail für diese Domänen wird hier in Postfächer zugestellt; alles andere geht ins Internet.</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>E-mail &amp;domains:</source>
        <translation>E-Mail-&amp;Domänen:</translation>
    </message>
    <message>
        <source>Your office&apos;s e-mail domains, such as example.com; separate several with commas.</source>
        <translation>Die E-Mail-Domänen Ihres Büros, zum Beispiel example.com; trennen Sie mehrere durch Kommas.</translation>
    </message>
    <message>
        <source>Sluice accepts mail for these domains and keeps it for your office&apos;s mailboxes. If your addresses look like anna@example.com, enter example.com. When Sluice connects, it asks your provider for the mail of these domains.</source>
        <translation>Sluice nimmt E-Mail für diese Domänen an und bewahrt sie für die Postfächer Ihres Büros auf. Wenn Ihre Adressen wie anna@example.com aussehen, geben Sie example.com ein. Wenn Sluice eine Verbindung herstellt, wird beim Provider die E-Mail dieser Domänen angefordert.</translation>
    </message>
    <message>
        <source>Separate several domains with commas, for example “example.com, example.org”.</source>
        <translation>Trennen Sie mehrere Domänen durch Kommas, zum Beispiel „example.com, example.org“.</translation>
    </message>
    <message>
        <source>Enter at least one e-mail domain, such as example.com.</source>
        <translation>Geben Sie mindestens eine E-Mail-Domäne ein, zum Beispiel example.com.</translation>
    </message>
    <message>
        <source>Your office&apos;s e-mail domains</source>
        <translation>E-Mail-Domänen Ihres Büros</translation>
    </message>
</context>
<context>
    <name>Sluice::EmailDomainDialog</name>
    <message>
        <source>Add E-Mail Domain</source>
        <translation>E-Mail-Domäne hinzufügen</translation>
    </message>
    <message>
        <source>E-Mail Domain %1</source>
        <translation>E-Mail-Domäne %1</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <source>The domain these settings are for.</source>
        <translation>Die Domäne, für die diese Einstellungen gelten.</translation>
    </message>
    <message>
        <source>Mail to this domain and to its subdomains leaves as set below, whatever the Connections page says for other mail.</source>
        <translation>E-Mail an diese Domäne und ihre Subdomänen wird wie unten festgelegt versendet, unabhängig von den Angaben auf der Seite „Verbindungen“ für sonstige E-Mail.</translation>
    </message>
    <message>
        <source>Message delivery</source>
        <translation>Nachrichtenübermittlung</translation>
    </message>
    <message>
        <source>Use domain name &amp;system (DNS)</source>
        <translation>Domain Name &amp;System (DNS) verwenden</translation>
    </message>
    <message>
        <source>Deliver to the mail servers the domain&apos;s MX records name.</source>
        <translation>An die Mailserver zustellen, die in den MX-Einträgen der Domäne genannt sind.</translation>
    </message>
    <message>
        <source>&amp;Forward to host:</source>
        <translation>An &amp;Host weiterleiten:</translation>
    </message>
    <message>
        <source>Send all mail for this domain to one host.</source>
        <translation>Gesamte E-Mail für diese Domäne an einen einzigen Host senden.</translation>
    </message>
    <message>
        <source>Give the host as NAME, NAME:PORT, an IP address, or [IPv6]:PORT. The port is 25 unless given.</source>
        <translation>Geben Sie den Host als NAME, NAME:PORT, IP-Adresse oder [IPv6]:PORT an. Ohne Angabe wird Port 25 verwendet.</translation>
    </message>
    <message>
        <source>The host (and port) mail for this domain is forwarded to.</source>
        <translation>Der Host (und Port), an den E-Mail für diese Domäne weitergeleitet wird.</translation>
    </message>
    <message>
        <source>Forward to host</source>
        <translation>An Host weiterleiten</translation>
    </message>
    <message>
        <source>&amp;Queue messages for ETRN</source>
        <translation>Nachrichten für ETRN in &amp;Warteschlange stellen</translation>
    </message>
    <message>
        <source>Hold mail for this domain until its owner asks for it with ETRN.</source>
        <translation>E-Mail für diese Domäne zurückhalten, bis ihr Besitzer sie mit ETRN anfordert.</translation>
    </message>
    <message>
        <source>Held mail is not delivered and never bounces while held, except at the message time-out. The domain&apos;s server releases it with ETRN, or with ATRN or TURN after logging in.</source>
        <translation>Zurückgehaltene E-Mail wird nicht zugestellt und erzeugt, solange sie zurückgehalten wird, keinen Unzustellbarkeitsbericht – außer beim Nachrichtenzeitlimit. Der Server der Domäne gibt sie mit ETRN frei oder nach der Anmeldung mit ATRN oder TURN.</translation>
    </message>
    <message>
        <source>Outbound security</source>
        <translation>Ausgehende Sicherheit</translation>
    </message>
    <message>
        <source>When offered (opportunistic)</source>
        <translation>Wenn angeboten (opportunistisch)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>Whether mail for this domain may travel unencrypted.</source>
        <translation>Ob E-Mail für diese Domäne unverschlüsselt übertragen werden darf.</translation>
    </message>
    <message>
        <source>Required: mail is only sent after STARTTLS with a certificate the system trusts (or the pinned one below); otherwise it waits and is retried.</source>
        <translation>Erforderlich: E-Mail wird nur nach STARTTLS mit einem Zertifikat gesendet, dem das System vertraut (oder dem unten festgelegten); andernfalls wartet sie und wird erneut versucht.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate (SHA-256):</source>
        <translation>&amp;Festgelegtes Zertifikat (SHA-256):</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of a self-signed certificate to accept.</source>
        <translation>Der SHA-256-Fingerabdruck eines selbstsignierten Zertifikats, das akzeptiert werden soll.</translation>
    </message>
    <message>
        <source>For a provider with a self-signed certificate: its SHA-256 fingerprint, 64 hexadecimal digits (colons allowed).</source>
        <translation>Für einen Provider mit selbstsigniertem Zertifikat: dessen SHA-256-Fingerabdruck, 64 Hexadezimalziffern (Doppelpunkte erlaubt).</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Any the server offers</source>
        <translation>Beliebiges vom Server angebotenes Verfahren</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>How Sluice logs in to the receiving server.</source>
        <translation>Wie sich Sluice beim empfangenden Server anmeldet.</translation>
    </message>
    <message>
        <source>AUTH LOGIN is what the IMS sent; Any picks the best mechanism offered.</source>
        <translation>AUTH LOGIN hat der IMS gesendet; bei „Beliebiges vom Server angebotenes Verfahren“ wird das beste angebotene Verfahren gewählt.</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>The account name Sluice logs in with.</source>
        <translation>Der Kontoname, mit dem sich Sluice anmeldet.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>The password for the account.</source>
        <translation>Das Kennwort für das Konto.</translation>
    </message>
    <message>
        <source>Kept in the system keychain when the page is saved, never in the configuration file. Leave empty to keep the stored password.</source>
        <translation>Wird beim Speichern der Seite im Schlüsselbund des Systems aufbewahrt, nie in der Konfigurationsdatei. Lassen Sie das Feld leer, um das gespeicherte Kennwort beizubehalten.</translation>
    </message>
    <message>
        <source>Allow p&amp;lain-text AUTH without TLS</source>
        <translation>AUTH im K&amp;lartext ohne TLS zulassen</translation>
    </message>
    <message>
        <source>Send the password with PLAIN or LOGIN even without TLS.</source>
        <translation>Das Kennwort auch ohne TLS mit PLAIN oder LOGIN senden.</translation>
    </message>
    <message>
        <source>Only for a provider on a trusted network: the password crosses the network readable.</source>
        <translation>Nur für einen Provider in einem vertrauenswürdigen Netzwerk: Das Kennwort wird lesbar über das Netzwerk übertragen.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(gespeichert)</translation>
    </message>
    <message>
        <source>Enter the domain, such as branch.example.</source>
        <translation>Geben Sie die Domäne ein, zum Beispiel branch.example.</translation>
    </message>
    <message>
        <source>%1 is already in the list; edit that entry instead.</source>
        <translation>%1 ist bereits in der Liste enthalten; bearbeiten Sie stattdessen diesen Eintrag.</translation>
    </message>
    <message>
        <source>Enter the host to forward to.</source>
        <translation>Geben Sie den Host ein, an den weitergeleitet werden soll.</translation>
    </message>
    <message>
        <source>Enter the account name to log in with.</source>
        <translation>Geben Sie den Kontonamen für die Anmeldung ein.</translation>
    </message>
</context>
<context>
    <name>Sluice::EmailDomainListDialog</name>
    <message>
        <source>E-Mail Domains</source>
        <translation>E-Mail-Domänen</translation>
    </message>
    <message>
        <source>&amp;Domains delivered differently from other mail:</source>
        <translation>&amp;Domänen, deren E-Mail anders als sonstige E-Mail zugestellt wird:</translation>
    </message>
    <message>
        <source>The e-mail domains with their own delivery settings.</source>
        <translation>Die E-Mail-Domänen mit eigenen Zustellungseinstellungen.</translation>
    </message>
    <message>
        <source>Mail for a listed domain (and its subdomains) is delivered as its entry says: by DNS or to a host, held for ETRN or not, with its own TLS and login. Other mail follows the Message delivery settings of the Connections page.</source>
        <translation>E-Mail für eine aufgeführte Domäne (und ihre Subdomänen) wird so zugestellt, wie ihr Eintrag es vorgibt: über DNS oder an einen Host, für ETRN zurückgehalten oder nicht, mit eigenem TLS und eigener Anmeldung. Sonstige E-Mail folgt den Einstellungen unter „Nachrichtenübermittlung“ auf der Seite „Verbindungen“.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add an e-mail domain.</source>
        <translation>Eine E-Mail-Domäne hinzufügen.</translation>
    </message>
    <message>
        <source>Change the selected e-mail domain.</source>
        <translation>Die ausgewählte E-Mail-Domäne ändern.</translation>
    </message>
    <message>
        <source>Remove the selected e-mail domain.</source>
        <translation>Die ausgewählte E-Mail-Domäne entfernen.</translation>
    </message>
    <message>
        <source>The domain&apos;s mail is then delivered like other mail. Nothing is saved until you choose OK or Apply on the property sheet.</source>
        <translation>E-Mail für die Domäne wird dann wie sonstige E-Mail zugestellt. Es wird erst gespeichert, wenn Sie im Eigenschaftenfenster „OK“ oder „Anwenden“ wählen.</translation>
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
        <translation>TLS erforderlich</translation>
    </message>
    <message>
        <source>TLS when offered</source>
        <translation>TLS, falls angeboten</translation>
    </message>
    <message>
        <source>%1, pinned certificate</source>
        <translation>%1, festgelegtes Zertifikat</translation>
    </message>
    <message>
        <source>%1, no authentication</source>
        <translation>%1, keine Authentifizierung</translation>
    </message>
    <message>
        <source>any AUTH</source>
        <translation>beliebige AUTH-Methode</translation>
    </message>
    <message>
        <source>%1, %2 as %3</source>
        <translation>%1, %2 als %3</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Queue for ETRN</source>
        <translation>ETRN-Warteschlange</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
</context>
<context>
    <name>Sluice::EmailDomainTable</name>
    <message>
        <source>“%1” is not a valid port.</source>
        <translation>„%1“ ist kein gültiger Port.</translation>
    </message>
    <message>
        <source>“%1” ends with a dot; write the host name without it.</source>
        <translation>„%1“ endet mit einem Punkt; geben Sie den Hostnamen ohne den Punkt ein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name or address.</source>
        <translation>„%1“ ist weder ein gültiger Hostname noch eine gültige Adresse.</translation>
    </message>
    <message>
        <source>“%1” ends with a dot; write the domain without it.</source>
        <translation>„%1“ endet mit einem Punkt; geben Sie die Domäne ohne den Punkt ein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name in lower case.</source>
        <translation>„%1“ ist kein gültiger Domänenname in Kleinbuchstaben.</translation>
    </message>
    <message>
        <source>The host “%1” to forward %2 to is not a valid host name or address.</source>
        <translation>Der Host „%1“, an den %2 weitergeleitet werden soll, ist weder ein gültiger Hostname noch eine gültige Adresse.</translation>
    </message>
    <message>
        <source>The port for %1 must be between 1 and 65535.</source>
        <translation>Der Port für %1 muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>TLS must be one of: %1.</source>
        <translation>TLS muss einen der folgenden Werte haben: %1.</translation>
    </message>
    <message>
        <source>Authentication must be one of: %1.</source>
        <translation>Die Authentifizierung muss einen der folgenden Werte haben: %1.</translation>
    </message>
    <message>
        <source>Authentication for %1 needs an account name.</source>
        <translation>Die Authentifizierung für %1 erfordert einen Kontonamen.</translation>
    </message>
    <message>
        <source>A pinned fingerprint is 64 lower-case hexadecimal digits (SHA-256).</source>
        <translation>Ein festgelegter Fingerabdruck besteht aus 64 Hexadezimalziffern in Kleinbuchstaben (SHA-256).</translation>
    </message>
    <message>
        <source>Could not save the e-mail domain %1: %2</source>
        <translation>Die E-Mail-Domäne %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not remove the e-mail domain %1: %2</source>
        <translation>Die E-Mail-Domäne %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>There is no e-mail domain %1.</source>
        <translation>Es gibt keine E-Mail-Domäne %1.</translation>
    </message>
</context>
<context>
    <name>Sluice::EngineHost</name>
    <message>
        <source>process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>process %1, “%2”</source>
        <translation>Prozess %1, „%2“</translation>
    </message>
    <message>
        <source>Another Sluice (%1) is already running on the data folder %2. Only one may run on a data folder: use that one (the console attaches to it; `sluice status` and the other commands reach it), or stop it first (`systemctl --user stop sluice` for the service, else `kill %3`).</source>
        <translation>Eine andere Sluice-Instanz (%1) läuft bereits mit dem Datenordner %2. Pro Datenordner darf nur eine Instanz laufen: Verwenden Sie diese (die Konsole verbindet sich mit ihr; `sluice status` und die anderen Befehle erreichen sie) oder beenden Sie sie zuerst (`systemctl --user stop sluice` für den Dienst, sonst `kill %3`).</translation>
    </message>
</context>
<context>
    <name>Sluice::FileSecretStore</name>
    <message>
        <source>secrets.store is set to file: passwords are kept in %1 in Sluice&apos;s data folder. That file is NOT encrypted; only its owner-only permissions protect it, and anyone who can read it or a backup of it can read the passwords. Use this only on a server without a keychain.</source>
        <translation>secrets.store ist auf file gesetzt: Kennwörter werden in %1 im Datenordner von Sluice gespeichert. Diese Datei ist NICHT verschlüsselt; sie ist nur durch ihre Berechtigungen (Zugriff nur für den Besitzer) geschützt, und wer sie oder eine Sicherung davon lesen kann, kann die Kennwörter lesen. Verwenden Sie diese Einstellung nur auf einem Server ohne Schlüsselbund.</translation>
    </message>
    <message>
        <source>The secrets file “%1” can be read or changed by other users, so Sluice does not use it. Consider its passwords exposed and change them, then make the file private with: chmod 600 “%1”</source>
        <translation>Die Kennwortdatei „%1“ kann von anderen Benutzern gelesen oder geändert werden, daher verwendet Sluice sie nicht. Betrachten Sie die darin enthaltenen Kennwörter als kompromittiert und ändern Sie sie; schützen Sie die Datei anschließend mit: chmod 600 „%1“</translation>
    </message>
    <message>
        <source>Could not read the secrets file “%1”: %2</source>
        <translation>Die Kennwortdatei „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The secrets file “%1” is damaged or from another version of Sluice.</source>
        <translation>Die Kennwortdatei „%1“ ist beschädigt oder stammt von einer anderen Version von Sluice.</translation>
    </message>
    <message>
        <source>Could not write the secrets file “%1”: %2</source>
        <translation>Die Kennwortdatei „%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The secrets file “%1” is locked by another Sluice process.</source>
        <translation>Die Kennwortdatei „%1“ ist durch einen anderen Sluice-Prozess gesperrt.</translation>
    </message>
</context>
<context>
    <name>Sluice::FirstRunPlan</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>    (%1 = %2)</source>
        <translation>    (%1 = %2)</translation>
    </message>
    <message>
        <source>%1: will be stored in the keychain (not shown)</source>
        <translation>%1: wird im Schlüsselbund gespeichert (nicht angezeigt)</translation>
    </message>
    <message>
        <source>Sluice does not know the setting %1.</source>
        <translation>Sluice kennt die Einstellung %1 nicht.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Sluice::FirstRunWizard</name>
    <message>
        <source>Sluice Setup Wizard</source>
        <translation>Sluice-Einrichtungs-Assistent</translation>
    </message>
    <message>
        <source>Sluice setup wizard</source>
        <translation>Sluice-Einrichtungs-Assistent</translation>
    </message>
    <message>
        <source>What&apos;s This?</source>
        <translation>Direkthilfe</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>Saving stopped: %1</source>
        <translation>Das Speichern wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The settings were saved, but the password was not: %1</source>
        <translation>Die Einstellungen wurden gespeichert, das Kennwort jedoch nicht: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Sluice could not reach a keychain to store the password (%1).

It can keep passwords in a file in its data folder instead, readable only by you, but not encrypted. Store passwords in that file?</source>
        <translation>Sluice konnte keinen Schlüsselbund zum Speichern des Kennworts erreichen (%1).

Stattdessen können die Kennwörter in einer Datei im Datenordner von Sluice gespeichert werden, die nur Sie lesen können, die aber nicht verschlüsselt ist. Sollen die Kennwörter in dieser Datei gespeichert werden?</translation>
    </message>
</context>
<context>
    <name>Sluice::GeneralPage</name>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <source>The full name of this computer as other mail servers see it.</source>
        <translation>Der vollständige Name dieses Computers, wie andere Mailserver ihn sehen.</translation>
    </message>
    <message>
        <source>Sluice greets other servers with this name (EHLO) and writes it into the Received: header of every message. Use the name your provider knows this computer by, such as mail.office.example.</source>
        <translation>Sluice stellt sich anderen Servern mit diesem Namen vor (EHLO) und trägt ihn in die Received:-Kopfzeile jeder Nachricht ein. Verwenden Sie den Namen, unter dem Ihr Provider diesen Computer kennt, zum Beispiel mail.office.example.</translation>
    </message>
    <message>
        <source>&amp;Administrator&apos;s mailbox:</source>
        <translation>&amp;Postfach des Administrators:</translation>
    </message>
    <message>
        <source>The address of the person who looks after mail here.</source>
        <translation>Die Adresse der Person, die hier für die E-Mail zuständig ist.</translation>
    </message>
    <message>
        <source>Delivery-failure reports name this address, and copies of them go to it when the Connections page asks for that.</source>
        <translation>Unzustellbarkeitsberichte nennen diese Adresse, und sie erhält Kopien davon, wenn dies auf der Seite „Verbindungen“ festgelegt ist.</translation>
    </message>
    <message>
        <source>Message size</source>
        <translation>Nachrichtengröße</translation>
    </message>
    <message>
        <source>&amp;No limit</source>
        <translation>&amp;Keine Begrenzung</translation>
    </message>
    <message>
        <source>Ma&amp;ximum (KB):</source>
        <translation>&amp;Maximal (KB):</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <source>Accept messages of any size.</source>
        <translation>Nachrichten beliebiger Größe annehmen.</translation>
    </message>
    <message>
        <source>Refuse messages larger than the size given.</source>
        <translation>Nachrichten ablehnen, die größer als die angegebene Größe sind.</translation>
    </message>
    <message>
        <source>Larger messages are refused when the sending server announces their size, or at the end of the data, with the reply 552. At least 64 KB.</source>
        <translation>Größere Nachrichten werden mit der Antwort 552 abgelehnt, wenn der sendende Server ihre Größe ankündigt, andernfalls am Ende der Daten. Mindestens 64 KB.</translation>
    </message>
    <message>
        <source>The largest message accepted, in kilobytes (at least 64).</source>
        <translation>Die größte angenommene Nachricht in Kilobyte (mindestens 64).</translation>
    </message>
    <message>
        <source>Maximum message size in KB</source>
        <translation>Maximale Nachrichtengröße in KB</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>&amp;Listen on (address:port):</source>
        <translation>&amp;Empfangen an (Adresse:Port):</translation>
    </message>
    <message>
        <source>Where Sluice accepts SMTP connections, as ADDRESS:PORT.</source>
        <translation>Wo Sluice SMTP-Verbindungen annimmt, als ADRESSE:PORT.</translation>
    </message>
    <message>
        <source>* listens on every address of this computer; give an IPv4 address (127.0.0.1:2525) or an IPv6 address in brackets ([::1]:25) to listen on one only. Ports below 1024, such as 25, need privileges.</source>
        <translation>* empfängt an jeder Adresse dieses Computers; geben Sie eine IPv4-Adresse (127.0.0.1:2525) oder eine IPv6-Adresse in eckigen Klammern ([::1]:25) an, um nur an dieser zu empfangen. Ports unter 1024, wie etwa 25, erfordern besondere Berechtigungen.</translation>
    </message>
    <message>
        <source>(self-signed)</source>
        <translation>(selbstsigniert)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>STARTTLS certificate</source>
        <translation>STARTTLS-Zertifikat</translation>
    </message>
    <message>
        <source>STARTTLS &amp;certificate:</source>
        <translation>STARTTLS-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>The PEM certificate file (with its chain) offered with STARTTLS.</source>
        <translation>Die PEM-Zertifikatdatei (mit ihrer Kette), die mit STARTTLS angeboten wird.</translation>
    </message>
    <message>
        <source>Leave empty, with the key, to use a self-signed certificate that Sluice makes on first use. Give absolute paths.</source>
        <translation>Lassen Sie das Feld (ebenso wie den Schlüssel) leer, um ein selbstsigniertes Zertifikat zu verwenden, das Sluice bei der ersten Verwendung erstellt. Geben Sie absolute Pfade an.</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>STARTTLS private key</source>
        <translation>Privater STARTTLS-Schlüssel</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The unencrypted PEM private key of the certificate.</source>
        <translation>Der unverschlüsselte private PEM-Schlüssel des Zertifikats.</translation>
    </message>
    <message>
        <source>Leave empty, with the certificate, for the self-signed certificate.</source>
        <translation>Lassen Sie das Feld (ebenso wie das Zertifikat) leer, um das selbstsignierte Zertifikat zu verwenden.</translation>
    </message>
    <message>
        <source>Choose the file.</source>
        <translation>Wählen Sie die Datei aus.</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Sluice::HostRuleDialog</name>
    <message>
        <source>Add Host</source>
        <translation>Host hinzufügen</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>IP &amp;address:</source>
        <translation>IP-&amp;Adresse:</translation>
    </message>
    <message>
        <source>The address of a host, or of a network with the mask below.</source>
        <translation>Die Adresse eines Hosts oder, mit der Maske unten, eines Netzwerks.</translation>
    </message>
    <message>
        <source>An IPv4 address (192.168.1.7) or an IPv6 address (2001:db8::7).</source>
        <translation>Eine IPv4-Adresse (192.168.1.7) oder eine IPv6-Adresse (2001:db8::7).</translation>
    </message>
    <message>
        <source>(this host only)</source>
        <translation>(nur dieser Host)</translation>
    </message>
    <message>
        <source>&amp;Mask:</source>
        <translation>&amp;Maske:</translation>
    </message>
    <message>
        <source>The network mask or prefix length; empty for one host.</source>
        <translation>Die Netzwerkmaske oder Präfixlänge; leer für einen einzelnen Host.</translation>
    </message>
    <message>
        <source>A mask such as 255.255.255.0 or a prefix length such as 24 (IPv6: 32, 48, 64...) makes the row cover a whole network. Leave empty for the single address.</source>
        <translation>Mit einer Maske wie 255.255.255.0 oder einer Präfixlänge wie 24 (IPv6: 32, 48, 64 usw.) gilt die Zeile für ein ganzes Netzwerk. Lassen Sie das Feld für die einzelne Adresse leer.</translation>
    </message>
    <message>
        <source>Connections from these addresses</source>
        <translation>Verbindungen von diesen Adressen</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>A&amp;nnehmen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>May re&amp;lay</source>
        <translation>Darf weiter&amp;leiten (Relay)</translation>
    </message>
    <message>
        <source>Accept mail from these addresses.</source>
        <translation>E-Mail von diesen Adressen annehmen.</translation>
    </message>
    <message>
        <source>Refuse these addresses with 521 and nothing else.</source>
        <translation>Diese Adressen mit 521 abweisen, ohne weitere Kommunikation.</translation>
    </message>
    <message>
        <source>The first row that matches a client decides; put exceptions above broader rows.</source>
        <translation>Die erste Zeile, die auf einen Client zutrifft, entscheidet; setzen Sie Ausnahmen über allgemeinere Zeilen.</translation>
    </message>
    <message>
        <source>Accepted hosts may send mail to any domain, not only local ones.</source>
        <translation>Angenommene Hosts dürfen E-Mail an jede Domäne senden, nicht nur an lokale.</translation>
    </message>
    <message>
        <source>Allow only your own office network to relay, or Sluice becomes an open relay that spammers find within hours.</source>
        <translation>Erlauben Sie die Weiterleitung nur Ihrem eigenen Büronetzwerk, sonst wird Sluice zu einem offenen Relay, das Spammer innerhalb weniger Stunden finden.</translation>
    </message>
    <message>
        <source>%1 is already in the list; edit that row instead.</source>
        <translation>%1 ist bereits in der Liste enthalten; bearbeiten Sie stattdessen diese Zeile.</translation>
    </message>
</context>
<context>
    <name>Sluice::HostRuleModel</name>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
</context>
<context>
    <name>Sluice::HostRuleTable</name>
    <message>
        <source>Enter an IP address, or a network as ADDRESS/PREFIX (192.168.1.0/24) or ADDRESS/MASK.</source>
        <translation>Geben Sie eine IP-Adresse oder ein Netzwerk in der Form ADRESSE/PRÄFIX (192.168.1.0/24) oder ADRESSE/MASKE ein.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address or network: write an address (192.168.1.7, 2001:db8::7) or ADDRESS/PREFIX (192.168.1.0/24, 2001:db8::/32).</source>
        <translation>„%1“ ist weder eine IP-Adresse noch ein Netzwerk: Geben Sie eine Adresse (192.168.1.7, 2001:db8::7) oder ADRESSE/PRÄFIX (192.168.1.0/24, 2001:db8::/32) ein.</translation>
    </message>
    <message>
        <source>The network %1 is listed twice; only the first row would ever apply.</source>
        <translation>Das Netzwerk %1 ist doppelt aufgeführt; nur die erste Zeile würde jemals angewendet.</translation>
    </message>
    <message>
        <source>Could not save the Hosts list: %1</source>
        <translation>Die Hostliste konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not save the host rule %1: %2</source>
        <translation>Die Hostregel %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Sluice::HostsDialog</name>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>&amp;Hosts, checked from the top; the first row that matches decides:</source>
        <translation>&amp;Hosts, von oben nach unten geprüft; die erste passende Zeile entscheidet:</translation>
    </message>
    <message>
        <source>Client addresses accepted or rejected, in order.</source>
        <translation>Angenommene oder abgelehnte Clientadressen, der Reihe nach.</translation>
    </message>
    <message>
        <source>A client whose address no row matches is accepted, and may relay only when it logs in or is on a relay network. Rejected clients get 521 and nothing else.</source>
        <translation>Ein Client, auf dessen Adresse keine Zeile zutrifft, wird angenommen und darf nur weiterleiten, wenn er sich anmeldet oder sich in einem Relay-Netzwerk befindet. Abgelehnte Clients erhalten 521, ohne weitere Kommunikation.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add a host or network at the end of the list.</source>
        <translation>Einen Host oder ein Netzwerk am Ende der Liste hinzufügen.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected row.</source>
        <translation>Die ausgewählte Zeile ändern.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected row.</source>
        <translation>Die ausgewählte Zeile entfernen.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Check the selected row earlier.</source>
        <translation>Die ausgewählte Zeile früher prüfen.</translation>
    </message>
    <message>
        <source>Rows are checked from the top and the first match decides: move an exception above the broader row it excepts from.</source>
        <translation>Die Zeilen werden von oben nach unten geprüft, und die erste Übereinstimmung entscheidet: Verschieben Sie eine Ausnahme über die allgemeinere Zeile, von der sie abweicht.</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Check the selected row later.</source>
        <translation>Die ausgewählte Zeile später prüfen.</translation>
    </message>
</context>
<context>
    <name>Sluice::InboundSessionRecorder</name>
    <message>
        <source>the client disconnected without QUIT</source>
        <translation>der Client hat die Verbindung ohne QUIT getrennt</translation>
    </message>
</context>
<context>
    <name>Sluice::InlineMessage</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Sluice::KeychainSecretStore</name>
    <message>
        <source>No keychain is available to keep passwords. Start a Secret Service such as GNOME Keyring or KWallet; on a server without one, set secrets.store to file.</source>
        <translation>Es ist kein Schlüsselbund zum Speichern von Kennwörtern verfügbar. Starten Sie einen Secret Service wie GNOME Keyring oder KWallet; legen Sie auf einem Server ohne einen solchen Dienst secrets.store auf file fest.</translation>
    </message>
    <message>
        <source>The keychain refused access to the password for “%1”.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Kennwort für „%1“ verweigert.</translation>
    </message>
    <message>
        <source>The keychain could not handle the password for “%1”: %2</source>
        <translation>Der Schlüsselbund konnte das Kennwort für „%1“ nicht verarbeiten: %2</translation>
    </message>
</context>
<context>
    <name>Sluice::LinkActions</name>
    <message>
        <source>&amp;Connect now</source>
        <translation>Jetzt &amp;verbinden</translation>
    </message>
    <message>
        <source>Starts a connection cycle now: dial, deliver queued mail, ask the provider for held mail. Works while the schedule is paused.</source>
        <translation>Startet jetzt einen Verbindungszyklus: einwählen, E-Mail aus der Warteschlange zustellen, zurückgehaltene E-Mail beim Provider anfordern. Funktioniert auch, während der Zeitplan angehalten ist.</translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation>&amp;Auflegen</translation>
    </message>
    <message>
        <source>Ends the running connection cycle and hangs up the link Sluice dialed.</source>
        <translation>Beendet den laufenden Verbindungszyklus und trennt die Verbindung, die Sluice aufgebaut hat.</translation>
    </message>
    <message>
        <source>&amp;Pause schedule</source>
        <translation>Zeitplan an&amp;halten</translation>
    </message>
    <message>
        <source>Pauses or resumes the schedule. While paused no cycle starts by itself; Connect now still works.</source>
        <translation>Hält den Zeitplan an oder setzt ihn fort. Solange er angehalten ist, startet kein Zyklus von selbst; „Jetzt verbinden“ funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>&amp;Reload settings</source>
        <translation>Einstellungen neu &amp;laden</translation>
    </message>
    <message>
        <source>Makes the engine read its settings again now.</source>
        <translation>Lässt das E-Mail-Modul seine Einstellungen jetzt neu einlesen.</translation>
    </message>
    <message>
        <source>A connection cycle was requested.</source>
        <translation>Ein Verbindungszyklus wurde angefordert.</translation>
    </message>
    <message>
        <source>Hanging up.</source>
        <translation>Verbindung wird getrennt.</translation>
    </message>
    <message>
        <source>The schedule runs again.</source>
        <translation>Der Zeitplan läuft wieder.</translation>
    </message>
    <message>
        <source>The schedule is paused.</source>
        <translation>Der Zeitplan ist angehalten.</translation>
    </message>
    <message>
        <source>The settings were reloaded.</source>
        <translation>Die Einstellungen wurden neu geladen.</translation>
    </message>
    <message>
        <source>Resume &amp;schedule</source>
        <translation>Zeitplan &amp;fortsetzen</translation>
    </message>
</context>
<context>
    <name>Sluice::LinkControl</name>
    <message numerus="yes">
        <source>%n recipient(s) could not be delivered; the senders were sent failure reports.</source>
        <translation>
            <numerusform>Für %n Empfänger war keine Zustellung möglich; die Absender haben einen Unzustellbarkeitsbericht erhalten.</numerusform>
            <numerusform>Für %n Empfänger war keine Zustellung möglich; die Absender haben Unzustellbarkeitsberichte erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::LinkController</name>
    <message>
        <source>The link went down: %1</source>
        <translation>Die Verbindung wurde unterbrochen: %1</translation>
    </message>
</context>
<context>
    <name>Sluice::LinkCycle</name>
    <message>
        <source>Dialing %1</source>
        <translation>Einwahl über %1</translation>
    </message>
    <message>
        <source>Connect attempt %1: %2; link: %3</source>
        <translation>Verbindungsversuch %1: %2; Verbindung: %3</translation>
    </message>
    <message>
        <source>always connected</source>
        <translation>immer verbunden</translation>
    </message>
    <message>
        <source>the link was already up</source>
        <translation>die Verbindung bestand bereits</translation>
    </message>
    <message numerus="yes">
        <source>dialed %1 (%n attempt(s))</source>
        <translation>
            <numerusform>Einwahl über %1 erfolgreich (%n Versuch)</numerusform>
            <numerusform>Einwahl über %1 erfolgreich (%n Versuche)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivering queued mail</source>
        <translation>E-Mail aus der Warteschlange wird zugestellt</translation>
    </message>
    <message>
        <source>outbound delivery is off (transfer mode or settings not ready)</source>
        <translation>die ausgehende Zustellung ist deaktiviert (Übertragungsmodus oder unvollständige Einstellungen)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent, %1 recipient(s) deferred, %2 failed</source>
        <translation>
            <numerusform>%n Nachricht gesendet, %1 Empfänger zurückgestellt, %2 fehlgeschlagen</numerusform>
            <numerusform>%n Nachrichten gesendet, %1 Empfänger zurückgestellt, %2 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Running the retrieval command %1</source>
        <translation>Abrufbefehl %1 wird ausgeführt</translation>
    </message>
    <message>
        <source>Asking %1 for held mail (%2)</source>
        <translation>Zurückgehaltene E-Mail wird bei %1 angefordert (%2)</translation>
    </message>
    <message>
        <source>Receiving mail from %1</source>
        <translation>E-Mail wird von %1 empfangen</translation>
    </message>
    <message numerus="yes">
        <source>roles reversed: %n message(s) received</source>
        <translation>
            <numerusform>Rollen getauscht: %n Nachricht empfangen</numerusform>
            <numerusform>Rollen getauscht: %n Nachrichten empfangen</numerusform>
        </translation>
    </message>
    <message>
        <source>the provider is sending held mail</source>
        <translation>der Provider sendet zurückgehaltene E-Mail</translation>
    </message>
    <message>
        <source>no mail released</source>
        <translation>keine E-Mail freigegeben</translation>
    </message>
    <message>
        <source>Retrieval command: %1</source>
        <translation>Abrufbefehl: %1</translation>
    </message>
    <message>
        <source>command: %1</source>
        <translation>Befehl: %1</translation>
    </message>
    <message>
        <source>The retrieval command %1</source>
        <translation>Der Abrufbefehl %1</translation>
    </message>
    <message>
        <source>Waiting for mail</source>
        <translation>Warten auf E-Mail</translation>
    </message>
    <message>
        <source>idle for %1 s</source>
        <translation>%1 s lang inaktiv</translation>
    </message>
    <message>
        <source>Hanging up</source>
        <translation>Verbindung wird getrennt</translation>
    </message>
    <message>
        <source>Disconnect: %1</source>
        <translation>Trennungsbefehl: %1</translation>
    </message>
    <message>
        <source>The disconnect command %1</source>
        <translation>Der Trennungsbefehl %1</translation>
    </message>
    <message>
        <source>nothing to hang up (Sluice did not dial this link)</source>
        <translation>keine Verbindung zu trennen (Sluice hat diese Verbindung nicht hergestellt)</translation>
    </message>
    <message>
        <source>The cycle was ended early.</source>
        <translation>Der Zyklus wurde vorzeitig beendet.</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>Dialing failed: %1</source>
        <translation>Einwahl fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent, %1 received</source>
        <translation>
            <numerusform>%n Nachricht gesendet, %1 empfangen</numerusform>
            <numerusform>%n Nachrichten gesendet, %1 empfangen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::LinkDialer</name>
    <message>
        <source>Checking whether %1 is already up…</source>
        <translation>Es wird geprüft, ob die Verbindung %1 bereits aktiv ist…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Hanging up %1…</source>
        <translation>Verbindung %1 wird getrennt…</translation>
    </message>
    <message>
        <source>Dialing %1 (attempt %2 of %3)…</source>
        <translation>%1 wird gewählt (Versuch %2 von %3)…</translation>
    </message>
    <message>
        <source>No connect command is configured for %1.</source>
        <translation>Für %1 ist kein Verbindungsbefehl konfiguriert.</translation>
    </message>
    <message>
        <source>The connect command %1</source>
        <translation>Der Verbindungsbefehl %1</translation>
    </message>
    <message>
        <source>Waiting for %1 to come up…</source>
        <translation>Warten, bis die Verbindung %1 aktiv ist…</translation>
    </message>
    <message>
        <source>The link did not come up within %1 s (last check: %2)</source>
        <translation>Die Verbindung wurde nicht innerhalb von %1 s hergestellt (letzte Prüfung: %2)</translation>
    </message>
    <message>
        <source>Hanging up %1 after the failed attempt…</source>
        <translation>Verbindung %1 wird nach dem fehlgeschlagenen Versuch getrennt…</translation>
    </message>
    <message>
        <source>(1 attempt)</source>
        <translation>(1 Versuch)</translation>
    </message>
    <message>
        <source>(%1 attempts)</source>
        <translation>(%1 Versuche)</translation>
    </message>
    <message>
        <source>Waiting %1 s before dialing %2 again…</source>
        <translation>%1 s warten, bevor %2 erneut gewählt wird…</translation>
    </message>
    <message>
        <source>%1 is up.</source>
        <translation>Die Verbindung %1 ist aktiv.</translation>
    </message>
    <message>
        <source>Connected through %1.</source>
        <translation>Verbunden über %1.</translation>
    </message>
    <message>
        <source>Dialing %1 failed: %2</source>
        <translation>Die Einwahl über %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Sluice::LinkProbeCheck</name>
    <message>
        <source>no link check is configured; taken as up</source>
        <translation>keine Verbindungsprüfung konfiguriert; Verbindung wird als aktiv angenommen</translation>
    </message>
    <message>
        <source>nmcli was not found, so NetworkManager cannot be asked</source>
        <translation>nmcli wurde nicht gefunden, daher kann NetworkManager nicht abgefragt werden</translation>
    </message>
    <message>
        <source>nmcli %1</source>
        <translation>nmcli %1</translation>
    </message>
    <message>
        <source>NetworkManager reports “%1” active</source>
        <translation>NetworkManager meldet „%1“ als aktiv</translation>
    </message>
    <message>
        <source>NetworkManager does not report “%1” active</source>
        <translation>NetworkManager meldet „%1“ nicht als aktiv</translation>
    </message>
    <message>
        <source>the check command succeeded</source>
        <translation>der Prüfbefehl war erfolgreich</translation>
    </message>
    <message>
        <source>the check command %1</source>
        <translation>der Prüfbefehl %1</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 hat geantwortet</translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>Verbindung mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>interface %1 is up with address %2</source>
        <translation>Schnittstelle %1 ist aktiv mit der Adresse %2</translation>
    </message>
    <message>
        <source>no interface named %1… is up with an address</source>
        <translation>keine Schnittstelle namens %1… ist mit einer Adresse aktiv</translation>
    </message>
</context>
<context>
    <name>Sluice::LogDetailsDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Connection Log Entry %1</source>
        <translation>Eintrag %1 im Verbindungsprotokoll</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>&amp;Transcript:</source>
        <translation>&amp;Sitzungsprotokoll:</translation>
    </message>
    <message>
        <source>The SMTP commands and replies of this entry, as the connection log stored them</source>
        <translation>Die SMTP-Befehle und -Antworten dieses Eintrags, wie das Verbindungsprotokoll sie gespeichert hat</translation>
    </message>
    <message>
        <source>The protocol transcript: for a link cycle, the cycle&apos;s own details and then every session of the cycle in order, each under a heading line. How much of it exists depends on the logging level set on the Diagnostics page when the session ran. Passwords and AUTH data are replaced by [redacted] before anything is stored.</source>
        <translation>Das Sitzungsprotokoll: bei einem Verbindungszyklus zuerst die Angaben zum Zyklus selbst und dann der Reihe nach jede Sitzung des Zyklus, jeweils unter einer Überschriftszeile. Wie viel davon vorhanden ist, hängt von der Protokollierungsstufe ab, die während der Sitzung auf der Seite „Diagnose“ eingestellt war. Kennwörter und AUTH-Daten werden vor dem Speichern durch [redacted] ersetzt.</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <source>Closes the details; the entry stays in the connection log.</source>
        <translation>Schließt die Details; der Eintrag bleibt im Verbindungsprotokoll.</translation>
    </message>
    <message>
        <source>Sluice could not show this entry: %1</source>
        <translation>Sluice konnte diesen Eintrag nicht anzeigen: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>(no transcript)</source>
        <translation>(kein Sitzungsprotokoll)</translation>
    </message>
</context>
<context>
    <name>Sluice::LogEntryReport</name>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Trigger / peer</source>
        <translation>Auslöser / Gegenstelle</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>HELO-Name</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Einwahl</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <source>Messages received</source>
        <translation>Empfangene Nachrichten</translation>
    </message>
    <message>
        <source>Retrieval reply</source>
        <translation>Abrufantwort</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>A transcript is stored at the logging level of the Diagnostics page when the session runs: None keeps no transcript, Minimum only connection events, Medium every command and reply, Maximum also the message headers. Passwords and AUTH data are never stored.</source>
        <translation>Ein Sitzungsprotokoll wird mit der Protokollierungsstufe gespeichert, die während der Sitzung auf der Seite „Diagnose“ eingestellt ist: Keine speichert kein Sitzungsprotokoll, Minimum nur Verbindungsereignisse, Mittel jeden Befehl und jede Antwort, Maximum zusätzlich die Nachrichtenkopfzeilen. Kennwörter und AUTH-Daten werden nie gespeichert.</translation>
    </message>
    <message>
        <source>Logging level now: %1.</source>
        <translation>Aktuelle Protokollierungsstufe: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no transcript)</source>
        <translation>(kein Sitzungsprotokoll)</translation>
    </message>
</context>
<context>
    <name>Sluice::LogExport</name>
    <message>
        <source>succeeded entries</source>
        <translation>erfolgreiche Einträge</translation>
    </message>
    <message>
        <source>failed entries</source>
        <translation>fehlgeschlagene Einträge</translation>
    </message>
    <message>
        <source>all entries</source>
        <translation>alle Einträge</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>containing &quot;%1&quot;</source>
        <translation>mit Text „%1“</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>=== Entry %1 ===</source>
        <translation>=== Eintrag %1 ===</translation>
    </message>
    <message>
        <source>Sluice connection log, exported %1</source>
        <translation>Sluice-Verbindungsprotokoll, exportiert am %1</translation>
    </message>
    <message>
        <source>Selected entries: %1</source>
        <translation>Ausgewählte Einträge: %1</translation>
    </message>
    <message>
        <source>Entries: %1 (%2)</source>
        <translation>Einträge: %1 (%2)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Sluice::LogViewer</name>
    <message>
        <source>Connection log problem</source>
        <translation>Problem mit dem Verbindungsprotokoll</translation>
    </message>
    <message>
        <source>Connection log</source>
        <translation>Verbindungsprotokoll</translation>
    </message>
    <message>
        <source>One row per link cycle or SMTP session, newest first. Enter or double-click shows the details</source>
        <translation>Eine Zeile pro Verbindungszyklus oder SMTP-Sitzung, neueste zuerst. Die Eingabetaste oder ein Doppelklick zeigt die Details an</translation>
    </message>
    <message>
        <source>The connection log: every link cycle (dial, deliver, retrieve, hang up) and every SMTP session outside a cycle, newest first. Select rows and press Enter or double-click for the details and the protocol transcript; Export… saves the shown or the selected entries as text.</source>
        <translation>Das Verbindungsprotokoll: jeder Verbindungszyklus (einwählen, zustellen, abrufen, auflegen) und jede SMTP-Sitzung außerhalb eines Zyklus, neueste zuerst. Wählen Sie Zeilen aus und drücken Sie die Eingabetaste oder doppelklicken Sie, um die Details und das Sitzungsprotokoll zu sehen; „Exportieren…“ speichert die angezeigten oder die ausgewählten Einträge als Text.</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Anzahl der Einträge</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Show every field and the protocol transcript of the current row (Enter)</source>
        <translation>Alle Felder und das Sitzungsprotokoll der aktuellen Zeile anzeigen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Opens the entry&apos;s details: time, trigger or peer, dialing, messages sent and received, the retrieval reply, the phases and errors of a cycle, and the protocol transcript as stored at the logging level of the Diagnostics page.</source>
        <translation>Öffnet die Details des Eintrags: Zeit, Auslöser oder Gegenstelle, Einwahl, gesendete und empfangene Nachrichten, die Abrufantwort, die Phasen und Fehler eines Zyklus sowie das Sitzungsprotokoll, wie es mit der Protokollierungsstufe der Seite „Diagnose“ gespeichert wurde.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save log entries with their details and transcripts as a text file</source>
        <translation>Protokolleinträge mit ihren Details und Sitzungsprotokollen als Textdatei speichern</translation>
    </message>
    <message>
        <source>Saves either every entry the filters show or only the selected rows, each with its details and transcript, to a plain text file, for example to send to your provider.</source>
        <translation>Speichert entweder alle Einträge, die die Filter anzeigen, oder nur die ausgewählten Zeilen, jeweils mit Details und Sitzungsprotokoll, in einer reinen Textdatei, zum Beispiel um sie an Ihren Provider zu senden.</translation>
    </message>
    <message>
        <source>&amp;All entries shown…</source>
        <translation>&amp;Alle angezeigten Einträge…</translation>
    </message>
    <message>
        <source>&amp;Selected entries…</source>
        <translation>A&amp;usgewählte Einträge…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Show all entries, only those that succeeded, or only failures</source>
        <translation>Alle Einträge anzeigen, nur erfolgreiche oder nur fehlgeschlagene</translation>
    </message>
    <message>
        <source>Filters the log by result. A cycle fails when dialing, delivery or retrieval failed; a session when it ended in an error.</source>
        <translation>Filtert das Protokoll nach dem Ergebnis. Ein Zyklus ist fehlgeschlagen, wenn die Einwahl, die Zustellung oder der Abruf fehlgeschlagen ist; eine Sitzung, wenn sie mit einem Fehler endete.</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation>Datumsbereich</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Which days of the log to show</source>
        <translation>Welche Tage des Protokolls angezeigt werden</translation>
    </message>
    <message>
        <source>Shows the whole log, the last 24 hours, the last 7 days, or the days between the two dates beside (both included).</source>
        <translation>Zeigt das gesamte Protokoll, die letzten 24 Stunden, die letzten 7 Tage oder die Tage zwischen den beiden Daten daneben an (beide einschließlich).</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>The first day to show (with Between dates)</source>
        <translation>Der erste anzuzeigende Tag (bei „Datumsbereich“)</translation>
    </message>
    <message>
        <source>Entries from the start of this day on are shown when the period is Between dates.</source>
        <translation>Einträge ab Beginn dieses Tages werden angezeigt, wenn als Zeitraum „Datumsbereich“ gewählt ist.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>The last day to show (with Between dates)</source>
        <translation>Der letzte anzuzeigende Tag (bei „Datumsbereich“)</translation>
    </message>
    <message>
        <source>Entries up to the end of this day are shown when the period is Between dates.</source>
        <translation>Einträge bis zum Ende dieses Tages werden angezeigt, wenn als Zeitraum „Datumsbereich“ gewählt ist.</translation>
    </message>
    <message>
        <source>Host, address, reply or error</source>
        <translation>Host, Adresse, Antwort oder Fehler</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Show only entries containing this text</source>
        <translation>Nur Einträge anzeigen, die diesen Text enthalten</translation>
    </message>
    <message>
        <source>Shows only the entries whose peer, trigger, retrieval reply, summary or errors contain this text (upper and lower case alike). The list follows as you type.</source>
        <translation>Zeigt nur die Einträge an, deren Gegenstelle, Auslöser, Abrufantwort, Zusammenfassung oder Fehler diesen Text enthalten (ohne Unterscheidung von Groß- und Kleinschreibung). Die Liste wird schon während der Eingabe angepasst.</translation>
    </message>
    <message>
        <source>Sluice is not running or cannot be reached; the log shows again as soon as it is back.</source>
        <translation>Sluice wird nicht ausgeführt oder ist nicht erreichbar; das Protokoll wird wieder angezeigt, sobald Sluice wieder verfügbar ist.</translation>
    </message>
    <message>
        <source>Sluice could not list the connection log: %1</source>
        <translation>Sluice konnte das Verbindungsprotokoll nicht auflisten: %1</translation>
    </message>
    <message>
        <source>The connection to Sluice was lost; the log shows again as soon as it is back.</source>
        <translation>Die Verbindung zu Sluice wurde unterbrochen; das Protokoll wird wieder angezeigt, sobald sie wiederhergestellt ist.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Connection Log</source>
        <translation>Verbindungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>No entries are selected.</source>
        <translation>Es sind keine Einträge ausgewählt.</translation>
    </message>
</context>
<context>
    <name>Sluice::LogonInformationDialog</name>
    <message>
        <source>Logon Information</source>
        <translation>Anmeldeinformationen</translation>
    </message>
    <message>
        <source>The account your provider gave you for the dial-up link. Sluice hands it to the connect command; the password is kept in the keychain.</source>
        <translation>Das Konto, das Ihr Provider Ihnen für die DFÜ-Verbindung gegeben hat. Sluice übergibt es an den Verbindungsbefehl; das Kennwort wird im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>The account name for the dial-up link.</source>
        <translation>Der Kontoname für die DFÜ-Verbindung.</translation>
    </message>
    <message>
        <source>Given to the connect and disconnect commands in the environment variable SLUICE_ACCOUNT.</source>
        <translation>Wird an den Verbindungs- und den Trennungsbefehl in der Umgebungsvariablen SLUICE_ACCOUNT übergeben.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>The password for the dial-up link; leave it as it is to keep the stored one.</source>
        <translation>Das Kennwort für die DFÜ-Verbindung; lassen Sie es unverändert, um das gespeicherte beizubehalten.</translation>
    </message>
    <message>
        <source>Given to the connect and disconnect commands in SLUICE_PASSWORD, never on their command line. It is stored in the keychain when you click OK or Apply on the property sheet, never in the configuration file.</source>
        <translation>Wird an den Verbindungs- und den Trennungsbefehl in SLUICE_PASSWORD übergeben, nie in ihrer Befehlszeile. Es wird im Schlüsselbund gespeichert, wenn Sie im Eigenschaftenfenster auf „OK“ oder „Anwenden“ klicken, nie in der Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <source>The logon domain, if your provider uses one.</source>
        <translation>Die Anmeldedomäne, falls Ihr Provider eine verwendet.</translation>
    </message>
    <message>
        <source>Given to the connect and disconnect commands in SLUICE_DOMAIN. Most providers need none.</source>
        <translation>Wird an den Verbindungs- und den Trennungsbefehl in SLUICE_DOMAIN übergeben. Die meisten Provider benötigen keine.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(gespeichert)</translation>
    </message>
    <message>
        <source>Enter the user name the password belongs to.</source>
        <translation>Geben Sie den Benutzernamen ein, zu dem das Kennwort gehört.</translation>
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
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>&amp;Sluice</source>
        <translation>&amp;Sluice</translation>
    </message>
    <message>
        <source>Run the setup &amp;wizard again…</source>
        <translation>Einrichtungs-&amp;Assistenten erneut ausführen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Direkthilfe</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>Connection &amp;log</source>
        <translation>Verbindungs&amp;protokoll</translation>
    </message>
    <message>
        <source>Console views</source>
        <translation>Konsolenansichten</translation>
    </message>
    <message>
        <source>Link state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Engine connection</source>
        <translation>Verbindung zum E-Mail-Modul</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>Link: unknown</source>
        <translation>Verbindung: unbekannt</translation>
    </message>
    <message>
        <source>Sluice service not reachable, reconnecting…</source>
        <translation>Sluice-Dienst nicht erreichbar, Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <source>%1 (schedule paused)</source>
        <translation>%1 (Zeitplan angehalten)</translation>
    </message>
    <message>
        <source>Engine running in this console</source>
        <translation>E-Mail-Modul läuft in dieser Konsole</translation>
    </message>
    <message>
        <source>Attached to the Sluice service (process %1)</source>
        <translation>Mit dem Sluice-Dienst verbunden (Prozess %1)</translation>
    </message>
</context>
<context>
    <name>Sluice::MessageDetailsDialog</name>
    <message>
        <source>Message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <source>The message&apos;s envelope, its headers and the state of every recipient.</source>
        <translation>Umschlag und Kopfzeilen der Nachricht sowie der Status jedes Empfängers.</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <source>Queue ID:</source>
        <translation>Warteschlangen-ID:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Absender:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Empfangen:</translation>
    </message>
    <message>
        <source>From client:</source>
        <translation>Vom Client:</translation>
    </message>
    <message>
        <source>Client&apos;s name (HELO):</source>
        <translation>Name des Clients (HELO):</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>On hold:</source>
        <translation>Angehalten:</translation>
    </message>
    <message>
        <source>The message&apos;s %1 as Sluice stored it</source>
        <translation>Das Feld „%1“ der Nachricht, wie Sluice es gespeichert hat</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <source>ETRN domain</source>
        <translation>ETRN-Domäne</translation>
    </message>
    <message>
        <source>Every recipient still queued and how its delivery stands</source>
        <translation>Alle noch in der Warteschlange stehenden Empfänger und der Stand ihrer Zustellung</translation>
    </message>
    <message>
        <source>One row per recipient still in the queue: local or remote, its state, how often delivery was tried, when it is tried next and the last reply.</source>
        <translation>Eine Zeile pro Empfänger, der noch in der Warteschlange steht: lokal oder remote, sein Status, wie oft die Zustellung versucht wurde, wann sie als Nächstes versucht wird, und die letzte Antwort.</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Kopfzeilen</translation>
    </message>
    <message>
        <source>The message&apos;s header block (at most 64 KiB)</source>
        <translation>Der Kopfbereich der Nachricht (höchstens 64 KiB)</translation>
    </message>
    <message>
        <source>The header lines of the message as stored, starting with Sluice&apos;s own Received: line.</source>
        <translation>Die Kopfzeilen der Nachricht wie gespeichert, beginnend mit der eigenen Received:-Kopfzeile von Sluice.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <source>Closes the message&apos;s details.</source>
        <translation>Schließt die Details der Nachricht.</translation>
    </message>
    <message>
        <source>The message cannot be shown: %1</source>
        <translation>Die Nachricht kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>&lt;&gt; (a delivery report)</source>
        <translation>&lt;&gt; (ein Zustellbericht)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Byte)</translation>
    </message>
    <message>
        <source>Yes: never tried until released</source>
        <translation>Ja: kein Zustellversuch bis zur Freigabe</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>Sluice::Migrations</name>
    <message>
        <source>create the settings table</source>
        <translation>Einstellungstabelle erstellen</translation>
    </message>
    <message>
        <source>Could not read the schema version of the configuration database “%1”: %2</source>
        <translation>Die Schemaversion der Konfigurationsdatenbank „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Could not update the configuration database “%1” to schema version %2 (%3): %4</source>
        <translation>Die Konfigurationsdatenbank „%1“ konnte nicht auf Schemaversion %2 aktualisiert werden (%3): %4</translation>
    </message>
    <message>
        <source>create the e-mail domain table</source>
        <translation>E-Mail-Domänentabelle erstellen</translation>
    </message>
    <message>
        <source>create the connection profile table</source>
        <translation>Verbindungsprofiltabelle erstellen</translation>
    </message>
    <message>
        <source>create the server account table</source>
        <translation>Tabelle der Serverkonten erstellen</translation>
    </message>
    <message>
        <source>create the host rule and route tables</source>
        <translation>Tabellen für Hostregeln und Routen erstellen</translation>
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
        <translation>Eigenschaften von Sluice</translation>
    </message>
    <message>
        <source>Property pages</source>
        <translation>Eigenschaftenseiten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Direkthilfe</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Fehler beim Speichern: %1</translation>
    </message>
    <message>
        <source>Saved. Waiting for the mail engine to apply the changes…</source>
        <translation>Gespeichert. Warten, bis das E-Mail-Modul die Änderungen übernimmt…</translation>
    </message>
    <message>
        <source>Saved. The mail engine applied the changes.</source>
        <translation>Gespeichert. Das E-Mail-Modul hat die Änderungen übernommen.</translation>
    </message>
    <message>
        <source>Saved, but the mail engine could not apply the changes: %1</source>
        <translation>Gespeichert, aber das E-Mail-Modul konnte die Änderungen nicht übernehmen: %1</translation>
    </message>
    <message>
        <source>Saved. A running Sluice service picks the changes up within a second.</source>
        <translation>Gespeichert. Ein laufender Sluice-Dienst übernimmt die Änderungen innerhalb einer Sekunde.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Sluice could not reach a keychain to store the password (%1).

It can keep passwords in a file in its data folder instead, readable only by you, but not encrypted. Store passwords in that file?</source>
        <translation>Sluice konnte keinen Schlüsselbund zum Speichern des Kennworts erreichen (%1).

Stattdessen können die Kennwörter in einer Datei im Datenordner von Sluice gespeichert werden, die nur Sie lesen können, die aber nicht verschlüsselt ist. Sollen die Kennwörter in dieser Datei gespeichert werden?</translation>
    </message>
</context>
<context>
    <name>Sluice::ProviderRetrieval</name>
    <message>
        <source>no retrieval command to send for this method</source>
        <translation>für diese Methode gibt es keinen Abrufbefehl zum Senden</translation>
    </message>
    <message>
        <source>no domains to ask for with ETRN; list them on the Mail Retrieval page</source>
        <translation>keine Domänen für ETRN angegeben; tragen Sie sie auf der Seite „E-Mail-Abruf“ ein</translation>
    </message>
    <message>
        <source>ATRN needs an account at the provider: set up authentication for the ATRN host</source>
        <translation>ATRN erfordert ein Konto beim Provider: Richten Sie die Authentifizierung für den ATRN-Host ein</translation>
    </message>
    <message>
        <source>no local SMTP server to take over the connection after %1</source>
        <translation>kein lokaler SMTP-Server vorhanden, der die Verbindung nach %1 übernehmen kann</translation>
    </message>
    <message>
        <source>no host to ask for the held mail</source>
        <translation>kein Host, bei dem die zurückgehaltene E-Mail angefordert werden kann</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the provider closed the session: %1</source>
        <translation>der Provider hat die Sitzung beendet: %1</translation>
    </message>
    <message>
        <source>the provider does not list ETRN in its EHLO reply; asking all the same</source>
        <translation>der Provider führt ETRN in seiner EHLO-Antwort nicht auf; die Anforderung wird trotzdem gesendet</translation>
    </message>
    <message>
        <source>the provider does not list ATRN in its EHLO reply; asking all the same</source>
        <translation>der Provider führt ATRN in seiner EHLO-Antwort nicht auf; die Anforderung wird trotzdem gesendet</translation>
    </message>
    <message numerus="yes">
        <source>not asking for the other %n domain(s)</source>
        <translation>
            <numerusform>keine Anforderung für %n weitere Domäne</numerusform>
            <numerusform>keine Anforderung für die %n weiteren Domänen</numerusform>
        </translation>
    </message>
    <message>
        <source>roles reversed: serving the provider&apos;s SMTP session on this (encrypted) connection</source>
        <translation>Rollen getauscht: Die SMTP-Sitzung des Providers wird über diese (verschlüsselte) Verbindung bedient</translation>
    </message>
    <message>
        <source>roles reversed: serving the provider&apos;s SMTP session on this connection</source>
        <translation>Rollen getauscht: Die SMTP-Sitzung des Providers wird über diese Verbindung bedient</translation>
    </message>
    <message numerus="yes">
        <source>the provider&apos;s session ended: %n message(s) received</source>
        <translation>
            <numerusform>die Sitzung des Providers wurde beendet: %n Nachricht empfangen</numerusform>
            <numerusform>die Sitzung des Providers wurde beendet: %n Nachrichten empfangen</numerusform>
        </translation>
    </message>
    <message>
        <source>the local SMTP server cannot take over the connection (it is stopping)</source>
        <translation>der lokale SMTP-Server kann die Verbindung nicht übernehmen (er wird gerade beendet)</translation>
    </message>
    <message>
        <source>TLS required, but %1</source>
        <translation>TLS erforderlich, aber %1</translation>
    </message>
    <message>
        <source>retrieval failed: %1</source>
        <translation>Abruf fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>the provider hung up during the reversed session (%1) after %n message(s)</source>
        <translation>
            <numerusform>der Provider hat die Verbindung während der Sitzung mit getauschten Rollen (%1) nach %n Nachricht getrennt</numerusform>
            <numerusform>der Provider hat die Verbindung während der Sitzung mit getauschten Rollen (%1) nach %n Nachrichten getrennt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::ProviderWizardPage</name>
    <message>
        <source>Your provider&apos;s mail host</source>
        <translation>Mailserver Ihres Providers</translation>
    </message>
    <message>
        <source>Your Internet provider told you the name of its mail server, and whether it asks for a login. It is often called the outgoing mail or SMTP server.</source>
        <translation>Ihr Internetprovider hat Ihnen den Namen seines Mailservers mitgeteilt und ob er eine Anmeldung verlangt. Er wird oft als Postausgangs- oder SMTP-Server bezeichnet.</translation>
    </message>
    <message>
        <source>smtp.provider.example</source>
        <translation>smtp.provider.example</translation>
    </message>
    <message>
        <source>Provider&apos;s &amp;mail host:</source>
        <translation>&amp;Mailserver des Providers:</translation>
    </message>
    <message>
        <source>The provider&apos;s mail server, as HOST or HOST:PORT (port 25 unless given).</source>
        <translation>Der Mailserver des Providers, als HOST oder HOST:PORT (ohne Angabe Port 25).</translation>
    </message>
    <message>
        <source>Sluice sends your outgoing mail to this host when you choose so below, and asks it for your held mail (ETRN or TURN). Add :587 or another port only when the provider says so.</source>
        <translation>Sluice sendet Ihre ausgehende E-Mail an diesen Host, wenn Sie dies unten auswählen, und fordert dort Ihre zurückgehaltene E-Mail an (ETRN oder TURN). Fügen Sie :587 oder einen anderen Port nur hinzu, wenn Ihr Provider dies vorgibt.</translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation>Ausgehende E-Mail</translation>
    </message>
    <message>
        <source>Send all outgoing mail &amp;through the provider&apos;s mail host</source>
        <translation>Gesamte ausgehende E-Mail über den Mailserver des &amp;Providers senden</translation>
    </message>
    <message>
        <source>Deliver outgoing mail di&amp;rectly to each recipient&apos;s mail server (DNS)</source>
        <translation>Ausgehende E-Mail &amp;direkt an den Mailserver jedes Empfängers zustellen (DNS)</translation>
    </message>
    <message>
        <source>Recommended: the provider passes your mail on.</source>
        <translation>Empfohlen: Der Provider leitet Ihre E-Mail weiter.</translation>
    </message>
    <message>
        <source>The provider&apos;s host (a smarthost) delivers your mail to the recipients. Choose this with a dial-up or dynamic address: many servers refuse mail sent directly from such addresses.</source>
        <translation>Der Host des Providers (ein Smarthost) stellt Ihre E-Mail den Empfängern zu. Wählen Sie dies bei einer DFÜ-Verbindung oder einer dynamischen Adresse: Viele Server lehnen E-Mail ab, die direkt von solchen Adressen gesendet wird.</translation>
    </message>
    <message>
        <source>Look up each recipient domain&apos;s mail servers and deliver to them.</source>
        <translation>Die Mailserver jeder Empfängerdomäne nachschlagen und an diese zustellen.</translation>
    </message>
    <message>
        <source>Only with a static address whose reverse DNS name matches this server, and when the provider does not block outgoing connections to port 25.</source>
        <translation>Nur mit einer statischen Adresse, deren Reverse-DNS-Name zu diesem Server passt, und wenn der Provider ausgehende Verbindungen zu Port 25 nicht sperrt.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>My provider asks for a &amp;login (account and password)</source>
        <translation>Mein Provider verlangt eine &amp;Anmeldung (Konto und Kennwort)</translation>
    </message>
    <message>
        <source>Log in to the provider&apos;s mail host before sending or collecting mail.</source>
        <translation>Vor dem Senden oder Abholen von E-Mail beim Mailserver des Providers anmelden.</translation>
    </message>
    <message>
        <source>Most providers ask for the account and password of your mail account, also called SMTP authentication.</source>
        <translation>Die meisten Provider verlangen das Konto und das Kennwort Ihres E-Mail-Kontos; dies wird auch SMTP-Authentifizierung genannt.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>The account name the provider gave you.</source>
        <translation>Der Kontoname, den Ihnen der Provider gegeben hat.</translation>
    </message>
    <message>
        <source>Often your e-mail address or a customer number.</source>
        <translation>Häufig Ihre E-Mail-Adresse oder eine Kundennummer.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>The password of this account.</source>
        <translation>Das Kennwort dieses Kontos.</translation>
    </message>
    <message>
        <source>Kept in the desktop&apos;s keychain, never in the settings. Leave empty to keep the password already stored for this account.</source>
        <translation>Wird im Schlüsselbund des Desktops aufbewahrt, nie in den Einstellungen. Lassen Sie das Feld leer, um das für dieses Konto bereits gespeicherte Kennwort beizubehalten.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(gespeichert)</translation>
    </message>
    <message>
        <source>Enter your provider&apos;s mail host, such as smtp.provider.example.</source>
        <translation>Geben Sie den Mailserver Ihres Providers ein, zum Beispiel smtp.provider.example.</translation>
    </message>
    <message>
        <source>The login is for the provider&apos;s mail host: enter the host.</source>
        <translation>Die Anmeldung gilt für den Mailserver des Providers: Geben Sie den Host ein.</translation>
    </message>
    <message>
        <source>Enter the account name your provider gave you.</source>
        <translation>Geben Sie den Kontonamen ein, den Ihnen Ihr Provider gegeben hat.</translation>
    </message>
    <message>
        <source>Enter the password of this account.</source>
        <translation>Geben Sie das Kennwort dieses Kontos ein.</translation>
    </message>
    <message>
        <source>through the provider&apos;s mail host</source>
        <translation>über den Mailserver des Providers</translation>
    </message>
    <message>
        <source>directly to the recipients&apos; servers (DNS)</source>
        <translation>direkt an die Server der Empfänger (DNS)</translation>
    </message>
    <message>
        <source>Provider&apos;s mail host</source>
        <translation>Mailserver des Providers</translation>
    </message>
    <message>
        <source>Login at the provider</source>
        <translation>Anmeldung beim Provider</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>ja (%1)</translation>
    </message>
    <message>
        <source>Account at the provider</source>
        <translation>Konto beim Provider</translation>
    </message>
    <message>
        <source>Password for %1 at %2</source>
        <translation>Kennwort für %1 bei %2</translation>
    </message>
</context>
<context>
    <name>Sluice::QueueGroupModel</name>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) held until %1 asks for its mail (ETRN)</source>
        <translation>
            <numerusform>%n Nachricht wird zurückgehalten, bis %1 die E-Mail anfordert (ETRN)</numerusform>
            <numerusform>%n Nachrichten werden zurückgehalten, bis %1 die E-Mail anfordert (ETRN)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) for %1, %2</source>
        <translation>
            <numerusform>%n Nachricht für %1, %2</numerusform>
            <numerusform>%n Nachrichten für %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Held for ETRN</source>
        <translation>Für ETRN zurückgehalten</translation>
    </message>
    <message>
        <source>Inbound (local delivery)</source>
        <translation>Eingehend (lokale Zustellung)</translation>
    </message>
    <message>
        <source>Every message in the queue</source>
        <translation>Alle Nachrichten in der Warteschlange</translation>
    </message>
    <message>
        <source>Mail waiting to go out, by destination domain</source>
        <translation>E-Mail, die auf den Versand wartet, nach Zieldomäne</translation>
    </message>
    <message>
        <source>Mail kept for domains that collect it with ETRN, by domain</source>
        <translation>E-Mail, die für Domänen zurückgehalten wird, die sie mit ETRN abholen, nach Domäne</translation>
    </message>
    <message>
        <source>Mail waiting for delivery to a mailbox on this computer</source>
        <translation>E-Mail, die auf die Zustellung in ein Postfach auf diesem Computer wartet</translation>
    </message>
</context>
<context>
    <name>Sluice::QueueTableModel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>Warteschlangen-ID</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The message&apos;s id in Sluice&apos;s queue and log</source>
        <translation>Die ID der Nachricht in der Warteschlange und im Protokoll von Sluice</translation>
    </message>
    <message>
        <source>The envelope sender (MAIL FROM); &lt;&gt; for delivery reports</source>
        <translation>Der Umschlagabsender (MAIL FROM); &lt;&gt; bei Zustellberichten</translation>
    </message>
    <message>
        <source>The recipients still waiting, in the chosen section or group</source>
        <translation>Die noch wartenden Empfänger im gewählten Bereich oder in der gewählten Gruppe</translation>
    </message>
    <message>
        <source>The message&apos;s size as stored</source>
        <translation>Die Größe der Nachricht wie gespeichert</translation>
    </message>
    <message>
        <source>How long ago Sluice accepted the message</source>
        <translation>Wie lange es her ist, dass Sluice die Nachricht angenommen hat</translation>
    </message>
    <message>
        <source>How often delivery was tried (the most for any recipient)</source>
        <translation>Wie oft die Zustellung versucht wurde (der höchste Wert unter allen Empfängern)</translation>
    </message>
    <message>
        <source>When Sluice tries again; empty while the message is held</source>
        <translation>Wann Sluice es erneut versucht; leer, solange die Nachricht zurückgehalten wird</translation>
    </message>
    <message>
        <source>The last reply of the receiving server</source>
        <translation>Die letzte Antwort des empfangenden Servers</translation>
    </message>
    <message>
        <source>Queued, deferred after a failure, held for ETRN or on hold</source>
        <translation>In Warteschlange, nach einem Fehler zurückgestellt, für ETRN zurückgehalten oder angehalten</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Held for ETRN</source>
        <translation>Für ETRN zurückgehalten</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Angehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Empfangen am %1</translation>
    </message>
    <message>
        <source>No retry planned: the message is held for ETRN or on hold.</source>
        <translation>Kein erneuter Versuch geplant: Die Nachricht ist für ETRN zurückgehalten oder angehalten.</translation>
    </message>
    <message>
        <source>The null sender &lt;&gt;: a delivery report, which gets no report back</source>
        <translation>Der leere Absender &lt;&gt;: ein Zustellbericht, zu dem kein Bericht zurückgesendet wird</translation>
    </message>
</context>
<context>
    <name>Sluice::QueueViewer</name>
    <message>
        <source>Queue viewer</source>
        <translation>Warteschlangenanzeige</translation>
    </message>
    <message>
        <source>The mail Sluice is keeping: outbound mail by destination, mail held for ETRN by domain, and mail waiting for a local mailbox.</source>
        <translation>Die E-Mail, die Sluice aufbewahrt: ausgehende E-Mail nach Ziel, für ETRN zurückgehaltene E-Mail nach Domäne und E-Mail, die auf ein lokales Postfach wartet.</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Try the selected messages again now</source>
        <translation>Die Zustellung der ausgewählten Nachrichten jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Makes the selected messages due now and wakes delivery. Mail held for ETRN or on hold is left alone: release it first.</source>
        <translation>Macht die ausgewählten Nachrichten sofort fällig und stößt die Zustellung an. Für ETRN zurückgehaltene oder angehaltene E-Mail bleibt unberührt: Geben Sie sie zuerst frei.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Remove the selected messages from the queue</source>
        <translation>Die ausgewählten Nachrichten aus der Warteschlange entfernen</translation>
    </message>
    <message>
        <source>Removes the selected messages. You choose whether their senders get a failure report (&quot;deleted by the postmaster&quot;) or nothing.</source>
        <translation>Entfernt die ausgewählten Nachrichten. Sie entscheiden, ob ihre Absender einen Unzustellbarkeitsbericht („vom Postmaster gelöscht“) oder nichts erhalten.</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Keep the selected messages until released</source>
        <translation>Die ausgewählten Nachrichten bis zur Freigabe anhalten</translation>
    </message>
    <message>
        <source>Puts the selected messages on hold: never tried and never expired until you release them.</source>
        <translation>Hält die ausgewählten Nachrichten an: Sie werden weder zugestellt noch laufen sie ab, bis Sie sie freigeben.</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Let the selected messages go now</source>
        <translation>Die ausgewählten Nachrichten jetzt freigeben</translation>
    </message>
    <message>
        <source>Ends the hold of the selected messages and releases their mail held for ETRN to its route now, as if the domain had asked for it.</source>
        <translation>Hebt das Anhalten der ausgewählten Nachrichten auf und gibt ihre für ETRN zurückgehaltene E-Mail jetzt an ihre Route frei, als hätte die Domäne sie angefordert.</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Show the selected message (Enter or double-click)</source>
        <translation>Die ausgewählte Nachricht anzeigen (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>Shows the envelope, the headers and the state of every recipient of the selected message.</source>
        <translation>Zeigt den Umschlag, die Kopfzeilen und den Status jedes Empfängers der ausgewählten Nachricht an.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the queue again</source>
        <translation>Die Warteschlange neu einlesen</translation>
    </message>
    <message>
        <source>Reads the counts and the messages shown again from Sluice. The viewer also updates by itself whenever the queue changes.</source>
        <translation>Liest die Anzahlen und die angezeigten Nachrichten erneut von Sluice ein. Die Anzeige aktualisiert sich außerdem von selbst, sobald sich die Warteschlange ändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) made due now.</source>
        <translation>
            <numerusform>%n Nachricht ist jetzt fällig.</numerusform>
            <numerusform>%n Nachrichten sind jetzt fällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) put on hold.</source>
        <translation>
            <numerusform>%n Nachricht angehalten.</numerusform>
            <numerusform>%n Nachrichten angehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) released.</source>
        <translation>
            <numerusform>%n Nachricht freigegeben.</numerusform>
            <numerusform>%n Nachrichten freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue actions</source>
        <translation>Warteschlangenaktionen</translation>
    </message>
    <message>
        <source>Actions on the selected messages</source>
        <translation>Aktionen für die ausgewählten Nachrichten</translation>
    </message>
    <message>
        <source>Actions on the messages selected in the table; they are also in the table&apos;s context menu.</source>
        <translation>Aktionen für die in der Tabelle ausgewählten Nachrichten; sie stehen auch im Kontextmenü der Tabelle zur Verfügung.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Queue ID, address or reply</source>
        <translation>Warteschlangen-ID, Adresse oder Antwort</translation>
    </message>
    <message>
        <source>Show only messages containing this text</source>
        <translation>Nur Nachrichten anzeigen, die diesen Text enthalten</translation>
    </message>
    <message>
        <source>Filters the table as you type: the queue ID, the sender, a recipient&apos;s address or the last reply contains the text (upper and lower case alike).</source>
        <translation>Filtert die Tabelle schon während der Eingabe: Die Warteschlangen-ID, der Absender, die Adresse eines Empfängers oder die letzte Antwort enthält den Text (ohne Unterscheidung von Groß- und Kleinschreibung).</translation>
    </message>
    <message>
        <source>Queue sections</source>
        <translation>Warteschlangenbereiche</translation>
    </message>
    <message>
        <source>Choose which messages the table shows</source>
        <translation>Auswählen, welche Nachrichten die Tabelle anzeigt</translation>
    </message>
    <message>
        <source>Outbound mail by destination domain, mail held for ETRN by domain and mail for local mailboxes, with the number of messages in each. Choose one to see only its messages.</source>
        <translation>Ausgehende E-Mail nach Zieldomäne, für ETRN zurückgehaltene E-Mail nach Domäne und E-Mail für lokale Postfächer, jeweils mit der Anzahl der Nachrichten. Wählen Sie einen Eintrag aus, um nur dessen Nachrichten zu sehen.</translation>
    </message>
    <message>
        <source>Queued messages</source>
        <translation>Nachrichten in der Warteschlange</translation>
    </message>
    <message>
        <source>The messages in the chosen section; click a column heading to sort</source>
        <translation>Die Nachrichten im gewählten Bereich; klicken Sie auf eine Spaltenüberschrift, um zu sortieren</translation>
    </message>
    <message>
        <source>One row per message. Select one or more and use the actions above, the context menu or their shortcuts; Enter or a double-click shows the message&apos;s details.</source>
        <translation>Eine Zeile pro Nachricht. Wählen Sie eine oder mehrere aus und verwenden Sie die Aktionen oben, das Kontextmenü oder die Tastenkombinationen; die Eingabetaste oder ein Doppelklick zeigt die Details der Nachricht an.</translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation>Warteschlangenstatus</translation>
    </message>
    <message>
        <source>How many messages are shown, and what the last action did</source>
        <translation>Wie viele Nachrichten angezeigt werden und was die letzte Aktion bewirkt hat</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) shown.</source>
        <translation>
            <numerusform>%n Nachricht angezeigt.</numerusform>
            <numerusform>%n Nachrichten angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for Sluice…</source>
        <translation>Warten auf Sluice…</translation>
    </message>
    <message>
        <source>Sluice is not running or cannot be reached, so the queue cannot be shown. The viewer reconnects by itself as soon as Sluice runs again.</source>
        <translation>Sluice wird nicht ausgeführt oder ist nicht erreichbar, daher kann die Warteschlange nicht angezeigt werden. Die Anzeige verbindet sich von selbst wieder, sobald Sluice wieder läuft.</translation>
    </message>
    <message>
        <source>Delete messages</source>
        <translation>Nachrichten löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) from the queue?</source>
        <translation>
            <numerusform>%n Nachricht aus der Warteschlange löschen?</numerusform>
            <numerusform>%n Nachrichten aus der Warteschlange löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>A failure report tells each sender that the message was deleted by the postmaster and was not delivered. Delivery reports themselves (sender &lt;&gt;) never get one.</source>
        <translation>Ein Unzustellbarkeitsbericht teilt jedem Absender mit, dass die Nachricht vom Postmaster gelöscht und nicht zugestellt wurde. Zustellberichte selbst (Absender &lt;&gt;) erhalten nie einen.</translation>
    </message>
    <message>
        <source>Delete and send a &amp;failure report</source>
        <translation>Löschen und &amp;Unzustellbarkeitsbericht senden</translation>
    </message>
    <message>
        <source>Delete &amp;silently</source>
        <translation>&amp;Ohne Benachrichtigung löschen</translation>
    </message>
    <message>
        <source>Delete and tell the senders</source>
        <translation>Löschen und die Absender benachrichtigen</translation>
    </message>
    <message>
        <source>Removes the messages and sends each sender a failure report.</source>
        <translation>Entfernt die Nachrichten und sendet jedem Absender einen Unzustellbarkeitsbericht.</translation>
    </message>
    <message>
        <source>Delete without telling anyone</source>
        <translation>Löschen, ohne jemanden zu benachrichtigen</translation>
    </message>
    <message>
        <source>Removes the messages; nobody is told.</source>
        <translation>Entfernt die Nachrichten; niemand wird benachrichtigt.</translation>
    </message>
    <message>
        <source>Keep the messages</source>
        <translation>Nachrichten behalten</translation>
    </message>
    <message>
        <source>Closes this question; nothing is deleted.</source>
        <translation>Schließt diese Frage; es wird nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted; their senders get a failure report.</source>
        <translation>
            <numerusform>%n Nachricht gelöscht; ihr Absender erhält einen Unzustellbarkeitsbericht.</numerusform>
            <numerusform>%n Nachrichten gelöscht; ihre Absender erhalten einen Unzustellbarkeitsbericht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted.</source>
        <translation>
            <numerusform>%n Nachricht gelöscht.</numerusform>
            <numerusform>%n Nachrichten gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::RetrievalDomainDialog</name>
    <message>
        <source>Add Domain</source>
        <translation>Domäne hinzufügen</translation>
    </message>
    <message>
        <source>Edit Domain</source>
        <translation>Domäne bearbeiten</translation>
    </message>
    <message>
        <source>example.com or @example.com</source>
        <translation>example.com oder @example.com</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <source>A domain to ask the provider for; @domain includes its subdomains.</source>
        <translation>Eine Domäne, deren E-Mail beim Provider angefordert wird; @domain schließt ihre Subdomänen ein.</translation>
    </message>
    <message>
        <source>Sluice asks the provider to send the mail it holds for this domain. Written with an @ in front (@example.com), it asks for the domain and all its subdomains, as RFC 1985 describes.</source>
        <translation>Sluice fordert den Provider auf, die für diese Domäne zurückgehaltene E-Mail zu senden. Mit vorangestelltem @ (@example.com) wird die E-Mail für die Domäne und alle ihre Subdomänen angefordert, wie in RFC 1985 beschrieben.</translation>
    </message>
    <message>
        <source>Enter a domain name.</source>
        <translation>Geben Sie einen Domänennamen ein.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>„%1“ ist kein Domänenname.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ist bereits in der Liste enthalten.</translation>
    </message>
</context>
<context>
    <name>Sluice::RetrievalPage</name>
    <message>
        <source>Mail Re&amp;trieval</source>
        <translation>&amp;E-Mail-Abruf</translation>
    </message>
    <message>
        <source>After delivering outbound mail</source>
        <translation>Nach der Übermittlung ausgehender E-Mail</translation>
    </message>
    <message>
        <source>D&amp;o not send a retrieval command</source>
        <translation>&amp;Keinen Abrufbefehl senden</translation>
    </message>
    <message>
        <source>The provider delivers by itself (or not at all); Sluice only sends mail.</source>
        <translation>Der Provider stellt von sich aus zu (oder gar nicht); Sluice sendet nur E-Mail.</translation>
    </message>
    <message>
        <source>Retrieve mail using &amp;ETRN</source>
        <translation>E-Mail mit E&amp;TRN abrufen</translation>
    </message>
    <message>
        <source>Ask the provider with ETRN to deliver the mail it holds for your domains (RFC 1985).</source>
        <translation>Den Provider mit ETRN auffordern, die für Ihre Domänen zurückgehaltene E-Mail zuzustellen (RFC 1985).</translation>
    </message>
    <message>
        <source>Issue T&amp;URN after delivering outbound mail</source>
        <translation>T&amp;URN nach der Übermittlung ausgehender E-Mail senden</translation>
    </message>
    <message>
        <source>After sending, reverse the roles on the same connection and receive the held mail (RFC 821).</source>
        <translation>Nach dem Senden die Rollen auf derselben Verbindung tauschen und die zurückgehaltene E-Mail empfangen (RFC 821).</translation>
    </message>
    <message>
        <source>Retrieve mail using &amp;ATRN (On-Demand Mail Relay)</source>
        <translation>E-Mail mit &amp;ATRN abrufen (On-Demand Mail Relay)</translation>
    </message>
    <message>
        <source>Log on to the provider&apos;s ODMR host (port 366) and reverse the roles: works with a dynamic IP address, which ETRN does not (RFC 2645).</source>
        <translation>Beim ODMR-Host des Providers (Port 366) anmelden und die Rollen tauschen: funktioniert mit einer dynamischen IP-Adresse, im Gegensatz zu ETRN (RFC 2645).</translation>
    </message>
    <message>
        <source>&amp;Run a command</source>
        <translation>Einen &amp;Befehl ausführen</translation>
    </message>
    <message>
        <source>Run a program of your own, for example one that makes the provider start its queue.</source>
        <translation>Ein eigenes Programm ausführen, zum Beispiel eines, das den Provider veranlasst, seine Warteschlange abzuarbeiten.</translation>
    </message>
    <message>
        <source>Ask for mail for (ETRN, ATRN)</source>
        <translation>E-Mail anfordern für (ETRN, ATRN)</translation>
    </message>
    <message>
        <source>Domains on the Routing &amp;page</source>
        <translation>Domänen auf der Seite „&amp;Routing“</translation>
    </message>
    <message>
        <source>Ask for the local domains listed on the Routing page.</source>
        <translation>Die auf der Seite „Routing“ aufgeführten lokalen Domänen anfordern.</translation>
    </message>
    <message>
        <source>Use these do&amp;mains:</source>
        <translation>&amp;Diese Domänen verwenden:</translation>
    </message>
    <message>
        <source>Ask for the domains in the list below only.</source>
        <translation>Nur die Domänen in der Liste unten anfordern.</translation>
    </message>
    <message>
        <source>Write “@example.com” to ask for the domain and all its subdomains.</source>
        <translation>Schreiben Sie „@example.com“, um die Domäne und alle ihre Subdomänen anzufordern.</translation>
    </message>
    <message>
        <source>Domains to ask for</source>
        <translation>Anzufordernde Domänen</translation>
    </message>
    <message>
        <source>The domains to ask the provider for.</source>
        <translation>Die Domänen, deren E-Mail beim Provider angefordert wird.</translation>
    </message>
    <message>
        <source>Provider&apos;s host</source>
        <translation>Host des Providers</translation>
    </message>
    <message>
        <source>&amp;Send ETRN to this host instead of the outbound mail host:</source>
        <translation>ETRN an diesen Host &amp;senden statt an den Ausgangs-Mailserver:</translation>
    </message>
    <message>
        <source>For providers with separate hosts for inbound and outbound mail.</source>
        <translation>Für Provider mit getrennten Hosts für eingehende und ausgehende E-Mail.</translation>
    </message>
    <message>
        <source>host or host:port</source>
        <translation>Host oder Host:Port</translation>
    </message>
    <message>
        <source>The host (and port, 25 unless given) to send ETRN to.</source>
        <translation>Der Host (und Port, ohne Angabe 25), an den ETRN gesendet wird.</translation>
    </message>
    <message>
        <source>ETRN host</source>
        <translation>ETRN-Host</translation>
    </message>
    <message>
        <source>Test Co&amp;nnection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Connect to the ETRN host and show what it offers; sends no mail.</source>
        <translation>Eine Verbindung mit dem ETRN-Host herstellen und anzeigen, was er anbietet; es wird keine E-Mail gesendet.</translation>
    </message>
    <message>
        <source>ATRN &amp;host:</source>
        <translation>ATRN-&amp;Host:</translation>
    </message>
    <message>
        <source>odmr.provider.example</source>
        <translation>odmr.provider.example</translation>
    </message>
    <message>
        <source>The provider&apos;s On-Demand Mail Relay host (port 366 unless given).</source>
        <translation>Der On-Demand-Mail-Relay-Host des Providers (ohne Angabe Port 366).</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>Verbindun&amp;g testen</translation>
    </message>
    <message>
        <source>Connect to the ATRN host, log on, and show what it offers.</source>
        <translation>Eine Verbindung mit dem ATRN-Host herstellen, sich anmelden und anzeigen, was er anbietet.</translation>
    </message>
    <message>
        <source>Logging on (ETRN, TURN, ATRN)</source>
        <translation>Anmeldung (ETRN, TURN, ATRN)</translation>
    </message>
    <message>
        <source>As for the outbound mail host</source>
        <translation>Wie beim Ausgangs-Mailserver</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Keine Authentifizierung</translation>
    </message>
    <message>
        <source>Any method the host offers</source>
        <translation>Beliebiges vom Host angebotenes Verfahren</translation>
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
        <translation>An&amp;meldung:</translation>
    </message>
    <message>
        <source>How Sluice authenticates before asking for mail.</source>
        <translation>Wie sich Sluice authentifiziert, bevor es E-Mail anfordert.</translation>
    </message>
    <message>
        <source>“As for the outbound mail host” uses the account, password and TLS set on the Security page for it; otherwise the account below is used.</source>
        <translation>„Wie beim Ausgangs-Mailserver“ verwendet das Konto, das Kennwort und die TLS-Einstellung, die auf der Seite „Sicherheit“ dafür festgelegt sind; andernfalls wird das Konto unten verwendet.</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>The account for retrieval.</source>
        <translation>Das Konto für den Abruf.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Kenn&amp;wort:</translation>
    </message>
    <message>
        <source>The password for retrieval; leave it empty to keep the stored one.</source>
        <translation>Das Kennwort für den Abruf; lassen Sie das Feld leer, um das gespeicherte beizubehalten.</translation>
    </message>
    <message>
        <source>Stored in the keychain when you click OK or Apply, never in the configuration.</source>
        <translation>Wird im Schlüsselbund gespeichert, wenn Sie auf „OK“ oder „Anwenden“ klicken, nie in der Konfiguration.</translation>
    </message>
    <message>
        <source>Use TLS when the host offers it</source>
        <translation>TLS verwenden, wenn der Host es anbietet</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>TLS erforderlich</translation>
    </message>
    <message>
        <source>Encr&amp;yption (TLS):</source>
        <translation>Verschlüsselung (T&amp;LS):</translation>
    </message>
    <message>
        <source>Whether to insist on STARTTLS before logging on.</source>
        <translation>Ob vor der Anmeldung auf STARTTLS bestanden wird.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>ssh provider /usr/lib/sendmail -q -Rexample.com</source>
        <translation>ssh provider /usr/lib/sendmail -q -Rexample.com</translation>
    </message>
    <message>
        <source>Command &amp;line:</source>
        <translation>Befehls&amp;zeile:</translation>
    </message>
    <message>
        <source>The program to run, with its arguments.</source>
        <translation>Das auszuführende Programm mit seinen Argumenten.</translation>
    </message>
    <message>
        <source>Run without a shell once the link is up and outbound mail is sent; its output goes to the connection log. Write sh -c &quot;…&quot; to use a shell.</source>
        <translation>Wird ohne Shell ausgeführt, sobald die Verbindung besteht und ausgehende E-Mail gesendet ist; seine Ausgabe wird im Verbindungsprotokoll festgehalten. Für eine Shell schreiben Sie sh -c &quot;…&quot;.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Stop it a&amp;fter:</source>
        <translation>Ma&amp;ximale Laufzeit:</translation>
    </message>
    <message>
        <source>Seconds the command may run.</source>
        <translation>Sekunden, die der Befehl laufen darf.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(gespeichert)</translation>
    </message>
    <message>
        <source>%1 is in the list twice.</source>
        <translation>%1 ist doppelt in der Liste enthalten.</translation>
    </message>
    <message>
        <source>Add the domains to ask for, or choose the domains on the Routing page.</source>
        <translation>Fügen Sie die anzufordernden Domänen hinzu, oder wählen Sie die Domänen der Seite „Routing“.</translation>
    </message>
    <message>
        <source>Enter the host to send ETRN to.</source>
        <translation>Geben Sie den Host ein, an den ETRN gesendet werden soll.</translation>
    </message>
    <message>
        <source>ETRN needs a host to talk to: no outbound mail host is set on the Connections page. Send ETRN to a specified host, or set the outbound mail host.</source>
        <translation>ETRN benötigt einen Host als Gegenstelle: Auf der Seite „Verbindungen“ ist kein Ausgangs-Mailserver festgelegt. Senden Sie ETRN an einen angegebenen Host, oder legen Sie den Ausgangs-Mailserver fest.</translation>
    </message>
    <message>
        <source>TURN is sent to the outbound mail host, and none is set on the Connections page.</source>
        <translation>TURN wird an den Ausgangs-Mailserver gesendet, und auf der Seite „Verbindungen“ ist keiner festgelegt.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s ATRN host.</source>
        <translation>Geben Sie den ATRN-Host des Providers ein.</translation>
    </message>
    <message>
        <source>Enter the command to run.</source>
        <translation>Geben Sie den auszuführenden Befehl ein.</translation>
    </message>
    <message>
        <source>Enter the account the password belongs to.</source>
        <translation>Geben Sie das Konto ein, zu dem das Kennwort gehört.</translation>
    </message>
</context>
<context>
    <name>Sluice::RetrievalWizardPage</name>
    <message>
        <source>Collecting your mail</source>
        <translation>Abholen Ihrer E-Mail</translation>
    </message>
    <message>
        <source>While Sluice is not connected, your provider keeps your mail. How does Sluice ask for it?</source>
        <translation>Solange Sluice nicht verbunden ist, bewahrt Ihr Provider Ihre E-Mail auf. Wie soll Sluice sie anfordern?</translation>
    </message>
    <message>
        <source>Collect mail with</source>
        <translation>E-Mail abholen mit</translation>
    </message>
    <message>
        <source>How to collect mail</source>
        <translation>Wie E-Mail abgeholt wird</translation>
    </message>
    <message>
        <source>&amp;ETRN (recommended with a static address)</source>
        <translation>&amp;ETRN (empfohlen bei statischer Adresse)</translation>
    </message>
    <message>
        <source>&amp;TURN</source>
        <translation>&amp;TURN</translation>
    </message>
    <message>
        <source>Sluice asks the provider to turn the connection around and takes the mail over it. Few providers still offer it; works with a dynamic address.</source>
        <translation>Sluice bittet den Provider, die Verbindung umzukehren, und empfängt die E-Mail darüber. Nur noch wenige Provider bieten dies an; funktioniert mit einer dynamischen Adresse.</translation>
    </message>
    <message>
        <source>&amp;ATRN, On-Demand Mail Relay (works with a dynamic address)</source>
        <translation>&amp;ATRN, On-Demand Mail Relay (funktioniert mit dynamischer Adresse)</translation>
    </message>
    <message>
        <source>Sluice logs in to the provider&apos;s On-Demand Mail Relay host and takes the mail over the same connection, so the provider never needs to reach this machine.</source>
        <translation>Sluice meldet sich beim On-Demand-Mail-Relay-Host des Providers an und empfängt die E-Mail über dieselbe Verbindung, sodass der Provider diesen Computer nie erreichen muss.</translation>
    </message>
    <message>
        <source>Run a &amp;command</source>
        <translation>&amp;Befehl ausführen</translation>
    </message>
    <message>
        <source>Sluice runs a program you name, such as fetchmail, to collect the mail.</source>
        <translation>Sluice führt ein von Ihnen angegebenes Programm aus, zum Beispiel fetchmail, um die E-Mail abzuholen.</translation>
    </message>
    <message>
        <source>fetchmail --silent</source>
        <translation>fetchmail --silent</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>The program and its arguments, run without a shell.</source>
        <translation>Das Programm und seine Argumente, ohne Shell ausgeführt.</translation>
    </message>
    <message>
        <source>Quote arguments that contain spaces. The command gets no password from Sluice.</source>
        <translation>Setzen Sie Argumente, die Leerzeichen enthalten, in Anführungszeichen. Der Befehl erhält von Sluice kein Kennwort.</translation>
    </message>
    <message>
        <source>Nothing: my provider &amp;delivers my mail directly</source>
        <translation>Nichts: Mein Provider stellt meine E-Mail &amp;direkt zu</translation>
    </message>
    <message>
        <source>Choose this when your provider sends your mail to this machine by itself whenever it is connected.</source>
        <translation>Wählen Sie dies, wenn Ihr Provider Ihre E-Mail von sich aus an diesen Computer sendet, sobald er verbunden ist.</translation>
    </message>
    <message>
        <source>odmr.provider.example:366</source>
        <translation>odmr.provider.example:366</translation>
    </message>
    <message>
        <source>ATRN &amp;host:</source>
        <translation>ATRN-&amp;Host:</translation>
    </message>
    <message>
        <source>The provider&apos;s On-Demand Mail Relay host, as HOST or HOST:PORT (port 366 unless given).</source>
        <translation>Der On-Demand-Mail-Relay-Host des Providers, als HOST oder HOST:PORT (ohne Angabe Port 366).</translation>
    </message>
    <message>
        <source>Usually the provider&apos;s mail host on port 366. Your provider&apos;s instructions name it.</source>
        <translation>Meist der Mailserver des Providers auf Port 366. Die Anleitung Ihres Providers nennt ihn.</translation>
    </message>
    <message>
        <source>Use the &amp;login of the provider&apos;s mail host</source>
        <translation>Anmeldung des Mailservers des Providers &amp;verwenden</translation>
    </message>
    <message>
        <source>Use an&amp;other login:</source>
        <translation>Eine a&amp;ndere Anmeldung verwenden:</translation>
    </message>
    <message>
        <source>Log in with the account entered on the previous page.</source>
        <translation>Mit dem auf der vorherigen Seite eingegebenen Konto anmelden.</translation>
    </message>
    <message>
        <source>The provider gave a separate account for On-Demand Mail Relay.</source>
        <translation>Der Provider hat ein eigenes Konto für On-Demand Mail Relay vergeben.</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>The account for On-Demand Mail Relay.</source>
        <translation>Das Konto für On-Demand Mail Relay.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>The password of this account.</source>
        <translation>Das Kennwort dieses Kontos.</translation>
    </message>
    <message>
        <source>Kept in the desktop&apos;s keychain, never in the settings. Leave empty to keep the password already stored for this account.</source>
        <translation>Wird im Schlüsselbund des Desktops aufbewahrt, nie in den Einstellungen. Lassen Sie das Feld leer, um das für dieses Konto bereits gespeicherte Kennwort beizubehalten.</translation>
    </message>
    <message>
        <source>The provider holds your mail until Sluice asks for it with ETRN, then sends it to this machine, which it must be able to reach: choose this with a static address. Sluice asks for the mail of your domains from the previous step: %1.</source>
        <translation>Der Provider hält Ihre E-Mail zurück, bis Sluice sie mit ETRN anfordert, und sendet sie dann an diesen Computer, den er dazu erreichen können muss: Wählen Sie dies bei einer statischen Adresse. Sluice fordert die E-Mail der Domänen aus dem vorherigen Schritt an: %1.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(gespeichert)</translation>
    </message>
    <message>
        <source>%1 is sent to your provider&apos;s mail host: go back and enter it.</source>
        <translation>%1 wird an den Mailserver Ihres Providers gesendet: Gehen Sie zurück, und geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s On-Demand Mail Relay host.</source>
        <translation>Geben Sie den On-Demand-Mail-Relay-Host des Providers ein.</translation>
    </message>
    <message>
        <source>ATRN needs a login: enter one on the previous page, or choose another login.</source>
        <translation>ATRN erfordert eine Anmeldung: Geben Sie auf der vorherigen Seite eine ein, oder wählen Sie eine andere Anmeldung.</translation>
    </message>
    <message>
        <source>Enter the account for On-Demand Mail Relay.</source>
        <translation>Geben Sie das Konto für On-Demand Mail Relay ein.</translation>
    </message>
    <message>
        <source>Enter the password of this account.</source>
        <translation>Geben Sie das Kennwort dieses Kontos ein.</translation>
    </message>
    <message>
        <source>Enter the command that collects your mail.</source>
        <translation>Geben Sie den Befehl ein, der Ihre E-Mail abholt.</translation>
    </message>
    <message>
        <source>nothing to send; the provider delivers directly</source>
        <translation>nichts senden; der Provider stellt direkt zu</translation>
    </message>
    <message>
        <source>run a command</source>
        <translation>einen Befehl ausführen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>ETRN to the provider&apos;s mail host</source>
        <translation>ETRN an den Mailserver des Providers</translation>
    </message>
    <message>
        <source>Domains to ask for</source>
        <translation>Anzufordernde Domänen</translation>
    </message>
    <message>
        <source>your office&apos;s domains (%1)</source>
        <translation>Domänen Ihres Büros (%1)</translation>
    </message>
    <message>
        <source>Send ETRN to</source>
        <translation>ETRN senden an</translation>
    </message>
    <message>
        <source>the provider&apos;s mail host</source>
        <translation>Mailserver des Providers</translation>
    </message>
    <message>
        <source>Login for collecting mail</source>
        <translation>Anmeldung für das Abholen von E-Mail</translation>
    </message>
    <message>
        <source>the login of the provider&apos;s mail host</source>
        <translation>Anmeldung des Mailservers des Providers</translation>
    </message>
    <message>
        <source>TURN at the provider&apos;s mail host</source>
        <translation>TURN beim Mailserver des Providers</translation>
    </message>
    <message>
        <source>ATRN (On-Demand Mail Relay)</source>
        <translation>ATRN (On-Demand Mail Relay)</translation>
    </message>
    <message>
        <source>On-Demand Mail Relay host</source>
        <translation>On-Demand-Mail-Relay-Host</translation>
    </message>
    <message>
        <source>its own account</source>
        <translation>eigenes Konto</translation>
    </message>
    <message>
        <source>Account for On-Demand Mail Relay</source>
        <translation>Konto für On-Demand Mail Relay</translation>
    </message>
    <message>
        <source>Password for %1 at %2</source>
        <translation>Kennwort für %1 bei %2</translation>
    </message>
</context>
<context>
    <name>Sluice::RetryPolicy</name>
    <message>
        <source>Enter at least one retry interval in hours, for example .25,.5,1,4.</source>
        <translation>Geben Sie mindestens ein Wiederholungsintervall in Stunden ein, zum Beispiel .25,.5,1,4.</translation>
    </message>
    <message>
        <source>Retry interval %1 is empty.</source>
        <translation>Das Wiederholungsintervall %1 ist leer.</translation>
    </message>
    <message>
        <source>Retry interval %1 (&quot;%2&quot;) is not a number of hours.</source>
        <translation>Das Wiederholungsintervall %1 („%2“) ist keine Anzahl von Stunden.</translation>
    </message>
    <message>
        <source>Retry interval %1 (&quot;%2&quot;) must be more than zero hours.</source>
        <translation>Das Wiederholungsintervall %1 („%2“) muss größer als null Stunden sein.</translation>
    </message>
    <message>
        <source>Retry interval %1 (&quot;%2&quot;) is longer than a week (%3 hours).</source>
        <translation>Das Wiederholungsintervall %1 („%2“) ist länger als eine Woche (%3 Stunden).</translation>
    </message>
</context>
<context>
    <name>Sluice::ReversedSession</name>
    <message>
        <source>the local SMTP server stopped</source>
        <translation>der lokale SMTP-Server wurde beendet</translation>
    </message>
    <message>
        <source>the session was cut</source>
        <translation>die Sitzung wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>Sluice::RouteDialog</name>
    <message>
        <source>Add Route</source>
        <translation>Route hinzufügen</translation>
    </message>
    <message>
        <source>Edit Route</source>
        <translation>Route bearbeiten</translation>
    </message>
    <message>
        <source>example.com or #example.com</source>
        <translation>example.com oder #example.com</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>&amp;Gesendet an:</translation>
    </message>
    <message>
        <source>The domain of the recipients this row is for</source>
        <translation>Die Domäne der Empfänger, für die diese Zeile gilt</translation>
    </message>
    <message>
        <source>The domain the mail is addressed to. “example.com” also covers its subdomains (the most specific row wins); “#example.com” covers exactly that domain.</source>
        <translation>Die Domäne, an die die E-Mail adressiert ist. „example.com“ umfasst auch ihre Subdomänen (die spezifischste Zeile hat Vorrang); „#example.com“ umfasst genau diese Domäne.</translation>
    </message>
    <message>
        <source>&amp;Accepted as inbound</source>
        <translation>Als eingehend &amp;angenommen</translation>
    </message>
    <message>
        <source>Deliver this domain&apos;s mail here, as a local domain</source>
        <translation>E-Mail dieser Domäne hier als lokale Domäne zustellen</translation>
    </message>
    <message>
        <source>Mail for this domain is accepted and delivered where the Routing page&apos;s “Where inbound mail goes” says (mailboxes or an internal mail server).</source>
        <translation>E-Mail für diese Domäne wird angenommen und dort zugestellt, wo es „Zustellung eingehender E-Mail“ auf der Seite „Routing“ vorgibt (Postfächer oder ein interner Mailserver).</translation>
    </message>
    <message>
        <source>&amp;Route to:</source>
        <translation>&amp;Routen an:</translation>
    </message>
    <message>
        <source>Send this domain&apos;s mail on to another domain or host</source>
        <translation>E-Mail dieser Domäne an eine andere Domäne oder einen anderen Host weitersenden</translation>
    </message>
    <message>
        <source>Mail for this domain is accepted from any client and sent on to the domain (its mail exchanger) or host given here, instead of the domain&apos;s own.</source>
        <translation>E-Mail für diese Domäne wird von jedem Client angenommen und an die hier angegebene Domäne (deren Mail Exchanger) oder den hier angegebenen Host gesendet statt an den eigenen Mailserver der Domäne.</translation>
    </message>
    <message>
        <source>mail.example.net or host:port</source>
        <translation>mail.example.net oder Host:Port</translation>
    </message>
    <message>
        <source>A domain (its mail exchanger is used) or HOST:PORT ([IPv6]:PORT)</source>
        <translation>Eine Domäne (deren Mail Exchanger verwendet wird) oder HOST:PORT ([IPv6]:PORT)</translation>
    </message>
    <message>
        <source>Where the mail goes: a domain, whose mail exchanger Sluice looks up, or a host with an optional port, such as relay.example.net:2525 or [2001:db8::1]:25.</source>
        <translation>Wohin die E-Mail geht: eine Domäne, deren Mail Exchanger Sluice nachschlägt, oder ein Host mit optionalem Port, zum Beispiel relay.example.net:2525 oder [2001:db8::1]:25.</translation>
    </message>
    <message>
        <source>Route to</source>
        <translation>Routen an</translation>
    </message>
    <message>
        <source>Give the domain the mail is sent to, such as example.com.</source>
        <translation>Geben Sie die Domäne an, an die die E-Mail gesendet wird, zum Beispiel example.com.</translation>
    </message>
    <message>
        <source>A domain accepted as inbound always covers its subdomains: remove the “#”.</source>
        <translation>Eine als eingehend angenommene Domäne umfasst immer ihre Subdomänen: Entfernen Sie das „#“.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ist bereits in der Liste enthalten.</translation>
    </message>
    <message>
        <source>Give one domain per row.</source>
        <translation>Geben Sie eine Domäne pro Zeile an.</translation>
    </message>
</context>
<context>
    <name>Sluice::RouteModel</name>
    <message>
        <source>(accepted as inbound)</source>
        <translation>(als eingehend angenommen)</translation>
    </message>
    <message>
        <source>Mail for %1 exactly (not its subdomains)</source>
        <translation>E-Mail für genau %1 (nicht für Subdomänen)</translation>
    </message>
    <message>
        <source>Mail for %1 and its subdomains</source>
        <translation>E-Mail für %1 und alle Subdomänen</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <source>Route to</source>
        <translation>Routen an</translation>
    </message>
</context>
<context>
    <name>Sluice::RouteTable</name>
    <message>
        <source>“Sent to” needs a domain, such as example.com or #example.com.</source>
        <translation>„Gesendet an“ erfordert eine Domäne, zum Beispiel example.com oder #example.com.</translation>
    </message>
    <message>
        <source>“%1” ends with a dot; write the domain without it.</source>
        <translation>„%1“ endet mit einem Punkt; geben Sie die Domäne ohne den Punkt ein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name.</source>
        <translation>„%1“ ist kein gültiger Domänenname.</translation>
    </message>
    <message>
        <source>Mail for %1 needs a domain or HOST:PORT to be routed to.</source>
        <translation>Für E-Mail an %1 ist eine Domäne oder HOST:PORT als Routingziel erforderlich.</translation>
    </message>
    <message>
        <source>Cannot route %1 to “%2”: %3</source>
        <translation>%1 kann nicht an „%2“ geroutet werden: %3</translation>
    </message>
    <message>
        <source>Could not save the route for %1: %2</source>
        <translation>Die Route für %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not remove the route for %1: %2</source>
        <translation>Die Route für %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>There is no route for %1.</source>
        <translation>Es gibt keine Route für %1.</translation>
    </message>
</context>
<context>
    <name>Sluice::RoutingPage</name>
    <message>
        <source>&amp;Routing</source>
        <translation>&amp;Routing</translation>
    </message>
    <message>
        <source>Domains and routes</source>
        <translation>Domänen und Routen</translation>
    </message>
    <message>
        <source>&amp;Do not reroute incoming SMTP mail</source>
        <translation>Eingehende SMTP-Mail &amp;nicht umleiten</translation>
    </message>
    <message>
        <source>Accept mail only for the domains accepted as inbound</source>
        <translation>E-Mail nur für die als eingehend angenommenen Domänen annehmen</translation>
    </message>
    <message>
        <source>Mail for the domains marked “(accepted as inbound)” is delivered here; mail for any other domain is refused unless the client may relay (no open relay).</source>
        <translation>E-Mail für die mit „(als eingehend angenommen)“ gekennzeichneten Domänen wird hier zugestellt; E-Mail für jede andere Domäne wird abgelehnt, sofern der Client nicht weiterleiten darf (kein offenes Relay).</translation>
    </message>
    <message>
        <source>Reroute incoming &amp;SMTP mail</source>
        <translation>Eingehende &amp;SMTP-Mail umleiten</translation>
    </message>
    <message>
        <source>Also accept mail for the rerouted domains and send it on</source>
        <translation>Auch E-Mail für die umgeleiteten Domänen annehmen und weitersenden</translation>
    </message>
    <message>
        <source>Mail for a domain with a “Route to” entry is accepted from any client and sent to that domain or host instead. The most specific row wins; “#domain” matches that domain only.</source>
        <translation>E-Mail für eine Domäne mit einem „Routen an“-Eintrag wird von jedem Client angenommen und stattdessen an diese Domäne oder diesen Host gesendet. Die spezifischste Zeile hat Vorrang; „#domain“ trifft nur auf genau diese Domäne zu.</translation>
    </message>
    <message>
        <source>Rou&amp;tes:</source>
        <translation>Rou&amp;ten:</translation>
    </message>
    <message>
        <source>Where mail for each domain goes</source>
        <translation>Wohin E-Mail für die einzelnen Domänen geht</translation>
    </message>
    <message>
        <source>“(accepted as inbound)”: a local domain, delivered as “Where inbound mail goes” says. Any other row: mail for that domain is sent on to the domain or host shown (when rerouting is on).</source>
        <translation>„(als eingehend angenommen)“: eine lokale Domäne, die so zugestellt wird, wie es „Zustellung eingehender E-Mail“ vorgibt. Jede andere Zeile: E-Mail für diese Domäne wird an die angezeigte Domäne oder den angezeigten Host weitergesendet (wenn die Umleitung aktiviert ist).</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a domain accepted as inbound or a route</source>
        <translation>Eine als eingehend angenommene Domäne oder eine Route hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected row</source>
        <translation>Die ausgewählte Zeile ändern</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Die ausgewählte Zeile entfernen</translation>
    </message>
    <message>
        <source>Where inbound mail goes</source>
        <translation>Zustellung eingehender E-Mail</translation>
    </message>
    <message>
        <source>&amp;Mailboxes in:</source>
        <translation>&amp;Postfächer in:</translation>
    </message>
    <message>
        <source>Deliver to a Maildir folder per recipient</source>
        <translation>An einen Maildir-Ordner pro Empfänger zustellen</translation>
    </message>
    <message>
        <source>Each recipient gets a Maildir folder under this folder, which mail programs and IMAP servers such as Dovecot read.</source>
        <translation>Jeder Empfänger erhält unter diesem Ordner einen Maildir-Ordner, den Mailprogramme und IMAP-Server wie Dovecot lesen.</translation>
    </message>
    <message>
        <source>The folder holding the mailboxes (an absolute path)</source>
        <translation>Der Ordner mit den Postfächern (ein absoluter Pfad)</translation>
    </message>
    <message>
        <source>Mailbox folder</source>
        <translation>Postfachordner</translation>
    </message>
    <message>
        <source>(Maildir)</source>
        <translation>(Maildir)</translation>
    </message>
    <message>
        <source>An &amp;internal mail server over</source>
        <translation>Einen &amp;internen Mailserver über</translation>
    </message>
    <message>
        <source>Hand inbound mail to another mail server on your network</source>
        <translation>Eingehende E-Mail an einen anderen Mailserver in Ihrem Netzwerk übergeben</translation>
    </message>
    <message>
        <source>Sluice passes the mail for local domains on to this server (for example Dovecot&apos;s LMTP service or an Exchange server), which delivers it to the mailboxes.</source>
        <translation>Sluice übergibt die E-Mail für lokale Domänen an diesen Server (zum Beispiel den LMTP-Dienst von Dovecot oder einen Exchange-Server), der sie in die Postfächer zustellt.</translation>
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
        <translation>Das Protokoll, das der interne Mailserver verwendet</translation>
    </message>
    <message>
        <source>Internal mail server protocol</source>
        <translation>Protokoll des internen Mailservers</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>Host:Port</translation>
    </message>
    <message>
        <source>The internal mail server, as HOST or HOST:PORT</source>
        <translation>Der interne Mailserver, als HOST oder HOST:PORT</translation>
    </message>
    <message>
        <source>Internal mail server</source>
        <translation>Interner Mailserver</translation>
    </message>
    <message>
        <source>&amp;Catch-all mailbox:</source>
        <translation>Sa&amp;mmelpostfach:</translation>
    </message>
    <message>
        <source>none: refuse unknown recipients</source>
        <translation>keines: unbekannte Empfänger ablehnen</translation>
    </message>
    <message>
        <source>The mailbox for mail to unknown local recipients</source>
        <translation>Das Postfach für E-Mail an unbekannte lokale Empfänger</translation>
    </message>
    <message>
        <source>Mail for a recipient without a mailbox goes here. Leave empty to refuse such recipients (the sender is told at once).</source>
        <translation>E-Mail für einen Empfänger ohne Postfach wird hierher zugestellt. Lassen Sie das Feld leer, um solche Empfänger abzulehnen (der Absender wird sofort benachrichtigt).</translation>
    </message>
    <message>
        <source>Give the internal mail server&apos;s host (and port), or choose Mailboxes.</source>
        <translation>Geben Sie den Host (und Port) des internen Mailservers an, oder wählen Sie „Postfächer“.</translation>
    </message>
</context>
<context>
    <name>Sluice::Schedule</name>
    <message>
        <source>The interval between connections must be at least one minute.</source>
        <translation>Der Abstand zwischen Verbindungen muss mindestens eine Minute betragen.</translation>
    </message>
    <message>
        <source>The time mail waits before connecting must be at least one minute.</source>
        <translation>Die Wartezeit der E-Mail bis zum Verbindungsaufbau muss mindestens eine Minute betragen.</translation>
    </message>
    <message>
        <source>No time of day is set for connecting.</source>
        <translation>Für den Verbindungsaufbau ist keine Uhrzeit festgelegt.</translation>
    </message>
    <message>
        <source>No weekday is selected for connecting.</source>
        <translation>Für den Verbindungsaufbau ist kein Wochentag ausgewählt.</translation>
    </message>
    <message>
        <source>“%1” has no time of day (write times as HH:MM, for example “mon-fri 08:00”).</source>
        <translation>„%1“ enthält keine Uhrzeit (geben Sie Uhrzeiten als HH:MM an, zum Beispiel „mon-fri 08:00“).</translation>
    </message>
    <message>
        <source>“%1” is not a time of day (use HH:MM from 00:00 to 23:59, weekdays before the times, for example “sat,sun 10:00”).</source>
        <translation>„%1“ ist keine Uhrzeit (verwenden Sie HH:MM von 00:00 bis 23:59, Wochentage vor den Uhrzeiten, zum Beispiel „sat,sun 10:00“).</translation>
    </message>
</context>
<context>
    <name>Sluice::ScheduleDialog</name>
    <message numerus="yes">
        <source>Connect every %n minute(s), and when Sluice starts.</source>
        <translation>
            <numerusform>Im Abstand von %n Minute sowie beim Start von Sluice verbinden.</numerusform>
            <numerusform>Im Abstand von %n Minuten sowie beim Start von Sluice verbinden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connect every %n hour(s), and when Sluice starts.</source>
        <translation>
            <numerusform>Im Abstand von %n Stunde sowie beim Start von Sluice verbinden.</numerusform>
            <numerusform>Im Abstand von %n Stunden sowie beim Start von Sluice verbinden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect every %1 and %2, and when Sluice starts.</source>
        <translation>Im Abstand von %1 und %2 sowie beim Start von Sluice verbinden.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect at set times (none set yet).</source>
        <translation>Zu festgelegten Uhrzeiten verbinden (noch keine festgelegt).</translation>
    </message>
    <message>
        <source>Connect at these times: %1.</source>
        <translation>Zu diesen Uhrzeiten verbinden: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Connect when outbound mail has been queued for %n minute(s).</source>
        <translation>
            <numerusform>Verbinden, wenn ausgehende E-Mail seit %n Minute in der Warteschlange steht.</numerusform>
            <numerusform>Verbinden, wenn ausgehende E-Mail seit %n Minuten in der Warteschlange steht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stay connected all the time.</source>
        <translation>Ständig verbunden bleiben.</translation>
    </message>
    <message>
        <source>Connect only when you click Connect now.</source>
        <translation>Nur verbinden, wenn Sie auf „Jetzt verbinden“ klicken.</translation>
    </message>
    <message>
        <source>This schedule can never start a connection: %1</source>
        <translation>Mit diesem Zeitplan wird nie eine Verbindung hergestellt: %1</translation>
    </message>
    <message>
        <source>The interval can be at most 7 days (168 hours).</source>
        <translation>Das Intervall darf höchstens 7 Tage (168 Stunden) betragen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Connect to the provider</source>
        <translation>Verbindung mit dem Provider herstellen</translation>
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
        <translation>Stunden zwischen den Verbindungen.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Minutes between connections, added to the hours.</source>
        <translation>Minuten zwischen den Verbindungen, zu den Stunden addiert.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>Connect at a fixed interval, counted from the last connection; also when Sluice starts.</source>
        <translation>In festem Abstand verbinden, gerechnet ab der letzten Verbindung; außerdem beim Start von Sluice.</translation>
    </message>
    <message>
        <source>&amp;At these times:</source>
        <translation>Zu &amp;diesen Uhrzeiten:</translation>
    </message>
    <message>
        <source>Connect at set times of day, per weekday (local time).</source>
        <translation>Zu festgelegten Uhrzeiten je Wochentag verbinden (Ortszeit).</translation>
    </message>
    <message>
        <source>mon-fri 08:00,12:30; sat 10:00</source>
        <translation>mon-fri 08:00,12:30; sat 10:00</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>&amp;Uhrzeiten:</translation>
    </message>
    <message>
        <source>Times of day, each group starting with its weekdays, groups separated by “;”.</source>
        <translation>Uhrzeiten; jede Gruppe beginnt mit ihren Wochentagen, Gruppen werden durch „;“ getrennt.</translation>
    </message>
    <message>
        <source>Write the weekdays (mon, tue, wed, thu, fri, sat, sun, ranges such as mon-fri, or lists such as sat,sun) and then the times of day separated by commas, for example “mon-fri 08:00,12:30; sat 10:00”. Times without weekdays apply to every day. The preview below shows what Sluice understood.</source>
        <translation>Geben Sie zuerst die Wochentage an (mon, tue, wed, thu, fri, sat, sun, Bereiche wie mon-fri oder Listen wie sat,sun) und dann die Uhrzeiten, durch Kommas getrennt, zum Beispiel „mon-fri 08:00,12:30; sat 10:00“. Uhrzeiten ohne Wochentage gelten für jeden Tag. Die Vorschau unten zeigt, wie Sluice die Angabe verstanden hat.</translation>
    </message>
    <message>
        <source>Times preview</source>
        <translation>Vorschau der Uhrzeiten</translation>
    </message>
    <message>
        <source>How long outbound mail waits before Sluice connects for it.</source>
        <translation>Wie lange ausgehende E-Mail wartet, bevor Sluice dafür eine Verbindung herstellt.</translation>
    </message>
    <message>
        <source>Sluice connects when the oldest outbound message has waited this long, and never more often than this.</source>
        <translation>Sluice stellt eine Verbindung her, wenn die älteste ausgehende Nachricht so lange gewartet hat, und nie häufiger als in diesem Abstand.</translation>
    </message>
    <message>
        <source>Minutes queued</source>
        <translation>Minuten in der Warteschlange</translation>
    </message>
    <message>
        <source>When outbound mail has been &amp;queued for</source>
        <translation>Wenn ausgehende E-Mail länger in der &amp;Warteschlange steht als</translation>
    </message>
    <message>
        <source>Connect only when there is outbound mail that has waited long enough.</source>
        <translation>Nur verbinden, wenn ausgehende E-Mail lange genug gewartet hat.</translation>
    </message>
    <message>
        <source>Al&amp;ways connected</source>
        <translation>&amp;Immer verbunden</translation>
    </message>
    <message>
        <source>Keep the link up all the time, and bring it up again when it drops.</source>
        <translation>Die Verbindung ständig aufrechterhalten und neu aufbauen, wenn sie abbricht.</translation>
    </message>
    <message>
        <source>&amp;Only when I click Connect now</source>
        <translation>&amp;Nur, wenn ich auf „Jetzt verbinden“ klicke</translation>
    </message>
    <message>
        <source>Never connect by itself; only when you click Connect now in the console or the tray.</source>
        <translation>Nie selbstständig verbinden, sondern nur, wenn Sie in der Konsole oder im Infobereich auf „Jetzt verbinden“ klicken.</translation>
    </message>
    <message>
        <source>(not understood yet)</source>
        <translation>(noch nicht verstanden)</translation>
    </message>
</context>
<context>
    <name>Sluice::SecretStore</name>
    <message>
        <source>No password is stored for “%1”.</source>
        <translation>Für „%1“ ist kein Kennwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>Sluice::SecurityPage</name>
    <message>
        <source>Securit&amp;y</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>Outbound mail host (smarthost)</source>
        <translation>Ausgangs-Mailserver (Smarthost)</translation>
    </message>
    <message>
        <source>Use TLS when offered</source>
        <translation>TLS verwenden, wenn angeboten</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>TLS erforderlich</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>Whether mail to the outbound mail host must be encrypted</source>
        <translation>Ob E-Mail an den Ausgangs-Mailserver verschlüsselt werden muss</translation>
    </message>
    <message>
        <source>“Use TLS when offered” encrypts whenever the host offers STARTTLS. “Require TLS” never sends mail or passwords unencrypted: without STARTTLS and a valid certificate the mail waits in the queue.</source>
        <translation>„TLS verwenden, wenn angeboten“ verschlüsselt immer dann, wenn der Host STARTTLS anbietet. „TLS erforderlich“ sendet E-Mail und Kennwörter nie unverschlüsselt: Ohne STARTTLS und ein gültiges Zertifikat bleibt die E-Mail in der Warteschlange.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, for a self-signed certificate</source>
        <translation>SHA-256-Fingerabdruck, für ein selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate:</source>
        <translation>&amp;Festgelegtes Zertifikat:</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of the host&apos;s own certificate</source>
        <translation>Der SHA-256-Fingerabdruck des eigenen Zertifikats des Hosts</translation>
    </message>
    <message>
        <source>For a provider with a self-signed certificate: its SHA-256 fingerprint (64 hexadecimal digits; colons and spaces, as openssl prints it, are fine). That certificate is then accepted; any other must be valid as usual.</source>
        <translation>Für einen Provider mit selbstsigniertem Zertifikat: dessen SHA-256-Fingerabdruck (64 Hexadezimalziffern; Doppelpunkte und Leerzeichen, wie openssl sie ausgibt, sind zulässig). Dieses Zertifikat wird dann akzeptiert; jedes andere muss wie üblich gültig sein.</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Keine Authentifizierung</translation>
    </message>
    <message>
        <source>Any offered</source>
        <translation>Beliebiges angebotenes Verfahren</translation>
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
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>How Sluice logs in to the outbound mail host</source>
        <translation>Wie sich Sluice beim Ausgangs-Mailserver anmeldet</translation>
    </message>
    <message>
        <source>Most providers want a login before they relay mail. “Any offered” picks the best method the host offers; the IMS sent AUTH LOGIN.</source>
        <translation>Die meisten Provider verlangen eine Anmeldung, bevor sie E-Mail weiterleiten. „Beliebiges angebotenes Verfahren“ wählt das beste Verfahren, das der Host anbietet; der IMS hat AUTH LOGIN gesendet.</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>The account name at the outbound mail host</source>
        <translation>Der Kontoname beim Ausgangs-Mailserver</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Kenn&amp;wort:</translation>
    </message>
    <message>
        <source>The password of that account</source>
        <translation>Das Kennwort dieses Kontos</translation>
    </message>
    <message>
        <source>Kept in the keychain (or the password file), never in the settings. Leave it empty to keep the stored password.</source>
        <translation>Wird im Schlüsselbund (oder in der Kennwortdatei) aufbewahrt, nie in den Einstellungen. Lassen Sie das Feld leer, um das gespeicherte Kennwort beizubehalten.</translation>
    </message>
    <message>
        <source>Allow AUTH in clear te&amp;xt to this host</source>
        <translation>AUTH im &amp;Klartext an diesen Host zulassen</translation>
    </message>
    <message>
        <source>Send the password without TLS if the host offers no STARTTLS</source>
        <translation>Das Kennwort ohne TLS senden, wenn der Host kein STARTTLS anbietet</translation>
    </message>
    <message>
        <source>Lets AUTH LOGIN and PLAIN send the password readable over the network when the host does not offer TLS. Only for a host on your own network.</source>
        <translation>Erlaubt AUTH LOGIN und PLAIN, das Kennwort lesbar über das Netzwerk zu senden, wenn der Host kein TLS anbietet. Nur für einen Host in Ihrem eigenen Netzwerk.</translation>
    </message>
    <message>
        <source>Per-domain security is set in each E-Mail Domain entry (Connections page).</source>
        <translation>Die Sicherheit pro Domäne wird im jeweiligen E-Mail-Domäneneintrag festgelegt (Seite „Verbindungen“).</translation>
    </message>
    <message>
        <source>Where passwords are kept</source>
        <translation>Speicherort der Kennwörter</translation>
    </message>
    <message>
        <source>In the desktop&apos;s &amp;keychain</source>
        <translation>Im Schlüssel&amp;bund des Desktops</translation>
    </message>
    <message>
        <source>GNOME Keyring, KWallet or another Secret Service keychain</source>
        <translation>GNOME Keyring, KWallet oder ein anderer Secret-Service-Schlüsselbund</translation>
    </message>
    <message>
        <source>The passwords are encrypted by the desktop&apos;s keychain and unlocked when you log in. Use this wherever a keychain runs.</source>
        <translation>Die Kennwörter werden vom Schlüsselbund des Desktops verschlüsselt und bei Ihrer Anmeldung entsperrt. Verwenden Sie diese Option überall, wo ein Schlüsselbund läuft.</translation>
    </message>
    <message>
        <source>In a password &amp;file in the data folder (not encrypted)</source>
        <translation>In einer Kennwort&amp;datei im Datenordner (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>For a server without a keychain</source>
        <translation>Für einen Server ohne Schlüsselbund</translation>
    </message>
    <message>
        <source>The passwords are kept in a file that only your user can read, but they are not encrypted: anyone with access to your account or its backups can read them.</source>
        <translation>Die Kennwörter werden in einer Datei aufbewahrt, die nur Ihr Benutzer lesen kann, sie sind aber nicht verschlüsselt: Jeder mit Zugriff auf Ihr Konto oder dessen Sicherungen kann sie lesen.</translation>
    </message>
    <message>
        <source>Keep passwords in a file?</source>
        <translation>Kennwörter in einer Datei speichern?</translation>
    </message>
    <message>
        <source>The password file is readable only by you, but it is not encrypted: anyone who can read your files or their backups can read the passwords.

Passwords already in the keychain stay there; type them again after switching. Keep passwords in the file?</source>
        <translation>Die Kennwortdatei kann nur von Ihnen gelesen werden, ist aber nicht verschlüsselt: Jeder, der Ihre Dateien oder deren Sicherungen lesen kann, kann die Kennwörter lesen.

Kennwörter, die bereits im Schlüsselbund gespeichert sind, bleiben dort; geben Sie sie nach dem Wechsel erneut ein. Kennwörter in der Datei speichern?</translation>
    </message>
    <message>
        <source>In use now: the password file %1 (owner-only, not encrypted).</source>
        <translation>Derzeit verwendet: die Kennwortdatei %1 (nur für den Besitzer zugänglich, nicht verschlüsselt).</translation>
    </message>
    <message>
        <source>In use now: the desktop&apos;s keychain. If none is running when a password is saved, Sluice asks before using the file instead.</source>
        <translation>Derzeit verwendet: der Schlüsselbund des Desktops. Läuft beim Speichern eines Kennworts keiner, fragt Sluice nach, bevor es stattdessen die Datei verwendet.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(gespeichert)</translation>
    </message>
    <message>
        <source>Give the account name the outbound mail host knows you by, or choose No authentication.</source>
        <translation>Geben Sie den Kontonamen an, unter dem Sie dem Ausgangs-Mailserver bekannt sind, oder wählen Sie „Keine Authentifizierung“.</translation>
    </message>
    <message>
        <source>List the hosts or networks that may send ETRN, such as 192.0.2.7 or 198.51.100.0/24.</source>
        <translation>Führen Sie die Hosts oder Netzwerke auf, die ETRN senden dürfen, zum Beispiel 192.0.2.7 oder 198.51.100.0/24.</translation>
    </message>
    <message>
        <source>Give the address and port to accept ATRN on, such as *:366.</source>
        <translation>Geben Sie die Adresse und den Port an, an denen ATRN angenommen wird, zum Beispiel *:366.</translation>
    </message>
    <message>
        <source>Sluice&apos;s own server</source>
        <translation>Eigener Server von Sluice</translation>
    </message>
    <message>
        <source>Allow A&amp;UTH PLAIN/LOGIN without TLS</source>
        <translation>A&amp;UTH PLAIN/LOGIN ohne TLS zulassen</translation>
    </message>
    <message>
        <source>Let clients send their password unencrypted</source>
        <translation>Clients erlauben, ihr Kennwort unverschlüsselt zu senden</translation>
    </message>
    <message>
        <source>Offers AUTH PLAIN and LOGIN before STARTTLS, so the password crosses the network readable. Only for clients on your own network that cannot use TLS. CRAM-MD5 is always offered.</source>
        <translation>Bietet AUTH PLAIN und LOGIN vor STARTTLS an, sodass das Kennwort lesbar über das Netzwerk übertragen wird. Nur für Clients in Ihrem eigenen Netzwerk, die kein TLS verwenden können. CRAM-MD5 wird immer angeboten.</translation>
    </message>
    <message>
        <source>The STARTTLS certificate is set on the General page.</source>
        <translation>Das STARTTLS-Zertifikat wird auf der Seite „Allgemein“ festgelegt.</translation>
    </message>
    <message>
        <source>Acc&amp;ounts…</source>
        <translation>Ko&amp;nten…</translation>
    </message>
    <message>
        <source>The accounts customers log in to Sluice with</source>
        <translation>Die Konten, mit denen sich Kunden bei Sluice anmelden</translation>
    </message>
    <message>
        <source>Add, change or remove the accounts that may log in to Sluice (AUTH) and the domains each may pull with ATRN or TURN.</source>
        <translation>Die Konten hinzufügen, ändern oder entfernen, die sich bei Sluice anmelden dürfen (AUTH), sowie die Domänen, deren E-Mail jedes Konto mit ATRN oder TURN abholen darf.</translation>
    </message>
    <message>
        <source>Releasing held mail (ETRN, ATRN)</source>
        <translation>Freigabe zurückgehaltener E-Mail (ETRN, ATRN)</translation>
    </message>
    <message>
        <source>Answer &amp;ETRN requests</source>
        <translation>&amp;ETRN-Anforderungen beantworten</translation>
    </message>
    <message>
        <source>Let customers ask for the mail held for their domains</source>
        <translation>Kunden erlauben, die für ihre Domänen zurückgehaltene E-Mail anzufordern</translation>
    </message>
    <message>
        <source>Mail for E-Mail Domain entries with “Queue messages for ETRN” is held until the domain&apos;s mail server connects and sends ETRN; Sluice then delivers it.</source>
        <translation>E-Mail für E-Mail-Domäneneinträge mit „Nachrichten für ETRN in Warteschlange stellen“ wird zurückgehalten, bis sich der Mailserver der Domäne verbindet und ETRN sendet; dann stellt Sluice sie zu.</translation>
    </message>
    <message>
        <source>Any &amp;host may send ETRN</source>
        <translation>Jeder &amp;Host darf ETRN senden</translation>
    </message>
    <message>
        <source>Only the &amp;listed hosts</source>
        <translation>Nur die aufge&amp;listeten Hosts</translation>
    </message>
    <message>
        <source>Only clients that have logged i&amp;n</source>
        <translation>Nur angemeldete Cl&amp;ients</translation>
    </message>
    <message>
        <source>Who may ask for held mail</source>
        <translation>Wer zurückgehaltene E-Mail anfordern darf</translation>
    </message>
    <message>
        <source>Others are told the domain is not held here. Logged-in clients use the accounts of the Accounts… list.</source>
        <translation>Anderen wird mitgeteilt, dass die Domäne hier nicht zurückgehalten wird. Angemeldete Clients verwenden die Konten der Liste unter „Konten…“.</translation>
    </message>
    <message>
        <source>192.0.2.7, 198.51.100.0/24</source>
        <translation>192.0.2.7, 198.51.100.0/24</translation>
    </message>
    <message>
        <source>Listed host&amp;s:</source>
        <translation>Auf&amp;gelistete Hosts:</translation>
    </message>
    <message>
        <source>The addresses or networks that may send ETRN</source>
        <translation>Die Adressen oder Netzwerke, die ETRN senden dürfen</translation>
    </message>
    <message>
        <source>IP addresses or networks (CIDR), separated by commas.</source>
        <translation>IP-Adressen oder Netzwerke (CIDR), durch Kommas getrennt.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Hold mail for at &amp;most:</source>
        <translation>E-Mail &amp;maximal zurückhalten:</translation>
    </message>
    <message>
        <source>How long mail may wait for ETRN</source>
        <translation>Wie lange E-Mail auf ETRN warten darf</translation>
    </message>
    <message>
        <source>After this many hours the sender gets a failure report and the held message is dropped.</source>
        <translation>Nach so vielen Stunden erhält der Absender einen Unzustellbarkeitsbericht, und die zurückgehaltene Nachricht wird verworfen.</translation>
    </message>
    <message>
        <source>Accept AT&amp;RN on:</source>
        <translation>AT&amp;RN annehmen an:</translation>
    </message>
    <message>
        <source>Let customers with changing addresses pull their mail (ATRN)</source>
        <translation>Kunden mit wechselnden Adressen erlauben, ihre E-Mail abzuholen (ATRN)</translation>
    </message>
    <message>
        <source>On-Demand Mail Relay: the customer connects, logs in with an account and Sluice turns the connection round to deliver the held mail. Usually on port 366.</source>
        <translation>On-Demand Mail Relay: Der Kunde verbindet sich, meldet sich mit einem Konto an, und Sluice kehrt die Verbindung um, um die zurückgehaltene E-Mail zuzustellen. Meist auf Port 366.</translation>
    </message>
    <message>
        <source>The address and port to listen on for ATRN, such as *:366</source>
        <translation>Die Adresse und der Port, an denen auf ATRN gewartet wird, zum Beispiel *:366</translation>
    </message>
    <message>
        <source>ADDRESS:PORT: * for every address, or one address such as 192.0.2.1:366 or [::1]:366.</source>
        <translation>ADRESSE:PORT: * für jede Adresse oder eine einzelne Adresse wie 192.0.2.1:366 oder [::1]:366.</translation>
    </message>
    <message>
        <source>ATRN address and port</source>
        <translation>ATRN-Adresse und -Port</translation>
    </message>
</context>
<context>
    <name>Sluice::ServerAccountModel</name>
    <message>
        <source>(none: may only send mail)</source>
        <translation>(keine: darf nur E-Mail senden)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Domains it may pull (ATRN, TURN)</source>
        <translation>Abrufbare Domänen (ATRN, TURN)</translation>
    </message>
</context>
<context>
    <name>Sluice::ServerAccountTable</name>
    <message>
        <source>An account name is 1 to 64 letters, digits and . _ - + @, and does not begin with -.</source>
        <translation>Ein Kontoname besteht aus 1 bis 64 Buchstaben, Ziffern und den Zeichen . _ - + @ und darf nicht mit - beginnen.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>„%1“ ist kein Domänenname.</translation>
    </message>
    <message>
        <source>Could not save the account %1: %2</source>
        <translation>Das Konto %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not remove the account %1: %2</source>
        <translation>Das Konto %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
</context>
<context>
    <name>Sluice::ServerTls</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-Schlüssel</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot run openssl to make a TLS certificate: %1 (install the openssl package)</source>
        <translation>openssl kann zum Erstellen eines TLS-Zertifikats nicht ausgeführt werden: %1 (installieren Sie das Paket openssl)</translation>
    </message>
    <message>
        <source>openssl did not finish making a TLS certificate in time</source>
        <translation>openssl hat das TLS-Zertifikat nicht rechtzeitig erstellt</translation>
    </message>
    <message>
        <source>openssl could not make a TLS certificate: %1</source>
        <translation>openssl konnte kein TLS-Zertifikat erstellen: %1</translation>
    </message>
    <message>
        <source>Set both smtp.tls_certificate and smtp.tls_key, or neither for a self-signed certificate</source>
        <translation>Legen Sie sowohl smtp.tls_certificate als auch smtp.tls_key fest oder, für ein selbstsigniertes Zertifikat, keine von beiden</translation>
    </message>
</context>
<context>
    <name>Sluice::ServiceConnection</name>
    <message>
        <source>Sluice did not answer in time.</source>
        <translation>Sluice hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Sluice did not answer.</source>
        <translation>Sluice hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>Sluice::Settings</name>
    <message>
        <source>Could not read the settings from “%1”: %2</source>
        <translation>Die Einstellungen konnten nicht aus „%1“ gelesen werden: %2</translation>
    </message>
    <message>
        <source>Unknown setting “%1”.</source>
        <translation>Unbekannte Einstellung „%1“.</translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation>Ungültiger Wert für %1: %2</translation>
    </message>
    <message>
        <source>Could not save %1 in “%2”: %3</source>
        <translation>%1 konnte nicht in „%2“ gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Could not reset %1 in “%2”: %3</source>
        <translation>%1 konnte in „%2“ nicht zurückgesetzt werden: %3</translation>
    </message>
    <message>
        <source>“%1” ends with a dot; write the domain without it.</source>
        <translation>„%1“ endet mit einem Punkt; geben Sie die Domäne ohne den Punkt ein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name.</source>
        <translation>„%1“ ist kein gültiger Domänenname.</translation>
    </message>
    <message>
        <source>The host name must not be empty.</source>
        <translation>Der Hostname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>“%1” is not an address of the form name@domain.</source>
        <translation>„%1“ ist keine Adresse der Form name@domäne.</translation>
    </message>
    <message>
        <source>“%1” needs a port from 0 to 65535: write ADDRESS:PORT, for example *:25, 127.0.0.1:2525 or [::1]:25.</source>
        <translation>„%1“ benötigt einen Port von 0 bis 65535: Geben Sie ADRESSE:PORT an, zum Beispiel *:25, 127.0.0.1:2525 oder [::1]:25.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation>„%1“ ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not *, an IPv4 address or an IPv6 address in brackets.</source>
        <translation>„%1“ ist weder * noch eine IPv4-Adresse oder eine IPv6-Adresse in eckigen Klammern.</translation>
    </message>
    <message>
        <source>The limit must be 0 (no limit) or at least 64 KB.</source>
        <translation>Das Limit muss 0 (kein Limit) oder mindestens 64 KB betragen.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>„%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>“%1” is neither an address nor a network such as 192.168.0.0/16 or fd00::/8.</source>
        <translation>„%1“ ist weder eine Adresse noch ein Netzwerk wie 192.168.0.0/16 oder fd00::/8.</translation>
    </message>
    <message>
        <source>“%1” is not an absolute path.</source>
        <translation>„%1“ ist kein absoluter Pfad.</translation>
    </message>
    <message>
        <source>“%1” is not a valid mailbox name.</source>
        <translation>„%1“ ist kein gültiger Postfachname.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3.</source>
        <translation>%1 liegt nicht zwischen %2 und %3.</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false.</source>
        <translation>„%1“ ist weder true noch false.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>„%1“ ist keiner der folgenden Werte: %2.</translation>
    </message>
    <message>
        <source>whole number from %1 to %2</source>
        <translation>ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>einer der Werte: %1</translation>
    </message>
    <message>
        <source>list, separated by commas or spaces</source>
        <translation>Liste, durch Kommas oder Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>A pinned fingerprint is 64 lower-case hexadecimal digits (SHA-256).</source>
        <translation>Ein festgelegter Fingerabdruck besteht aus 64 Hexadezimalziffern in Kleinbuchstaben (SHA-256).</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>How outbound mail leaves: dns (look up each domain&apos;s mail exchangers) or smarthost (forward all messages to delivery.smarthost).</source>
        <translation>Wie ausgehende E-Mail versendet wird: dns (die MX-Server jeder Domäne nachschlagen) oder smarthost (alle Nachrichten an delivery.smarthost weiterleiten).</translation>
    </message>
    <message>
        <source>The host all outbound mail is forwarded to, as HOST or HOST:PORT.</source>
        <translation>Der Ausgangs-Mailserver (Smarthost), an den alle ausgehenden E-Mails weitergeleitet werden, als HOST oder HOST:PORT.</translation>
    </message>
    <message>
        <source>TLS to the smarthost: opportunistic (when offered) or required (never send in clear).</source>
        <translation>TLS zum Smarthost: opportunistic (wenn angeboten) oder required (nie unverschlüsselt senden).</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of a self-signed smarthost certificate to accept.</source>
        <translation>SHA-256-Fingerabdruck eines selbstsignierten Smarthost-Zertifikats, das akzeptiert werden soll.</translation>
    </message>
    <message>
        <source>Authentication at the smarthost; the password is kept in the secret store.</source>
        <translation>Authentifizierung beim Smarthost; das Kennwort wird im Kennwortspeicher aufbewahrt.</translation>
    </message>
    <message>
        <source>The account name at the smarthost.</source>
        <translation>Der Kontoname beim Smarthost.</translation>
    </message>
    <message>
        <source>Allow PLAIN and LOGIN authentication to the smarthost without TLS.</source>
        <translation>PLAIN- und LOGIN-Authentifizierung beim Smarthost ohne TLS zulassen.</translation>
    </message>
    <message>
        <source>Hours between delivery attempts, in order; the last one repeats.</source>
        <translation>Stunden zwischen den Zustellversuchen, der Reihe nach; der letzte Wert wird wiederholt.</translation>
    </message>
    <message>
        <source>Hours after which undeliverable mail is returned to its sender.</source>
        <translation>Stunden, nach denen unzustellbare E-Mail an den Absender zurückgeschickt wird.</translation>
    </message>
    <message>
        <source>Hours after which the sender is told the mail is delayed; 0 for never.</source>
        <translation>Stunden, nach denen der Absender über die Verzögerung der E-Mail benachrichtigt wird; 0 für nie.</translation>
    </message>
    <message>
        <source>Send the postmaster a copy of every delivery-failure report.</source>
        <translation>Dem Postmaster eine Kopie jedes Unzustellbarkeitsberichts senden.</translation>
    </message>
    <message>
        <source>Where mail for local domains goes: maildir (the mail root) or an internal mail server over smtp or lmtp at delivery.local_relay.</source>
        <translation>Wohin E-Mail für lokale Domänen zugestellt wird: maildir (das E-Mail-Stammverzeichnis) oder ein interner Mailserver über smtp oder lmtp unter delivery.local_relay.</translation>
    </message>
    <message>
        <source>The internal mail server for local domains, as HOST or HOST:PORT.</source>
        <translation>Der interne Mailserver für lokale Domänen, als HOST oder HOST:PORT.</translation>
    </message>
    <message>
        <source>How many outbound connections may be open at once.</source>
        <translation>Wie viele ausgehende Verbindungen gleichzeitig geöffnet sein dürfen.</translation>
    </message>
    <message>
        <source>How many outbound connections to one host may be open at once.</source>
        <translation>Wie viele ausgehende Verbindungen zu einem Host gleichzeitig geöffnet sein dürfen.</translation>
    </message>
    <message>
        <source>How many messages are sent over one outbound connection.</source>
        <translation>Wie viele Nachrichten über eine ausgehende Verbindung gesendet werden.</translation>
    </message>
    <message>
        <source>Seconds to wait for an outbound connection.</source>
        <translation>Sekunden, die auf den Aufbau einer ausgehenden Verbindung gewartet wird.</translation>
    </message>
    <message>
        <source>Seconds to wait for a server&apos;s greeting.</source>
        <translation>Sekunden, die auf die Begrüßung eines Servers gewartet wird.</translation>
    </message>
    <message>
        <source>Seconds to wait for the reply to EHLO, MAIL, RCPT and the like.</source>
        <translation>Sekunden, die auf die Antwort auf EHLO, MAIL, RCPT usw. gewartet wird.</translation>
    </message>
    <message>
        <source>Seconds to wait for the reply to DATA.</source>
        <translation>Sekunden, die auf die Antwort auf DATA gewartet wird.</translation>
    </message>
    <message>
        <source>Seconds a block of message data may take.</source>
        <translation>Sekunden, die die Übertragung eines Blocks von Nachrichtendaten dauern darf.</translation>
    </message>
    <message>
        <source>Seconds to wait for the reply after the end of the data.</source>
        <translation>Sekunden, die nach dem Ende der Daten auf die Antwort gewartet wird.</translation>
    </message>
    <message>
        <source>The DNS server to ask for mail exchangers; empty for the system&apos;s.</source>
        <translation>Der DNS-Server, der nach MX-Servern abgefragt wird; leer für den DNS-Server des Systems.</translation>
    </message>
    <message>
        <source>The name Sluice greets with and writes into Received: headers.</source>
        <translation>Der Name, mit dem sich Sluice meldet und den es in Received:-Kopfzeilen einträgt.</translation>
    </message>
    <message>
        <source>The administrator&apos;s address, shown in bounces.</source>
        <translation>Die Adresse des Administrators, die in Unzustellbarkeitsberichten angezeigt wird.</translation>
    </message>
    <message>
        <source>Where the SMTP server listens, as ADDRESS:PORT: * for every address, an IPv4 address or an IPv6 address in brackets; port 0 picks any free port.</source>
        <translation>Wo der SMTP-Server auf Verbindungen wartet, als ADRESSE:PORT: * für alle Adressen, eine IPv4-Adresse oder eine IPv6-Adresse in eckigen Klammern; Port 0 wählt einen beliebigen freien Port.</translation>
    </message>
    <message>
        <source>The largest message accepted, in kilobytes; 0 means no limit.</source>
        <translation>Die maximal akzeptierte Nachrichtengröße in Kilobyte; 0 bedeutet kein Limit.</translation>
    </message>
    <message>
        <source>How many SMTP clients may be connected at once.</source>
        <translation>Wie viele SMTP-Clients gleichzeitig verbunden sein dürfen.</translation>
    </message>
    <message>
        <source>How many SMTP connections one client address may hold at once.</source>
        <translation>Wie viele SMTP-Verbindungen eine Clientadresse gleichzeitig halten darf.</translation>
    </message>
    <message>
        <source>Seconds to wait for the next SMTP command before closing the connection.</source>
        <translation>Sekunden, die auf den nächsten SMTP-Befehl gewartet wird, bevor die Verbindung geschlossen wird.</translation>
    </message>
    <message>
        <source>How many erroneous commands a client may send before it is disconnected.</source>
        <translation>Wie viele fehlerhafte Befehle ein Client senden darf, bevor die Verbindung getrennt wird.</translation>
    </message>
    <message>
        <source>The most recipients accepted for one message.</source>
        <translation>Die maximal akzeptierte Anzahl von Empfängern pro Nachricht.</translation>
    </message>
    <message>
        <source>Seconds to wait before greeting a client; clients that talk first are refused.</source>
        <translation>Sekunden, die vor der Begrüßung eines Clients gewartet wird; Clients, die vorher senden, werden abgewiesen.</translation>
    </message>
    <message>
        <source>What to do with a message containing a bare CR or LF: refuse it, or normalise the line endings to CRLF.</source>
        <translation>Wie mit einer Nachricht verfahren wird, die ein einzelnes CR oder LF enthält: ablehnen oder die Zeilenenden in CRLF umwandeln.</translation>
    </message>
    <message>
        <source>The domains whose mail is delivered to local mailboxes.</source>
        <translation>Die Domänen, deren E-Mail in lokale Postfächer zugestellt wird.</translation>
    </message>
    <message>
        <source>The folder holding the local mailboxes.</source>
        <translation>Der Ordner mit den lokalen Postfächern.</translation>
    </message>
    <message>
        <source>The mailbox receiving mail for unknown local recipients; empty to refuse them.</source>
        <translation>Das Postfach, das E-Mail für unbekannte lokale Empfänger erhält; leer, um diese abzulehnen.</translation>
    </message>
    <message>
        <source>The client networks allowed to send mail to other domains through Sluice.</source>
        <translation>Die Clientnetzwerke, die über Sluice E-Mail an andere Domänen senden (weiterleiten) dürfen.</translation>
    </message>
    <message>
        <source>Which mail moves when connected: inbound_outbound, inbound_only, outbound_only or none.</source>
        <translation>Welche E-Mail bei bestehender Verbindung übertragen wird: inbound_outbound, inbound_only, outbound_only oder none.</translation>
    </message>
    <message>
        <source>Where passwords are kept: keychain (the desktop&apos;s keychain, such as GNOME Keyring or KWallet) or file (an unencrypted, owner-only file in the data folder, only for servers without a keychain).</source>
        <translation>Wo Kennwörter aufbewahrt werden: keychain (der Schlüsselbund des Desktops, etwa GNOME Keyring oder KWallet) oder file (eine unverschlüsselte, nur für den Besitzer zugängliche Datei im Datenordner, nur für Server ohne Schlüsselbund).</translation>
    </message>
    <message>
        <source>Answer ETRN, so customers can ask for the mail held for their domains (E-Mail Domain entries with “Queue messages for ETRN”).</source>
        <translation>Auf ETRN antworten, damit Kunden die für ihre Domänen zurückgehaltene E-Mail anfordern können (E-Mail-Domäneneinträge mit „Nachrichten für ETRN in Warteschlange stellen“).</translation>
    </message>
    <message>
        <source>Who may send ETRN: any host, the listed hosts (etrn.hosts) or authenticated clients only. Others are told the domain is not held here.</source>
        <translation>Wer ETRN senden darf: jeder Host, die aufgeführten Hosts (etrn.hosts) oder nur authentifizierte Clients. Anderen wird mitgeteilt, dass die Domäne hier nicht zurückgehalten wird.</translation>
    </message>
    <message>
        <source>For etrn.access listed: the addresses or networks allowed to send ETRN.</source>
        <translation>Bei etrn.access = listed: die Adressen oder Netzwerke, die ETRN senden dürfen.</translation>
    </message>
    <message>
        <source>Hours mail may be held for ETRN; then the sender gets a failure report and the mail is dropped.</source>
        <translation>Stunden, die E-Mail für ETRN zurückgehalten werden darf; danach erhält der Absender einen Unzustellbarkeitsbericht, und die E-Mail wird verworfen.</translation>
    </message>
    <message>
        <source>A connection profile is always, nm:NAME (NetworkManager), ppp:PEER (pppd) or custom:NAME (see `sluice profile list`).</source>
        <translation>Ein Verbindungsprofil ist always, nm:NAME (NetworkManager), ppp:PEER (pppd) oder custom:NAME (siehe `sluice profile list`).</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>„%1“ ist kein Domänenname.</translation>
    </message>
    <message>
        <source>The connection Sluice dials: always (always connected, no dialing), nm:NAME, ppp:PEER or custom:NAME.</source>
        <translation>Die Verbindung, über die sich Sluice einwählt: always (immer verbunden, keine Einwahl), nm:NAME, ppp:PEER oder custom:NAME.</translation>
    </message>
    <message>
        <source>Logon Information: the account handed to the connect command (SLUICE_ACCOUNT); the password is kept in the secret store.</source>
        <translation>Anmeldeinformationen: das an den Verbindungsbefehl übergebene Konto (SLUICE_ACCOUNT); das Kennwort wird im Kennwortspeicher aufbewahrt.</translation>
    </message>
    <message>
        <source>Logon Information: the domain handed to the connect command (SLUICE_DOMAIN).</source>
        <translation>Anmeldeinformationen: die an den Verbindungsbefehl übergebene Domäne (SLUICE_DOMAIN).</translation>
    </message>
    <message>
        <source>How many more times to dial after a failed attempt.</source>
        <translation>Wie oft nach einem fehlgeschlagenen Versuch erneut gewählt wird.</translation>
    </message>
    <message>
        <source>Seconds to wait between dialing attempts.</source>
        <translation>Sekunden, die zwischen Einwahlversuchen gewartet wird.</translation>
    </message>
    <message>
        <source>Seconds one dialing attempt may take until the link is up.</source>
        <translation>Sekunden, die ein Einwahlversuch bis zum Aufbau der Verbindung dauern darf.</translation>
    </message>
    <message>
        <source>Hang up after this many seconds without SMTP traffic in either direction.</source>
        <translation>Nach so vielen Sekunden ohne SMTP-Datenverkehr (in beiden Richtungen) auflegen.</translation>
    </message>
    <message>
        <source>Seconds to wait for the provider&apos;s first delivery after the retrieval command before the idle time-out may hang up.</source>
        <translation>Sekunden, die nach dem Abrufbefehl auf die erste Zustellung durch den Provider gewartet wird, bevor das Leerlauf-Zeitlimit die Verbindung trennen darf.</translation>
    </message>
    <message>
        <source>When to connect: every (schedule.every_minutes, also at start), at (schedule.times), when_queued (mail waited schedule.queued_minutes), always (stay connected) or manual (only on request).</source>
        <translation>Wann eine Verbindung hergestellt wird: every (alle schedule.every_minutes, auch beim Start), at (zu den schedule.times), when_queued (wenn E-Mail schedule.queued_minutes gewartet hat), always (ständig verbunden bleiben) oder manual (nur auf Anforderung).</translation>
    </message>
    <message>
        <source>Minutes between connections for the every schedule.</source>
        <translation>Minuten zwischen den Verbindungen beim Zeitplan every.</translation>
    </message>
    <message>
        <source>Times of day for the at schedule, per weekday, e.g. “mon-fri 08:00,12:30; sat 10:00”.</source>
        <translation>Uhrzeiten für den Zeitplan at, je Wochentag, z. B. „mon-fri 08:00,12:30; sat 10:00“.</translation>
    </message>
    <message>
        <source>For the when_queued schedule: connect when outbound mail has waited this many minutes (and never more often).</source>
        <translation>Beim Zeitplan when_queued: eine Verbindung herstellen, wenn ausgehende E-Mail so viele Minuten gewartet hat (und nie häufiger).</translation>
    </message>
    <message>
        <source>How to ask the provider for held mail after delivering: none, etrn, turn, atrn or command.</source>
        <translation>Wie zurückgehaltene E-Mail nach der Zustellung beim Provider angefordert wird: none, etrn, turn, atrn oder command.</translation>
    </message>
    <message>
        <source>The domains to ask for; empty for the local domains. “@example.com” asks for the domain and its subdomains.</source>
        <translation>Die anzufordernden Domänen; leer für die lokalen Domänen. „@example.com“ fordert die Domäne und ihre Subdomänen an.</translation>
    </message>
    <message>
        <source>Send ETRN to this HOST[:PORT] instead of the outbound mail host.</source>
        <translation>ETRN an diesen HOST[:PORT] statt an den Ausgangs-Mailserver (Smarthost) senden.</translation>
    </message>
    <message>
        <source>The provider&apos;s On-Demand Mail Relay host for ATRN, HOST[:PORT] (port 366 unless given).</source>
        <translation>Der On-Demand-Mail-Relay-Host des Providers für ATRN, HOST[:PORT] (Port 366, sofern nicht angegeben).</translation>
    </message>
    <message>
        <source>The retrieval command: a program and its arguments, run without a shell.</source>
        <translation>Der Abrufbefehl: ein Programm mit seinen Argumenten, das ohne Shell ausgeführt wird.</translation>
    </message>
    <message>
        <source>Seconds the retrieval command may run.</source>
        <translation>Sekunden, die der Abrufbefehl laufen darf.</translation>
    </message>
    <message>
        <source>Authentication for ETRN, TURN and ATRN: smarthost (the smarthost&apos;s settings and password) or its own: none, any, login, plain, cram-md5.</source>
        <translation>Authentifizierung für ETRN, TURN und ATRN: smarthost (Einstellungen und Kennwort des Smarthosts) oder eine eigene: none, any, login, plain, cram-md5.</translation>
    </message>
    <message>
        <source>TLS for retrieval when retrieval.auth is not smarthost.</source>
        <translation>TLS für den Abruf, wenn retrieval.auth nicht smarthost ist.</translation>
    </message>
    <message>
        <source>The account for retrieval when retrieval.auth is not smarthost.</source>
        <translation>Das Konto für den Abruf, wenn retrieval.auth nicht smarthost ist.</translation>
    </message>
    <message>
        <source>Give an absolute path (or nothing for the self-signed certificate).</source>
        <translation>Geben Sie einen absoluten Pfad an (oder nichts für das selbstsignierte Zertifikat).</translation>
    </message>
    <message>
        <source>The PEM certificate (and chain) STARTTLS presents. Empty, with smtp.tls_key empty too: a self-signed certificate made in the data folder&apos;s tls/ on first use.</source>
        <translation>Das PEM-Zertifikat (mit Kette), das STARTTLS vorlegt. Leer (und smtp.tls_key ebenfalls leer): ein selbstsigniertes Zertifikat, das bei der ersten Verwendung im Ordner tls/ des Datenordners erstellt wird.</translation>
    </message>
    <message>
        <source>The unencrypted PEM private key of smtp.tls_certificate.</source>
        <translation>Der unverschlüsselte private PEM-Schlüssel zu smtp.tls_certificate.</translation>
    </message>
    <message>
        <source>Offer and accept AUTH PLAIN and LOGIN without TLS (the password crosses the network readable). CRAM-MD5 is always offered.</source>
        <translation>AUTH PLAIN und LOGIN ohne TLS anbieten und akzeptieren (das Kennwort wird lesbar über das Netzwerk übertragen). CRAM-MD5 wird immer angeboten.</translation>
    </message>
    <message>
        <source>Which clients may send mail: any host; only clients that log in (AUTH); or only clients that log in over TLS. Others are refused at MAIL FROM with 530.</source>
        <translation>Welche Clients E-Mail senden dürfen: jeder Host; nur Clients, die sich anmelden (AUTH); oder nur Clients, die sich über TLS anmelden. Andere werden bei MAIL FROM mit 530 abgewiesen.</translation>
    </message>
    <message>
        <source>Reroute incoming mail as the routes table says (`sluice route`).</source>
        <translation>Eingehende E-Mail gemäß der Routentabelle umleiten (`sluice route`).</translation>
    </message>
    <message>
        <source>How much of each SMTP session the connection log keeps: none; minimum (connection events); medium (and every command and reply); maximum (and the message headers). Passwords and AUTH data are never kept.</source>
        <translation>Wie viel von jeder SMTP-Sitzung im Verbindungsprotokoll festgehalten wird: none; minimum (Verbindungsereignisse); medium (zusätzlich jeder Befehl und jede Antwort); maximum (zusätzlich die Nachrichtenkopfzeilen). Kennwörter und AUTH-Daten werden nie protokolliert.</translation>
    </message>
    <message>
        <source>Whether the console&apos;s first-run wizard has been completed.</source>
        <translation>Gibt an, ob der Assistent für die Ersteinrichtung in der Konsole abgeschlossen wurde.</translation>
    </message>
    <message>
        <source>“%1” is not ADDRESS:PORT (for example *:366).</source>
        <translation>„%1“ hat nicht die Form ADRESSE:PORT (zum Beispiel *:366).</translation>
    </message>
    <message>
        <source>Where customers pull held mail with ATRN (On-Demand Mail Relay), as ADDRESS:PORT, usually *:366; empty: no ATRN.</source>
        <translation>Wo Kunden zurückgehaltene E-Mail mit ATRN (On-Demand Mail Relay) abrufen, als ADRESSE:PORT, meist *:366; leer: kein ATRN.</translation>
    </message>
    <message>
        <source>Connection log entries older than this many days are deleted (at start and hourly).</source>
        <translation>Einträge im Verbindungsprotokoll, die älter als so viele Tage sind, werden gelöscht (beim Start und stündlich).</translation>
    </message>
    <message>
        <source>The most disk space the connection log may use, in MB (its database and write-ahead log); past it the oldest entries are deleted until it is under 90% of this.</source>
        <translation>Der maximale Speicherplatz in MB, den das Verbindungsprotokoll belegen darf (seine Datenbank und das Write-Ahead-Log); wird er überschritten, werden die ältesten Einträge gelöscht, bis es unter 90 % dieses Werts liegt.</translation>
    </message>
    <message>
        <source>Whether the tray icon pops up a message when dialing fails, the provider refuses to release held mail, or a message cannot be delivered.</source>
        <translation>Gibt an, ob das Symbol im Infobereich eine Meldung einblendet, wenn die Einwahl fehlschlägt, der Provider die Freigabe zurückgehaltener E-Mail verweigert oder eine Nachricht nicht zugestellt werden kann.</translation>
    </message>
    <message>
        <source>another program is writing to the database and did not finish in time (%1). Nothing was changed; try again.</source>
        <translation>ein anderes Programm schreibt in die Datenbank und ist nicht rechtzeitig fertig geworden (%1). Es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Sluice::SettingsTransfer</name>
    <message>
        <source>&amp;Export settings…</source>
        <translation>Einstellungen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import settings…</source>
        <translation>Einstellungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Save the whole configuration, without passwords, to a file.</source>
        <translation>Die gesamte Konfiguration ohne Kennwörter in einer Datei speichern.</translation>
    </message>
    <message>
        <source>Saves every setting and list (e-mail domains, hosts, routes, connection profiles, accounts) to a JSON file, to keep as a backup or to copy to another gateway. Passwords are never included.</source>
        <translation>Speichert alle Einstellungen und Listen (E-Mail-Domänen, Hosts, Routen, Verbindungsprofile, Konten) in einer JSON-Datei, als Sicherung oder zum Übertragen auf ein anderes Gateway. Kennwörter sind nie enthalten.</translation>
    </message>
    <message>
        <source>Replace the whole configuration with one saved by Export settings.</source>
        <translation>Die gesamte Konfiguration durch eine mit „Einstellungen exportieren“ gespeicherte ersetzen.</translation>
    </message>
    <message>
        <source>Reads a file saved by Export settings and replaces the whole configuration with it, after checking all of it: a file with any error changes nothing. Passwords are not in the file; enter them again afterwards.</source>
        <translation>Liest eine mit „Einstellungen exportieren“ gespeicherte Datei und ersetzt die gesamte Konfiguration durch sie, nachdem alles geprüft wurde: Eine Datei mit einem Fehler ändert nichts. Kennwörter sind nicht in der Datei enthalten; geben Sie sie anschließend erneut ein.</translation>
    </message>
    <message>
        <source>Sluice configuration (*.json);;All files (*)</source>
        <translation>Sluice-Konfiguration (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation>Einstellungen exportieren</translation>
    </message>
    <message>
        <source>Import settings</source>
        <translation>Einstellungen importieren</translation>
    </message>
    <message>
        <source>The configuration was saved to “%1”.</source>
        <translation>Die Konfiguration wurde in „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Passwords are not in the file: after importing it elsewhere, enter them again.</source>
        <translation>Kennwörter sind nicht in der Datei enthalten: Geben Sie sie nach dem Import an anderer Stelle erneut ein.</translation>
    </message>
    <message>
        <source>Replace the whole configuration with the one in “%1”?</source>
        <translation>Die gesamte Konfiguration durch die aus „%1“ ersetzen?</translation>
    </message>
    <message>
        <source>Every setting and list is replaced; settings the file does not list go back to their defaults. Changes not yet applied in the Properties are lost. Passwords stay as they are.</source>
        <translation>Alle Einstellungen und Listen werden ersetzt; Einstellungen, die die Datei nicht aufführt, werden auf ihre Standardwerte zurückgesetzt. Noch nicht angewendete Änderungen in den Eigenschaften gehen verloren. Kennwörter bleiben unverändert.</translation>
    </message>
    <message>
        <source>&amp;Replace configuration</source>
        <translation>Konfiguration &amp;ersetzen</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”.</source>
        <translation>Aus „%1“ wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The configuration from “%1” is now in use.</source>
        <translation>Die Konfiguration aus „%1“ wird jetzt verwendet.</translation>
    </message>
    <message>
        <source>Nothing to change: the configuration is already the same.</source>
        <translation>Nichts zu ändern: Die Konfiguration ist bereits identisch.</translation>
    </message>
</context>
<context>
    <name>Sluice::SmtpServer</name>
    <message>
        <source>cannot listen on %1 port %2: ports below 1024 need privileges (run Sluice as root or give it the CAP_NET_BIND_SERVICE capability), or choose a port above 1023</source>
        <translation>Empfang auf %1, Port %2 nicht möglich: Ports unter 1024 erfordern Berechtigungen (führen Sie Sluice als root aus oder erteilen Sie ihm die Fähigkeit CAP_NET_BIND_SERVICE), oder wählen Sie einen Port über 1023</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: another program already uses that port</source>
        <translation>Empfang auf %1, Port %2 nicht möglich: Ein anderes Programm verwendet diesen Port bereits</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>Empfang auf %1, Port %2 nicht möglich: %3</translation>
    </message>
</context>
<context>
    <name>Sluice::StatusPanel</name>
    <message>
        <source>&amp;Engine:</source>
        <translation>E-Mail-&amp;Modul:</translation>
    </message>
    <message>
        <source>Engine state</source>
        <translation>Status des E-Mail-Moduls</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Link state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>&amp;Next cycle:</source>
        <translation>&amp;Nächster Zyklus:</translation>
    </message>
    <message>
        <source>Next scheduled cycle</source>
        <translation>Nächster geplanter Zyklus</translation>
    </message>
    <message>
        <source>Last c&amp;ycle:</source>
        <translation>&amp;Letzter Zyklus:</translation>
    </message>
    <message>
        <source>Last cycle</source>
        <translation>Letzter Zyklus</translation>
    </message>
    <message>
        <source>&amp;Listening on:</source>
        <translation>Empfangs&amp;adresse:</translation>
    </message>
    <message>
        <source>Listening address</source>
        <translation>Empfangsadresse</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <source>Queue contents</source>
        <translation>Inhalt der Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Held for ETRN:</source>
        <translation>Für ETRN &amp;zurückgehalten:</translation>
    </message>
    <message>
        <source>Mail held for ETRN</source>
        <translation>Für ETRN zurückgehaltene E-Mail</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation>Einwahl läuft</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Zustellung läuft</translation>
    </message>
    <message>
        <source>The last cycle failed</source>
        <translation>Der letzte Zyklus ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Schedule paused (Connect now still works)</source>
        <translation>Zeitplan angehalten („Jetzt verbinden“ funktioniert weiterhin)</translation>
    </message>
    <message>
        <source>None scheduled</source>
        <translation>Nichts geplant</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keiner</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Sluice service not reachable, reconnecting…</source>
        <translation>Sluice-Dienst nicht erreichbar, Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Wird nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Running in this console</source>
        <translation>Läuft in dieser Konsole</translation>
    </message>
    <message>
        <source>Attached to the Sluice service (process %1)</source>
        <translation>Mit dem Sluice-Dienst verbunden (Prozess %1)</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>all addresses</source>
        <translation>alle Adressen</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>nicht empfangsbereit</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s): </source>
        <translation>
            <numerusform>%n Nachricht: </numerusform>
            <numerusform>%n Nachrichten: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 awaiting local delivery, %2 for other hosts, %3 deferred</source>
        <translation>%1 zur lokalen Zustellung, %2 für andere Hosts, %3 zurückgestellt</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n Empfänger</numerusform>
            <numerusform>%n Empfänger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::SummaryWizardPage</name>
    <message>
        <source>Ready to save</source>
        <translation>Bereit zum Speichern</translation>
    </message>
    <message>
        <source>Finish saves these settings. You can change each of them later in the Properties.</source>
        <translation>Mit „Abschließen“ werden diese Einstellungen gespeichert. Sie können jede davon später in den Eigenschaften ändern.</translation>
    </message>
    <message>
        <source>&amp;Settings to be saved:</source>
        <translation>Zu speichernde &amp;Einstellungen:</translation>
    </message>
    <message>
        <source>Settings to be saved</source>
        <translation>Zu speichernde Einstellungen</translation>
    </message>
    <message>
        <source>What Finish writes, with the name of each setting in brackets.</source>
        <translation>Was „Abschließen“ schreibt, mit dem Namen jeder Einstellung in Klammern.</translation>
    </message>
    <message>
        <source>Each line names a setting in plain words, followed by its key and value as `sluice config get` shows them. Passwords are stored in the keychain and never shown.</source>
        <translation>Jede Zeile nennt eine Einstellung in verständlichen Worten, gefolgt von ihrem Schlüssel und Wert, wie `sluice config get` sie anzeigt. Kennwörter werden im Schlüsselbund gespeichert und nie angezeigt.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Sluice::TrayIcon</name>
    <message>
        <source>&amp;Open console</source>
        <translation>&amp;Konsole öffnen</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>Benachrichtigungen &amp;stummschalten</translation>
    </message>
    <message>
        <source>No pop-up messages when dialing fails, the provider refuses to release held mail, or a message cannot be delivered.</source>
        <translation>Keine Popup-Meldungen, wenn die Einwahl fehlschlägt, der Provider die Freigabe zurückgehaltener E-Mail verweigert oder eine Nachricht nicht zugestellt werden kann.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Sluice: the service is not reachable, reconnecting…</source>
        <translation>Sluice: Der Dienst ist nicht erreichbar, Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Sluice: %1</source>
        <translation>Sluice: %1</translation>
    </message>
    <message>
        <source>%1 (schedule paused)</source>
        <translation>%1 (Zeitplan angehalten)</translation>
    </message>
    <message>
        <source>Outbound queued: %1</source>
        <translation>Ausgehend in Warteschlange: %1</translation>
    </message>
    <message>
        <source>Held for ETRN: %1</source>
        <translation>Für ETRN zurückgehalten: %1</translation>
    </message>
    <message>
        <source>Inbound awaiting delivery: %1</source>
        <translation>Eingehend, wartet auf Zustellung: %1</translation>
    </message>
    <message>
        <source>Last cycle: %1</source>
        <translation>Letzter Zyklus: %1</translation>
    </message>
    <message>
        <source>Next cycle: %1</source>
        <translation>Nächster Zyklus: %1</translation>
    </message>
    <message>
        <source>Sluice could not dial</source>
        <translation>Sluice konnte sich nicht einwählen</translation>
    </message>
    <message>
        <source>The provider did not release held mail</source>
        <translation>Der Provider hat die zurückgehaltene E-Mail nicht freigegeben</translation>
    </message>
    <message>
        <source>Mail could not be delivered</source>
        <translation>E-Mail konnte nicht zugestellt werden</translation>
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
        <translation>Willkommen bei Sluice</translation>
    </message>
    <message>
        <source>This wizard connects your office&apos;s mail to your Internet provider in about a minute.</source>
        <translation>Dieser Assistent verbindet die E-Mail Ihres Büros in etwa einer Minute mit Ihrem Internetprovider.</translation>
    </message>
    <message>
        <source>Sluice is your office&apos;s mail gateway: it receives the mail your computers send and passes it on to the Internet, and it collects the mail your provider holds for your domain. It connects to the provider on a schedule, so it works over a dial-up link as well as an always-on line.</source>
        <translation>Sluice ist das E-Mail-Gateway Ihres Büros: Es empfängt die E-Mail, die Ihre Computer senden, und gibt sie ans Internet weiter, und es holt die E-Mail ab, die Ihr Provider für Ihre Domäne zurückhält. Es verbindet sich nach einem Zeitplan mit dem Provider und funktioniert daher über eine DFÜ-Verbindung ebenso wie über eine ständige Verbindung.</translation>
    </message>
    <message>
        <source>What Sluice does</source>
        <translation>Was Sluice macht</translation>
    </message>
    <message>
        <source>You will be asked for your office&apos;s e-mail domain, your provider&apos;s mail host and login, how to collect your mail, and when to connect. Nothing is saved until you click Finish; you can change everything later in the Properties.</source>
        <translation>Sie werden nach der E-Mail-Domäne Ihres Büros, dem Mailserver und der Anmeldung bei Ihrem Provider, der Art des E-Mail-Abrufs und dem Verbindungszeitpunkt gefragt. Es wird nichts gespeichert, bis Sie auf „Abschließen“ klicken; Sie können alles später in den Eigenschaften ändern.</translation>
    </message>
    <message>
        <source>What the wizard asks</source>
        <translation>Was der Assistent abfragt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run the mail engine without a window until SIGTERM or SIGINT.</source>
        <translation>Das E-Mail-Modul ohne Fenster ausführen, bis SIGTERM oder SIGINT eintrifft.</translation>
    </message>
    <message>
        <source>Use DIR for configuration, queue and mail (default: $SLUICE_DATA_DIR, else the user&apos;s data folder).</source>
        <translation>DIR für Konfiguration, Warteschlange und E-Mail verwenden (Standard: $SLUICE_DATA_DIR, sonst der Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>config, or nothing.</source>
        <translation>config oder nichts.</translation>
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
        <translation>Sluice, das On-Demand-Mail-Gateway.

Befehle:
  (keiner)                die Konsole öffnen
  config list             alle Einstellungen anzeigen
  config get KEY          eine Einstellung anzeigen
  config set KEY VALUE    eine Einstellung ändern (mit Prüfung)
  config unset KEY        den Standardwert einer Einstellung wiederherstellen
  config describe [KEY]   Einstellungen erläutern
  config export [FILE]    die ganze Konfiguration als JSON, ohne Kennwörter
  config import FILE [--dry-run]
                          die Konfiguration durch die aus FILE ersetzen
  domain list|add|remove  die E-Mail-Domänenliste (domain --help)
  password set|delete smarthost|domain NAME|dialup|retrieval
                          ein Kennwort (wird aus der Standardeingabe gelesen)
  profile list|add|remove Verbindungsprofile (profile --help)
  account list|add|remove Konten, die sich am SMTP-Server von Sluice anmelden
                          (account --help; Kennwort aus der Standardeingabe)
  host list|add|remove    die Hostliste: wer sich verbinden und weiterleiten darf (host --help)
  route list|add|remove   die Routentabelle: SENT_TO -&gt; ROUTE_TO (route --help)
  connect-now             das laufende Sluice auffordern, jetzt eine Verbindung herzustellen
  hang-up                 den laufenden Verbindungszyklus beenden
  status                  Verbindungs- und Warteschlangenstatus des laufenden Sluice
  pause | resume          den Zeitplan anhalten / fortsetzen (connect-now funktioniert weiterhin)
  reload                  das laufende Sluice seine Einstellungen jetzt neu einlesen lassen
  queue list|show|retry|delete|hold|release
                          die Warteschlange des laufenden Sluice (queue --help)
  log tail [-n N] [--follow] | show ENTRY | list [--failed] [--since ISO] [--search TEXT]
                          das Verbindungsprotokoll des laufenden Sluice (log --help)</translation>
    </message>
</context>
</TS>
