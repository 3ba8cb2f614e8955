#include "ui/RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

QString RelativeTime::describe(const QDateTime &moment, const QDateTime &now) {
    if (!moment.isValid())
        return {};
    const qint64 seconds = moment.secsTo(now);
    // A few seconds ahead is the server's clock, not the future.
    if (seconds < 60 && seconds > -60)
        return QCoreApplication::translate("RelativeTime", "just now");
    if (seconds > 0) {
        const int minutes = int(seconds / 60);
        if (minutes < 60)
            return QCoreApplication::translate("RelativeTime", "%n min ago", nullptr, minutes);
        // lupdate skips a message whose count is an expression, so the hours are named first.
        const int hours = minutes / 60;
        if (hours < 24)
            return QCoreApplication::translate("RelativeTime", "%n hour(s) ago", nullptr, hours);
        // Yesterday as the calendar on the wall has it, not as 24 to 48 hours.
        if (moment.toLocalTime().date().daysTo(now.toLocalTime().date()) == 1)
            return QCoreApplication::translate("RelativeTime", "yesterday");
    }
    return QLocale().toString(moment.toLocalTime().date(), QLocale::ShortFormat);
}
