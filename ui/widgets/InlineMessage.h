// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Sluice {

/// The validation message shown under a field ("“mail..example” is not a valid domain name."). Hidden
/// while the field is valid. It is the field's accessible description while shown, so a screen reader
/// announces the problem when the field gets focus.
class InlineMessage : public QLabel
{
    Q_OBJECT
public:
    explicit InlineMessage(QWidget *field, QWidget *parent = nullptr);

    QWidget *field() const { return m_field; }
    void showProblem(const QString &text);
    void clearProblem();
    bool hasProblem() const { return !text().isEmpty(); }

private:
    QWidget *m_field;
};

} // namespace Sluice
