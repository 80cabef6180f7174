#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cw {

void Translations::install(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(&app);
    // English source strings carry "(s)" plurals; coursewright_en.qm turns "%n file(s)" into
    // "1 file" / "2 files", so it is also the fallback for a locale with no catalogue (C, POSIX).
    if (own->load(QLocale(), QStringLiteral("coursewright"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/coursewright_en.qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace cw
