#include "emulator/JobRepository.h"

#include <QUrl>

#include <array>
#include <iterator>

namespace {

constexpr std::array<const char *, 10> topics = {
    "Quarterly keynote", "Product demo",   "Onboarding walkthrough", "Customer interview",
    "Team standup",      "Launch teaser",  "Conference talk",        "Tutorial",
    "Webinar recording", "Highlights reel"};

// Mixed so that even a handful of seeded jobs shows every status.
constexpr std::array<const char *, 10> seededStatuses = {
    "done", "processing", "done", "error", "done", "done", "processing", "done", "error", "done"};

QString nameFromStreamLink(const QString &streamLink) {
    const QString last = QUrl(streamLink).fileName();
    return last.isEmpty() ? QStringLiteral("download.mp4") : last;
}

} // namespace

JobRepository::JobRepository(qint64 processingMs)
    : m_processingMs(processingMs) {}

EmulatedJob &JobRepository::insert(EmulatedJob job) {
    const quint64 sequence = m_nextSequence++;
    m_sequenceById.insert(job.id, sequence);
    EmulatedJob &stored = m_jobs.emplace(sequence, std::move(job)).first->second;
    startAsyncOperation(stored);
    return stored;
}

void JobRepository::startAsyncOperation(EmulatedJob &job) {
    if (!m_distinctAsyncIds) {
        job.asyncId = job.id;
        return;
    }
    // Earlier operations' ids keep answering: a client may still be polling one of them.
    job.asyncId = QStringLiteral("job-%1").arg(++m_nextAsyncId);
    m_jobIdByAsyncId.insert(job.asyncId, job.id);
}

void JobRepository::seed(int count, qint64 nowMs) {
    // Seven minutes apart from 5 January 2026, or earlier when that would reach past now: a
    // creation time in the future is something no server sends.
    constexpr qint64 spacingS = 7 * 60;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    const QDateTime firstCreated = qMin(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC),
                                        now.addSecs(-(qint64(count) * spacingS + 300)));
    for (int index = 0; index < count; ++index) {
        EmulatedJob job;
        job.id = QStringLiteral("dl-%1").arg(index + 1, 6, 10, QLatin1Char('0'));
        job.name = QStringLiteral("%1 %2.mp4")
                       .arg(QLatin1String(topics[size_t(index) % topics.size()]))
                       .arg(index + 1, 4, 10, QLatin1Char('0'));
        job.streamLink = QStringLiteral("https://stream.videodb.io/v/seed-%1.m3u8").arg(index + 1);
        job.createdAt = firstCreated.addSecs(qint64(index) * spacingS + (index * 7919) % 300);
        const QString status = QLatin1String(seededStatuses[size_t(index) % seededStatuses.size()]);
        job.endsInError = status == QLatin1String("error");
        // Seeded processing jobs finish in a staggered way so a demo shows them completing.
        job.startedAtMs = nowMs - m_processingMs;
        job.readyAtMs = status == QLatin1String("processing")
                            ? nowMs + m_processingMs * (1 + index % 3)
                            : nowMs;
        insert(std::move(job));
    }
}

QVector<const EmulatedJob *> JobRepository::slice(qint64 first, int count) const {
    QVector<const EmulatedJob *> result;
    if (first < 0 || count <= 0 || first >= qint64(m_jobs.size()))
        return result;
    auto it = m_jobs.rbegin();
    std::advance(it, first);
    for (; it != m_jobs.rend() && result.size() < count; ++it)
        result.append(&it->second);
    return result;
}

const EmulatedJob *JobRepository::find(const QString &id) const {
    return const_cast<JobRepository *>(this)->findMutable(id);
}

EmulatedJob *JobRepository::findMutable(const QString &id) {
    const auto sequence = m_sequenceById.constFind(id);
    if (sequence == m_sequenceById.constEnd())
        return nullptr;
    return &m_jobs.at(*sequence);
}

const EmulatedJob *JobRepository::findByAsyncId(const QString &asyncId) const {
    if (!m_distinctAsyncIds)
        return find(asyncId);
    const auto jobId = m_jobIdByAsyncId.constFind(asyncId);
    return jobId == m_jobIdByAsyncId.constEnd() ? nullptr : find(*jobId);
}

const EmulatedJob &JobRepository::create(const QString &streamLink, const QString &name,
                                         qint64 nowMs) {
    EmulatedJob job;
    job.id = QStringLiteral("dl-new-%1").arg(m_nextSequence + 1, 6, 10, QLatin1Char('0'));
    job.name = name.isEmpty() ? nameFromStreamLink(streamLink) : name;
    job.streamLink = streamLink;
    job.createdAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    job.startedAtMs = nowMs;
    job.readyAtMs = nowMs + m_processingMs;
    // Lets demos and tests produce a failed job on purpose.
    job.endsInError = streamLink.contains(QLatin1String("fail"), Qt::CaseInsensitive);
    return insert(std::move(job));
}

const EmulatedJob *JobRepository::retry(const QString &id, qint64 nowMs) {
    EmulatedJob *job = findMutable(id);
    if (!job)
        return nullptr;
    job->startedAtMs = nowMs;
    job->readyAtMs = nowMs + m_processingMs;
    job->endsInError = false;
    startAsyncOperation(*job);
    return job;
}

bool JobRepository::finishNow(const QString &id, qint64 nowMs) {
    EmulatedJob *job = findMutable(id);
    if (job)
        job->readyAtMs = qMin(job->readyAtMs, nowMs);
    return job != nullptr;
}

bool JobRepository::remove(const QString &id) {
    const auto sequence = m_sequenceById.constFind(id);
    if (sequence == m_sequenceById.constEnd())
        return false;
    m_jobs.erase(*sequence);
    m_sequenceById.erase(sequence);
    return true;
}

QStringList JobRepository::ids() const {
    QStringList result;
    result.reserve(int(m_jobs.size()));
    for (auto it = m_jobs.rbegin(); it != m_jobs.rend(); ++it)
        result.append(it->second.id);
    return result;
}
