// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Sluice {

class ConsoleContext;

/// What "Test connection" checks: the host as the page currently shows it (not yet saved), with the
/// security and credentials the page shows.
struct ConnectionTestRequest
{
    enum class Purpose { Outbound, Etrn, Atrn };
    Purpose purpose = Purpose::Outbound;
    QString hostPort;                              ///< "host", "host:port", "[v6]:port"
    QString tls = QStringLiteral("opportunistic"); ///< opportunistic | required
    QString auth = QStringLiteral("none");         ///< none | any | login | plain | cram-md5
    QString account;
    QString password;  ///< as typed in the page; when empty, read from the secret store under secretKey
    QString secretKey; ///< may be empty
    QString pinnedSha256;
};

/// Connects, shows the banner and the EHLO capabilities in plain words, the TLS certificate, tries AUTH,
/// sends no mail, and shows the transcript (AUTH data redacted). Written by the connection-test work.
class ConnectionTestDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionTestDialog(ConsoleContext *context, const ConnectionTestRequest &request,
                         QWidget *parent = nullptr);
    ~ConnectionTestDialog() override;

    void start();                   ///< begins the test (also called by open helpers below)
    bool isDone() const;            ///< the test has finished (successfully or not)
    QString summaryText() const;    ///< the plain-words result shown at the top
    QString transcriptText() const; ///< the transcript shown below

    /// Opens a dialog for request (deleted on close) and starts it.
    static ConnectionTestDialog *openFor(ConsoleContext *context, const ConnectionTestRequest &request,
                                         QWidget *parent);

Q_SIGNALS:
    void done();

private:
    void runProbe(const QString &password);
    void showResult(const QStringList &words, const QString &transcript, bool succeeded);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Sluice
