#pragma once

#include <QByteArray>
#include <QDateTime>

// How long to wait before asking again: the server's Retry-After when it gives one, otherwise
// exponential backoff. Both are capped so a hostile header cannot park a request for hours.
class RetryPolicy final {
public:
    RetryPolicy(int maxRetries, int backoffBaseMs);

    bool allowsAnotherAttempt(int retriesDone) const { return retriesDone < m_maxRetries; }
    int delayMs(int retriesDone, const QByteArray &retryAfterHeader,
                const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    static constexpr int maxDelayMs = 60 * 1000;

private:
    int m_maxRetries;
    int m_backoffBaseMs;
};
