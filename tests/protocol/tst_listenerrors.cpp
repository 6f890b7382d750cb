// SPDX-License-Identifier: GPL-3.0-or-later
// When the listening address cannot be used, the reason reaches the admin in plain words (the console
// shows it after Apply): a privileged port without the privilege, or a port another program holds.

#include "core/EngineConfig.h"
#include "smtp/RecipientPolicy.h"
#include "smtp/SmtpServer.h"

#include <QTcpServer>
#include <QTest>

#include <sched.h>
#include <unistd.h>

using namespace Sluice;
using namespace Qt::StringLiterals;

class TestListenErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void portInUseIsSaidPlainly();
    void privilegedPortSaysItNeedsPrivileges(); // last: it gives up root for good
};

namespace {
bool listenOn(const QHostAddress &address, quint16 port, QString *error)
{
    SmtpServer server(nullptr);
    SmtpServerConfig config;
    config.hostName = u"gw.example"_s;
    config.listenAddress = address;
    config.listenPort = port;
    return server.configure(config, std::make_shared<RecipientPolicy>(LocalDeliveryConfig{}), error);
}
} // namespace

void TestListenErrors::portInUseIsSaidPlainly()
{
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    QString error;
    QVERIFY(!listenOn(QHostAddress::LocalHost, holder.serverPort(), &error));
    QVERIFY2(error.contains(u"another program already uses that port"_s), qPrintable(error));
    QVERIFY2(error.contains(QString::number(holder.serverPort())), qPrintable(error));
}

void TestListenErrors::privilegedPortSaysItNeedsPrivileges()
{
    if (geteuid() == 0) {
        // A private network namespace starts with the kernel's default unprivileged port boundary (1024),
        // whatever the machine's own says; then drop to nobody, who may not bind port 25 there.
        QVERIFY2(unshare(CLONE_NEWNET) == 0, "unshare(CLONE_NEWNET) failed: the test needs root");
        QVERIFY(setgid(65534) == 0);
        QVERIFY(setuid(65534) == 0);
    }
    QString error;
    QVERIFY(!listenOn(QHostAddress::Any, 25, &error));
    QVERIFY2(error.contains(u"need privileges"_s), qPrintable(error));
    QVERIFY2(error.contains(u"port 25"_s), qPrintable(error));
}

QTEST_MAIN(TestListenErrors)
#include "tst_listenerrors.moc"
