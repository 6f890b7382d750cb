// SPDX-License-Identifier: GPL-3.0-or-later
// The table rows of a configuration import: each read field by field, then checked with the entry's own
// validate() (the one the console's dialogs and the command line use), and normalised as the table
// would store it.
#include "ConfigTransferReader.h"

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

/// One field of an entry, in the order its validate() checks them.
template<typename Entry> struct FieldStep
{
    QString name;
    std::function<void(Entry &, const Entry &)> copy;
};

/// Which field a failed validate() is about: the entry is rebuilt field by field from a valid template,
/// and the first field whose copy makes validate() give the very same message is the one to blame.
/// Empty when no single field can be named (the message is then given for the whole row).
template<typename Entry>
QString blamedField(const Entry &real, Entry partial, const QList<FieldStep<Entry>> &steps,
                    const QString &message)
{
    for (const FieldStep<Entry> &step : steps) {
        step.copy(partial, real);
        if (partial.validate() == message)
            return step.name;
    }
    return {};
}

} // namespace

QString ConfigTransferReader::itemPath(const QString &path, qsizetype index)
{
    return u"%1[%2]"_s.arg(path).arg(index);
}

QString ConfigTransferReader::fieldPath(const QString &path, const QString &name)
{
    if (name.isEmpty())
        return path;
    return path.isEmpty() ? name : QString(path + u'.' + name);
}

bool ConfigTransferReader::readEmailDomain(const QJsonObject &object, const QString &path,
                                           EmailDomainEntry *entry)
{
    int port = entry->port;
    if (!checkKeys(object, path,
                   {u"domain"_s, u"forward"_s, u"host"_s, u"port"_s, u"tls"_s, u"pinned_sha256"_s, u"auth"_s,
                    u"account"_s, u"plaintext_auth"_s, u"hold"_s}) ||
        !text(object, path, u"domain"_s, &entry->domain, true) ||
        !boolean(object, path, u"forward"_s, &entry->forward) ||
        !text(object, path, u"host"_s, &entry->host) || !integer(object, path, u"port"_s, 1, 65535, &port) ||
        !text(object, path, u"tls"_s, &entry->tls) ||
        !text(object, path, u"pinned_sha256"_s, &entry->pinnedSha256) ||
        !text(object, path, u"auth"_s, &entry->auth) || !text(object, path, u"account"_s, &entry->account) ||
        !boolean(object, path, u"plaintext_auth"_s, &entry->plaintextAuth) ||
        !boolean(object, path, u"hold"_s, &entry->hold))
        return false;
    entry->port = quint16(port);
    if (!entry->forward)
        entry->host.clear(); // the table stores no host for a domain delivered through DNS
    if (const QString message = entry->validate(); !message.isEmpty()) {
        EmailDomainEntry start;
        start.forward = true;
        start.host = u"mail.example.com"_s;
        using Step = FieldStep<EmailDomainEntry>;
        const QList<Step> steps{
            {u"domain"_s,
             [](auto &p, const auto &e) {
                 p.domain = e.domain;
             }},
            {u"host"_s,
             [](auto &p, const auto &e) {
                 p.host = e.host;
             }},
            {u"forward"_s,
             [](auto &p, const auto &e) {
                 p.forward = e.forward;
             }},
            {u"port"_s,
             [](auto &p, const auto &e) {
                 p.port = e.port;
             }},
            {u"tls"_s,
             [](auto &p, const auto &e) {
                 p.tls = e.tls;
             }},
            {u"account"_s,
             [](auto &p, const auto &e) {
                 p.account = e.account;
             }},
            {u"auth"_s,
             [](auto &p, const auto &e) {
                 p.auth = e.auth;
             }},
            {u"pinned_sha256"_s,
             [](auto &p, const auto &e) {
                 p.pinnedSha256 = e.pinnedSha256;
             }},
        };
        return fail(fieldPath(path, blamedField(*entry, start, steps, message)), message);
    }
    return true;
}

