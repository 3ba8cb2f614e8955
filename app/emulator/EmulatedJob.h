#pragma once

#include <QDateTime>
#include <QString>

// A job as the emulator stores it. Its status is derived from the clock, so jobs finish on
// their own without timers.
struct EmulatedJob final {
    QString id;
    QString name;
    QString streamLink;
    QDateTime createdAt;
    qint64 readyAtMs = 0;
    bool endsInError = false;

    bool isProcessingAt(qint64 nowMs) const { return nowMs < readyAtMs; }
    // The list/detail vocabulary: processing | done | error.
    QString listStatusAt(qint64 nowMs) const {
        if (isProcessingAt(nowMs))
            return QStringLiteral("processing");
        return endsInError ? QStringLiteral("error") : QStringLiteral("done");
    }
    // The async vocabulary: processing | done | failed.
    QString asyncStatusAt(qint64 nowMs) const {
        if (isProcessingAt(nowMs))
            return QStringLiteral("processing");
        return endsInError ? QStringLiteral("failed") : QStringLiteral("done");
    }
};
