#include "core/transfers/TransferQueue.h"

#include "core/transfers/FileNameSanitizer.h"
#include "core/transfers/TransferStore.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>

TransferQueue::TransferQueue(TransferStore *store, FileTransfer::UrlRefresher refresher,
                             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_refresher(std::move(refresher))
    , m_network(new QNetworkAccessManager(this)) {}

void TransferQueue::setMaxConcurrent(int count) {
    m_maxConcurrent = qMax(1, count);
    startWaiting();
}

FileTransfer *TransferQueue::adopt(const TransferRecord &record) {
    auto *transfer = new FileTransfer(record, m_network, m_store, m_refresher, this);
    m_transfers.insert(record.jobId, transfer);
    connect(transfer, &FileTransfer::progressed, this,
            [this, id = record.jobId] { emit transferProgressed(id); });
    connect(transfer, &FileTransfer::finished, this, [this, id = record.jobId] {
        emit transferFinished(id);
        startWaiting();
        if (isIdle())
            emit allFinished();
    });
    m_waiting.append(record.jobId);
    startWaiting();
    return transfer;
}

FileTransfer *TransferQueue::enqueue(const QString &jobId, const QByteArray &url,
                                     const QString &folder, const QString &suggestedName) {
    if (FileTransfer *existing = m_transfers.value(jobId)) {
        if (!existing->isActive() && existing->record().state != TransferRecord::State::Done &&
            !m_waiting.contains(jobId)) {
            m_waiting.append(jobId);
            startWaiting();
        }
        return existing;
    }
    TransferRecord record;
    const std::optional<TransferRecord> stored = m_store ? m_store->find(jobId) : std::nullopt;
    const QString folderPath = QDir(folder).absolutePath();
    if (stored && stored->state != TransferRecord::State::Done &&
        QFileInfo(stored->finalPath).absolutePath() == folderPath) {
        record = *stored;
        record.url = url;
    } else {
        record.jobId = jobId;
        record.url = url;
        record.finalPath = FileNameSanitizer::uniquePath(
            folderPath, FileNameSanitizer::sanitize(suggestedName, jobId));
    }
    record.state = TransferRecord::State::Queued;
    return adopt(record);
}

void TransferQueue::resumeUnfinished() {
    if (!m_store)
        return;
    for (const TransferRecord &record : m_store->all()) {
        if (record.state != TransferRecord::State::Done && !m_transfers.contains(record.jobId))
            adopt(record);
    }
}

int TransferQueue::runningCount() const {
    int running = 0;
    for (const FileTransfer *transfer : m_transfers)
        running += transfer->isActive() ? 1 : 0;
    return running;
}

bool TransferQueue::isIdle() const {
    return m_waiting.isEmpty() && runningCount() == 0;
}

void TransferQueue::startWaiting() {
    while (!m_waiting.isEmpty() && runningCount() < m_maxConcurrent) {
        FileTransfer *transfer = m_transfers.value(m_waiting.takeFirst());
        if (!transfer)
            continue;
        transfer->start();
        m_peakRunning = qMax(m_peakRunning, runningCount());
    }
}
