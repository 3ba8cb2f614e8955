#include "ui/RelativeTime.h"

#include <QCoreApplication>

QString RelativeTime::describe(const QDateTime &moment, const QDateTime &now) {
    if (!moment.isValid())
        return {};
    const qint64 seconds = moment.secsTo(now);
    if (seconds < 0)
        return QCoreApplication::translate("RelativeTime", "in the future");
    if (seconds < 60)
        return QCoreApplication::translate("RelativeTime", "just now");
    // Singular and plural spelled out: no English plural translation ships, and "%n hour(s)"
    // reads badly.
    const auto ago = [](qint64 count, const char *one, const char *many) {
        return count == 1 ? QCoreApplication::translate("RelativeTime", one)
                          : QCoreApplication::translate("RelativeTime", many).arg(count);
    };
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return ago(minutes, "1 minute ago", "%1 minutes ago");
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return ago(hours, "1 hour ago", "%1 hours ago");
    const qint64 days = hours / 24;
    if (days < 31)
        return ago(days, "yesterday", "%1 days ago");
    if (days < 365)
        return ago(days / 30, "1 month ago", "%1 months ago");
    return ago(days / 365, "1 year ago", "%1 years ago");
}
