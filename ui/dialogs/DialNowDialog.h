// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dial/ConnectionProfile.h"
#include "dialogs/LogonInformationDialog.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Sluice {

class ConsoleContext;
class LinkDialer;
struct DialResult;
struct CommandResult;

/// "Dial now": brings the chosen connection up with the page's current settings, shows the dialer's
/// progress lines and then the result in plain words, with the commands' output when they failed. Hang up
/// is offered only when this dialog brought the link up (a link that was already up belongs to someone
/// else). Closing the dialog while dialing cancels the dial.
class DialNowDialog : public QDialog
{
    Q_OBJECT
public:
    DialNowDialog(const ConnectionProfile &profile, const LogonInfo &logon, QWidget *parent = nullptr);
    ~DialNowDialog() override;

    void start();
    /// Opens a dialog (deleted on close) and starts dialing; a password not typed on the page is read
    /// from the secret store under secretKey first (when there is one).
    static void openFor(ConsoleContext *context, const ConnectionProfile &profile, const LogonValues &logon,
                        const QString &secretKey, QWidget *parent);
    bool isDone() const { return m_done; }
    bool succeeded() const { return m_ok; }
    QString resultText() const;   ///< the plain-words outcome shown at the top
    QString progressText() const; ///< the progress lines and command output below
    QPushButton *hangUpButton() const { return m_hangUp; }
    QPushButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void dialFinished(); ///< the dial (or the hang-up) has finished: the result is shown

protected:
    void done(int result) override;

private:
    void addLine(const QString &text);
    void onDialed(const DialResult &result);
    void onHungUp(bool ran, const CommandResult &result);
    void showResult(const QString &text, bool problem);

    ConnectionProfile m_profile;
    LogonInfo m_logon;
    LinkDialer *m_dialer;
    QLabel *m_result;
    QPlainTextEdit *m_log;
    QPushButton *m_hangUp;
    QPushButton *m_close;
    bool m_done = false;
    bool m_ok = false;
};

} // namespace Sluice
