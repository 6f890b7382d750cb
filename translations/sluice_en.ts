<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HoldExpiry</name>
    <message numerus="yes">
        <source>The message was held for %n hour(s) for the domain to ask for its mail (ETRN), and it never did.</source>
        <translation>
            <numerusform>The message was held for %n hour for the domain to ask for its mail (ETRN), and it never did.</numerusform>
            <numerusform>The message was held for %n hours for the domain to ask for its mail (ETRN), and it never did.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionLog</name>
    <message numerus="yes">
        <source>%n message(s) accepted</source>
        <translation>
            <numerusform>%n message accepted</numerusform>
            <numerusform>%n messages accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection log is written again; %n record(s) could not be written meanwhile.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::ConnectionWizardPage</name>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>every %n minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>when outgoing mail has waited %n minute(s)</source>
        <translation>
            <numerusform>when outgoing mail has waited %n minute</numerusform>
            <numerusform>when outgoing mail has waited %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::LinkControl</name>
    <message numerus="yes">
        <source>%n recipient(s) could not be delivered; the senders were sent failure reports.</source>
        <translation>
            <numerusform>%n recipient could not be delivered; the senders were sent failure reports.</numerusform>
            <numerusform>%n recipients could not be delivered; the senders were sent failure reports.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::LinkCycle</name>
    <message numerus="yes">
        <source>dialed %1 (%n attempt(s))</source>
        <translation>
            <numerusform>dialed %1 (%n attempt)</numerusform>
            <numerusform>dialed %1 (%n attempts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent, %1 recipient(s) deferred, %2 failed</source>
        <translation>
            <numerusform>%n message sent, %1 recipient(s) deferred, %2 failed</numerusform>
            <numerusform>%n messages sent, %1 recipient(s) deferred, %2 failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>roles reversed: %n message(s) received</source>
        <translation>
            <numerusform>roles reversed: %n message received</numerusform>
            <numerusform>roles reversed: %n messages received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent, %1 received</source>
        <translation>
            <numerusform>%n message sent, %1 received</numerusform>
            <numerusform>%n messages sent, %1 received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::LogViewer</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::ProviderRetrieval</name>
    <message numerus="yes">
        <source>not asking for the other %n domain(s)</source>
        <translation>
            <numerusform>not asking for the other %n domain</numerusform>
            <numerusform>not asking for the other %n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the provider&apos;s session ended: %n message(s) received</source>
        <translation>
            <numerusform>the provider&apos;s session ended: %n message received</numerusform>
            <numerusform>the provider&apos;s session ended: %n messages received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the provider hung up during the reversed session (%1) after %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::QueueGroupModel</name>
    <message numerus="yes">
        <source>%n message(s) held until %1 asks for its mail (ETRN)</source>
        <translation>
            <numerusform>%n message held until %1 asks for its mail (ETRN)</numerusform>
            <numerusform>%n messages held until %1 asks for its mail (ETRN)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) for %1, %2</source>
        <translation>
            <numerusform>%n message for %1, %2</numerusform>
            <numerusform>%n messages for %1, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::QueueTableModel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::QueueViewer</name>
    <message numerus="yes">
        <source>%n message(s) made due now.</source>
        <translation>
            <numerusform>%n message made due now.</numerusform>
            <numerusform>%n messages made due now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) put on hold.</source>
        <translation>
            <numerusform>%n message put on hold.</numerusform>
            <numerusform>%n messages put on hold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) released.</source>
        <translation>
            <numerusform>%n message released.</numerusform>
            <numerusform>%n messages released.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) shown.</source>
        <translation>
            <numerusform>%n message shown.</numerusform>
            <numerusform>%n messages shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) from the queue?</source>
        <translation>
            <numerusform>Delete %n message from the queue?</numerusform>
            <numerusform>Delete %n messages from the queue?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted; their senders get a failure report.</source>
        <translation>
            <numerusform>%n message deleted; their senders get a failure report.</numerusform>
            <numerusform>%n messages deleted; their senders get a failure report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted.</source>
        <translation>
            <numerusform>%n message deleted.</numerusform>
            <numerusform>%n messages deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::ScheduleDialog</name>
    <message numerus="yes">
        <source>Connect every %n minute(s), and when Sluice starts.</source>
        <translation>
            <numerusform>Connect every %n minute, and when Sluice starts.</numerusform>
            <numerusform>Connect every %n minutes, and when Sluice starts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connect every %n hour(s), and when Sluice starts.</source>
        <translation>
            <numerusform>Connect every %n hour, and when Sluice starts.</numerusform>
            <numerusform>Connect every %n hours, and when Sluice starts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connect when outbound mail has been queued for %n minute(s).</source>
        <translation>
            <numerusform>Connect when outbound mail has been queued for %n minute.</numerusform>
            <numerusform>Connect when outbound mail has been queued for %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sluice::StatusPanel</name>
    <message numerus="yes">
        <source>%n message(s): </source>
        <translation>
            <numerusform>%n message: </numerusform>
            <numerusform>%n messages: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
</context>
</TS>
