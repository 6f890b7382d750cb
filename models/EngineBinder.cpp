// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineBinder.h"

#include "EmailDomainTable.h"
#include "HostRuleTable.h"
#include "LinkBinder.h"
#include "RouteTable.h"
#include "SecretStore.h"
#include "ServerAccountTable.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "core/Engine.h"
#include "outbound/RetryPolicy.h"
#include "smtp/ServerTls.h"

#include <QLoggingCategory>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBinder, "sluice.config")

namespace Sluice {

namespace {
constexpr quint16 DefaultSmtpPort = 25;
constexpr quint16 UnprivilegedSmtpPort = 2525;

ClientSecurity security(const QString &tls, const QString &pin, const QString &auth, const QString &account,
                        bool plaintext, const QString &password)
{
    ClientSecurity result;
    result.tls = tls == "required"_L1 ? ClientSecurity::Tls::Required : ClientSecurity::Tls::Opportunistic;
    result.pinnedSha256 = pin.toLatin1();
    result.auth = auth == "any"_L1        ? ClientSecurity::Auth::Any
                  : auth == "login"_L1    ? ClientSecurity::Auth::Login
                  : auth == "plain"_L1    ? ClientSecurity::Auth::Plain
                  : auth == "cram-md5"_L1 ? ClientSecurity::Auth::CramMd5
                                          : ClientSecurity::Auth::None;
    result.account = account;
    result.password = password;
    result.allowPlaintextAuth = plaintext;
    return result;
}

QString smarthostHost(const Settings &settings)
{
    QString host;
    quint16 port = 0;
    QString error;
    EmailDomainEntry::parseHostPort(settings.stringValue(Keys::Smarthost), &host, &port, &error);
    return host;
}

OutboundConfig outboundConfig(const Settings &settings, const EmailDomainTable *domains,
                              const QHash<QString, QString> &passwords)
{
    OutboundConfig out;
    out.mode = settings.stringValue(Keys::DeliveryMode) == "smarthost"_L1 ? OutboundConfig::Mode::Smarthost
                                                                          : OutboundConfig::Mode::Dns;
    QString error;
    EmailDomainEntry::parseHostPort(settings.stringValue(Keys::Smarthost), &out.smarthost, &out.smarthostPort,
                                    &error);
    const QString account = settings.stringValue(Keys::SmarthostAccount);
    out.smarthostSecurity = security(
        settings.stringValue(Keys::SmarthostTls), settings.stringValue(Keys::SmarthostPin),
        settings.stringValue(Keys::SmarthostAuth), account, settings.boolValue(Keys::SmarthostPlaintextAuth),
        passwords.value(SecretKey::smtpAuth(out.smarthost, account)));
    if (domains) {
        for (const EmailDomainEntry &entry : domains->entries()) {
            DomainRoute route;
            route.domain = entry.domain;
            route.kind = entry.forward ? DomainRoute::Kind::Forward : DomainRoute::Kind::Dns;
            route.host = entry.host;
            route.port = entry.port;
            route.security = security(entry.tls, entry.pinnedSha256, entry.auth, entry.account,
                                      entry.plaintextAuth, passwords.value(entry.secretKey()));
            out.domainRoutes.append(route);
        }
    }
    const QString dns = settings.stringValue(Keys::DnsServer);
    out.dnsServer = dns.isEmpty() ? QHostAddress() : QHostAddress(dns);
    RetryPolicy::parseRetryHours(settings.stringValue(Keys::RetryHours), &out.retryHours, &error);
    out.messageTimeoutHours = settings.intValue(Keys::MessageTimeoutHours);
    out.delayWarningHours = settings.intValue(Keys::DelayWarningHours);
    out.copyReportsToPostmaster = settings.boolValue(Keys::CopyReportsToPostmaster);
    out.maxConnections = settings.intValue(Keys::OutboundMaxConnections);
    out.maxConnectionsPerHost = settings.intValue(Keys::OutboundMaxPerHost);
    out.maxMessagesPerConnection = settings.intValue(Keys::OutboundMessagesPerConnection);
    out.timeouts.connect = settings.intValue(Keys::TimeoutConnect) * 1000;
    out.timeouts.greeting = settings.intValue(Keys::TimeoutGreeting) * 1000;
    out.timeouts.command = settings.intValue(Keys::TimeoutCommand) * 1000;
    out.timeouts.dataInitiation = settings.intValue(Keys::TimeoutDataStart) * 1000;
    out.timeouts.dataBlock = settings.intValue(Keys::TimeoutDataBlock) * 1000;
    out.timeouts.dataTermination = settings.intValue(Keys::TimeoutDataEnd) * 1000;
    return out;
}

} // namespace

EngineBinder::EngineBinder(Settings *settings, EmailDomainTable *domains, SecretStore *secrets,
                           Engine *engine, const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_domains(domains)
    , m_secrets(secrets)
    , m_engine(engine)
    , m_dataDirectory(dataDirectory)
{
    connect(m_settings, &Settings::changed, this, &EngineBinder::scheduleApply);
    // Server accounts are added and removed by `sluice account` in another process.
    connect(m_settings, &Settings::changedElsewhere, this, &EngineBinder::scheduleApply);
    if (m_domains)
        connect(m_domains, &EmailDomainTable::changed, this, &EngineBinder::scheduleApply);
    // The Hosts list, edited through any HostRuleTable on these settings (the console's page too).
    connect(new HostRuleTable(m_settings, this), &HostRuleTable::changed, this, &EngineBinder::scheduleApply);
    // The reroute table, likewise (`sluice route` in another process arrives as changedElsewhere).
    connect(new RouteTable(m_settings, this), &RouteTable::changed, this, &EngineBinder::scheduleApply);
}

bool EngineBinder::parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    if (host == "*"_L1) {
        *address = QHostAddress(QHostAddress::Any);
    } else {
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        *address = QHostAddress(host);
        if (address->isNull())
            return false;
    }
    *port = quint16(number);
    return true;
}

QStringList EngineBinder::neededSecretKeys(const Settings &settings, const EmailDomainTable *domains)
{
    QStringList keys;
    if (settings.stringValue(Keys::SmarthostAuth) != "none"_L1)
        keys << SecretKey::smtpAuth(smarthostHost(settings), settings.stringValue(Keys::SmarthostAccount));
    if (domains) {
        for (const EmailDomainEntry &entry : domains->entries()) {
            if (entry.auth != "none"_L1)
                keys << entry.secretKey();
        }
    }
    keys << LinkBinder::secretKeys(settings);
    for (const ServerAccountEntry &account : ServerAccountTable::read(settings))
        keys << SecretKey::serverAccount(account.name);
    return keys;
}

namespace {
/// The E-Mail Domain entries held for ETRN (their routes are already among the outbound
/// DomainRoutes) and the ETRN server's settings.
HoldConfig holdConfig(const Settings &settings, const EmailDomainTable *domains)
{
    HoldConfig hold;
    if (domains) {
        for (const EmailDomainEntry &entry : domains->entries()) {
            if (entry.hold)
                hold.domains.append(entry.domain.toLower());
        }
    }
    hold.etrnEnabled = settings.boolValue(Keys::EtrnEnabled);
    const QString access = settings.stringValue(Keys::EtrnAccess);
    hold.access = access == "listed"_L1          ? HoldConfig::EtrnAccess::Listed
                  : access == "authenticated"_L1 ? HoldConfig::EtrnAccess::Authenticated
                                                 : HoldConfig::EtrnAccess::Any;
    NetworkList::parse(settings.listValue(Keys::EtrnHosts), &hold.etrnHosts);
    hold.timeoutHours = settings.intValue(Keys::HoldTimeoutHours);
    return hold;
}
} // namespace

namespace {
/// The Connections page: the Hosts list (rows already validated by HostRuleTable::read) and
/// smtp.accept_from.
void clientAccess(const Settings &settings, SmtpServerConfig *smtp)
{
    for (const HostRuleEntry &entry : HostRuleTable::read(settings)) {
        HostRule rule;
        rule.accept = entry.accept;
        rule.relay = entry.relay;
        if (NetworkList::parse({entry.network}, &rule.network))
            smtp->hostRules.append(rule);
    }
    const QString acceptFrom = settings.stringValue(Keys::AcceptFrom);
    smtp->acceptPolicy = acceptFrom == "authenticated"_L1       ? AcceptPolicy::Authenticated
                         : acceptFrom == "authenticated_tls"_L1 ? AcceptPolicy::AuthenticatedTls
                                                                : AcceptPolicy::Any;
}
} // namespace

EngineConfig EngineBinder::engineConfig(const Settings &settings, const EmailDomainTable *domains,
                                        const QHash<QString, QString> &passwords)
{
    EngineConfig config;
    SmtpServerConfig &smtp = config.smtp;
    smtp.hostName = settings.stringValue(Keys::HostName);
    parseListen(settings.stringValue(Keys::SmtpListen), &smtp.listenAddress, &smtp.listenPort);
    if (!settings.isExplicit(Keys::SmtpListen) && smtp.listenPort == DefaultSmtpPort)
        smtp.fallbackPort = UnprivilegedSmtpPort;
    smtp.maxMessageSize = qint64(settings.intValue(Keys::MaxMessageSizeKb)) * 1024;
    smtp.maxConnections = settings.intValue(Keys::MaxConnections);
    smtp.maxConnectionsPerHost = settings.intValue(Keys::MaxConnectionsPerHost);
    smtp.commandTimeoutMs = settings.intValue(Keys::CommandTimeout) * 1000;
    smtp.errorLimit = settings.intValue(Keys::ErrorLimit);
    smtp.maxRecipients = settings.intValue(Keys::MaxRecipients);
    smtp.greetingDelayMs = settings.intValue(Keys::GreetingDelay) * 1000;
    smtp.normaliseBareLineEndings = settings.stringValue(Keys::BareLineEndings) == "normalise"_L1;
    NetworkList::parse(settings.listValue(Keys::RelayNetworks), &smtp.relayNetworks);
    clientAccess(settings, &smtp);
    const QString mode = settings.stringValue(Keys::TransferMode);
    smtp.transferMode = mode == "inbound_only"_L1    ? TransferMode::InboundOnly
                        : mode == "outbound_only"_L1 ? TransferMode::OutboundOnly
                        : mode == "none"_L1          ? TransferMode::None
                                                     : TransferMode::InboundAndOutbound;
    smtp.plaintextAuth = settings.boolValue(Keys::SmtpPlaintextAuth);
    for (const ServerAccountEntry &account : ServerAccountTable::read(settings)) {
        // A password the store could not give stays empty, and an empty password never matches.
        smtp.accounts.insert(account.name,
                             {passwords.value(SecretKey::serverAccount(account.name)), account.domains});
    }

    LocalDeliveryConfig &local = config.local;
    local.localDomains.clear();
    for (const QString &domain : settings.listValue(Keys::LocalDomains))
        local.localDomains.append(domain.toLower());
    local.mailRoot = settings.stringValue(Keys::MailRoot);
    local.catchAllMailbox = settings.stringValue(Keys::CatchAll).toLower();
    local.postmasterAddress = settings.stringValue(Keys::Postmaster);
    const QString target = settings.stringValue(Keys::LocalTarget);
    local.target = target == "smtp"_L1   ? LocalDeliveryConfig::Target::Smtp
                   : target == "lmtp"_L1 ? LocalDeliveryConfig::Target::Lmtp
                                         : LocalDeliveryConfig::Target::Maildir;
    QString relayError;
    EmailDomainEntry::parseHostPort(settings.stringValue(Keys::LocalRelay), &local.relayHost,
                                    &local.relayPort, &relayError);
    if (local.target != LocalDeliveryConfig::Target::Maildir && local.relayHost.isEmpty()) {
        // An internal server without an address: keep using the Maildir rather than lose track.
        qCWarning(lcBinder) << "delivery.local_target needs delivery.local_relay; delivering to Maildir";
        local.target = LocalDeliveryConfig::Target::Maildir;
    }

    config.outbound = outboundConfig(settings, domains, passwords);
    // Routing page: the table is handed over whole; the engine ignores it while reroute is off.
    // Local domains (local.localDomains) win over it in the engine's recipient policy.
    config.outbound.reroute = settings.boolValue(Keys::Reroute);
    for (const RouteEntry &route : RouteTable::read(settings))
        config.outbound.reroutes.append({route.sentTo, route.routeTo});
    const QString logLevel = settings.stringValue(Keys::LogLevel);
    config.logLevel = logLevel == "none"_L1      ? LogLevel::None
                      : logLevel == "minimum"_L1 ? LogLevel::Minimum
                      : logLevel == "maximum"_L1 ? LogLevel::Maximum
                                                 : LogLevel::Medium;
    config.logRetentionDays = settings.intValue(Keys::LogRetentionDays);
    config.logMaxSizeMb = settings.intValue(Keys::LogMaxSizeMb);
    config.link =
        LinkBinder::linkConfig(settings, config.outbound, smtp.hostName, local.localDomains, passwords);
    config.hold = holdConfig(settings, domains);
    smtp.holdTimeoutHours = config.hold.timeoutHours;
    const QString atrn = settings.stringValue(Keys::AtrnListen);
    smtp.atrnEnabled = !atrn.isEmpty() && parseListen(atrn, &smtp.atrnAddress, &smtp.atrnPort);
    return config;
}

namespace {

/// The STARTTLS identity: the configured files, or the self-signed certificate in DATA/tls/ (made on
/// first use). This happens here rather than in engineConfig() because only the binder knows the data
/// folder, and in the models rather than the engine so that a test's engine is given its identity.
/// A problem is logged once per distinct message (apply() runs on every settings change), and the
/// server then simply does not offer STARTTLS.
void loadTlsIdentity(const Settings &settings, const QString &dataDirectory, SmtpServerConfig *smtp)
{
    static QString lastError;
    QString error;
    bool generated = false;
    const TlsIdentity identity = ServerTls::prepare(
        settings.stringValue(Keys::SmtpTlsCertificate), settings.stringValue(Keys::SmtpTlsKey),
        dataDirectory + u"/tls"_s, smtp->hostName, &error, &generated);
    if (generated)
        qCInfo(lcBinder).noquote() << "made a self-signed TLS certificate in" << dataDirectory + u"/tls"_s;
    if (!identity.isValid()) {
        if (error != lastError)
            qCWarning(lcBinder).noquote() << "STARTTLS is not offered:" << error;
        lastError = error;
        return;
    }
    lastError.clear();
    smtp->tlsCertificate = identity.certificate;
    smtp->tlsChain = identity.chain;
    smtp->tlsKey = identity.key;
}

} // namespace

bool EngineBinder::start(QString *error)
{
    EngineConfig config = engineConfig(*m_settings, m_domains, m_passwords);
    loadTlsIdentity(*m_settings, m_dataDirectory, &config.smtp);
    config.outboundReady = false; // until the passwords are read
    if (!m_engine->start(m_dataDirectory + u"/queue"_s, config, error))
        return false;
    loadSecretsThenApply();
    return true;
}

void EngineBinder::scheduleApply()
{
    // Several keys often change together (a page saved, a script run): apply them once.
    if (m_applyScheduled)
        return;
    m_applyScheduled = true;
    QMetaObject::invokeMethod(this, &EngineBinder::loadSecretsThenApply, Qt::QueuedConnection);
}

void EngineBinder::loadSecretsThenApply()
{
    m_applyScheduled = false;
    const QStringList keys = neededSecretKeys(*m_settings, m_domains);
    if (keys.isEmpty() || !m_secrets) {
        m_passwords.clear();
        m_passwordsLoaded = true;
        apply();
        return;
    }
    // A newer round supersedes one still waiting for the keychain.
    const int generation = ++m_secretsGeneration;
    auto pending = std::make_shared<int>(int(keys.size()));
    auto passwords = std::make_shared<QHash<QString, QString>>();
    for (const QString &key : keys) {
        m_secrets->readSecret(key, this,
                              [this, key, generation, pending, passwords](bool ok, const QString &secret,
                                                                          const SecretError &error) {
                                  if (ok)
                                      passwords->insert(key, secret);
                                  else
                                      qCWarning(lcBinder).noquote()
                                          << "no password for" << key << "-" << error.message;
                                  if (--*pending > 0 || generation != m_secretsGeneration)
                                      return;
                                  m_passwords = *passwords;
                                  m_passwordsLoaded = true;
                                  apply();
                              });
    }
}

void EngineBinder::apply()
{
    EngineConfig config = engineConfig(*m_settings, m_domains, m_passwords);
    loadTlsIdentity(*m_settings, m_dataDirectory, &config.smtp);
    config.outboundReady = m_passwordsLoaded;
    QString error;
    if (m_engine->applyConfig(config, &error)) {
        qCInfo(lcBinder) << "settings applied";
        Q_EMIT applied();
    } else {
        qCWarning(lcBinder).noquote() << "settings could not be applied:" << error;
        Q_EMIT applyFailed(error);
    }
}

} // namespace Sluice
