#include "core/transfers/RateLimiter.h"

namespace {
constexpr qint64 burstDivisor = 20;
constexpr qint64 minimumBurst = 4096;
} // namespace

void RateLimiter::setBytesPerSecond(qint64 rate) {
    m_rate = qMax<qint64>(0, rate);
    // Starts empty: a full bucket would let the first twentieth of a second through for free.
    m_tokens = 0;
    m_credited = 0;
    m_clock.start();
}

void RateLimiter::refill() {
    // Credited from one fixed start, so no rounding is lost between calls.
    const auto earnedSinceStart = qint64(double(m_rate) * double(m_clock.nsecsElapsed()) / 1e9);
    m_tokens = qMin(m_tokens + earnedSinceStart - m_credited, burst());
    m_credited = earnedSinceStart;
}

qint64 RateLimiter::burst() const {
    return qMax(minimumBurst, m_rate / burstDivisor);
}

qint64 RateLimiter::take(qint64 wanted) {
    if (!isLimited())
        return wanted;
    refill();
    const qint64 granted = qMin(wanted, m_tokens);
    m_tokens -= granted;
    return granted;
}

int RateLimiter::msUntilAvailable() const {
    if (!isLimited())
        return 0;
    // Wait for a worthwhile read rather than waking for every few bytes.
    const qint64 needed = burst() / 2 - m_tokens;
    return needed <= 0 ? 0 : int(qMax<qint64>(1, needed * 1000 / m_rate));
}
