#pragma once

#include <QCoreApplication>
#include <QLocale>

// Puts the app's words and Qt's own (the standard buttons' Cancel, Save, …) into the user's
// language. English is the fallback: its translation holds the plural forms ("1 job",
// "2 jobs") that the source texts ("%n job(s)") leave open, so it also serves C and POSIX.
class AppTranslator final {
public:
    // For the user's UI languages (on Linux, LANGUAGE before LC_ALL, LC_MESSAGES and LANG).
    static void install(QCoreApplication &app);
    // For one locale, replacing what an earlier install put in place.
    static void install(QCoreApplication &app, const QLocale &locale);
};
