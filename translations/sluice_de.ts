<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
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
    <name>Sluice::DataDirectory</name>
    <message>
        <source>Could not create the folder “%1”.</source>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Sluice, the on-demand mail gateway.

Commands:
  (none)                  open the console
  config list             show every setting
  config get KEY          show one setting
  config set KEY VALUE    change a setting (validated)
  config unset KEY        restore a setting&apos;s default
  config describe [KEY]   explain settings</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
</TS>
