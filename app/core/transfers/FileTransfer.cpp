#include "core/transfers/FileTransfer.h"

#include "core/transfers/ContentRange.h"
#include "core/transfers/FileNameSanitizer.h"
#include "core/transfers/RateLimiter.h"
#include "core/transfers/TransferClaim.h"
#include "core/transfers/TransferStore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent>

namespace {

constexpr qint64 persistEveryBytes = 4 * 1024 * 1024;
constexpr int idleTimeoutMs = 60 * 1000;

} // namespace

FileTransfer::FileTransfer(TransferRecord record, QNetworkAccessManager *network,
                           TransferStore *store, UrlRefresher refresher, RateLimiter *limiter,
                           QObject *parent)
    : QObject(parent)
    , m_record(std::move(record))
    , m_network(network)
    , m_store(store)
    , m_refresher(std::move(refresher))
    , m_limiter(limiter)
    , m_hash(std::make_shared<Sha256>()) {
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(1000);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { request(m_record.bytesDone); });
    m_claimRetry.setSingleShot(true);
    m_claimRetry.setInterval(claimRetryMs);
    connect(&m_claimRetry, &QTimer::timeout, this, &FileTransfer::start);
    m_paceTimer.setSingleShot(true);
    connect(&m_paceTimer, &QTimer::timeout, this, &FileTransfer::onData);
    connect(&m_hashWatcher, &QFutureWatcher<std::shared_ptr<Sha256>>::finished, this,
            &FileTransfer::onInheritedBytesHashed);
}

FileTransfer::~FileTransfer() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

qint64 FileTransfer::secondsLeft() const {
    if (m_bytesPerSecond <= 0 || m_record.totalBytes < 0)
        return -1;
    return (m_record.totalBytes - m_record.bytesDone) / m_bytesPerSecond;
}

void FileTransfer::start() {
    if (m_reply || m_waitingForUrl || m_retryTimer.isActive())
        return;
    m_claimRetry.stop();
    m_pausing = m_cancelling = false;
    m_writeError.clear();
    m_record.error.clear();
    const QFileInfo folder(QFileInfo(m_record.finalPath).absolutePath());
    if (!folder.isDir())
        return fail(tr("The folder %1 does not exist.").arg(folder.absoluteFilePath()));
    if (!claim())
        return;
    if (!settleTarget())
        return;
    m_part.setFileName(m_record.partPath());
    if (!m_part.open(QIODevice::ReadWrite | QIODevice::Append))
        return fail(tr("Cannot write %1: %2").arg(m_record.partPath(), m_part.errorString()));
    // The file's own length is the truth about what arrived, whatever the database says.
    m_record.bytesDone = m_part.size();
    if (m_hash && m_hashedBytes > m_record.bytesDone)
        restartHash();
    hashInheritedBytes();
    m_record.state = TransferRecord::State::Running;
    persist();
    m_speedClock.start();
    m_speedSampleBytes = m_record.bytesDone;
    request(m_record.bytesDone);
}

TransferClaim &FileTransfer::claimFile() {
    if (!m_claim)
        m_claim = std::make_unique<TransferClaim>(QFileInfo(m_record.finalPath).absolutePath(),
                                                  m_record.jobId);
    return *m_claim;
}

bool FileTransfer::claim() {
    if (claimFile().tryClaim()) {
        m_ownerElsewhere = 0;
        return true;
    }
    const QString problem = m_claim->problem();
    if (!problem.isEmpty()) {
        fail(problem);
        return false;
    }
    // Another process writes this job's file: not a byte from here, not even a record.
    m_ownerElsewhere = m_claim->ownerPid();
    if (m_ownerElsewhere == 0)
        m_ownerElsewhere = -1;
    emit progressed();
    if (m_waitForClaim)
        m_claimRetry.start();
    else
        emit finished();
    return false;
}

bool FileTransfer::settleTarget() {
    // The claim is ours: what the last owner left in the store is now the truth.
    const std::optional<TransferRecord> stored =
        m_store ? m_store->find(m_record.jobId) : std::nullopt;
    if (stored && m_acceptSavedFile && stored->savedFileIntact()) {
        m_record = *stored;
        m_savedEarlier = true;
        m_claim->release();
        emit progressed();
        emit finished();
        return false;
    }
    const QString folder = QFileInfo(m_record.finalPath).absolutePath();
    if (stored && stored->state != TransferRecord::State::Done &&
        QFileInfo(stored->finalPath).absolutePath() == folder) {
        m_record.finalPath = stored->finalPath;
        m_record.etag = stored->etag;
        m_record.totalBytes = stored->totalBytes;
        m_nameSettled = true;
    }
    if (!m_nameSettled) {
        m_record.finalPath =
            FileNameSanitizer::uniquePath(folder, QFileInfo(m_record.finalPath).fileName());
        m_nameSettled = true;
    }
    return true;
}

