#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class HostileHttpServer;
class QTcpSocket;

// One client connection of a HostileHttpServer: reads a request's head, then plays the
// server's answer, paced by what the socket has taken so the test process stays small.
class HostileConnection final : public QObject {
    Q_OBJECT
public:
    HostileConnection(QTcpSocket *socket, HostileHttpServer *server);

private:
    void readRequests();
    void startAnswer();
    void sendMore();
    void sendClosing();

    QTcpSocket *m_socket;
    HostileHttpServer *m_server;
    QByteArray m_received;
    bool m_answering = false;
    qint64 m_paddingLeft = -1;
    qint64 m_paddingOffset = 0;
    qint64 m_headBytesPending = 0;
    QTimer m_drip;
};
