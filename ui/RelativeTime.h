#pragma once

#include <QDateTime>
#include <QString>

// "5 min ago", "yesterday", then a short date: when a moment was, short enough for a narrow
// column. The full date and time belong in a tooltip.
class RelativeTime final {
public:
    static QString describe(const QDateTime &moment,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());
};