void FileTransfer::hashInheritedBytes() {
    if (!m_hash || m_hashedBytes >= m_record.bytesDone)
        return;
    // Bytes this object did not hash as they streamed: written by an earlier run or a crashed
    // owner, or while such bytes were being hashed. Read once in the background: not the
    // whole file at the end, and not on the event loop (a resumed file may be gigabytes).
    m_hashWatcher.setFuture(QtConcurrent::run(
        [path = m_record.partPath(), hash = std::exchange(m_hash, {}), from = m_hashedBytes,
         to = m_record.bytesDone]() -> std::shared_ptr<Sha256> {
            QFile part(path);
            if (!part.open(QIODevice::ReadOnly) || !part.seek(from))
                return {};
            QByteArray chunk(int(readBufferBytes), Qt::Uninitialized);
            for (qint64 at = from; at < to;) {
                const qint64 got = part.read(chunk.data(), qMin(readBufferBytes, to - at));
                if (got <= 0)
                    return {};
                hash->addData(QByteArrayView(chunk.constData(), got));
                at += got;
            }
            return hash;
        }));
    m_hashedBytes = m_record.bytesDone;
    m_hashGeneration = m_currentHashGeneration;
}

void FileTransfer::onInheritedBytesHashed() {
    const std::shared_ptr<Sha256> hashed = m_hashWatcher.result();
    if (m_hashGeneration != m_currentHashGeneration) {
        // The file restarted from zero meanwhile; the stream hashes it afresh.
        return;
    }
    if (!hashed) {
        m_hash = std::make_shared<Sha256>();
        m_hashedBytes = 0;
        if (std::exchange(m_completeWhenHashed, false))
            fail(tr("Cannot read %1 to check it.").arg(m_record.partPath()));
        return;
    }
    m_hash = hashed;
    hashInheritedBytes();
    if (m_hash && std::exchange(m_completeWhenHashed, false))
        complete();
}

void FileTransfer::restartHash() {
    // A hash still being computed in the background is of bytes that are gone.
    ++m_currentHashGeneration;
    m_hash = std::make_shared<Sha256>();
    m_hashedBytes = 0;
}

void FileTransfer::request(qint64 offset) {
    QNetworkRequest request(QUrl::fromEncoded(m_record.url));
    // No API headers here: the key belongs to the API origin only. Without them, following a
    // CDN redirect is safe as long as it does not downgrade to http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(idleTimeoutMs);
    if (offset > 0) {
        request.setRawHeader("Range", ContentRange::requestFrom(offset));
        if (!m_record.etag.isEmpty())
            request.setRawHeader("If-Range", m_record.etag);
    }
    m_next = Next::Nothing;
    m_accepting = false;
    m_finishPending = false;
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(readBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FileTransfer::onHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &FileTransfer::onData);
    connect(m_reply, &QNetworkReply::finished, this, &FileTransfer::onReplyFinished);
}

void FileTransfer::onHeaders() {
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return;
    const qint64 offset = m_record.bytesDone;
    const QByteArray etag = m_reply->rawHeader("ETag");
    if (status == 206) {
        const std::optional<ContentRange> range =
            ContentRange::parse(m_reply->rawHeader("Content-Range"));
        if (!range || !range->continuesAt(offset)) {
            // Not the rest of our file: start over rather than splice foreign bytes.
            m_next = Next::RestartFromZero;
            m_reply->abort();
            return;
        }
        m_record.totalBytes = range->total;
    } else if (status == 200) {
        if (offset > 0 && !truncatePart())
            return;
        m_record.bytesDone = 0;
        restartHash();
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        m_record.totalBytes = length.isValid() ? length.toLongLong() : -1;
    } else if (status == 416) {
        const std::optional<ContentRange> range =
            ContentRange::parse(m_reply->rawHeader("Content-Range"));
        // Everything had arrived before an interruption: only the rename was missing.
        m_next =
            range && range->total == offset && offset > 0 ? Next::Finish : Next::RestartFromZero;
        m_reply->abort();
        return;
    } else if (status == 403 || status == 404 || status == 410) {
        m_next = Next::RefreshUrl;
        m_reply->abort();
        return;
    } else {
        m_writeError = tr("The file host answered HTTP %1.").arg(status);
        m_reply->abort();
        return;
    }
    if (!etag.isEmpty())
        m_record.etag = etag;
    m_accepting = true;
    persist();
}

