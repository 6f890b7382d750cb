// SPDX-License-Identifier: GPL-3.0-or-later
// The outbound settings: Message delivery and retries (Connections page), the smarthost's security
// (Security page), local relaying and time-outs. Per-domain overrides live in EmailDomainTable.

#include "EmailDomainTable.h"
#include "SettingBuilders.h"
#include "SettingKeys.h"
#include "outbound/RetryPolicy.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

QString validateFingerprint(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QByteArray hex = text.toLatin1();
    if (hex.size() == 64 && QByteArray::fromHex(hex).toHex() == hex)
        return {};
    return SettingDefinition::tr("A pinned fingerprint is 64 lower-case hexadecimal digits (SHA-256).");
}

QString validateRetryHours(const QString &text)
{
    QList<double> hours;
    QString error;
    return RetryPolicy::parseRetryHours(text, &hours, &error) ? QString() : error;
}

QString validateOptionalAddress(const QString &text)
{
    if (text.isEmpty() || !QHostAddress(text).isNull())
        return {};
    return SettingDefinition::tr("“%1” is not an IP address.").arg(text);
}

SettingDefinition seconds(QLatin1StringView key, int defaultValue, const QString &description)
{
    return SettingBuilders::integer(key, defaultValue, 1, 3600, description);
}

} // namespace

QString SettingBuilders::validateOptionalHostPort(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString host;
    quint16 port = 0;
    QString error;
    return EmailDomainEntry::parseHostPort(text, &host, &port, &error) ? QString() : error;
}

QList<SettingDefinition> outboundSettingDefinitions()
{
    using namespace SettingBuilders;
    const QStringList tls = EmailDomainEntry::tlsChoices();
    const QStringList auth = EmailDomainEntry::authChoices();
    return {
        choice(
            Keys::DeliveryMode, {u"dns"_s, u"smarthost"_s}, u"dns"_s,
            SettingDefinition::tr("How outbound mail leaves: dns (look up each domain's mail exchangers) or "
                                  "smarthost (forward all messages to delivery.smarthost).")),
        text(Keys::Smarthost, fixed(QString()),
             SettingDefinition::tr("The host all outbound mail is forwarded to, as HOST or HOST:PORT."),
             validateOptionalHostPort),
        choice(Keys::SmarthostTls, tls, u"opportunistic"_s,
               SettingDefinition::tr(
                   "TLS to the smarthost: opportunistic (when offered) or required (never send "
                   "in clear).")),
        text(Keys::SmarthostPin, fixed(QString()),
             SettingDefinition::tr("SHA-256 fingerprint of a self-signed smarthost certificate to accept."),
             validateFingerprint),
        choice(Keys::SmarthostAuth, auth, u"none"_s,
               SettingDefinition::tr(
                   "Authentication at the smarthost; the password is kept in the secret store.")),
        text(Keys::SmarthostAccount, fixed(QString()),
             SettingDefinition::tr("The account name at the smarthost."), {}),
        boolean(Keys::SmarthostPlaintextAuth, false,
                SettingDefinition::tr("Allow PLAIN and LOGIN authentication to the smarthost without TLS.")),
        text(Keys::RetryHours, fixed(u".25, .5, 1, 4"_s),
             SettingDefinition::tr("Hours between delivery attempts, in order; the last one repeats."),
             validateRetryHours),
        integer(Keys::MessageTimeoutHours, 48, 1, 720,
                SettingDefinition::tr("Hours after which undeliverable mail is returned to its sender.")),
        integer(
            Keys::DelayWarningHours, 0, 0, 720,
            SettingDefinition::tr("Hours after which the sender is told the mail is delayed; 0 for never.")),
        boolean(Keys::CopyReportsToPostmaster, false,
                SettingDefinition::tr("Send the postmaster a copy of every delivery-failure report.")),
        choice(Keys::LocalTarget, {u"maildir"_s, u"smtp"_s, u"lmtp"_s}, u"maildir"_s,
               SettingDefinition::tr(
                   "Where mail for local domains goes: maildir (the mail root) or an internal mail "
                   "server over smtp or lmtp at delivery.local_relay.")),
        text(Keys::LocalRelay, fixed(QString()),
             SettingDefinition::tr("The internal mail server for local domains, as HOST or HOST:PORT."),
             validateOptionalHostPort),
        integer(Keys::OutboundMaxConnections, 20, 1, 1000,
                SettingDefinition::tr("How many outbound connections may be open at once.")),
        integer(Keys::OutboundMaxPerHost, 4, 1, 100,
                SettingDefinition::tr("How many outbound connections to one host may be open at once.")),
        integer(Keys::OutboundMessagesPerConnection, 50, 1, 10000,
                SettingDefinition::tr("How many messages are sent over one outbound connection.")),
        seconds(Keys::TimeoutConnect, 60,
                SettingDefinition::tr("Seconds to wait for an outbound connection.")),
        seconds(Keys::TimeoutGreeting, 300,
                SettingDefinition::tr("Seconds to wait for a server's greeting.")),
        seconds(Keys::TimeoutCommand, 300,
                SettingDefinition::tr("Seconds to wait for the reply to EHLO, MAIL, RCPT and the like.")),
        seconds(Keys::TimeoutDataStart, 120, SettingDefinition::tr("Seconds to wait for the reply to DATA.")),
        seconds(Keys::TimeoutDataBlock, 180,
                SettingDefinition::tr("Seconds a block of message data may take.")),
        seconds(Keys::TimeoutDataEnd, 600,
                SettingDefinition::tr("Seconds to wait for the reply after the end of the data.")),
        text(Keys::DnsServer, fixed(QString()),
             SettingDefinition::tr("The DNS server to ask for mail exchangers; empty for the system's."),
             validateOptionalAddress),
    };
}

} // namespace Sluice
