// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsRegistry.h"

#include "SettingBuilders.h"

#include "SettingKeys.h"

#include <smtp/SmtpAddress.h>

#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

using Validator = std::function<QString(const QString &)>;

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// --- Validators: each returns an empty string or a translated reason that quotes the bad part. ---

QString validateDomainName(const QString &name)
{
    if (name.endsWith(u'.'))
        return SettingDefinition::tr("“%1” ends with a dot; write the domain without it.").arg(name);
    if (!isAscii(name) || !isValidDomainName(name.toLatin1()))
        return SettingDefinition::tr("“%1” is not a valid domain name.").arg(name);
    return {};
}

QString validateHostName(const QString &name)
{
    if (name.isEmpty())
        return SettingDefinition::tr("The host name must not be empty.");
    return validateDomainName(name);
}

QString validateMailbox(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    const QString local = address.left(at);
    if (at <= 0 || !isAscii(local) || !isValidDotString(local.toLatin1()))
        return SettingDefinition::tr("“%1” is not an address of the form name@domain.").arg(address);
    return validateDomainName(address.mid(at + 1));
}

// "*:PORT", "IPv4:PORT" or "[IPv6]:PORT". Host names are refused on purpose: what a name resolves to
// can change, and the listener must not.
QString validateListenAddress(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    const QString host = text.left(std::max<qsizetype>(colon, 0));
    const QString port = text.mid(colon + 1);
    static const QRegularExpression portPattern(u"^[0-9]{1,5}$"_s);
    if (colon < 0 || !portPattern.match(port).hasMatch() || port.toInt() > 65535) {
        return SettingDefinition::tr("“%1” needs a port from 0 to 65535: write ADDRESS:PORT, for example "
                                     "*:25, 127.0.0.1:2525 or [::1]:25.")
            .arg(text);
    }
    if (host == "*"_L1)
        return {};
    if (host.startsWith(u'[') && host.endsWith(u']')) {
        if (QHostAddress(host.mid(1, host.size() - 2)).protocol() == QAbstractSocket::IPv6Protocol)
            return {};
        return SettingDefinition::tr("“%1” is not an IPv6 address.").arg(host);
    }
    // QHostAddress also takes shorthand like "127.1"; a listener should be spelt out.
    static const QRegularExpression ipv4Pattern(u"^[0-9]{1,3}(\\.[0-9]{1,3}){3}$"_s);
    if (ipv4Pattern.match(host).hasMatch() && QHostAddress(host).protocol() == QAbstractSocket::IPv4Protocol)
        return {};
    return SettingDefinition::tr("“%1” is not *, an IPv4 address or an IPv6 address in brackets.").arg(host);
}

QString validateMessageSize(const QString &kilobytes)
{
    const int value = kilobytes.toInt();
    if (value != 0 && value < 64)
        return SettingDefinition::tr("The limit must be 0 (no limit) or at least 64 KB.");
    return {};
}

QString validateDomainList(const QString &list)
{
    QSet<QString> seen;
    for (const QString &domain : SettingDefinition::splitList(list)) {
        if (const QString error = validateDomainName(domain); !error.isEmpty())
            return error;
        const QString folded = domain.toLower();
        if (seen.contains(folded))
            return SettingDefinition::tr("“%1” is listed twice.").arg(domain);
        seen.insert(folded);
    }
    return {};
}

QString validateAbsolutePath(const QString &path)
{
    if (!QDir::isAbsolutePath(path))
        return SettingDefinition::tr("“%1” is not an absolute path.").arg(path);
    return {};
}

// The catch-all names a mailbox folder under the mail root: no path separators, no hidden folders.
QString validateMailboxName(const QString &name)
{
    if (name.isEmpty())
        return {};
    if (!isAscii(name) || !isValidDotString(name.toLatin1()) || name.contains(u'/') || name.startsWith(u'.'))
        return SettingDefinition::tr("“%1” is not a valid mailbox name.").arg(name);
    return {};
}

