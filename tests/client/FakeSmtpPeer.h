// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A scripted SMTP server on 127.0.0.1, port chosen by the system, for one connection from the client
// under test. Script lines, one step each, read like the RFC's examples:
//   S: 250-mx.example     the peer sends this line (CRLF added)
//   R: 220 a\r\n250 b\r\n the peer sends raw bytes (\r \n \t \\ escapes), nothing added
//   C: MAIL FROM:<a@b>    the next line from the client must be exactly this
//   C~ AUTH PLAIN .*      ... must match this regular expression as a whole
//   D:                    the client sends message data: every line up to and including "."
//   A: 250 2.0.0 Ok       after a role reversal (TURN, ATRN) the client answers as a server: every
//                         line of its reply is taken, and the last must start with this text
//   W: 500                the peer waits this many milliseconds
//   H:                    the peer stops reading (the client's writes then block)
//   X:                    the peer closes the connection
//   TLS:                  the peer starts the server side of TLS with its identity
// Mismatches are collected for the test thread to assert; a mismatch closes the connection so the
// client does not wait for its time-outs.

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTcpServer>

class QSslSocket;

namespace Sluice::Test {

class FakeSmtpPeer : public QTcpServer
{
    Q_OBJECT
public:
    explicit FakeSmtpPeer(const QByteArray &script, QObject *parent = nullptr);
    ~FakeSmtpPeer() override;

    /// Listens on 127.0.0.1, port 0; false when that failed.
    bool start();
    quint16 port() const { return serverPort(); }
    void setTlsIdentity(const QSslCertificate &certificate, const QSslKey &key);

    bool isAllScenarioDone() const { return m_next >= m_steps.size() && m_mismatches.isEmpty(); }
    QStringList mismatches() const { return m_mismatches; }
    /// Everything the client sent, line by line, data lines included.
    QList<QByteArray> receivedLines() const { return m_received; }
    bool receivedLineStartingWith(QByteArrayView prefix) const;
    /// The data sections received by D: steps, with the final dot line and without unstuffing.
    QList<QByteArray> dataSections() const { return m_dataSections; }
    bool isTlsEstablished() const { return m_tlsEstablished; }
    bool isDisconnected() const { return m_disconnected; }
    /// Text for QVERIFY2: the mismatches, or where the script stopped.
    QByteArray report() const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Step
    {
        QByteArray kind; ///< "S:", "R:", "C:", "C~", "D:", "A:", "W:", "H:", "X:", "TLS:"
        QByteArray argument;
        int lineNumber = 0;
    };

    void runSteps();
    bool runStep(const Step &step); ///< false: wait for more input or a timer
    void onReadyRead();
    void readLines();
    bool takeReply(const Step &step); ///< the A: step; false: the reply is not complete yet
    void mismatch(const Step &step, const QString &what);

    QList<Step> m_steps;
    qsizetype m_next = 0;
    QSslSocket *m_socket = nullptr;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_input;
    QList<QByteArray> m_pendingLines; ///< received, not yet matched by a step
    QList<QByteArray> m_received;
    QByteArray m_data;
    QList<QByteArray> m_dataSections;
    QStringList m_mismatches;
    bool m_waiting = false;
    bool m_holding = false;
    bool m_running = false;
    bool m_tlsEstablished = false;
    bool m_disconnected = false;
};

/// Unescapes \r, \n, \t and \\ in a script line.
QByteArray unescapeScript(QByteArrayView text);

} // namespace Sluice::Test
