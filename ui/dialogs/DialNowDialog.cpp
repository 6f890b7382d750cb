// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialNowDialog.h"

#include "ConsoleContext.h"
#include "dial/LinkDialer.h"
#include "widgets/FormFields.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

DialNowDialog::DialNowDialog(const ConnectionProfile &profile, const LogonInfo &logon, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_logon(logon)
    , m_dialer(new LinkDialer(this))
{
    setWindowTitle(tr("Dial Now"));
    auto *layout = new QVBoxLayout(this);
    m_result = new QLabel(tr("Dialing %1…").arg(profile.displayName()), this);
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Result"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_result);
    auto *logLabel = new QLabel(tr("&Progress:"), this);
    layout->addWidget(logLabel);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMinimumSize(460, 200);
    FormFields::describe(logLabel, m_log, tr("What the dialer did, with the commands' output."),
                         tr("Each step of dialing: the test whether the link is up, the connect command and "
                            "what it printed, retries. The password never appears here."));
    layout->addWidget(m_log);

    auto *buttons = new QDialogButtonBox(this);
    m_hangUp = buttons->addButton(tr("&Hang Up"), QDialogButtonBox::ActionRole);
    m_hangUp->setEnabled(false);
    FormFields::describe(m_hangUp, tr("Take the link down again (runs the disconnect command)."),
                         tr("Offered only when this dialog brought the link up: a link that was already up "
                            "belongs to someone else and is left alone."));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    FormFields::describe(m_close, tr("Close this window; dialing still in progress is cancelled."), {});
    layout->addWidget(buttons);
    connect(m_close, &QPushButton::clicked, this, &DialNowDialog::reject);
    connect(m_hangUp, &QPushButton::clicked, this, [this] {
        m_hangUp->setEnabled(false);
        m_done = false;
        showResult(tr("Hanging up…"), false);
        m_dialer->hangUp();
    });
    connect(m_dialer, &LinkDialer::progress, this, &DialNowDialog::addLine);
    connect(m_dialer, &LinkDialer::dialed, this, &DialNowDialog::onDialed);
    connect(m_dialer, &LinkDialer::hungUp, this, &DialNowDialog::onHungUp);
}

DialNowDialog::~DialNowDialog() = default;

void DialNowDialog::start()
{
    m_done = false;
    m_dialer->dial(m_profile, m_logon);
}

void DialNowDialog::openFor(ConsoleContext *context, const ConnectionProfile &profile,
                            const LogonValues &logon, const QString &secretKey, QWidget *parent)
{
    const auto open = [profile, parent](const LogonInfo &info) {
        auto *dialog = new DialNowDialog(profile, info, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        dialog->start();
    };
    const LogonInfo typed{logon.account, logon.password, logon.domain};
    if (logon.passwordTyped || secretKey.isEmpty()) {
        open(typed);
        return;
    }
    context->readSecret(secretKey, parent, [open, typed](const QString &secret) {
        LogonInfo info = typed;
        info.password = secret;
        open(info);
    });
}

QString DialNowDialog::resultText() const
{
    return m_result->text();
}

QString DialNowDialog::progressText() const
{
    return m_log->toPlainText();
}

void DialNowDialog::addLine(const QString &text)
{
    m_log->appendPlainText(text);
}

void DialNowDialog::showResult(const QString &text, bool problem)
{
    m_result->setText(text);
    m_result->setStyleSheet(problem ? u"color: #c62828;"_s : QString());
}

void DialNowDialog::onDialed(const DialResult &result)
{
    if (!result.initialProbe.isEmpty())
        addLine(tr("Before dialing: %1").arg(result.initialProbe));
    for (qsizetype i = 0; i < result.attempts.size(); ++i) {
        const DialAttempt &attempt = result.attempts.at(i);
        addLine(tr("Attempt %1: the connect command %2.").arg(i + 1).arg(attempt.connect.describe()));
        const QString output = QString::fromLocal8Bit(attempt.connect.output).trimmed();
        addLine(output.isEmpty() ? tr("It printed nothing.") : tr("It printed:\n%1").arg(output));
        if (!attempt.probe.isEmpty())
            addLine(tr("Link test: %1").arg(attempt.probe));
        if (attempt.disconnectRan)
            addLine(tr("The disconnect command %1.").arg(attempt.disconnect.describe()));
    }
    m_ok = result.ok;
    if (result.ok && m_profile.kind == ConnectionProfile::Kind::AlwaysConnected)
        showResult(tr("This connection is always up: there is nothing to dial."), false);
    else if (result.ok && result.alreadyUp)
        showResult(tr("The link was already up, so nothing was run. Sluice will not hang it up."), false);
    else if (result.ok)
        showResult(tr("Connected: %1 is up.").arg(m_profile.displayName()), false);
    else if (result.cancelled)
        showResult(tr("Dialing was cancelled."), true);
    else
        showResult(tr("Dialing failed: %1").arg(result.error), true);
    m_hangUp->setEnabled(m_dialer->broughtLinkUp());
    m_done = true;
    Q_EMIT dialFinished();
}

void DialNowDialog::onHungUp(bool ran, const CommandResult &result)
{
    if (ran && result.ok()) {
        showResult(tr("Hung up."), false);
    } else if (ran) {
        showResult(tr("Hanging up failed: the disconnect command %1.").arg(result.describe()), true);
        const QString output = QString::fromLocal8Bit(result.output).trimmed();
        if (!output.isEmpty())
            addLine(tr("The disconnect command printed:\n%1").arg(output));
    } else {
        showResult(tr("There was nothing to hang up."), false);
    }
    m_hangUp->setEnabled(m_dialer->broughtLinkUp());
    m_done = true;
    Q_EMIT dialFinished();
}

void DialNowDialog::done(int result)
{
    if (m_dialer->isDialing()) {
        // The cancelled dial still runs the disconnect command: let it finish on its own.
        LinkDialer *dialer = m_dialer;
        dialer->disconnect(this);
        dialer->setParent(nullptr);
        connect(dialer, &LinkDialer::dialed, dialer, &QObject::deleteLater);
        dialer->cancel();
        m_dialer = new LinkDialer(this);
    }
    QDialog::done(result);
}

} // namespace Sluice