// --- Table helpers: one line per setting in makeDefinitions(). ---

QList<SettingDefinition> makeDefinitions()
{
    using namespace SettingBuilders;
    QList<SettingDefinition> definitions{
        text(
            Keys::HostName, [](const SettingsEnvironment &environment) { return environment.hostName; },
            SettingDefinition::tr("The name Sluice greets with and writes into Received: headers."),
            validateHostName),
        text(
            Keys::Postmaster,
            [](const SettingsEnvironment &environment) -> QString {
                return "postmaster@"_L1 + environment.hostName;
            },
            SettingDefinition::tr("The administrator's address, shown in bounces."), validateMailbox),
        text(Keys::SmtpListen, fixed(u"*:25"_s),
             SettingDefinition::tr(
                 "Where the SMTP server listens, as ADDRESS:PORT: * for every address, an IPv4 address "
                 "or an IPv6 address in brackets; port 0 picks any free port."),
             validateListenAddress),
        integer(Keys::MaxMessageSizeKb, 25600, 0, 2097151,
                SettingDefinition::tr("The largest message accepted, in kilobytes; 0 means no limit."),
                validateMessageSize),
        integer(Keys::MaxConnections, 30, 1, 10000,
                SettingDefinition::tr("How many SMTP clients may be connected at once.")),
        integer(Keys::MaxConnectionsPerHost, 10, 1, 10000,
                SettingDefinition::tr("How many SMTP connections one client address may hold at once.")),
        integer(Keys::CommandTimeout, 300, 1, 3600,
                SettingDefinition::tr(
                    "Seconds to wait for the next SMTP command before closing the connection.")),
        integer(Keys::ErrorLimit, 20, 1, 1000,
                SettingDefinition::tr(
                    "How many erroneous commands a client may send before it is disconnected.")),
        integer(Keys::MaxRecipients, 100, 1, 100000,
                SettingDefinition::tr("The most recipients accepted for one message.")),
        integer(Keys::GreetingDelay, 0, 0, 300,
                SettingDefinition::tr(
                    "Seconds to wait before greeting a client; clients that talk first are refused.")),
        choice(Keys::BareLineEndings, {u"refuse"_s, u"normalise"_s}, u"refuse"_s,
               SettingDefinition::tr(
                   "What to do with a message containing a bare CR or LF: refuse it, or normalise the "
                   "line endings to CRLF.")),
        list(Keys::LocalDomains, u"localhost"_s,
             SettingDefinition::tr("The domains whose mail is delivered to local mailboxes."),
             validateDomainList),
        text(
            Keys::MailRoot,
            [](const SettingsEnvironment &environment) -> QString {
                return environment.dataDirectory + "/mail"_L1;
            },
            SettingDefinition::tr("The folder holding the local mailboxes."), validateAbsolutePath),
        text(Keys::CatchAll, fixed(QString()),
             SettingDefinition::tr(
                 "The mailbox receiving mail for unknown local recipients; empty to refuse them."),
             validateMailboxName),
        list(Keys::RelayNetworks, u"127.0.0.0/8, ::1/128"_s,
             SettingDefinition::tr(
                 "The client networks allowed to send mail to other domains through Sluice."),
             SettingBuilders::validateNetworkList),
        choice(Keys::TransferMode, {u"inbound_outbound"_s, u"inbound_only"_s, u"outbound_only"_s, u"none"_s},
               u"inbound_outbound"_s,
               SettingDefinition::tr(
                   "Which mail moves when connected: inbound_outbound, inbound_only, outbound_only or "
                   "none.")),
        choice(
            Keys::SecretsStore, {u"keychain"_s, u"file"_s}, u"keychain"_s,
            SettingDefinition::tr("Where passwords are kept: keychain (the desktop's keychain, such as GNOME "
                                  "Keyring or KWallet) or file (an unencrypted, owner-only file in the data "
                                  "folder, only for servers without a keychain).")),
    };
    definitions += outboundSettingDefinitions();
    definitions += linkSettingDefinitions();
    definitions += serverSecuritySettingDefinitions();
    definitions += holdSettingDefinitions();
    definitions += consoleSettingDefinitions();
    std::sort(definitions.begin(), definitions.end(),
              [](const SettingDefinition &a, const SettingDefinition &b) { return a.key < b.key; });
    return definitions;
}

} // namespace

