#include "core/transfers/FileTransfer.h"

#include "core/transfers/FileNameSanitizer.h"
#include "core/transfers/TransferStore.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

namespace {

constexpr qint64 persistEveryBytes = 4 * 1024 * 1024;
constexpr int idleTimeoutMs = 60 * 1000;

struct ContentRange {
    qint64 first = -1;
    qint64 last = -1;
    qint64 total = -1;
};

// "bytes 100-199/1000" or "bytes */1000".
ContentRange parseContentRange(const QByteArray &header) {
    static const QRegularExpression pattern(
        QStringLiteral("^bytes\\s+(?:(\\d+)-(\\d+)|\\*)/(\\d+|\\*)$"));
    const auto match = pattern.match(QString::fromLatin1(header.trimmed()));
    ContentRange range;
    if (!match.hasMatch())
        return range;
    if (match.capturedLength(1) > 0) {
        range.first = match.captured(1).toLongLong();
        range.last = match.captured(2).toLongLong();
    }
    if (match.captured(3) != QLatin1String("*"))
        range.total = match.captured(3).toLongLong();
    return range;
}

} // namespace

FileTransfer::FileTransfer(TransferRecord record, QNetworkAccessManager *network,
                           TransferStore *store, UrlRefresher refresher, QObject *parent)
    : QObject(parent)
    , m_record(std::move(record))
    , m_network(network)
    , m_store(store)
    , m_refresher(std::move(refresher)) {}

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
    if (isActive())
        return;
    m_pausing = m_cancelling = false;
    m_writeError.clear();
    m_record.error.clear();
    const QFileInfo folder(QFileInfo(m_record.finalPath).absolutePath());
    if (!folder.isDir())
        return fail(tr("The folder %1 does not exist.").arg(folder.absoluteFilePath()));
    m_part.setFileName(m_record.partPath());
    if (!m_part.open(QIODevice::ReadWrite | QIODevice::Append))
        return fail(tr("Cannot write %1: %2").arg(m_record.partPath(), m_part.errorString()));
    // The file's own length is the truth about what arrived, whatever the database says.
    m_record.bytesDone = m_part.size();
    m_record.state = TransferRecord::State::Running;
    persist();
    m_speedClock.start();
    m_speedSampleBytes = m_record.bytesDone;
    request(m_record.bytesDone);
}

void FileTransfer::request(qint64 offset) {
    QNetworkRequest request(QUrl::fromEncoded(m_record.url));
    // No API headers here: the key belongs to the API origin only. Without them, following a
    // CDN redirect is safe as long as it does not downgrade to http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(idleTimeoutMs);
    if (offset > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(offset) + '-');
        if (!m_record.etag.isEmpty())
            request.setRawHeader("If-Range", m_record.etag);
    }
    m_next = Next::Nothing;
    m_accepting = false;
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
        const ContentRange range = parseContentRange(m_reply->rawHeader("Content-Range"));
        if (range.first != offset) {
            // Not the rest of our file: start over rather than splice foreign bytes.
            m_next = Next::RestartFromZero;
            m_reply->abort();
            return;
        }
        m_record.totalBytes = range.total;
    } else if (status == 200) {
        if (offset > 0 && !truncatePart())
            return;
        m_record.bytesDone = 0;
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        m_record.totalBytes = length.isValid() ? length.toLongLong() : -1;
    } else if (status == 416) {
        const ContentRange range = parseContentRange(m_reply->rawHeader("Content-Range"));
        // Everything had arrived before an interruption: only the rename was missing.
        m_next = range.total == offset && offset > 0 ? Next::Finish : Next::RestartFromZero;
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
    if (!m_accepting) {
        m_reply->readAll();
        return;
    }
    while (m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(readBufferBytes);
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
        m_record.bytesDone += written;
    }
    if (m_record.bytesDone - m_lastPersistedBytes >= persistEveryBytes)
        persist();
    updateSpeed();
    emit progressed();
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
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_accepting && reply->bytesAvailable() > 0) {
        m_reply = reply;
        onData();
        m_reply = nullptr;
    }
    m_part.flush();

    if (m_cancelling) {
        m_part.close();
        m_part.remove();
        if (m_store)
            m_store->remove(m_record.jobId);
        m_record.state = TransferRecord::State::Failed;
        m_record.error = tr("Cancelled.");
        emit finished();
        return;
    }
    if (m_pausing) {
        m_part.close();
        m_record.state = TransferRecord::State::Paused;
        persist();
        emit finished();
        return;
    }
    if (!m_writeError.isEmpty())
        return fail(m_writeError);
    switch (m_next) {
    case Next::RestartFromZero:
        if (!m_part.resize(0))
            return fail(tr("Cannot restart %1: %2").arg(m_record.partPath(), m_part.errorString()));
        m_record.bytesDone = 0;
        m_record.etag.clear();
        return request(0);
    case Next::Finish:
        return complete();
    case Next::RefreshUrl:
        if (m_urlRefreshed || !m_refresher)
            return fail(tr("The file host refused the download URL even after asking VideoDB for a "
                           "fresh one."));
        m_urlRefreshed = true;
        m_waitingToResume = true;
        m_refresher(m_record.jobId, [self = QPointer<FileTransfer>(this)](const QByteArray &url,
                                                                          const QString &error) {
            if (!self)
                return;
            self->m_waitingToResume = false;
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
        m_waitingToResume = true;
        QTimer::singleShot(1000, this, [this] {
            m_waitingToResume = false;
            if (!m_pausing && !m_cancelling)
                request(m_record.bytesDone);
        });
        return;
    }
    if (reply->error() != QNetworkReply::NoError)
        return fail(tr("The transfer stopped: %1. It can resume from %2 bytes.")
                        .arg(reply->errorString())
                        .arg(m_record.bytesDone));
    complete();
}

void FileTransfer::complete() {
    m_part.close();
    if (m_record.totalBytes >= 0 && m_record.bytesDone != m_record.totalBytes)
        return fail(
            tr("The file is %1 bytes but the server announced %2; the partial file is kept.")
                .arg(m_record.bytesDone)
                .arg(m_record.totalBytes));
    const QFileInfo target(m_record.finalPath);
    // Someone may have created a file of that name meanwhile: never overwrite it.
    const QString finalPath =
        target.exists() ? FileNameSanitizer::uniquePath(target.absolutePath(), target.fileName(),
                                                        FileNameSanitizer::PartFiles::Ignore)
                        : m_record.finalPath;
    if (!QFile::rename(m_record.partPath(), finalPath))
        return fail(tr("Cannot rename %1 to %2.").arg(m_record.partPath(), finalPath));
    m_record.finalPath = finalPath;
    m_record.state = TransferRecord::State::Done;
    m_record.totalBytes = m_record.bytesDone;
    persist();
    emit progressed();
    emit finished();
}

void FileTransfer::fail(const QString &error) {
    if (m_part.isOpen())
        m_part.close();
    m_record.state = TransferRecord::State::Failed;
    m_record.error = error;
    persist();
    emit finished();
}

void FileTransfer::pause() {
    if (!m_reply)
        return;
    m_pausing = true;
    m_reply->abort();
}

void FileTransfer::cancel() {
    if (m_reply) {
        m_cancelling = true;
        m_reply->abort();
        return;
    }
    QFile::remove(m_record.partPath());
    if (m_store)
        m_store->remove(m_record.jobId);
}

void FileTransfer::persist() {
    m_lastPersistedBytes = m_record.bytesDone;
    if (m_store)
        m_store->save(m_record);
}
