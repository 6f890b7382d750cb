// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFormLayout;
class QGridLayout;
class QAbstractItemView;
class QLabel;
class QWidget;

namespace Sluice {

class InlineMessage;

/// Helpers that give every control of the console what the brief asks of it in one call: a label
/// with a mnemonic and the field as its buddy, a tooltip, What's This help, an accessible name (the
/// label's text without the mnemonic), and an inline message row for validation problems.
namespace FormFields {

/// Adds "label: field" to form and an (empty, hidden) InlineMessage row under it; returns the message.
InlineMessage *addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &toolTip,
                      const QString &whatsThis);
/// For controls that carry their own text (check boxes, radio buttons, push buttons): tooltip, What's
/// This and the accessible name from the control's text.
void describe(QWidget *control, const QString &toolTip, const QString &whatsThis);
/// For a field whose label is placed by the caller: buddy, tooltip, What's This, accessible name.
void describe(QLabel *label, QWidget *field, const QString &toolTip, const QString &whatsThis);
/// The console's lists of entries (E-Mail Domains, Hosts, routes, accounts): one whole row selected at a
/// time, edited through its dialog (Edit…), never in place.
void configureEntryList(QAbstractItemView *view);
/// "&Host name:" -> "Host name"
QString plainText(const QString &labelText);

} // namespace FormFields
} // namespace Sluice
