#include "support/CannedHttpServer.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>

bool CannedHttpServer::Seen::hasHeader(const QByteArray &name) const {
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

CannedHttpServer::CannedHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QHttpServer(this)) {
    m_server->setMissingHandler([this](const QHttpServerRequest &request,
                                       QHttpServerResponder &&responder) {
        QByteArray method;
        switch (request.method()) {
        case QHttpServerRequest::Method::Get:
            method = "GET";
            break;
        case QHttpServerRequest::Method::Post:
            method = "POST";
            break;
        case QHttpServerRequest::Method::Delete:
            method = "DELETE";
            break;
        default:
            method = "OTHER";
        }
        m_seen.append({method, request.url().path().toUtf8(),
                       request.url().query(QUrl::FullyEncoded).toUtf8(), request.body(),
                       request.headers()});
        Response response =
            m_responses.empty() ? Response{404, "{}", "application/json", {}} : m_responses.front();
        if (m_responses.size() > 1)
            m_responses.pop_front();
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
        responder.writeHeader("Content-Type", response.contentType);
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
        for (const auto &header : response.headers)
            responder.writeHeader(header.first, header.second);
        responder.writeBody(response.body);
    });
}

bool CannedHttpServer::listen() {
    return m_server->listen(QHostAddress::LocalHost, 0) != 0;
}

QUrl CannedHttpServer::url() const {
    return QUrl(
        QStringLiteral("http://127.0.0.1:%1").arg(m_server->servers().first()->serverPort()));
}

void CannedHttpServer::enqueueJson(const QByteArray &body, int status) {
    enqueue(Response{status, body, "application/json", {}});
}
