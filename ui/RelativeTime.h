#pragma once

#include <QDateTime>
#include <QString>

// "3 hours ago": how long ago a moment was, in the coarsest unit that is still honest.
class RelativeTime final {
public:
    static QString describe(const QDateTime &moment,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());
};
