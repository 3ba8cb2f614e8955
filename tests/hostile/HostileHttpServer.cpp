#include "hostile/HostileHttpServer.h"

#include "hostile/HostileConnection.h"

#include <QTcpServer>
#include <QTcpSocket>

HostileHttpServer::HostileHttpServer(Answer answer, QObject *parent)
    : QObject(parent)
    , m_answer(std::move(answer))
    , m_server(new QTcpServer(this)) {
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            new HostileConnection(socket, this);
    });
}

HostileHttpServer::~HostileHttpServer() {
    delete m_server;
}

bool HostileHttpServer::listen() {
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl HostileHttpServer::url() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}
