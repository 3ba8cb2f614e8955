// Retry-After from a server under load (or a hostile one): delta-seconds or an HTTP date.
// Input: the header's value. The retry count comes from its length, so backoff is reached too.
#include "FuzzProperty.h"

#include "core/api/RetryPolicy.h"

#include <QByteArray>
#include <QDateTime>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray header(reinterpret_cast<const char *>(data), qsizetype(size));
    const RetryPolicy policy(3, 100);
    const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    const int retriesDone = int(size % 20);

    const int delay = policy.delayMs(retriesDone, header, now);
    requireProperty(delay >= 0 && delay <= RetryPolicy::maxDelayMs,
                    "a delay is between 0 and the cap");
    requireProperty(policy.delayMs(retriesDone, header, now) == delay,
                    "the same header gives the same delay");

    bool isNumber = false;
    const qint64 seconds = header.trimmed().toLongLong(&isNumber);
    if (isNumber && seconds >= 0 && seconds <= RetryPolicy::maxDelayMs / 1000)
        requireProperty(delay == seconds * 1000, "delta-seconds under the cap are honoured");
    return 0;
}
