#include "core/transfers/JobTransfers.h"

#include "core/api/VideoDbClient.h"
#include "core/transfers/TransferQueue.h"
#include "core/transfers/TransferStore.h"

#include <QFileInfo>
#include <QPointer>

#include <utility>

JobTransfers::JobTransfers(const ClientConfig &config, const QString &database, QObject *parent)
    : QObject(parent)
    , m_client(std::make_shared<VideoDbClient>(config)) {
    if (!database.isEmpty()) {
        m_store = std::make_unique<TransferStore>(database);
        if (!m_store->isOpen()) {
            m_storeProblem = m_store->errorString();
            m_store.reset();
        }
    }
    m_queue = new TransferQueue(
        m_store.get(),
        [this](const QString &id, std::function<void(const QByteArray &, const QString &)> done) {
            // The lookup keeps its client: a config change meanwhile must not strand the
            // transfer waiting for it.
            const std::shared_ptr<VideoDbClient> client = m_client;
            client->getJob(id, [client, done](const ApiResult<DownloadJob> &result) {
                done(result.ok() ? result.value().encodedDownloadUrl : QByteArray(),
                     result.ok() ? QString() : result.error().describe());
            });
        },
        this);
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(progressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        for (const QString &id : std::exchange(m_progressed, {}))
            emit progressChanged(id);
    });
    connect(m_queue, &TransferQueue::transferProgressed, this, [this](const QString &id) {
        m_progressed.insert(id);
        if (!m_progressTimer.isActive())
            m_progressTimer.start();
    });
    connect(m_queue, &TransferQueue::transferFinished, this, [this](const QString &id) {
        m_progressed.remove(id);
        emit progressChanged(id);
        const TransferProgress finished = progress(id);
        if (finished.phase == TransferProgress::Phase::Saved)
            emit fileSaved(id, finished.savedPath);
        else if (finished.phase == TransferProgress::Phase::Failed)
            emit saveFailed(id, finished.error);
    });
    connect(m_queue, &TransferQueue::allFinished, this, &JobTransfers::allFinished);
}

JobTransfers::~JobTransfers() {
    // The transfers use the store and this object's lookups: they go first.
    delete m_queue;
}

void JobTransfers::setConfig(const ClientConfig &config) {
    m_client = std::make_shared<VideoDbClient>(config);
}

void JobTransfers::setMaxConcurrent(int count) {
    m_queue->setMaxConcurrent(count);
}

void JobTransfers::setSpeedLimit(qint64 bytesPerSecond) {
    m_queue->setSpeedLimit(bytesPerSecond);
}

void JobTransfers::setWaitForClaims(bool wait) {
    m_queue->setWaitForClaims(wait);
}

void JobTransfers::save(const QString &jobId, const QString &listedName, const QString &folder,
                        Copy copy) {
    const std::shared_ptr<VideoDbClient> client = m_client;
    const QPointer<JobTransfers> self(this);
    client->getJob(jobId, [self, client, jobId, listedName, folder,
                           copy](const ApiResult<DownloadJob> &result) {
        if (!self)
            return;
        if (!result.ok())
            return emit self->saveFailed(jobId, result.error().describe());
        DownloadJob job = result.value();
        if (job.name.isEmpty())
            job.name = listedName;
        self->saveLookedUp(job, folder, copy);
    });
}

void JobTransfers::saveLookedUp(const DownloadJob &job, const QString &folder, Copy copy) {
    if (job.status != JobStatus::Done || job.encodedDownloadUrl.isEmpty())
        return emit saveFailed(
            job.id, tr("The job is %1, so there is no file to save yet.").arg(job.statusText()));
    enqueue(job.id, job.encodedDownloadUrl, folder, job.name, copy);
}

void JobTransfers::enqueue(const QString &jobId, const QByteArray &url, const QString &folder,
                           const QString &name, Copy copy) {
    m_queue->enqueue(jobId, url, folder, name, copy);
    emit progressChanged(jobId);
}

void JobTransfers::pause(const QString &jobId) {
    if (FileTransfer *transfer = m_queue->transfer(jobId))
        transfer->pause();
}

void JobTransfers::pauseAll() {
    m_queue->pauseAll();
}

void JobTransfers::resume(const QString &jobId) {
    const FileTransfer *transfer = m_queue->transfer(jobId);
    if (!transfer || !progress(jobId).canResume())
        return;
    const TransferRecord &record = transfer->record();
    enqueue(jobId, record.url, QFileInfo(record.finalPath).absolutePath(), {}, Copy::ReuseSaved);
}

void JobTransfers::cancel(const QString &jobId) {
    FileTransfer *transfer = m_queue->transfer(jobId);
    if (!transfer)
        return;
    transfer->cancel();
    emit progressChanged(jobId);
}

void JobTransfers::cancelIfGone(const QString &jobId) {
    const std::shared_ptr<VideoDbClient> client = m_client;
    const QPointer<JobTransfers> self(this);
    client->getJob(jobId, [self, client, jobId](const ApiResult<DownloadJob> &result) {
        if (self && !result.ok() && result.error().kind() == ApiError::Kind::NotFound)
            self->cancel(jobId);
    });
}

void JobTransfers::restore() {
    m_queue->restore();
    for (const QString &id : m_queue->jobIds())
        emit progressChanged(id);
}

void JobTransfers::recheckSavedFiles() {
    for (const QString &id : m_queue->jobIds()) {
        if (m_queue->transfer(id)->record().state == TransferRecord::State::Done)
            emit progressChanged(id);
    }
}

TransferProgress JobTransfers::progress(const QString &jobId) const {
    const FileTransfer *transfer = m_queue->transfer(jobId);
    TransferProgress progress;
    if (!transfer)
        return progress;
    const TransferRecord &record = transfer->record();
    progress.bytesDone = record.bytesDone;
    progress.totalBytes = record.totalBytes;
    progress.ownerPid = transfer->ownerElsewhere();
    if (progress.ownerPid != 0) {
        progress.phase = TransferProgress::Phase::SavingElsewhere;
        return progress;
    }
    switch (record.state) {
    case TransferRecord::State::Queued:
        progress.phase = TransferProgress::Phase::Waiting;
        break;
    case TransferRecord::State::Running:
        progress.phase = TransferProgress::Phase::Running;
        progress.bytesPerSecond = transfer->bytesPerSecond();
        progress.secondsLeft = transfer->secondsLeft();
        break;
    case TransferRecord::State::Paused:
        progress.phase = TransferProgress::Phase::Paused;
        break;
    case TransferRecord::State::Done:
        progress.phase = record.savedFileIntact() ? TransferProgress::Phase::Saved
                                                  : TransferProgress::Phase::SavedFileMissing;
        progress.savedPath = record.finalPath;
        progress.savedEarlier = transfer->savedEarlier();
        break;
    case TransferRecord::State::Failed:
        progress.phase = TransferProgress::Phase::Failed;
        progress.error = record.error;
        break;
    case TransferRecord::State::Cancelled:
        progress.phase = TransferProgress::Phase::Cancelled;
        break;
    }
    return progress;
}

qint64 JobTransfers::bytesReceived(const QString &jobId) const {
    const FileTransfer *transfer = m_queue->transfer(jobId);
    return transfer ? transfer->bytesReceived() : 0;
}

bool JobTransfers::isIdle() const {
    return m_queue->isIdle();
}
