#pragma once

#include <QDateTime>
#include <QString>

// A job as the emulator stores it. Its status is derived from the clock, so jobs finish on
// their own without timers.
struct EmulatedJob final {
    enum class Phase { Processing, Done, Failed };

    QString id;
    // The id of the latest async operation (create or retry) on this job; equal to id unless
    // the emulator gives async operations ids of their own.
    QString asyncId;
    QString name;
    QString streamLink;
    QDateTime createdAt;
    qint64 startedAtMs = 0;
    qint64 readyAtMs = 0;
    bool endsInError = false;

    bool isProcessingAt(qint64 nowMs) const { return nowMs < readyAtMs; }
    Phase phaseAt(qint64 nowMs) const {
        if (isProcessingAt(nowMs))
            return Phase::Processing;
        return endsInError ? Phase::Failed : Phase::Done;
    }
    // Whole percent of the processing time elapsed; never 100 while still processing.
    int percentageAt(qint64 nowMs) const {
        const qint64 span = readyAtMs - startedAtMs;
        if (span <= 0)
            return 0;
        return int(qBound(qint64(0), (nowMs - startedAtMs) * 100 / span, qint64(99)));
    }
};
