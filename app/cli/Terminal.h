#pragma once

#include <QString>
#include <QStringList>

// What the CLI needs to know of the terminal it writes to, and to keep text from the server
// from acting on it.
namespace Terminal {

// The columns of the terminal on fd (TIOCGWINSZ), else $COLUMNS, else 80.
int columns(int fd);
// Every control character (escape sequences, newlines, tabs) as "?": a name or message from the
// server can neither move the cursor nor break a line.
QString printable(const QString &text);
// The columns text takes: two for a wide character (CJK), none for a combining mark.
int displayWidth(const QString &text);
// text as it is when it fits in columns, else its longest start that fits with "…" after it.
// Never splits a character's UTF-16 pair.
QString cutToWidth(const QString &text, int columns);

// text in lines of at most columns, broken between words; a word wider than that gets a line
// of its own.
QStringList wrapWords(const QString &text, int columns);
// lead padded to column, then text wrapped to end by columns, its later lines at nextColumn: an
// option's description beside its names, a value beside its label.
QString indentedBlock(const QString &lead, int column, int nextColumn, const QString &text,
                      int columns);
// For a terminal of that many columns (0: not a terminal, text stays as it is), one column
// short of it, as a full line makes some terminals wrap: a line naming a job is cut with "…",
// a sentence is wrapped between words.
QString cutToTerminal(const QString &line, int columns);
QString wrapToTerminal(const QString &text, int columns);

} // namespace Terminal
