#pragma once

#include "core/transfers/TransferRecord.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

class TransferStore;

// Brings one finished job's file home: streams into "<name>.part" with bounded memory,
// resumes with Range only when the server proves (206 + matching Content-Range) it is sending
// the rest of the same file, refreshes an expired URL once, checks the size, and renames into
// place without overwriting anything. Never sends the API key: the file host is another origin.
class FileTransfer final : public QObject {
    Q_OBJECT
public:
    // Asks the API for a fresh download_url for a job; calls back with it, or with an error.
    using UrlRefresher = std::function<void(
        const QString &jobId, std::function<void(const QByteArray &url, const QString &error)>)>;

    FileTransfer(TransferRecord record, QNetworkAccessManager *network, TransferStore *store,
                 UrlRefresher refresher, QObject *parent = nullptr);
    ~FileTransfer() override;

    void start();
    // Stops and keeps the .part file for a later start().
    void pause();
    // Stops and removes the .part file.
    void cancel();

    const TransferRecord &record() const { return m_record; }
    bool isActive() const { return m_reply != nullptr || m_waitingToResume; }
    qint64 bytesPerSecond() const { return m_bytesPerSecond; }
    // -1 when unknown.
    qint64 secondsLeft() const;
    // Body bytes received over the network in this object's life, resumes and restarts included.
    qint64 bytesReceived() const { return m_bytesReceived; }

    static constexpr qint64 readBufferBytes = 1024 * 1024;
    // A dropped connection is resumed this many times, a second apart, before giving up.
    static constexpr int maxNetworkRetries = 3;

signals:
    void progressed();
    // The record's state says how: Done, Failed (with error) or Paused.
    void finished();

private:
    enum class Next { Nothing, RestartFromZero, RefreshUrl, Finish };

    void request(qint64 offset);
    void onHeaders();
    void onData();
    void onReplyFinished();
    void complete();
    void fail(const QString &error);
    void persist();
    void updateSpeed();
    bool truncatePart();

    TransferRecord m_record;
    QNetworkAccessManager *m_network;
    TransferStore *m_store;
    UrlRefresher m_refresher;
    QFile m_part;
    // Guarded: the network manager may be destroyed first and take its replies with it.
    QPointer<QNetworkReply> m_reply;
    Next m_next = Next::Nothing;
    bool m_accepting = false;
    bool m_pausing = false;
    bool m_cancelling = false;
    bool m_urlRefreshed = false;
    bool m_waitingToResume = false;
    int m_networkRetries = 0;
    QString m_writeError;
    qint64 m_bytesReceived = 0;
    qint64 m_bytesPerSecond = 0;
    qint64 m_lastPersistedBytes = 0;
    qint64 m_speedSampleBytes = 0;
    QElapsedTimer m_speedClock;
};
