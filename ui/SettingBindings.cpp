// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingBindings.h"

#include "SettingsRegistry.h"
#include "widgets/InlineMessage.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Sluice {

SettingBindings::SettingBindings(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

void SettingBindings::add(QWidget *field, QAnyStringView key, Reader read, Writer write,
                          InlineMessage *message)
{
    Q_ASSERT(m_settings->definition(key));
    m_bindings.append({key.toString(), field, std::move(read), std::move(write), message});
}

void SettingBindings::bind(QLineEdit *field, QAnyStringView key, InlineMessage *message)
{
    add(
        field, key, [field] { return field->text(); }, [field](const QString &text) { field->setText(text); },
        message);
    connect(field, &QLineEdit::textChanged, this, &SettingBindings::edited);
}

void SettingBindings::bind(QSpinBox *field, QAnyStringView key, InlineMessage *message)
{
    if (const SettingDefinition *definition = m_settings->definition(key))
        field->setRange(definition->minimum, definition->maximum);
    add(
        field, key, [field] { return QString::number(field->value()); },
        [field](const QString &text) { field->setValue(text.toInt()); }, message);
    connect(field, &QSpinBox::valueChanged, this, &SettingBindings::edited);
}

void SettingBindings::bind(QCheckBox *field, QAnyStringView key)
{
    add(
        field, key, [field] { return field->isChecked() ? u"true"_s : u"false"_s; },
        [field](const QString &text) { field->setChecked(text == u"true"_s); }, nullptr);
    connect(field, &QCheckBox::toggled, this, &SettingBindings::edited);
}

void SettingBindings::bind(QComboBox *field, QAnyStringView key, InlineMessage *message)
{
    add(
        field, key, [field] { return field->currentData().toString(); },
        [field](const QString &text) { field->setCurrentIndex(field->findData(text)); }, message);
    connect(field, &QComboBox::currentIndexChanged, this, &SettingBindings::edited);
}

void SettingBindings::bind(QButtonGroup *group, QAnyStringView key)
{
    QWidget *first = group->buttons().isEmpty() ? nullptr : group->buttons().constFirst();
    add(
        first, key,
        [group] {
            QAbstractButton *checked = group->checkedButton();
            return checked ? checked->property("choice").toString() : QString();
        },
        [group](const QString &text) {
            for (QAbstractButton *button : group->buttons())
                button->setChecked(button->property("choice").toString() == text);
        },
        nullptr);
    connect(group, &QButtonGroup::buttonToggled, this, &SettingBindings::edited);
}

void SettingBindings::bindCustom(QWidget *field, QAnyStringView key, Reader read, Writer write,
                                 InlineMessage *message)
{
    add(field, key, std::move(read), std::move(write), message);
}

void SettingBindings::load()
{
    const QSignalBlocker blocker(this);
    for (const Binding &binding : std::as_const(m_bindings)) {
        binding.write(m_settings->text(binding.key));
        if (binding.message)
            binding.message->clearProblem();
    }
}

QString SettingBindings::canonical(const Binding &binding, QString *error) const
{
    QString text;
    *error = m_settings->definition(binding.key)->canonicalize(binding.read(), &text);
    return error->isEmpty() ? text : QString();
}

bool SettingBindings::hasChanges() const
{
    for (const Binding &binding : m_bindings) {
        QString error;
        const QString text = canonical(binding, &error);
        if (!error.isEmpty() || text != m_settings->text(binding.key))
            return true;
    }
    return false;
}

QList<PageProblem> SettingBindings::validate()
{
    QList<PageProblem> problems;
    for (const Binding &binding : std::as_const(m_bindings)) {
        QString error;
        canonical(binding, &error);
        if (binding.message)
            binding.message->showProblem(error);
        if (!error.isEmpty())
            problems.append({binding.field, error});
    }
    return problems;
}

QString SettingBindings::save()
{
    for (const Binding &binding : std::as_const(m_bindings)) {
        QString error;
        const QString text = canonical(binding, &error);
        if (error.isEmpty() && text != m_settings->text(binding.key))
            error = m_settings->setText(binding.key, text);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QString SettingBindings::currentText(QAnyStringView key) const
{
    for (const Binding &binding : m_bindings) {
        if (QAnyStringView::equal(binding.key, key)) {
            QString error;
            return canonical(binding, &error);
        }
    }
    return {};
}

} // namespace Sluice
