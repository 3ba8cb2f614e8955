#include "ui/AppTranslator.h"

#include <QLibraryInfo>
#include <QTranslator>

#include <clocale>

using namespace Qt::StringLiterals;

namespace {

// Marks this class's translators, so a second install replaces them instead of stacking.
const auto installedName = u"AppTranslator"_s;

// The installed translator, or null when the locale's languages have no file here.
QTranslator *installTranslator(QCoreApplication &app, const QLocale &locale, const QString &name,
                               const QString &folder) {
    auto *translator = new QTranslator(&app);
    translator->setObjectName(installedName);
    // Tries each of the locale's UI languages in turn, "de_DE" then "de".
    if (translator->load(locale, name, u"_"_s, folder) &&
        QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

void AppTranslator::install(QCoreApplication &app) {
    install(app, QLocale());
}

void AppTranslator::install(QCoreApplication &app, const QLocale &locale) {
    const QList<QTranslator *> earlier = app.findChildren<QTranslator *>(installedName);
    for (QTranslator *translator : earlier) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    const QString ours = u"videodb-downloads"_s;
    const QString oursFolder = u":/i18n"_s;
    installTranslator(app, locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // A language we have no words for (and C or POSIX) still needs English plurals.
    const QTranslator *spoken = installTranslator(app, locale, ours, oursFolder);
    if (!spoken) {
        installTranslator(app, QLocale(QLocale::English), ours, oursFolder);
        return;
    }
    // LANGUAGE=de with LANG=C.UTF-8 gives German words: dates, numbers and sizes follow them,
    // or a German window would say "5 Jan 2026" and "67.1 MB".
    // Qt takes the ui languages from LANGUAGE but the formats from LC_NUMERIC and LC_TIME, so
    // the C library's locale says which formats the user has.
    const QLocale language(spoken->language());
    const QLocale formats(QString::fromLocal8Bit(std::setlocale(LC_NUMERIC, nullptr)));
    if (language.language() != formats.language())
        QLocale::setDefault(language);
}
