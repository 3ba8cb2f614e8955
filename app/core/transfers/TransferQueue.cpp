#include "core/transfers/TransferQueue.h"

#include "core/transfers/FileNameSanitizer.h"
#include "core/transfers/TransferClaim.h"
#include "core/transfers/TransferStore.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>

#include <optional>
#include <utility>

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

void TransferQueue::setSpeedLimit(qint64 bytesPerSecond) {
    m_limiter.setBytesPerSecond(bytesPerSecond);
}

FileTransfer *TransferQueue::adopt(const TransferRecord &record, bool queue) {
    if (FileTransfer *replaced = m_transfers.take(record.jobId)) {
        // Possibly in the middle of its own finished(): let it return first.
        replaced->disconnect(this);
        replaced->deleteLater();
    }
    auto *transfer = new FileTransfer(record, m_network, m_store, m_refresher, &m_limiter, this);
    m_transfers.insert(record.jobId, transfer);
    connect(transfer, &FileTransfer::progressed, this,
            [this, id = record.jobId] { emit transferProgressed(id); });
    connect(transfer, &FileTransfer::finished, this, [this, id = record.jobId] {
        // A cancelled transfer that was still waiting must not be started by its turn.
        m_waiting.removeAll(id);
        emit transferFinished(id);
        startWaiting();
        if (isIdle())
            emit allFinished();
    });
    if (queue)
        requeue(record.jobId);
    return transfer;
}

void TransferQueue::requeue(const QString &jobId) {
    if (!m_waiting.contains(jobId))
        m_waiting.append(jobId);
    startWaiting();
}

FileTransfer *TransferQueue::enqueue(const QString &jobId, const QByteArray &url,
                                     const QString &folder, const QString &suggestedName,
                                     Copy copy) {
    const QString folderPath = QDir(folder).absolutePath();
    FileTransfer *existing = m_transfers.value(jobId);
    if (existing && existing->isActive())
        return existing;
    const TransferRecord::State state =
        existing ? existing->record().state : TransferRecord::State::Queued;
    if (existing && copy == Copy::ReuseSaved && state != TransferRecord::State::Done &&
        state != TransferRecord::State::Cancelled &&
        QFileInfo(existing->record().finalPath).absolutePath() == folderPath) {
        // Paused, failed, or given up on while another process had it: the same file goes on.
        existing->setAcceptSavedFile(true);
        requeue(jobId);
        return existing;
    }
    TransferRecord record;
    const std::optional<TransferRecord> stored = m_store ? m_store->find(jobId) : std::nullopt;
    const bool continuing = stored && stored->state != TransferRecord::State::Done &&
                            QFileInfo(stored->finalPath).absolutePath() == folderPath;
    if (continuing) {
        record = *stored;
    } else {
        record.jobId = jobId;
        // The name is made unique once the transfer holds its claim.
        record.finalPath =
            QDir(folderPath).filePath(FileNameSanitizer::sanitize(suggestedName, jobId));
    }
    record.url = url;
    record.state = TransferRecord::State::Queued;
    FileTransfer *transfer = adopt(record, false);
    transfer->setAcceptSavedFile(copy == Copy::ReuseSaved);
    if (continuing)
        transfer->keepFileName();
    requeue(jobId);
    return transfer;
}

void TransferQueue::restore() {
    if (!m_store)
        return;
    for (const TransferRecord &record : m_store->all()) {
        if (m_transfers.contains(record.jobId))
            continue;
        // Only what was under way when the last run stopped continues by itself: the user's
        // pauses and the failures they have not dealt with stay as they were.
        const bool wasUnderWay = record.state == TransferRecord::State::Running ||
                                 record.state == TransferRecord::State::Queued;
        FileTransfer *transfer = adopt(record, wasUnderWay);
        // A save that never wrote a byte has no file of its own yet: its name is made unique
        // when it starts, so it never takes a file that appeared meanwhile.
        if (record.state == TransferRecord::State::Done || record.bytesDone > 0 ||
            QFileInfo::exists(record.partPath()))
            transfer->keepFileName();
    }
}

int TransferQueue::runningCount() const {
    int running = 0;
    for (const FileTransfer *transfer : m_transfers)
        running += transfer->isActive() ? 1 : 0;
    return running;
}

int TransferQueue::inFlightCount() const {
    int inFlight = 0;
    for (auto it = m_transfers.cbegin(); it != m_transfers.cend(); ++it) {
        const FileTransfer *transfer = it.value();
        const bool ours = transfer->isActive() && transfer->ownerElsewhere() == 0;
        inFlight += ours || m_waiting.contains(it.key()) ? 1 : 0;
    }
    return inFlight;
}

void TransferQueue::pauseAll() {
    // The line goes first: each pause frees a slot that would otherwise start the next one.
    const QStringList waiting = std::exchange(m_waiting, {});
    for (const QString &jobId : waiting)
        holdBack(jobId);
    // A pause may end in a listener that queues again: the transfers are collected first.
    const QList<FileTransfer *> transfers = m_transfers.values();
    for (FileTransfer *transfer : transfers) {
        if (transfer->isActive() && transfer->ownerElsewhere() == 0)
            transfer->pause();
    }
}

void TransferQueue::holdBack(const QString &jobId) {
    const FileTransfer *transfer = m_transfers.value(jobId);
    if (!transfer)
        return;
    TransferRecord record = transfer->record();
    if (record.state != TransferRecord::State::Queued &&
        record.state != TransferRecord::State::Running)
        return;
    record.state = TransferRecord::State::Paused;
    // Restored from an earlier run, it is remembered as under way and would start by itself
    // next time: the store learns it is paused, but only from the claim's holder.
    const std::optional<TransferRecord> stored = m_store ? m_store->find(jobId) : std::nullopt;
    const bool remembered = stored && stored->state != TransferRecord::State::Done;
    // A save that only waited in line is remembered too, or a quit would forget it; its name
    // is still the suggested one, settled when it starts (see restore).
    if (m_store && (remembered || !stored)) {
        TransferClaim claim(QFileInfo(record.finalPath).absolutePath(), jobId);
        if (claim.tryClaim()) {
            TransferRecord pausedRecord = remembered ? *stored : record;
            pausedRecord.state = TransferRecord::State::Paused;
            m_store->save(pausedRecord);
            claim.release();
        }
    }
    FileTransfer *paused = adopt(record, false);
    if (remembered)
        paused->keepFileName();
    emit transferFinished(jobId);
}

bool TransferQueue::isIdle() const {
    return m_waiting.isEmpty() && runningCount() == 0;
}

void TransferQueue::startWaiting() {
    while (!m_waiting.isEmpty() && runningCount() < m_maxConcurrent) {
        FileTransfer *transfer = m_transfers.value(m_waiting.takeFirst());
        if (!transfer)
            continue;
        transfer->setWaitForClaim(m_waitForClaims);
        transfer->start();
        m_peakRunning = qMax(m_peakRunning, runningCount());
    }
}
