#include "cli/HelpLayout.h"

#include "cli/Terminal.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

constexpr int qtLayoutWidth = 80;
// Less room than this beside the names, and a description goes below them.
constexpr int narrowestDescription = 24;
constexpr int descriptionBelowIndent = 6;

int leadingSpaces(const QString &line) {
    int count = 0;
    while (count < line.size() && line.at(count) == QLatin1Char(' '))
        ++count;
    return count;
}

} // namespace

QString HelpLayout::fit(const QString &qtHelp, int width) {
    if (width <= 0 || width >= qtLayoutWidth)
        return qtHelp;
    // One column short of the width: a full line makes some terminals wrap.
    const int room = width - 1;
    // An option or argument: two spaces, its names, two or more spaces, its description.
    static const QRegularExpression entry(QStringLiteral("^(  \\S.*?\\S)  +(\\S.*)$"));
    const QStringList lines = qtHelp.split(QLatin1Char('\n'));
    QStringList fitted;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QRegularExpressionMatch match = entry.match(line);
        if (match.hasMatch()) {
            const int column = int(match.capturedStart(2));
            QString description = match.captured(2);
            // Qt's own continuation lines start at the description's column.
            while (i + 1 < lines.size() && leadingSpaces(lines.at(i + 1)) == column &&
                   lines.at(i + 1).size() > column) {
                description += QLatin1Char(' ') + lines.at(++i).trimmed();
            }
            const QString names = match.captured(1);
            if (room - column >= narrowestDescription)
                fitted.append(Terminal::indentedBlock(names, column, column, description, room));
            else
                fitted.append(names + QLatin1Char('\n') +
                              Terminal::indentedBlock(QString(), descriptionBelowIndent,
                                                      descriptionBelowIndent, description, room));
        } else if (line.size() > room) {
            // An indented line cut in two (a command's usage) hangs deeper, so its rest does not
            // read as the next command.
            const int indent = leadingSpaces(line);
            fitted.append(Terminal::indentedBlock(QString(), indent, indent > 0 ? indent + 4 : 0,
                                                  line.mid(indent), room));
        } else {
            fitted.append(line);
        }
    }
    return fitted.join(QLatin1Char('\n'));
}
