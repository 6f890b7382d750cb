// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineBinder.h"

#include "SettingKeys.h"
#include "Settings.h"
#include "core/Engine.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBinder, "sluice.config")

namespace Sluice {

namespace {
constexpr quint16 DefaultSmtpPort = 25;
constexpr quint16 UnprivilegedSmtpPort = 2525;
} // namespace

EngineBinder::EngineBinder(Settings *settings, Engine *engine, const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_engine(engine)
    , m_dataDirectory(dataDirectory)
{
    connect(m_settings, &Settings::changed, this, &EngineBinder::scheduleApply);
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

EngineConfig EngineBinder::engineConfig(const Settings &settings)
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
    const QString mode = settings.stringValue(Keys::TransferMode);
    smtp.transferMode = mode == "inbound_only"_L1    ? TransferMode::InboundOnly
                        : mode == "outbound_only"_L1 ? TransferMode::OutboundOnly
                        : mode == "none"_L1          ? TransferMode::None
                                                     : TransferMode::InboundAndOutbound;

    LocalDeliveryConfig &local = config.local;
    local.localDomains.clear();
    for (const QString &domain : settings.listValue(Keys::LocalDomains))
        local.localDomains.append(domain.toLower());
    local.mailRoot = settings.stringValue(Keys::MailRoot);
    local.catchAllMailbox = settings.stringValue(Keys::CatchAll).toLower();
    local.postmasterAddress = settings.stringValue(Keys::Postmaster);
    return config;
}

bool EngineBinder::start(QString *error)
{
    return m_engine->start(m_dataDirectory + u"/queue"_s, engineConfig(*m_settings), error);
}

void EngineBinder::scheduleApply()
{
    // Several keys often change together (a page saved, a script run): apply them once.
    if (m_applyScheduled)
        return;
    m_applyScheduled = true;
    QMetaObject::invokeMethod(this, &EngineBinder::apply, Qt::QueuedConnection);
}

void EngineBinder::apply()
{
    m_applyScheduled = false;
    QString error;
    if (m_engine->applyConfig(engineConfig(*m_settings), &error)) {
        qCInfo(lcBinder) << "settings applied";
        Q_EMIT applied();
    } else {
        qCWarning(lcBinder).noquote() << "settings could not be applied:" << error;
        Q_EMIT applyFailed(error);
    }
}

} // namespace Sluice
