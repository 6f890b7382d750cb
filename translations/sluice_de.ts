<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set delivery.smarthost_account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail domain %1 has no account; add one with --account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no e-mail domain %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  sluice account list
  sluice account add NAME [--domains DOMAIN,DOMAIN...]   (password on standard input)
  sluice account remove NAME
Accounts log in to Sluice&apos;s SMTP server (AUTH); the domains are what each may pull
with ATRN or TURN. Adding an existing account replaces its domains and password.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is removed, but its password could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluice is not running on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluice did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set dialup.account (and dialup.profile) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieval uses the smarthost&apos;s password unless retrieval.auth and retrieval.account are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sluice password set|delete smarthost | domain NAME | dialup | retrieval  (the password is read from standard input)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option “%1” needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sluice::ConfigCommand</name>
    <message>
        <source>Usage: sluice config list
       sluice config get KEY
       sluice config set KEY VALUE...
       sluice config unset KEY
       sluice config describe [KEY]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting “%1”. “sluice config list” shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sluice::ConfigDatabase</name>
    <message>
        <source>Could not create the configuration database “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the configuration database “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration database “%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the configuration database “%1” for reading and writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is not an SQLite database. It has been left unchanged; move it away or restore the configuration from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration database “%1” is damaged (%2). It has been left unchanged; move it away or restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration database “%1” was written by a newer version of Sluice (schema version %2; this version knows up to %3). It has been left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not configure the configuration database “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionProfileTable</name>
    <message>
        <source>A TCP probe needs a port: tcp:HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name must not be empty, contain a colon or begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 needs a connect command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probe is tcp:HOST:PORT or command:PROGRAM ARGUMENTS (or nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe time limit is 1 to 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the connection profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the connection profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sluice::DataDirectory</name>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sluice::EmailDomainTable</name>
    <message>
        <source>“%1” is not a valid port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” ends with a dot; write the host name without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” ends with a dot; write the domain without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name in lower case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host “%1” to forward %2 to is not a valid host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port for %1 must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication for %1 needs an account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pinned fingerprint is 64 lower-case hexadecimal digits (SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the e-mail domain %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the e-mail domain %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no e-mail domain %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sluice::EngineHost</name>
    <message>
        <source>Another Sluice (process %1) is already running on the data folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sluice::FileSecretStore</name>
    <message>
        <source>secrets.store is set to file: passwords are kept in %1 in Sluice&apos;s data folder. That file is NOT encrypted; only its owner-only permissions protect it, and anyone who can read it or a backup of it can read the passwords. Use this only on a server without a keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets file “%1” can be read or changed by other users, so Sluice does not use it. Consider its passwords exposed and change them, then make the file private with: chmod 600 “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the secrets file “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets file “%1” is damaged or from another version of Sluice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the secrets file “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets file “%1” is locked by another Sluice process.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sluice::KeychainSecretStore</name>
    <message>
        <source>No keychain is available to keep passwords. Start a Secret Service such as GNOME Keyring or KWallet; on a server without one, set secrets.store to file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to the password for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not handle the password for “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sluice::MainWindow</name>
    <message>
        <source>Sluice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listening on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail engine could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 awaiting local delivery, %2 for other hosts, %3 deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sluice::Migrations</name>
    <message>
        <source>create the settings table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the schema version of the configuration database “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the configuration database “%1” to schema version %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the e-mail domain table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the connection profile table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the server account table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sluice::SecretStore</name>
    <message>
        <source>No password is stored for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sluice::ServerAccountTable</name>
    <message>
        <source>An account name is 1 to 64 letters, digits and . _ - + @, and does not begin with -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the account %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the account %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sluice::Settings</name>
    <message>
        <source>Could not read the settings from “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1 in “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reset %1 in “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” ends with a dot; write the domain without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an address of the form name@domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a port from 0 to 65535: write ADDRESS:PORT, for example *:25, 127.0.0.1:2525 or [::1]:25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not *, an IPv4 address or an IPv6 address in brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit must be 0 (no limit) or at least 64 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither an address nor a network such as 192.168.0.0/16 or fd00::/8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid mailbox name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither true nor false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, separated by commas or spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pinned fingerprint is 64 lower-case hexadecimal digits (SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How outbound mail leaves: dns (look up each domain&apos;s mail exchangers) or smarthost (forward all messages to delivery.smarthost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host all outbound mail is forwarded to, as HOST or HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS to the smarthost: opportunistic (when offered) or required (never send in clear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of a self-signed smarthost certificate to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication at the smarthost; the password is kept in the secret store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name at the smarthost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow PLAIN and LOGIN authentication to the smarthost without TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours between delivery attempts, in order; the last one repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours after which undeliverable mail is returned to its sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours after which the sender is told the mail is delayed; 0 for never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the postmaster a copy of every delivery-failure report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where mail for local domains goes: maildir (the mail root) or an internal mail server over smtp or lmtp at delivery.local_relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The internal mail server for local domains, as HOST or HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many outbound connections may be open at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many outbound connections to one host may be open at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many messages are sent over one outbound connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for an outbound connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for a server&apos;s greeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the reply to EHLO, MAIL, RCPT and the like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the reply to DATA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a block of message data may take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the reply after the end of the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server to ask for mail exchangers; empty for the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name Sluice greets with and writes into Received: headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s address, shown in bounces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the SMTP server listens, as ADDRESS:PORT: * for every address, an IPv4 address or an IPv6 address in brackets; port 0 picks any free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest message accepted, in kilobytes; 0 means no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many SMTP clients may be connected at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many SMTP connections one client address may hold at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the next SMTP command before closing the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many erroneous commands a client may send before it is disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most recipients accepted for one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait before greeting a client; clients that talk first are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with a message containing a bare CR or LF: refuse it, or normalise the line endings to CRLF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domains whose mail is delivered to local mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holding the local mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox receiving mail for unknown local recipients; empty to refuse them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client networks allowed to send mail to other domains through Sluice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which mail moves when connected: inbound_outbound, inbound_only, outbound_only or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where passwords are kept: keychain (the desktop&apos;s keychain, such as GNOME Keyring or KWallet) or file (an unencrypted, owner-only file in the data folder, only for servers without a keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer ETRN, so customers can ask for the mail held for their domains (E-Mail Domain entries with “Queue messages for ETRN”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may send ETRN: any host, the listed hosts (etrn.hosts) or authenticated clients only. Others are told the domain is not held here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For etrn.access listed: the addresses or networks allowed to send ETRN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours mail may be held for ETRN; then the sender gets a failure report and the mail is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection profile is always, nm:NAME (NetworkManager), ppp:PEER (pppd) or custom:NAME (see `sluice profile list`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection Sluice dials: always (always connected, no dialing), nm:NAME, ppp:PEER or custom:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logon Information: the account handed to the connect command (SLUICE_ACCOUNT); the password is kept in the secret store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logon Information: the domain handed to the connect command (SLUICE_DOMAIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many more times to dial after a failed attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait between dialing attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds one dialing attempt may take until the link is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up after this many seconds without SMTP traffic in either direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the provider&apos;s first delivery after the retrieval command before the idle time-out may hang up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to connect: every (schedule.every_minutes, also at start), at (schedule.times), when_queued (mail waited schedule.queued_minutes), always (stay connected) or manual (only on request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between connections for the every schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times of day for the at schedule, per weekday, e.g. “mon-fri 08:00,12:30; sat 10:00”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the when_queued schedule: connect when outbound mail has waited this many minutes (and never more often).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to ask the provider for held mail after delivering: none, etrn, turn, atrn or command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domains to ask for; empty for the local domains. “@example.com” asks for the domain and its subdomains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send ETRN to this HOST[:PORT] instead of the outbound mail host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s On-Demand Mail Relay host for ATRN, HOST[:PORT] (port 366 unless given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retrieval command: a program and its arguments, run without a shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the retrieval command may run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication for ETRN, TURN and ATRN: smarthost (the smarthost&apos;s settings and password) or its own: none, any, login, plain, cram-md5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS for retrieval when retrieval.auth is not smarthost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account for retrieval when retrieval.auth is not smarthost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an absolute path (or nothing for the self-signed certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM certificate (and chain) STARTTLS presents. Empty, with smtp.tls_key empty too: a self-signed certificate made in the data folder&apos;s tls/ on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unencrypted PEM private key of smtp.tls_certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer and accept AUTH PLAIN and LOGIN without TLS (the password crosses the network readable). CRAM-MD5 is always offered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run the mail engine without a window until SIGTERM or SIGINT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use DIR for configuration, queue and mail (default: $SLUICE_DATA_DIR, else the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config, or nothing.</source>
        <translation type="unfinished"></translation>
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
  domain list|add|remove  the E-Mail Domain list (domain --help)
  password set|delete smarthost|domain NAME|dialup|retrieval
                          a password (read from standard input)
  profile list|add|remove connection profiles (profile --help)
  account list|add|remove accounts that log in to Sluice&apos;s SMTP server
                          (account --help; password from standard input)
  connect-now             ask the running Sluice to connect now
  hang-up                 end the running connection cycle
  status                  the running Sluice&apos;s link and queue state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
