#include "cli/Terminal.h"

#include <QList>
#include <QStringList>

#include <cwchar>
#include <sys/ioctl.h>

namespace {

// wcwidth knows nothing of characters it cannot print in this locale: they count as one.
int columnsOf(char32_t codePoint) {
    const int width = wcwidth(wchar_t(codePoint));
    return width < 0 ? 1 : width;
}

} // namespace

namespace Terminal {

int columns(int fd) {
    winsize size{};
    if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && fromEnvironment > 0 ? fromEnvironment : 80;
}

QString printable(const QString &text) {
    QString shown = text;
    for (QChar &character : shown) {
        if (character.category() == QChar::Other_Control)
            character = QLatin1Char('?');
    }
    return shown;
}

int displayWidth(const QString &text) {
    int width = 0;
    for (const char32_t codePoint : text.toUcs4())
        width += columnsOf(codePoint);
    return width;
}

QString cutToWidth(const QString &text, int columns) {
    if (displayWidth(text) <= columns)
        return text;
    const QList<uint> codePoints = text.toUcs4();
    // One column is kept for the ellipsis.
    int used = 0;
    qsizetype kept = 0;
    while (kept < codePoints.size() && used + columnsOf(codePoints.at(kept)) <= columns - 1)
        used += columnsOf(codePoints.at(kept++));
    QString start =
        QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), kept);
    // "Quarterly…", not "Quarterly …"; an indent at the start stays.
    while (start.endsWith(QLatin1Char(' ')))
        start.chop(1);
    return start + QChar(0x2026);
}

QStringList wrapWords(const QString &text, int columns) {
    QStringList lines;
    QString current;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!current.isEmpty() && displayWidth(current) + 1 + displayWidth(word) > columns) {
            lines.append(current);
            current.clear();
        }
        current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!current.isEmpty())
        lines.append(current);
    return lines;
}

QString indentedBlock(const QString &lead, int column, int nextColumn, const QString &text,
                      int columns) {
    QStringList lines = wrapWords(text, columns - qMax(column, nextColumn));
    if (lines.isEmpty())
        return lead;
    QString block = lead.leftJustified(column) + lines.takeFirst();
    for (const QString &line : lines)
        block += QLatin1Char('\n') + QString(nextColumn, QLatin1Char(' ')) + line;
    return block;
}

QString cutToTerminal(const QString &line, int columns) {
    return columns > 0 ? cutToWidth(line, qMax(1, columns - 1)) : line;
}

QString wrapToTerminal(const QString &text, int columns) {
    return columns > 0 ? wrapWords(text, qMax(1, columns - 1)).join(QLatin1Char('\n')) : text;
}

} // namespace Terminal
