#include "RssSampler.h"

#include <QFile>

#include <algorithm>

RssSampler::RssSampler(int intervalMs, QObject *parent)
    : QObject(parent) {
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_samplesKb.append(currentKb()); });
}

void RssSampler::start() {
    m_samplesKb = {currentKb()};
    m_timer.start();
}

qint64 RssSampler::secondHalfGrowthKb() const {
    const qsizetype half = m_samplesKb.size() / 2;
    const qsizetype fifth = half / 5;
    if (fifth < 1)
        return 0;
    const QVector<qint64> secondHalf = m_samplesKb.mid(m_samplesKb.size() - half);
    return medianOf(secondHalf.mid(half - fifth)) - medianOf(secondHalf.first(fifth));
}

qint64 RssSampler::currentKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 RssSampler::medianOf(QVector<qint64> values) {
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
