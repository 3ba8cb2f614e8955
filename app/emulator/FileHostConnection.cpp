#include "emulator/FileHostConnection.h"

#include "emulator/FileHost.h"
#include "emulator/HttpRequestHead.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace {

constexpr qint64 maxHeadBytes = 16 * 1024;
constexpr qint64 chunkBytes = 256 * 1024;
// Refill only when the socket's own buffer is nearly empty: this is the backpressure.
constexpr qint64 socketHighWater = 512 * 1024;

} // namespace

FileHostConnection::FileHostConnection(QTcpSocket *socket, FileHost *host)
    : QObject(host)
    , m_socket(socket)
    , m_host(host) {
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &FileHostConnection::readRequestHead);
    connect(socket, &QTcpSocket::bytesWritten, this, &FileHostConnection::pumpBody);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    // A connection that was already closed before we saw it would otherwise linger.
    if (socket->state() != QAbstractSocket::ConnectedState)
        deleteLater();
}

void FileHostConnection::readRequestHead() {
    if (m_content)
        return;
    m_head += m_socket->readAll();
    const int end = m_head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_head.size() > maxHeadBytes)
            sendError(431, "Request Header Fields Too Large", "request head too large");
        return;
    }
    const std::optional<HttpRequestHead> request = HttpRequestHead::parse(m_head.left(end));
    if (!request) {
        sendError(400, "Bad Request", "malformed request line");
        return;
    }
    answer(*request);
}

void FileHostConnection::answer(const HttpRequestHead &request) {
    const QByteArray &method = request.method;
    m_host->noteRequest(request.headers.contains("x-access-token"));
    if (method != "GET" && method != "HEAD") {
        sendError(405, "Method Not Allowed", "only GET and HEAD", "Allow: GET, HEAD\r\n");
        return;
    }
    const QUrl url = QUrl::fromEncoded("http://file-host" + request.target);
    const QStringList segments = url.path().split(QLatin1Char('/'));
    if (segments.size() != 4 || segments[1] != QLatin1String("files") || segments[2].isEmpty()) {
        sendError(404, "Not Found", "no such file");
        return;
    }
    const QString jobId = segments[2];
    const QUrlQuery query(url);
    const auto verdict = m_host->signer().verify(
        jobId, query.queryItemValue(QStringLiteral("expires")),
        query.queryItemValue(QStringLiteral("sig")), QDateTime::currentSecsSinceEpoch());
    if (verdict == FileUrlSigner::Verdict::BadSignature) {
        sendError(403, "Forbidden", "invalid signature");
        return;
    }
    if (verdict == FileUrlSigner::Verdict::Expired) {
        sendError(403, "Forbidden", "this download URL has expired");
        return;
    }

    m_content.emplace(jobId, m_host->fileSize());
    const qint64 size = m_content->size();
    const QByteArray etag = '"' + jobId.toUtf8() + '-' + QByteArray::number(size) + '"';
    HttpRequestHead::ByteRange range{0, size - 1};
    HttpRequestHead::RangeAnswer rangeAnswer = m_host->ignoresRange()
                                                   ? HttpRequestHead::RangeAnswer::WholeFile
                                                   : request.range(size, &range);
    const QByteArray ifRange = request.headers.value("if-range");
    if (!ifRange.isEmpty() && ifRange != etag)
        rangeAnswer = HttpRequestHead::RangeAnswer::WholeFile;
    if (rangeAnswer == HttpRequestHead::RangeAnswer::Unsatisfiable) {
        sendError(416, "Range Not Satisfiable", "range not satisfiable",
                  "Content-Range: bytes */" + QByteArray::number(size) + "\r\n");
        return;
    }
    if (rangeAnswer == HttpRequestHead::RangeAnswer::WholeFile)
        range = HttpRequestHead::ByteRange{0, size - 1};

    const bool partial = rangeAnswer == HttpRequestHead::RangeAnswer::Partial;
    const qint64 length = size == 0 ? 0 : range.last - range.first + 1;
    QByteArray head = partial ? "HTTP/1.1 206 Partial Content\r\n" : "HTTP/1.1 200 OK\r\n";
    head += "Content-Type: video/mp4\r\n";
    head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    head += "Accept-Ranges: bytes\r\n";
    head += "ETag: " + etag + "\r\n";
    if (partial)
        head += "Content-Range: bytes " + QByteArray::number(range.first) + '-' +
                QByteArray::number(range.last) + '/' + QByteArray::number(size) + "\r\n";
    head += "Connection: close\r\n\r\n";
    m_socket->write(head);
    // One line per file response, so a test (or a curious user) can see what was resumed.
    QTextStream(stderr) << "file host: " << method << ' ' << jobId << ' '
                        << (partial ? "206 bytes " : "200 bytes ") << range.first << '-'
                        << range.first + length << '/' << size << '\n';

    m_nextOffset = range.first;
    m_endOffset = method == "HEAD" ? range.first : range.first + length;
    const qint64 dropAfter = m_host->takeDropAfterBytes();
    if (dropAfter >= 0)
        m_dropAtOffset = range.first + dropAfter;
    pumpBody();
}

void FileHostConnection::pumpBody() {
    if (!m_content)
        return;
    while (m_nextOffset < m_endOffset && m_socket->bytesToWrite() < socketHighWater) {
        if (m_dropAtOffset >= 0 && m_nextOffset >= m_dropAtOffset) {
            m_socket->flush();
            m_socket->abort();
            return;
        }
        qint64 want = qMin(chunkBytes, m_endOffset - m_nextOffset);
        if (m_dropAtOffset >= 0)
            want = qMin(want, m_dropAtOffset - m_nextOffset);
        if (m_host->bytesPerSecond() > 0) {
            // A slow CDN: send what the rate allows so far, then come back in a moment.
            if (!m_rateClock.isValid())
                m_rateClock.start();
            const qint64 allowed =
                m_host->bytesPerSecond() * (m_rateClock.elapsed() + 50) / 1000 - m_rateSent;
            if (allowed <= 0) {
                QTimer::singleShot(50, this, &FileHostConnection::pumpBody);
                return;
            }
            want = qMin(want, allowed);
            m_rateSent += want;
        }
        m_chunk.resize(want);
        const qint64 got = m_content->read(m_nextOffset, m_chunk.data(), want);
        m_socket->write(m_chunk.constData(), got);
        m_host->noteBodyBytes(got);
        m_nextOffset += got;
    }
    if (m_nextOffset >= m_endOffset && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->disconnectFromHost();
}

void FileHostConnection::sendError(int status, const QByteArray &reason, const QByteArray &message,
                                   const QByteArray &extraHeaders) {
    const QByteArray body = message + '\n';
    m_socket->write(
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" +
        "Content-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" +
        extraHeaders + "Connection: close\r\n\r\n" + body);
    m_content.reset();
    m_socket->disconnectFromHost();
}
