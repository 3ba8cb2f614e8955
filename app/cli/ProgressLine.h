#pragma once

#include <QCoreApplication>
#include <QString>

// The fetch command's one-line progress display: it fits the terminal's width, so redrawing
// it in place with a carriage return never wraps onto a second line.
class ProgressLine final {
    Q_DECLARE_TR_FUNCTIONS(ProgressLine)

public:
    struct Totals {
        qint64 bytesDone = 0;
        // -1 while some file's size is unknown.
        qint64 totalBytes = -1;
        qint64 bytesPerSecond = 0;
    };

    // At most width - 1 characters: a line as wide as the terminal makes some terminals wrap.
    static QString format(const Totals &totals, int width);
    // "0:42", or "1:02:03" once it takes an hour or more.
    static QString duration(qint64 seconds);
};
