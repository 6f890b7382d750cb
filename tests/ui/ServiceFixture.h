// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the service/console/tray tests: a data folder configured for a link cycle against a
// scripted provider (tests/link/ProviderPeer): a custom dial-up profile whose "link" is a marker file,
// the provider as smarthost and ETRN host, a manual schedule and a short idle time-out.

#include "ConnectionProfileTable.h"
#include "DataDirectory.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QDir>
#include <QTcpSocket>
#include <QTest>

namespace Sluice::TestSupport {

/// Writes the settings; connect: the profile's connect command ("" = touch the marker after a short
/// pause, so that the dialing state lasts long enough to be seen). False with a warning on error.
inline bool prepareLinkDataFolder(const QString &dir, quint16 providerPort,
                                  const QString &connect = QString())
{
    using namespace Qt::StringLiterals;
    QString error;
    auto settings = Settings::open(configDatabasePath(dir), {dir, u"gateway.office.test"_s}, &error);
    if (!settings) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    QDir().mkpath(dir + u"/mail/alice"_s);
    const QString provider = u"127.0.0.1:%1"_s.arg(providerPort);
    const QList<std::pair<QLatin1StringView, QString>> values = {
        {Keys::SmtpListen, u"127.0.0.1:0"_s},        {Keys::HostName, u"gateway.office.test"_s},
        {Keys::LocalDomains, u"office.test"_s},      {Keys::SecretsStore, u"file"_s},
        {Keys::DeliveryMode, u"smarthost"_s},        {Keys::Smarthost, provider},
        {Keys::DialupProfile, u"custom:provider"_s}, {Keys::DialupRetries, u"0"_s},
        {Keys::ScheduleMode, u"manual"_s},           {Keys::RetrievalMethod, u"etrn"_s},
        {Keys::RetrievalEtrnHost, provider},         {Keys::IdleTimeout, u"1"_s},
        {Keys::FirstDeliveryGrace, u"2"_s},          {Keys::FirstRunDone, u"true"_s},
    };
    for (const auto &[key, value] : values) {
        const QString problem = settings->setText(key, value);
        if (!problem.isEmpty()) {
            qWarning("%s: %s", key.data(), qPrintable(problem));
            return false;
        }
    }
    CustomProfileEntry profile;
    profile.name = u"provider"_s;
    profile.connect = connect.isEmpty() ? u"sh -c 'sleep 1; touch \"$0\"' %1/up"_s.arg(dir) : connect;
    profile.disconnect = u"rm -f %1/up"_s.arg(dir);
    profile.probe = u"command:test -e %1/up"_s.arg(dir);
    ConnectionProfileTable profiles(settings.get());
    const QString problem = profiles.put(profile);
    if (!problem.isEmpty()) {
        qWarning("profile: %s", qPrintable(problem));
        return false;
    }
    return true;
}

/// Sends one message through SMTP on 127.0.0.1:port; true when it was queued.
inline bool submitMessage(quint16 port, const QByteArray &recipient)
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    if (!client.waitForConnected(5000))
        return false;
    client.write("EHLO client.office.test\r\nMAIL FROM:<boss@office.test>\r\nRCPT TO:<" + recipient +
                 ">\r\nDATA\r\nSubject: test\r\n\r\nbody\r\n.\r\nQUIT\r\n");
    QByteArray replies;
    return QTest::qWaitFor(
               [&] {
                   if (client.bytesAvailable() || client.waitForReadyRead(50))
                       replies += client.readAll();
                   return replies.contains("221 ");
               },
               10000) &&
           replies.contains("250 2.0.0 Ok: queued");
}

} // namespace Sluice::TestSupport
