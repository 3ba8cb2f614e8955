#pragma once

#include "core/transfers/TransferRecord.h"

#include "core/transfers/Sha256.h"
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

class RateLimiter;
class TransferClaim;
class TransferStore;

// Brings one finished job's file home: claims the job's file against other processes, streams
// into "<name>.part" with bounded memory (paced by an optional speed limit), hashes the bytes as
// they arrive, resumes with Range only when the server proves (206 + matching Content-Range) it
// is sending the rest of the same file, refreshes an expired URL once, checks the size, and
// renames into place without replacing anything. Never sends the API key: the file host is
// another origin.
class FileTransfer final : public QObject {
    Q_OBJECT
public:
    // Asks the API for a fresh download_url for a job; calls back with it, or with an error.
    using UrlRefresher = std::function<void(
        const QString &jobId, std::function<void(const QByteArray &url, const QString &error)>)>;

    // record.finalPath names the folder and the wished-for file name; the name actually used is
    // settled once the claim is held. limiter may be null (no speed limit).
    FileTransfer(TransferRecord record, QNetworkAccessManager *network, TransferStore *store,
                 UrlRefresher refresher, RateLimiter *limiter = nullptr, QObject *parent = nullptr);
    ~FileTransfer() override;

    // While another process holds the claim: keep trying (true), or finish at once (false).
    void setWaitForClaim(bool wait) { m_waitForClaim = wait; }
    // When the store says the job was saved and the file is intact, finish without a byte
    // (true), or save a new copy all the same (false).
    void setAcceptSavedFile(bool accept) { m_acceptSavedFile = accept; }
    // A transfer already under way (from the store) keeps its file name.
    void keepFileName() { m_nameSettled = true; }

    void start();
    // Stops and keeps the .part file for a later start().
    void pause();
    // Stops, removes the .part file and the record. A saved file is kept.
    void cancel();

    const TransferRecord &record() const { return m_record; }
    bool isActive() const {
        return m_reply != nullptr || m_waitingForUrl || m_retryTimer.isActive() ||
               m_claimRetry.isActive() || m_completeWhenHashed;
    }
    // The pid of another process that holds this job's claim, or 0.
    qint64 ownerElsewhere() const { return m_ownerElsewhere; }
    // Done without downloading: an earlier run or another process saved it.
    bool savedEarlier() const { return m_savedEarlier; }
    qint64 bytesPerSecond() const { return m_bytesPerSecond; }
    // -1 when unknown.
    qint64 secondsLeft() const;
    // Body bytes received over the network in this object's life, resumes and restarts included.
    qint64 bytesReceived() const { return m_bytesReceived; }

    static constexpr qint64 readBufferBytes = 1024 * 1024;
    // A dropped connection is resumed this many times, a second apart, before giving up.
    static constexpr int maxNetworkRetries = 3;
    static constexpr int claimRetryMs = 500;

signals:
    void progressed();
    // The record's state says how: Done, Failed (with error), Paused or Cancelled; or, with
    // ownerElsewhere(), still Queued because another process holds the claim.
    void finished();

private:
    enum class Next { Nothing, RestartFromZero, RefreshUrl, Finish };

    TransferClaim &claimFile();
    bool claim();
    bool settleTarget();
    void request(qint64 offset);
    void onHeaders();
    void onData();
    void onReplyFinished();
    void finishReply();
    void complete();
    void fail(const QString &error);
    void end(TransferRecord::State state);
    void persist();
    void updateSpeed();
    bool truncatePart();
    // Bytes written by an earlier run (or a crashed owner) are hashed off the event loop, then
    // the stream's hashing takes over where they end.
    void hashInheritedBytes();
    void onInheritedBytesHashed();
    void restartHash();

    TransferRecord m_record;
    QNetworkAccessManager *m_network;
    TransferStore *m_store;
    UrlRefresher m_refresher;
    RateLimiter *m_limiter;
    std::unique_ptr<TransferClaim> m_claim;
    QFile m_part;
    // Guarded: the network manager may be destroyed first and take its replies with it.
    QPointer<QNetworkReply> m_reply;
    // Of the .part's first m_hashedBytes bytes; null while a background read holds it.
    std::shared_ptr<Sha256> m_hash;
    qint64 m_hashedBytes = 0;
    QFutureWatcher<std::shared_ptr<Sha256>> m_hashWatcher;
    int m_hashGeneration = 0;
    int m_currentHashGeneration = 0;
    // complete() waits for the background hash to catch up.
    bool m_completeWhenHashed = false;
    Next m_next = Next::Nothing;
    bool m_accepting = false;
    bool m_pausing = false;
    bool m_cancelling = false;
    bool m_urlRefreshed = false;
    bool m_waitingForUrl = false;
    // The reply has ended but the speed limit has not let all its bytes be read yet.
    bool m_finishPending = false;
    bool m_waitForClaim = false;
    bool m_acceptSavedFile = true;
    bool m_nameSettled = false;
    bool m_savedEarlier = false;
    qint64 m_ownerElsewhere = 0;
    int m_networkRetries = 0;
    QString m_writeError;
    qint64 m_bytesReceived = 0;
    qint64 m_bytesPerSecond = 0;
    qint64 m_lastPersistedBytes = 0;
    qint64 m_speedSampleBytes = 0;
    QElapsedTimer m_speedClock;
    QTimer m_retryTimer;
    QTimer m_claimRetry;
    QTimer m_paceTimer;
};
