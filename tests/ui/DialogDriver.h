// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Drives the modal dialogs that pages open with exec(): the action runs once the dialog is shown,
// from the dialog's own event loop. Whatever the action does, the dialog is closed afterwards (rejected
// when the action left it open), so a failed check can never leave a test waiting for ever.

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTimer>

#include <functional>

namespace Sluice::TestSupport {

template<typename Dialog> void onNextDialog(std::function<void(Dialog *)> action)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<Dialog *>(widget);
            if (!dialog || !dialog->isVisible())
                continue;
            timer->stop();
            timer->deleteLater();
            action(dialog);
            if (dialog->isVisible())
                dialog->reject();
            return;
        }
    });
    timer->start();
}

/// Clicks OK the way the user does (the dialog's accept() decides whether it closes).
inline void clickOk(QDialog *dialog)
{
    if (auto *box = dialog->findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->click();
}

} // namespace Sluice::TestSupport
