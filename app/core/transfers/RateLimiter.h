#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

// A global speed limit shared by every transfer of one queue: a token bucket that refills at
// the limit and holds at most a twentieth of a second's worth, so reads are paced finely and
// nothing piles up in memory (unread bytes wait in the socket, bounded by its buffer).
class RateLimiter final {
public:
    // 0 turns the limit off.
    void setBytesPerSecond(qint64 rate);
    qint64 bytesPerSecond() const { return m_rate; }
    bool isLimited() const { return m_rate > 0; }

    // How many of wanted bytes may be read now; the grant is spent.
    qint64 take(qint64 wanted);
    // How long until at least a small read is allowed again.
    int msUntilAvailable() const;

private:
    void refill();
    qint64 burst() const;

    qint64 m_rate = 0;
    qint64 m_tokens = 0;
    qint64 m_credited = 0;
    QElapsedTimer m_clock;
};
