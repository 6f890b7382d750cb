// SPDX-License-Identifier: GPL-3.0-or-later
// The console speaks the user's language: under a German or French locale the property sheet's tabs,
// labels and buttons come from the embedded translations (translations/*.ts), and no visible text is
// left in English except names that are the same in both languages (protocols, product names).

#include "ConsoleFixture.h"
#include "PropertySheet.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>

using namespace Sluice;
using namespace Sluice::TestSupport;
using namespace Qt::StringLiterals;

namespace {

/// Every text a user reads in the sheet, in a stable order: tab titles, group titles, labels, buttons.
QStringList visibleTexts(PropertySheet &sheet)
{
    QStringList texts;
    for (int tab = 0; tab < sheet.tabs()->count(); ++tab)
        texts << sheet.tabs()->tabText(tab);
    for (QGroupBox *group : sheet.findChildren<QGroupBox *>())
        texts << group->title();
    for (QLabel *label : sheet.findChildren<QLabel *>()) {
        if (!label->text().isEmpty() && label->textFormat() != Qt::PlainText)
            texts << label->text();
    }
    for (QAbstractButton *button : sheet.findChildren<QAbstractButton *>()) {
        if (!button->text().isEmpty())
            texts << button->text();
    }
    return texts;
}

/// The share of texts that differ from their English counterpart at the same place.
double translatedShare(const QStringList &english, const QStringList &translated)
{
    if (english.size() != translated.size() || english.isEmpty())
        return 0;
    int differing = 0;
    for (int i = 0; i < english.size(); ++i)
        differing += english.at(i) != translated.at(i) ? 1 : 0;
    return double(differing) / english.size();
}

QStringList textsUnder(const QLocale &locale)
{
    installTranslations(locale);
    ConsoleFixture fixture;
    if (!fixture.open())
        return {};
    PropertySheet sheet(fixture.context.get());
    QStringList texts = visibleTexts(sheet);
    if (locale.language() == QLocale::German)
        saveScreenshot(&sheet, u"locale-de-general"_s);
    return texts;
}

} // namespace

class TestConsoleLocale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { installTranslations(QLocale(QLocale::English)); }
    void germanLabels();
    void frenchLabels();
};

void TestConsoleLocale::germanLabels()
{
    const QStringList english = textsUnder(QLocale(QLocale::English));
    QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    const QStringList german = textsUnder(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(german.mid(0, 7),
             QStringList({u"&Allgemein"_s, u"&Verbindungen"_s, u"&DFÜ-Verbindungen"_s, u"&E-Mail-Abruf"_s,
                          u"&Sicherheit"_s, u"&Routing"_s, u"Dia&gnose"_s}));
    const double share = translatedShare(english, german);
    QVERIFY2(share > 0.85, qPrintable(u"only %1% of the texts differ from English"_s.arg(share * 100)));
}

void TestConsoleLocale::frenchLabels()
{
    const QStringList english = textsUnder(QLocale(QLocale::English));
    QVERIFY(installTranslations(QLocale(QLocale::French, QLocale::France)));
    const QStringList french = textsUnder(QLocale(QLocale::French, QLocale::France));
    QVERIFY2(french.value(0).contains(u"Général"_s), qPrintable(french.value(0)));
    const double share = translatedShare(english, french);
    QVERIFY2(share > 0.85, qPrintable(u"only %1% of the texts differ from English"_s.arg(share * 100)));
}

QTEST_MAIN(TestConsoleLocale)
#include "tst_consolelocale.moc"
