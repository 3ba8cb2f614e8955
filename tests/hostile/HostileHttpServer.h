#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <optional>

class QTcpServer;

// A loopback HTTP server that answers every request with the same scripted misbehaviour: a
// body far larger than announced or endless, a body that trickles in a byte at a time, a body
// that inflates a thousandfold. Plain QTcpServer, so nothing in it buffers or paces for us; it
// writes only as fast as the client reads, and counts what it got rid of.
class HostileHttpServer final : public QObject {
    Q_OBJECT
public:
    struct Answer {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        // The Content-Length sent; none: the body ends when the connection closes.
        std::optional<qint64> announcedLength;
        // Sent whole before the padding, such as the start of a compressed stream.
        QByteArray opening;
        // Padding bytes before the closing ones; none: padding forever.
        std::optional<qint64> paddingBytes;
        // 0: padding as fast as the client takes it; otherwise one byte per this many ms.
        int dripIntervalMs = 0;
        // Sent whole after the padding, such as a JSON error body.
        QByteArray closing;
        // Replaces the padding, sent over and over (a compressed stream, for one).
        QByteArray paddingUnit = QByteArray(1024 * 1024, ' ');
    };

    explicit HostileHttpServer(Answer answer, QObject *parent = nullptr);
    // Closes the connections while this is still whole: a closing socket reports to it.
    ~HostileHttpServer() override;

    bool listen();
    QUrl url() const;
    // Body bytes the operating system took from this server, over every connection.
    qint64 bodyBytesSent() const { return m_bodyBytesSent; }
    // Request lines seen, such as "GET /download?page_index=0&count=5000 HTTP/1.1".
    const QList<QByteArray> &requests() const { return m_requests; }
    // Connections the client has closed (or that ended with their answer).
    int connectionsClosed() const { return m_connectionsClosed; }

    const Answer &answer() const { return m_answer; }
    void countRequest(const QByteArray &requestLine) { m_requests.append(requestLine); }
    void countBodyBytes(qint64 bytes) { m_bodyBytesSent += bytes; }
    void countClosedConnection() { ++m_connectionsClosed; }

private:
    Answer m_answer;
    QTcpServer *m_server;
    qint64 m_bodyBytesSent = 0;
    QList<QByteArray> m_requests;
    int m_connectionsClosed = 0;
};
