#include "core/jobs/JobStatusPoller.h"

#include "core/api/VideoDbClient.h"
#include "core/jobs/JobListModel.h"

#include <QPointer>

#include <utility>

JobStatusPoller::JobStatusPoller(JobListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobStatusPoller::pollRound);
}

void JobStatusPoller::setClient(VideoDbClient *client) {
    m_client = client;
    ++m_clientGeneration;
    // A round in flight will never end now: the next one starts on the timer instead.
    if (std::exchange(m_outstanding, 0) > 0)
        m_timer.start(m_intervalMs);
}

void JobStatusPoller::setBaseIntervalMs(int ms) {
    m_baseIntervalMs = qMax(100, ms);
    m_intervalMs = m_baseIntervalMs;
}

void JobStatusPoller::start() {
    m_intervalMs = m_baseIntervalMs;
    m_timer.start(m_intervalMs);
}

void JobStatusPoller::pollRound() {
    const QStringList ids = m_model->processingIds(maxJobsPerRound);
    if (ids.isEmpty() || !m_client) {
        m_timer.start(m_intervalMs);
        return;
    }
    m_outstanding = int(ids.size());
    m_changedThisRound = false;
    QPointer<JobStatusPoller> self(this);
    const quint64 generation = m_clientGeneration;
    for (const QString &id : ids) {
        m_client->getJob(id, [self, id, generation](const ApiResult<DownloadJob> &result) {
            if (!self || self->m_clientGeneration != generation)
                return;
            if (result.ok()) {
                const DownloadJob *before = self->m_model->job(id);
                if (before && before->status != result.value().status)
                    self->m_changedThisRound = true;
                self->m_model->updateJob(result.value());
            }
            if (--self->m_outstanding > 0)
                return;
            // Nothing moved: wait longer next time. Something moved: look again soon.
            self->m_intervalMs = self->m_changedThisRound
                                     ? self->m_baseIntervalMs
                                     : qMin(maxIntervalMs, self->m_intervalMs * 3 / 2);
            self->m_timer.start(self->m_intervalMs);
        });
    }
}