bool ConfigTransferReader::readProfile(const QJsonObject &object, const QString &path,
                                       CustomProfileEntry *entry)
{
    entry->disconnect = u""_s;
    entry->probe = u""_s;
    if (!checkKeys(object, path,
                   {u"name"_s, u"connect"_s, u"disconnect"_s, u"probe"_s, u"probe_timeout"_s}) ||
        !text(object, path, u"name"_s, &entry->name, true) ||
        !text(object, path, u"connect"_s, &entry->connect, true) ||
        !text(object, path, u"disconnect"_s, &entry->disconnect) ||
        !text(object, path, u"probe"_s, &entry->probe) ||
        !integer(object, path, u"probe_timeout"_s, 1, 600, &entry->probeTimeoutSeconds))
        return false;
    if (const QString message = entry->validate(); !message.isEmpty()) {
        CustomProfileEntry start;
        start.name = u"profile"_s;
        start.connect = u"true"_s;
        using Step = FieldStep<CustomProfileEntry>;
        const QList<Step> steps{
            {u"name"_s,
             [](auto &p, const auto &e) {
                 p.name = e.name;
             }},
            {u"connect"_s,
             [](auto &p, const auto &e) {
                 p.connect = e.connect;
             }},
            {u"disconnect"_s,
             [](auto &p, const auto &e) {
                 p.disconnect = e.disconnect;
             }},
            {u"probe"_s,
             [](auto &p, const auto &e) {
                 p.probe = e.probe;
             }},
            {u"probe_timeout"_s,
             [](auto &p, const auto &e) {
                 p.probeTimeoutSeconds = e.probeTimeoutSeconds;
             }},
        };
        return fail(fieldPath(path, blamedField(*entry, start, steps, message)), message);
    }
    return true;
}

bool ConfigTransferReader::readAccount(const QJsonObject &object, const QString &path,
                                       ServerAccountEntry *entry)
{
    if (!checkKeys(object, path, {u"name"_s, u"domains"_s}) ||
        !text(object, path, u"name"_s, &entry->name, true))
        return false;
    if (object.contains(u"domains"_s) &&
        !textList(object.value(u"domains"_s), fieldPath(path, u"domains"_s), &entry->domains))
        return false;
    if (const QString message = entry->validate(); !message.isEmpty()) {
        const bool nameIsBad = !ServerAccountEntry::isValidName(entry->name);
        return fail(fieldPath(path, nameIsBad ? u"name"_s : u"domains"_s), message);
    }
    // As ServerAccountTable stores them: lower case, sorted, each once.
    QStringList domains;
    for (const QString &domain : std::as_const(entry->domains)) {
        if (!domains.contains(domain.toLower()))
            domains.append(domain.toLower());
    }
    std::sort(domains.begin(), domains.end());
    entry->domains = domains;
    return true;
}

bool ConfigTransferReader::readHostRule(const QJsonObject &object, const QString &path, HostRuleEntry *entry)
{
    QString action;
    if (!checkKeys(object, path, {u"network"_s, u"action"_s, u"relay"_s}) ||
        !text(object, path, u"network"_s, &entry->network, true) ||
        !text(object, path, u"action"_s, &action, true) || !boolean(object, path, u"relay"_s, &entry->relay))
        return false;
    if (action != "accept"_L1 && action != "reject"_L1)
        return fail(fieldPath(path, u"action"_s), tr("Expected “accept” or “reject”."));
    entry->accept = action == "accept"_L1;
    if (const QString message = entry->validate(); !message.isEmpty())
        return fail(fieldPath(path, u"network"_s), message);
    // As HostRuleTable stores them.
    entry->network = entry->network.trimmed();
    entry->relay = entry->accept && entry->relay;
    return true;
}

bool ConfigTransferReader::readRoute(const QJsonObject &object, const QString &path, RouteEntry *entry)
{
    if (!checkKeys(object, path, {u"sent_to"_s, u"route_to"_s}) ||
        !text(object, path, u"sent_to"_s, &entry->sentTo, true) ||
        !text(object, path, u"route_to"_s, &entry->routeTo, true))
        return false;
    if (const QString message = entry->validate(); !message.isEmpty()) {
        const RouteEntry start{u"example.com"_s, u"mail.example.com"_s};
        using Step = FieldStep<RouteEntry>;
        const QList<Step> steps{
            {u"sent_to"_s,
             [](auto &p, const auto &e) {
                 p.sentTo = e.sentTo;
             }},
            {u"route_to"_s,
             [](auto &p, const auto &e) {
                 p.routeTo = e.routeTo;
             }},
        };
        return fail(fieldPath(path, blamedField(*entry, start, steps, message)), message);
    }
    // As RouteTable stores them.
    entry->sentTo = entry->sentTo.trimmed().toLower();
    entry->routeTo = entry->routeTo.trimmed().toLower();
    return true;
}

} // namespace Sluice