bool FileTransfer::truncatePart() {
    if (m_part.resize(0))
        return true;
    m_writeError = tr("Cannot restart %1: %2").arg(m_record.partPath(), m_part.errorString());
    m_reply->abort();
    return false;
}

void FileTransfer::onData() {
    if (!m_reply)
        return;
    if (!m_accepting) {
        m_reply->readAll();
        return;
    }
    while (m_reply->bytesAvailable() > 0) {
        const qint64 wanted = qMin(m_reply->bytesAvailable(), readBufferBytes);
        const qint64 allowed = m_limiter ? m_limiter->take(wanted) : wanted;
        if (allowed <= 0) {
            // The rest waits in the reply's bounded buffer and then in the socket.
            m_paceTimer.start(m_limiter->msUntilAvailable());
            break;
        }
        const QByteArray chunk = m_reply->read(allowed);
        m_bytesReceived += chunk.size();
        const qint64 written = m_part.write(chunk);
        if (written != chunk.size()) {
            m_writeError = tr("Cannot write %1: %2. The partial file is kept so the transfer "
                              "can resume.")
                               .arg(m_record.partPath(), m_part.errorString());
            m_accepting = false;
            m_reply->abort();
            return;
        }
        if (m_hash && m_hashedBytes == m_record.bytesDone) {
            m_hash->addData(chunk);
            m_hashedBytes += written;
        }
        m_record.bytesDone += written;
    }
    if (m_record.bytesDone - m_lastPersistedBytes >= persistEveryBytes)
        persist();
    updateSpeed();
    emit progressed();
    if (m_finishPending && m_reply->bytesAvailable() == 0)
        finishReply();
}

void FileTransfer::updateSpeed() {
    const qint64 elapsed = m_speedClock.elapsed();
    if (elapsed < 500)
        return;
    const qint64 instant = (m_record.bytesDone - m_speedSampleBytes) * 1000 / elapsed;
    m_bytesPerSecond = m_bytesPerSecond == 0 ? instant : (m_bytesPerSecond * 7 + instant * 3) / 10;
    m_speedSampleBytes = m_record.bytesDone;
    m_speedClock.restart();
}

void FileTransfer::onReplyFinished() {
    if (m_accepting && !m_pausing && !m_cancelling && m_writeError.isEmpty()) {
        onData();
        if (m_reply && m_reply->bytesAvailable() > 0) {
            // The speed limit holds to the last byte: the pace timer finishes the reply.
            m_finishPending = true;
            return;
        }
    }
    if (m_reply)
        finishReply();
}

void FileTransfer::finishReply() {
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    // Qt 6.4 can deliver signals that an abort() overtook (metaDataChanged after finished):
    // they must not reach this transfer, which has no reply, or another one, by then.
    reply->disconnect(this);
    m_finishPending = false;
    m_paceTimer.stop();
    reply->deleteLater();
    m_part.flush();

    if (m_cancelling)
        return cancel();
    if (m_pausing) {
        m_part.close();
        return end(TransferRecord::State::Paused);
    }
    if (!m_writeError.isEmpty())
        return fail(m_writeError);
    switch (m_next) {
    case Next::RestartFromZero:
        if (!m_part.resize(0))
            return fail(tr("Cannot restart %1: %2").arg(m_record.partPath(), m_part.errorString()));
        m_record.bytesDone = 0;
        m_record.etag.clear();
        restartHash();
        return request(0);
    case Next::Finish:
        return complete();
    case Next::RefreshUrl:
        if (m_urlRefreshed || !m_refresher)
            return fail(tr("The file host refused the download URL even after asking VideoDB for a "
                           "fresh one."));
        m_urlRefreshed = true;
        m_waitingForUrl = true;
        m_refresher(m_record.jobId, [self = QPointer<FileTransfer>(this)](const QByteArray &url,
                                                                          const QString &error) {
            if (!self || !self->m_waitingForUrl)
                return;
            self->m_waitingForUrl = false;
            if (url.isEmpty())
                return self->fail(
                    tr("The download URL expired and no fresh one could be had: %1").arg(error));
            self->m_record.url = url;
            self->persist();
            self->request(self->m_record.bytesDone);
        });
        return;
    case Next::Nothing:
        break;
    }
    if (reply->error() != QNetworkReply::NoError && m_networkRetries < maxNetworkRetries) {
        ++m_networkRetries;
        m_retryTimer.start();
        return;
    }
    if (reply->error() != QNetworkReply::NoError)
        //: %1 the network's words, %2 the offset of the first byte still missing
        return fail(tr("The transfer stopped: %1. It can resume from byte %2.")
                        .arg(reply->errorString(), QString::number(m_record.bytesDone)));
    complete();
}

