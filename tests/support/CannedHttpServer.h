#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <deque>

class QHttpServer;

// A loopback server that misbehaves on request: it answers every request with the next canned
// response (the last one repeats) and remembers what it was sent. It plays broken gateways,
// redirecting proxies and foreign hosts that must never see the API key.
class CannedHttpServer final : public QObject {
    Q_OBJECT
public:
    struct Response {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct Seen {
        QByteArray method;
        QByteArray path;
        QByteArray query;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool hasHeader(const QByteArray &name) const;
    };

    explicit CannedHttpServer(QObject *parent = nullptr);

    bool listen();
    QUrl url() const;
    void enqueue(Response response) { m_responses.push_back(std::move(response)); }
    void enqueueJson(const QByteArray &body, int status = 200);
    const QList<Seen> &seen() const { return m_seen; }

private:
    QHttpServer *m_server;
    std::deque<Response> m_responses;
    QList<Seen> m_seen;
};
