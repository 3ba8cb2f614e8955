#pragma once

#include "emulator/EmulatedJob.h"

#include <QHash>
#include <QStringList>
#include <QVector>

#include <map>

// The emulator's jobs, newest first. Ordered by a sequence number so paging stays stable and
// deleting one of 100,000 jobs does not shift a vector.
class JobRepository final {
public:
    explicit JobRepository(qint64 processingMs);

    void seed(int count, qint64 nowMs);
    int size() const { return int(m_jobs.size()); }
    QVector<const EmulatedJob *> page(int pageIndex, int count) const;
    const EmulatedJob *find(const QString &id) const;
    const EmulatedJob &create(const QString &streamLink, const QString &name, qint64 nowMs);
    const EmulatedJob *retry(const QString &id, qint64 nowMs);
    bool remove(const QString &id);
    QStringList ids() const;

private:
    EmulatedJob &insert(EmulatedJob job);

    qint64 m_processingMs;
    quint64 m_nextSequence = 0;
    std::map<quint64, EmulatedJob> m_jobs;
    QHash<QString, quint64> m_sequenceById;
};
