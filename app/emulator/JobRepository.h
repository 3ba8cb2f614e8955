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

    // Gives every create and retry an async id of its own (job-…) instead of the job's id.
    void setDistinctAsyncIds(bool distinct) { m_distinctAsyncIds = distinct; }

    void seed(int count, qint64 nowMs);
    int size() const { return int(m_jobs.size()); }
    // Up to count jobs from the first'th newest on.
    QVector<const EmulatedJob *> slice(qint64 first, int count) const;
    const EmulatedJob *find(const QString &id) const;
    // The job an async operation's id belongs to, for /async-response/{id}.
    const EmulatedJob *findByAsyncId(const QString &asyncId) const;
    const EmulatedJob &create(const QString &streamLink, const QString &name, qint64 nowMs);
    const EmulatedJob *retry(const QString &id, qint64 nowMs);
    bool remove(const QString &id);
    // Ends a running job's processing at nowMs, as its clock would have later: lets tests
    // change a job's status at an exact moment.
    bool finishNow(const QString &id, qint64 nowMs);
    QStringList ids() const;

private:
    EmulatedJob &insert(EmulatedJob job);
    EmulatedJob *findMutable(const QString &id);
    void startAsyncOperation(EmulatedJob &job);

    qint64 m_processingMs;
    quint64 m_nextSequence = 0;
    std::map<quint64, EmulatedJob> m_jobs;
    QHash<QString, quint64> m_sequenceById;
    bool m_distinctAsyncIds = false;
    quint64 m_nextAsyncId = 0;
    QHash<QString, QString> m_jobIdByAsyncId;
};
