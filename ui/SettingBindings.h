// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAnyStringView>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace Sluice {

class InlineMessage;
class Settings;

/// A field that failed validation, with the reason: the property sheet focuses the first one.
struct PageProblem
{
    QWidget *field = nullptr;
    QString message;
};

/// Ties a page's controls to setting keys, so that every page loads, validates and saves its settings
/// in the same way and with the registry's own parser and validators (the ones `sluice config set`
/// uses): what the console refuses, the command line refuses too, with the same words.
class SettingBindings : public QObject
{
    Q_OBJECT
public:
    using Reader = std::function<QString()>;             ///< the control's value as setting text
    using Writer = std::function<void(const QString &)>; ///< shows the setting's canonical text

    explicit SettingBindings(Settings *settings, QObject *parent = nullptr);

    void bind(QLineEdit *field, QAnyStringView key, InlineMessage *message = nullptr);
    void bind(QSpinBox *field, QAnyStringView key, InlineMessage *message = nullptr);
    void bind(QCheckBox *field, QAnyStringView key);
    /// Each item's data is the choice's name (as stored).
    void bind(QComboBox *field, QAnyStringView key, InlineMessage *message = nullptr);
    /// Each button carries its choice's name in the dynamic property "choice".
    void bind(QButtonGroup *group, QAnyStringView key);
    /// Any other control or conversion (minutes shown, seconds stored...). changedSignalSource emits
    /// on edits through one of the usual signals, connected by the caller with edited().
    void bindCustom(QWidget *field, QAnyStringView key, Reader read, Writer write,
                    InlineMessage *message = nullptr);

    void load();                   ///< every bound control from the stored values
    bool hasChanges() const;       ///< a control shows something other than what is stored
    QList<PageProblem> validate(); ///< every bound control; shows or clears the inline messages
    QString save();                ///< stores what changed; the first error (nothing more stored then)
    /// The value a bound control would store, canonical; empty when invalid.
    QString currentText(QAnyStringView key) const;

Q_SIGNALS:
    void edited(); ///< any bound control was edited by the user or programmatically

private:
    struct Binding
    {
        QString key;
        QPointer<QWidget> field;
        Reader read;
        Writer write;
        QPointer<InlineMessage> message;
    };
    void add(QWidget *field, QAnyStringView key, Reader read, Writer write, InlineMessage *message);
    QString canonical(const Binding &binding, QString *error) const;

    Settings *m_settings;
    QList<Binding> m_bindings;
};

} // namespace Sluice