void FileTransfer::complete() {
    m_part.close();
    if (m_record.totalBytes >= 0 && m_record.bytesDone != m_record.totalBytes)
        // Not %n: byte counts pass 2^31, beyond the int a plural form is chosen by.
        return fail(
            tr("The file has %1 bytes but the server announced %2; the partial file is "
               "kept.")
                .arg(QString::number(m_record.bytesDone), QString::number(m_record.totalBytes)));
    if (!m_hash || m_hashedBytes != m_record.bytesDone) {
        m_completeWhenHashed = true;
        return hashInheritedBytes();
    }
    // The last step of the claim's owner. QFile::rename never replaces an existing file, so a
    // file that appeared under the name meanwhile makes us pick the next free one.
    QString finalPath = m_record.finalPath;
    for (int attempt = 0; !QFile::rename(m_record.partPath(), finalPath); ++attempt) {
        const QFileInfo target(m_record.finalPath);
        if (!target.exists() || attempt >= 3)
            return fail(tr("Cannot rename %1 to %2.").arg(m_record.partPath(), finalPath));
        finalPath = FileNameSanitizer::uniquePath(target.absolutePath(), target.fileName(),
                                                  FileNameSanitizer::PartFiles::Ignore);
    }
    m_record.finalPath = finalPath;
    m_record.totalBytes = m_record.bytesDone;
    m_record.sha256 = m_hash->result().toHex();
    m_record.finishedAt = QDateTime::currentDateTimeUtc();
    emit progressed();
    end(TransferRecord::State::Done);
}

void FileTransfer::fail(const QString &error) {
    if (m_part.isOpen())
        m_part.close();
    m_record.error = error;
    end(TransferRecord::State::Failed);
}

void FileTransfer::end(TransferRecord::State state) {
    m_record.state = state;
    persist();
    if (m_claim)
        m_claim->release();
    emit finished();
}

void FileTransfer::pause() {
    if (!m_reply) {
        // Between requests (a retry's wait, a URL lookup) there is nothing to abort, but a
        // quit must still leave a paused record, or the next start resumes it unasked.
        if (!m_retryTimer.isActive() && !m_waitingForUrl)
            return;
        m_retryTimer.stop();
        m_waitingForUrl = false;
        if (m_part.isOpen())
            m_part.close();
        return end(TransferRecord::State::Paused);
    }
    m_pausing = true;
    if (m_finishPending)
        finishReply();
    else
        m_reply->abort();
}

void FileTransfer::cancel() {
    if (m_record.state == TransferRecord::State::Done ||
        m_record.state == TransferRecord::State::Cancelled)
        return;
    if (m_reply) {
        m_cancelling = true;
        if (m_finishPending)
            finishReply();
        else
            m_reply->abort();
        return;
    }
    m_retryTimer.stop();
    m_claimRetry.stop();
    m_waitingForUrl = false;
    if (m_part.isOpen())
        m_part.close();
    // Only the claim's holder may remove what another process might be writing.
    if (m_nameSettled && claimFile().tryClaim()) {
        QFile::remove(m_record.partPath());
        if (m_store)
            m_store->remove(m_record.jobId);
        m_claim->release();
    }
    m_ownerElsewhere = 0;
    m_record.state = TransferRecord::State::Cancelled;
    emit finished();
}

void FileTransfer::persist() {
    m_lastPersistedBytes = m_record.bytesDone;
    // A claimant that is not the owner never writes, not even the record.
    if (m_store && m_claim && m_claim->isHeld())
        m_store->save(m_record);
}
