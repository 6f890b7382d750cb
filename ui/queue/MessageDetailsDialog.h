// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace Sluice {

class ServiceConnection;
struct ControlAnswer;

/// "Details…" in the queue viewer: one message's envelope, headers and per-recipient status, read with
/// "queue-show" when the dialog opens (so it shows the queue as it is, not as the table last saw it).
class MessageDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    MessageDetailsDialog(ServiceConnection *connection, const QString &queueId, QWidget *parent = nullptr);

    QString queueId() const { return m_queueId; }
    bool isLoaded() const { return m_loaded; }
    /// The envelope field shown for key ("queue-id", "sender", "received", "client", "helo", "size",
    /// "on-hold").
    QString envelopeText(const QString &key) const;
    QString headersText() const;
    /// One entry per recipient: address, route, state, attempts, next retry, last reply, node.
    QList<QStringList> recipientRows() const;
    /// Why the message could not be shown (gone, engine unreachable); empty when it was.
    QString errorText() const;

Q_SIGNALS:
    void loaded(bool ok);

private:
    void fill(const ControlAnswer &answer);

    QString m_queueId;
    bool m_loaded = false;
    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_envelope;
    QPlainTextEdit *m_headers = nullptr;
    QTreeWidget *m_recipients = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Sluice
