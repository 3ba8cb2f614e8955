#include "cli/ProgressLine.h"

#include <QLocale>
#include <QStringList>

namespace {

constexpr int smallestBar = 10;
constexpr int largestBar = 50;

} // namespace

QString ProgressLine::duration(qint64 seconds) {
    const qint64 hours = seconds / 3600;
    const QString minutesAndSeconds =
        QStringLiteral("%1:%2")
            .arg(seconds / 60 % 60, hours > 0 ? 2 : 1, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QString::number(hours) + QLatin1Char(':') + minutesAndSeconds
                     : minutesAndSeconds;
}

QString ProgressLine::format(const Totals &totals, int width) {
    const QLocale locale;
    const auto size = [&locale](qint64 bytes) {
        // Padded, so the line keeps its layout from one redraw to the next.
        return locale.formattedDataSize(bytes, 1).rightJustified(9);
    };
    const bool sizeKnown = totals.totalBytes > 0;
    const int percent = sizeKnown ? int(totals.bytesDone * 100 / totals.totalBytes) : -1;
    // Most important first: what is dropped when the terminal is narrow comes last.
    QStringList parts;
    parts << (percent >= 0 ? tr("%1%").arg(percent, 3) : QStringLiteral("   …"));
    //: bytes saved of the total, as in "1.5 MB of 3.0 MB"
    parts << (sizeKnown ? tr("%1 of %2").arg(size(totals.bytesDone), size(totals.totalBytes))
                        : size(totals.bytesDone));
    //: a speed, as in "1.5 MB/s"
    parts << tr("%1/s").arg(locale.formattedDataSize(totals.bytesPerSecond, 1)).rightJustified(13);
    if (sizeKnown)
        //: the time a transfer still needs, as in "0:42 left"
        parts << (totals.bytesPerSecond > 0
                      ? tr("%1 left").arg(duration((totals.totalBytes - totals.bytesDone) /
                                                   totals.bytesPerSecond))
                      : QString())
                     .rightJustified(12);
    const int room = qMax(1, width - 1);
    QString text = parts.join(QStringLiteral("  "));
    while (text.size() > room && parts.size() > 1) {
        parts.removeLast();
        text = parts.join(QStringLiteral("  "));
    }
    const int barWidth = qMin<int>(largestBar, room - int(text.size()) - 3);
    if (barWidth >= smallestBar && percent >= 0) {
        const int filled = barWidth * qBound(0, percent, 100) / 100;
        text = QLatin1Char('[') + QString(filled, QLatin1Char('#')) +
               QString(barWidth - filled, QLatin1Char(' ')) + QStringLiteral("] ") + text;
    }
    return text.left(room);
}
