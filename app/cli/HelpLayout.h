#pragma once

#include <QString>

// Qt lays --help out for 80 columns. In a narrower terminal the text is wrapped again to fit:
// each option's description beside its names or, when the names leave it too little room,
// below them. Not a word is added, dropped or reordered.
class HelpLayout final {
public:
    // qtHelp as QCommandLineParser::helpText() gives it. A width of 0 (not a terminal) or of
    // 80 and more leaves it as Qt made it.
    static QString fit(const QString &qtHelp, int width);
};
