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
    <name>Sluice::MainWindow</name>
    <message numerus="yes">
        <source>%n message(s): </source>
        <translation>
            <numerusform>%n message: </numerusform>
            <numerusform>%n messages: </numerusform>
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
</TS>
