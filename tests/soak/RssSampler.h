#pragma once

#include <QObject>
#include <QTimer>
#include <QVector>

// The process's resident memory (VmRSS), sampled on a timer, and how much it grew over the
// second half of the samples: the first half is warm-up (caches, pools, the allocator's
// arenas), so only the second half says whether memory stays flat.
class RssSampler final : public QObject {
    Q_OBJECT
public:
    explicit RssSampler(int intervalMs, QObject *parent = nullptr);

    void start();
    void stop() { m_timer.stop(); }
    const QVector<qint64> &samplesKb() const { return m_samplesKb; }
    // The median of the second half's last fifth less the median of its first fifth (medians,
    // so one sample taken mid-burst does not decide); 0 with fewer than ten samples.
    qint64 secondHalfGrowthKb() const;

    // VmRSS from /proc/self/status; -1 when it cannot be read.
    static qint64 currentKb();

private:
    static qint64 medianOf(QVector<qint64> values);

    QTimer m_timer;
    QVector<qint64> m_samplesKb;
};
