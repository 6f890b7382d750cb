// SPDX-License-Identifier: GPL-3.0-or-later
// Every control of every property page can be found and understood without a mouse or a screen: an
// accessible name for screen readers, a tooltip and What's This help, and labels with a mnemonic whose
// buddy is the field they name.

#include "ConsoleFixture.h"
#include "PropertyPage.h"
#include "PropertySheet.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>

using namespace Sluice;
using namespace Sluice::TestSupport;
using namespace Qt::StringLiterals;

class TestConsoleAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyControlIsDescribed();
};

void TestConsoleAccessibility::everyControlIsDescribed()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    PropertySheet sheet(fixture.context.get());
    QStringList problems;
    int checked = 0;
    for (PropertyPage *page : sheet.pages()) {
        const QString where = page->title();
        QVERIFY2(page->title().contains(u'&'), qPrintable(where));
        for (QWidget *control : page->findChildren<QWidget *>()) {
            const bool isControl =
                qobject_cast<QAbstractButton *>(control) || qobject_cast<QLineEdit *>(control) ||
                qobject_cast<QAbstractSpinBox *>(control) || qobject_cast<QComboBox *>(control) ||
                qobject_cast<QAbstractItemView *>(control) || qobject_cast<QPlainTextEdit *>(control);
            // Parts of composite widgets (a spin box's line edit, a view's scroll bars) are described by
            // their owner.
            if (!isControl || qobject_cast<QAbstractSpinBox *>(control->parentWidget()) ||
                qobject_cast<QComboBox *>(control->parentWidget()) ||
                qobject_cast<QAbstractItemView *>(control->parentWidget()))
                continue;
            ++checked;
            const QString name = QString::fromLatin1(control->metaObject()->className());
            if (control->accessibleName().isEmpty())
                problems << where + u": "_s + name + u" has no accessible name"_s;
            if (control->toolTip().isEmpty())
                problems << where + u": "_s + name + u" (" + control->accessibleName() +
                                u") has no tooltip"_s;
            if (control->whatsThis().isEmpty())
                problems << where + u": "_s + name + u" (" + control->accessibleName() +
                                u") has no What's This"_s;
        }
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (label->buddy() && !label->text().contains(u'&'))
                problems << where + u": label “"_s + label->text() + u"” has a buddy but no mnemonic"_s;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY2(checked > 60, qPrintable(QString::number(checked))); // the seven pages' controls were all seen
}

QTEST_MAIN(TestConsoleAccessibility)
#include "tst_consoleaccessibility.moc"
