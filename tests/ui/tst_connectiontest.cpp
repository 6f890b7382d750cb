// SPDX-License-Identifier: GPL-3.0-or-later
// The "Test connection" dialog (offscreen) against a scripted server with STARTTLS and AUTH: it shows
// the banner, ETRN, the AUTH mechanisms, the certificate and "Logged in", and the transcript, with the
// stored password read from the secret store and never shown.

#include "ConsoleFixture.h"
#include "FakeSmtpPeer.h"
#include "TestCertificates.h"
#include "dialogs/ConnectionTestDialog.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace Sluice;
using namespace Sluice::Test;
using namespace Sluice::TestSupport;

namespace {

const QString StoredPassword = u"Secret-Pa55"_s;
const QString PasswordKey = u"smtp-auth/127.0.0.1/alice"_s;

// EHLO carries the configuration's host name (the fixture's gateway.example).
QByteArray script(const QByteArray &plainResponse)
{
    return R"(
        S: 220 relay.provider.example ESMTP ready
        C: EHLO gateway.example
        S: 250-relay.provider.example
        S: 250-ETRN
        S: 250 STARTTLS
        C: STARTTLS
        S: 220 2.0.0 Go ahead
        TLS:
        C: EHLO gateway.example
        S: 250-relay.provider.example
        S: 250-ETRN
        S: 250-SIZE 20971520
        S: 250 AUTH CRAM-MD5 PLAIN LOGIN
        C: AUTH PLAIN )"_ba +
           plainResponse + R"(
        S: 235 2.7.0 Authentication successful
        C: QUIT
        S: 221 2.0.0 Bye
    )"_ba;
}

} // namespace

class TestConnectionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void showsFindingsAndTranscriptWithoutThePassword();
    void typedPasswordWinsOverTheStoredOne();
    void invalidHostIsReportedInPlainWords();

private:
    ConnectionTestRequest request(quint16 port) const;

    TestCertificates m_certificates;
    std::unique_ptr<ConsoleFixture> m_fixture;
};

void TestConnectionTest::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no working TLS backend (OpenSSL 3 missing?)");
    QString error;
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
}

void TestConnectionTest::init()
{
    m_fixture = std::make_unique<ConsoleFixture>();
    QVERIFY(m_fixture->open());
    m_fixture->secrets->secrets().insert(PasswordKey, StoredPassword);
}

ConnectionTestRequest TestConnectionTest::request(quint16 port) const
{
    ConnectionTestRequest request;
    request.purpose = ConnectionTestRequest::Purpose::Etrn;
    request.hostPort = u"127.0.0.1:"_s + QString::number(port);
    request.auth = u"plain"_s;
    request.account = u"alice"_s;
    request.secretKey = PasswordKey;
    return request;
}

void TestConnectionTest::showsFindingsAndTranscriptWithoutThePassword()
{
    FakeSmtpPeer peer(script("AGFsaWNlAFNlY3JldC1QYTU1"_ba));
    peer.setTlsIdentity(m_certificates.selfSigned, m_certificates.selfSignedKey);
    QVERIFY(peer.start());

    ConnectionTestDialog dialog(m_fixture->context.get(), request(peer.port()));
    QSignalSpy done(&dialog, &ConnectionTestDialog::done);
    dialog.show();
    dialog.start();
    QVERIFY(done.wait(15000));
    QVERIFY(dialog.isDone());
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());

    const QString summary = dialog.summaryText();
    QVERIFY2(summary.contains(u"relay.provider.example ESMTP ready"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"The server accepts ETRN"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Logging in is offered with: CRAM-MD5, PLAIN, LOGIN."_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Certificate for CN=localhost"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"NOT trusted (self-signed)"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Logged in as alice (PLAIN)."_s), qPrintable(summary));

    const QString transcript = dialog.transcriptText();
    QVERIFY(transcript.contains(u"S: 220 relay.provider.example ESMTP ready"_s));
    QVERIFY(transcript.contains(u"C: AUTH PLAIN [redacted]"_s));
    QVERIFY(transcript.contains(u"C: QUIT"_s));
    for (const QString &secret : {StoredPassword, u"AGFsaWNlAFNlY3JldC1QYTU1"_s, u"U2VjcmV0LVBhNTU"_s}) {
        QVERIFY(!summary.contains(secret));
        QVERIFY(!transcript.contains(secret));
    }

    // What the user sees is what the accessors return, in accessible, read-only widgets.
    auto *transcriptView = dialog.findChild<QPlainTextEdit *>();
    QVERIFY(transcriptView);
    QCOMPARE(transcriptView->accessibleName(), u"Transcript"_s);
    QVERIFY(transcriptView->isReadOnly());
    QCOMPARE(transcriptView->toPlainText(), transcript);
    auto *summaryView = dialog.findChild<QTextBrowser *>();
    QVERIFY(summaryView);
    QVERIFY(!summaryView->accessibleName().isEmpty());
    QVERIFY(summaryView->toPlainText().contains(u"Logged in as alice"_s));
    QVERIFY(!summaryView->toPlainText().contains(StoredPassword));
    const QList<QWidget *> everything = dialog.findChildren<QWidget *>();
    for (const QWidget *widget : everything) {
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
            QVERIFY(!edit->text().contains(StoredPassword));
    }
    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    QVERIFY(std::any_of(buttons.begin(), buttons.end(), [](const QPushButton *button) {
        return button->text() == u"&Copy Transcript"_s && button->isEnabled();
    }));

    QVERIFY(saveScreenshot(&dialog, u"dialog-connection-test"_s));
}

void TestConnectionTest::typedPasswordWinsOverTheStoredOne()
{
    FakeSmtpPeer peer(script("AGFsaWNlAHR5cGVkLXB3"_ba)); // \0alice\0typed-pw
    peer.setTlsIdentity(m_certificates.selfSigned, m_certificates.selfSignedKey);
    QVERIFY(peer.start());
    ConnectionTestRequest typed = request(peer.port());
    typed.password = u"typed-pw"_s;
    ConnectionTestDialog dialog(m_fixture->context.get(), typed);
    QSignalSpy done(&dialog, &ConnectionTestDialog::done);
    dialog.start();
    QVERIFY(done.wait(15000));
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(dialog.summaryText().contains(u"Logged in as alice"_s));
    QVERIFY(!dialog.transcriptText().contains(u"typed-pw"_s));
}

void TestConnectionTest::invalidHostIsReportedInPlainWords()
{
    ConnectionTestRequest bad = request(25);
    bad.hostPort = u"mail..example:99999"_s;
    ConnectionTestDialog dialog(m_fixture->context.get(), bad);
    QSignalSpy done(&dialog, &ConnectionTestDialog::done);
    dialog.start();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isDone(), 5000);
    QCOMPARE(done.count(), 1);
    QVERIFY2(dialog.summaryText().startsWith(u"The test stopped:"_s), qPrintable(dialog.summaryText()));
    QVERIFY(dialog.summaryText().contains(u"99999"_s));
}

QTEST_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
