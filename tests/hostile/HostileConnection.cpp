#include "hostile/HostileConnection.h"

#include "hostile/HostileHttpServer.h"

#include <QTcpSocket>

namespace {

// Enough queued in the socket to keep loopback busy, little enough that the server's own
// memory says nothing about the client's.
constexpr qint64 queuedTarget = 2 * 1024 * 1024;

QByteArray reasonFor(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 503:
        return "Service Unavailable";
    default:
        return "Whatever";
    }
}

} // namespace

HostileConnection::HostileConnection(QTcpSocket *socket, HostileHttpServer *server)
    : QObject(socket)
    , m_socket(socket)
    , m_server(server) {
    connect(socket, &QTcpSocket::readyRead, this, &HostileConnection::readRequests);
    connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64 written) {
        // The head is written first; only what follows it is body.
        const qint64 head = qMin(written, m_headBytesPending);
        m_headBytesPending -= head;
        m_server->countBodyBytes(written - head);
        if (m_answering && m_server->answer().dripIntervalMs == 0)
            sendMore();
    });
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_drip.stop();
        m_answering = false;
        m_server->countClosedConnection();
        m_socket->deleteLater();
    });
    m_drip.setInterval(qMax(1, server->answer().dripIntervalMs));
    connect(&m_drip, &QTimer::timeout, this, &HostileConnection::sendMore);
    readRequests();
}

void HostileConnection::readRequests() {
    m_received += m_socket->readAll();
    // Bodies of requests are not read: a hostile server has no use for them.
    const qsizetype headEnd = m_received.indexOf("\r\n\r\n");
    if (m_answering || headEnd < 0)
        return;
    m_server->countRequest(m_received.left(m_received.indexOf("\r\n")));
    m_received.remove(0, headEnd + 4);
    startAnswer();
}

void HostileConnection::startAnswer() {
    const HostileHttpServer::Answer &answer = m_server->answer();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' +
                      reasonFor(answer.status) + "\r\nContent-Type: application/json\r\n";
    if (answer.announcedLength)
        head += "Content-Length: " + QByteArray::number(*answer.announcedLength) + "\r\n";
    else
        head += "Connection: close\r\n";
    for (const auto &header : answer.headers)
        head += header.first + ": " + header.second + "\r\n";
    head += "\r\n";
    m_headBytesPending += head.size();
    m_socket->write(head);
    m_socket->write(answer.opening);
    m_answering = true;
    m_paddingLeft = answer.paddingBytes.value_or(-1);
    m_paddingOffset = 0;
    if (answer.dripIntervalMs > 0)
        m_drip.start();
    else
        sendMore();
}

void HostileConnection::sendMore() {
    const HostileHttpServer::Answer &answer = m_server->answer();
    const QByteArray &unit = answer.paddingUnit;
    while (m_answering && m_paddingLeft != 0 && m_socket->bytesToWrite() < queuedTarget) {
        qint64 size = answer.dripIntervalMs > 0 ? 1 : unit.size() - m_paddingOffset;
        if (m_paddingLeft > 0)
            size = qMin(size, m_paddingLeft);
        m_socket->write(unit.mid(m_paddingOffset, size));
        m_paddingOffset = (m_paddingOffset + size) % unit.size();
        if (m_paddingLeft > 0)
            m_paddingLeft -= size;
        if (answer.dripIntervalMs > 0)
            return;
    }
    if (m_answering && m_paddingLeft == 0)
        sendClosing();
}

void HostileConnection::sendClosing() {
    const HostileHttpServer::Answer &answer = m_server->answer();
    m_drip.stop();
    m_answering = false;
    m_socket->write(answer.closing);
    if (!answer.announcedLength) {
        m_socket->disconnectFromHost();
        return;
    }
    // A complete answer leaves the connection open for the next request, as keep-alive does.
    if (m_received.contains("\r\n\r\n"))
        readRequests();
}