const QList<SettingDefinition> &settingDefinitions()
{
    static const QList<SettingDefinition> definitions = makeDefinitions();
    return definitions;
}

const SettingDefinition *findSettingDefinition(QAnyStringView key)
{
    const QList<SettingDefinition> &definitions = settingDefinitions();
    const auto found = std::lower_bound(
        definitions.begin(), definitions.end(), key,
        [](const SettingDefinition &a, QAnyStringView k) { return QAnyStringView::compare(a.key, k) < 0; });
    return found != definitions.end() && QAnyStringView::equal(found->key, key) ? &*found : nullptr;
}

QStringList SettingDefinition::splitList(const QString &canonicalText)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    return canonicalText.split(separators, Qt::SkipEmptyParts);
}

QString SettingDefinition::canonicalize(const QString &input, QString *canonicalText) const
{
    const QString trimmed = input.trimmed();
    QString result = trimmed;
    switch (type) {
    case Type::Int: {
        static const QRegularExpression pattern(u"^[+-]?[0-9]+$"_s);
        if (!pattern.match(trimmed).hasMatch())
            return tr("“%1” is not a whole number.").arg(trimmed);
        bool ok = false;
        const qlonglong value = trimmed.toLongLong(&ok);
        if (!ok || value < minimum || value > maximum)
            return tr("%1 is not between %2 and %3.").arg(trimmed).arg(minimum).arg(maximum);
        result = QString::number(value);
        break;
    }
    case Type::Bool: {
        const QString lower = trimmed.toLower();
        if (lower == "true"_L1 || lower == "yes"_L1 || lower == "on"_L1 || lower == "1"_L1)
            result = u"true"_s;
        else if (lower == "false"_L1 || lower == "no"_L1 || lower == "off"_L1 || lower == "0"_L1)
            result = u"false"_s;
        else
            return tr("“%1” is neither true nor false.").arg(trimmed);
        break;
    }
    case Type::Enum:
        result = trimmed.toLower();
        if (!choices.contains(result))
            return tr("“%1” is not one of: %2.").arg(trimmed, choices.join(", "_L1));
        break;
    case Type::List:
        result = splitList(trimmed).join(", "_L1);
        break;
    case Type::String:
        break;
    }
    if (validate) {
        if (const QString error = validate(result); !error.isEmpty())
            return error;
    }
    // Never null: an empty value is still a value, and a null QString would be stored as SQL NULL.
    *canonicalText = result.isNull() ? u""_s : result;
    return {};
}

QString SettingDefinition::typeDescription() const
{
    switch (type) {
    case Type::Int:
        return tr("whole number from %1 to %2").arg(minimum).arg(maximum);
    case Type::Bool:
        return tr("true or false");
    case Type::String:
        return tr("text");
    case Type::Enum:
        return tr("one of: %1").arg(choices.join(", "_L1));
    case Type::List:
        return tr("list, separated by commas or spaces");
    }
    return {};
}

QString SettingBuilders::validateNetworkList(const QString &list)
{
    for (const QString &network : SettingDefinition::splitList(list)) {
        const bool valid = network.contains(u'/') ? !QHostAddress::parseSubnet(network).first.isNull()
                                                  : !QHostAddress(network).isNull();
        if (!valid) {
            return SettingDefinition::tr("“%1” is neither an address nor a network such as 192.168.0.0/16 "
                                         "or fd00::/8.")
                .arg(network);
        }
    }
    return {};
}

} // namespace Sluice
