// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Sluice {

bool installTranslations(const QLocale &locale)
{
    static QTranslator englishPlurals;
    static QTranslator sluiceTranslator;
    static QTranslator qtTranslator;
    QCoreApplication::removeTranslator(&englishPlurals);
    QCoreApplication::removeTranslator(&sluiceTranslator);
    QCoreApplication::removeTranslator(&qtTranslator);
    // Installed first, so searched last: English plural forms ("1 message", "2 messages") wherever the
    // locale's own translation has nothing, including the C locale of scripts and tests.
    if (englishPlurals.load(u":/i18n/sluice_en.qm"_s))
        QCoreApplication::installTranslator(&englishPlurals);
    const bool found = sluiceTranslator.load(locale, u"sluice"_s, u"_"_s, u":/i18n"_s);
    if (found)
        QCoreApplication::installTranslator(&sluiceTranslator);
    // Qt's own strings (standard buttons such as OK, Cancel, Apply) in the same language.
    if (qtTranslator.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    return found;
}

} // namespace Sluice
