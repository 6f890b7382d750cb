// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/MessageDetailsDialog.h"

#include "ServiceConnection.h"
#include "widgets/FormFields.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

QString localTime(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : iso;
}

} // namespace

MessageDetailsDialog::MessageDetailsDialog(ServiceConnection *connection, const QString &queueId,
                                           QWidget *parent)
    : QDialog(parent)
    , m_queueId(queueId)
{
    setWindowTitle(tr("Message %1").arg(queueId));
    setAccessibleName(windowTitle());
    setWhatsThis(tr("The message's envelope, its headers and the state of every recipient."));

    auto *envelopeBox = new QGroupBox(tr("Envelope"), this);
    m_form = new QFormLayout(envelopeBox);
    const QList<std::pair<QString, QString>> fields{{u"queue-id"_s, tr("Queue ID:")},
                                                    {u"sender"_s, tr("Sender:")},
                                                    {u"received"_s, tr("Received:")},
                                                    {u"client"_s, tr("From client:")},
                                                    {u"helo"_s, tr("Client's name (HELO):")},
                                                    {u"size"_s, tr("Size:")},
                                                    {u"on-hold"_s, tr("On hold:")}};
    for (const auto &[key, label] : fields) {
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::StrongFocus);
        value->setAccessibleName(FormFields::plainText(label).chopped(1));
        value->setToolTip(tr("The message's %1 as Sluice stored it").arg(value->accessibleName().toLower()));
        value->setWhatsThis(value->toolTip());
        m_form->addRow(label, value);
        m_envelope.insert(key, value);
    }

    auto *recipientsBox = new QGroupBox(tr("Recipients"), this);
    m_recipients = new QTreeWidget(recipientsBox);
    m_recipients->setRootIsDecorated(false);
    m_recipients->setHeaderLabels({tr("Address"), tr("Route"), tr("State"), tr("Attempts"), tr("Next retry"),
                                   tr("Last reply"), tr("ETRN domain")});
    m_recipients->setAccessibleName(tr("Recipients"));
    m_recipients->setToolTip(tr("Every recipient still queued and how its delivery stands"));
    m_recipients->setWhatsThis(tr("One row per recipient still in the queue: local or remote, its state, "
                                  "how often delivery was tried, when it is tried next and the last reply."));
    (new QVBoxLayout(recipientsBox))->addWidget(m_recipients);

    auto *headersBox = new QGroupBox(tr("Headers"), this);
    m_headers = new QPlainTextEdit(headersBox);
    m_headers->setReadOnly(true);
    m_headers->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_headers->setAccessibleName(tr("Headers"));
    m_headers->setToolTip(tr("The message's header block (at most 64 KiB)"));
    m_headers->setWhatsThis(tr("The header lines of the message as stored, starting with Sluice's own "
                               "Received: line."));
    (new QVBoxLayout(headersBox))->addWidget(m_headers);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    FormFields::describe(close, tr("Close this window"), tr("Closes the message's details."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(envelopeBox);
    layout->addWidget(recipientsBox, 1);
    layout->addWidget(headersBox, 1);
    layout->addWidget(buttons);
    resize(760, 620);

    connection->request("queue-show", {queueId}, {}, this,
                        [this](const ControlAnswer &answer) { fill(answer); });
}

void MessageDetailsDialog::fill(const ControlAnswer &answer)
{
    m_loaded = true;
    if (!answer.ok) {
        m_error->setText(tr("The message cannot be shown: %1").arg(answer.error));
        m_error->show();
        Q_EMIT loaded(false);
        return;
    }
    const QHash<QString, QString> pairs = answer.pairs();
    for (auto it = m_envelope.cbegin(); it != m_envelope.cend(); ++it) {
        QString value = pairs.value(it.key());
        if (it.key() == "sender"_L1 && (value.isEmpty() || value == "<>"_L1))
            value = tr("<> (a delivery report)");
        else if (it.key() == "received"_L1)
            value = localTime(value);
        else if (it.key() == "size"_L1)
            value = tr("%1 (%2 bytes)")
                        .arg(QLocale().formattedDataSize(value.toLongLong(), 1,
                                                         QLocale::DataSizeTraditionalFormat),
                             QLocale().toString(value.toLongLong()));
        else if (it.key() == "on-hold"_L1)
            value = value == "yes"_L1 ? tr("Yes: never tried until released") : tr("No");
        it.value()->setText(value);
    }
    m_headers->setPlainText(pairs.value(u"headers"_s));
    for (const QStringList &row : answer.rows()) {
        if (row.size() < 2 || row.first() != "recipient"_L1)
            continue;
        QStringList shown = row.mid(1);
        if (shown.size() > 4 && shown.at(4) != "-"_L1)
            shown[4] = localTime(shown.at(4));
        auto *item = new QTreeWidgetItem(m_recipients, shown);
        item->setToolTip(5, shown.value(5));
    }
    m_recipients->header()->resizeSections(QHeaderView::ResizeToContents);
    Q_EMIT loaded(true);
}

QString MessageDetailsDialog::envelopeText(const QString &key) const
{
    const QLabel *label = m_envelope.value(key);
    return label ? label->text() : QString();
}

QString MessageDetailsDialog::headersText() const
{
    return m_headers->toPlainText();
}

QList<QStringList> MessageDetailsDialog::recipientRows() const
{
    QList<QStringList> rows;
    for (int i = 0; i < m_recipients->topLevelItemCount(); ++i) {
        QStringList row;
        for (int column = 0; column < m_recipients->columnCount(); ++column)
            row.append(m_recipients->topLevelItem(i)->text(column));
        rows.append(row);
    }
    return rows;
}

QString MessageDetailsDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

} // namespace Sluice
