#pragma once

#include <QString>

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

} // namespace Terminal
