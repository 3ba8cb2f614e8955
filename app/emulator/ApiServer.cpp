#include "emulator/ApiServer.h"

#include "emulator/FileUrlSigner.h"
#include "emulator/JobRepository.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {

constexpr int maxPageSize = 5000;

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

ApiServer::ApiServer(const EmulatorOptions &options, JobRepository &jobs,
                     const FileUrlSigner &signer, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_jobs(jobs)
    , m_signer(signer)
    , m_server(new QHttpServer(this))
    // Seeded: the same fault pattern on every run with the same seed.
    , m_faults(options.faultSeed) {
    registerRoutes();
}

bool ApiServer::listen(quint16 port) {
    return m_server->listen(QHostAddress::LocalHost, port) != 0;
}

bool ApiServer::listenTls(quint16 port, const QSslConfiguration &tls) {
    auto *server = new QSslServer(this);
    server->setSslConfiguration(tls);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        delete server;
        return false;
    }
    m_server->bind(server);
    m_tls = true;
    return true;
}

QUrl ApiServer::url() const {
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(port()));
}

quint16 ApiServer::port() const {
    const auto servers = m_server->servers();
    return servers.isEmpty() ? 0 : servers.first()->serverPort();
}

void ApiServer::registerRoutes() {
    using Method = QHttpServerRequest::Method;
    m_server->route(QStringLiteral("/download"), Method::Get,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        serve(request, std::move(responder), [&] { return listJobs(request); });
                    });
    m_server->route(QStringLiteral("/download"), Method::Post,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        serve(request, std::move(responder), [&] { return createJob(request); });
                    });
    m_server->route(QStringLiteral("/download"), Method::Delete,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        serve(request, std::move(responder), [&] { return deleteJob(request); });
                    });
    m_server->route(QStringLiteral("/download/<arg>"), Method::Get,
                    [this](const QString &id, const QHttpServerRequest &request,
                           QHttpServerResponder &&responder) {
                        serve(request, std::move(responder), [&] { return getJob(request, id); });
                    });
    m_server->route(QStringLiteral("/download/<arg>"), Method::Post,
                    [this](const QString &id, const QHttpServerRequest &request,
                           QHttpServerResponder &&responder) {
                        serve(request, std::move(responder), [&] { return retryJob(request, id); });
                    });
    m_server->route(QStringLiteral("/async-response/<arg>"), Method::Get,
                    [this](const QString &id, const QHttpServerRequest &request,
                           QHttpServerResponder &&responder) {
                        serve(request, std::move(responder), [&] { return asyncResponse(id); });
                    });
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            serve(request, std::move(responder), [] {
                return error(404, QStringLiteral("no such endpoint"), QStringLiteral("NOT_FOUND"));
            });
        });
}

void ApiServer::serve(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                      const Handler &handler) {
    ++m_requestCount;
    Reply reply;
    const bool injectFault =
        m_requestCount <= m_options.failFirst ||
        (m_options.failRate > 0 && m_faults.generateDouble() < m_options.failRate);
    const QByteArray key = request.value("x-access-token");
    const bool forcedFault = m_forcedFailures > 0;
    if (forcedFault) {
        --m_forcedFailures;
        reply = error(m_forcedFailureStatus, QStringLiteral("injected failure"),
                      QStringLiteral("INJECTED_FAILURE"));
    } else if (injectFault) {
        reply = error(503, QStringLiteral("the service is temporarily unavailable"),
                      QStringLiteral("SERVICE_UNAVAILABLE"));
        reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    } else if (key.isEmpty()) {
        reply = error(401, QStringLiteral("missing x-access-token header"),
                      QStringLiteral("UNAUTHORIZED"));
    } else if (!acceptsKey(key)) {
        reply = error(401, QStringLiteral("invalid API key"), QStringLiteral("UNAUTHORIZED"));
    } else {
        reply = handler();
    }
    if (m_options.logRequests)
        logRequest(request, reply.status, forcedFault || injectFault);

    if (m_options.latencyMs <= 0) {
        write(responder, reply);
        return;
    }
    // Answer later from the event loop so concurrent clients overlap instead of queueing. The
    // socket may be gone by then (a client that timed out), so it is watched.
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket(pending->socket());
    QTimer::singleShot(m_options.latencyMs, this, [pending, socket, reply] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            write(*pending, reply);
    });
}

void ApiServer::logRequest(const QHttpServerRequest &request, int status, bool injectedFault) {
    AnsweredRequest answered;
    answered.method = request.method();
    answered.path = request.url().path();
    if (answered.method == QHttpServerRequest::Method::Delete) {
        const DeleteTarget target = deleteTargetOf(request);
        for (const QString &id : {target.queryId, target.bodyId}) {
            if (!id.isEmpty() && !answered.downloadIds.contains(id))
                answered.downloadIds.append(id);
        }
    }
    answered.status = status;
    answered.injectedFault = injectedFault;
    m_requestLog.append(answered);
}

bool ApiServer::acceptsKey(const QByteArray &key) const {
    if (key == m_options.apiKey.toUtf8())
        return true;
    for (const QString &other : m_options.otherApiKeys) {
        if (key == other.toUtf8())
            return true;
    }
    return false;
}

void ApiServer::failNextRequests(int count, int httpStatus) {
    m_forcedFailures = count;
    m_forcedFailureStatus = httpStatus;
}

void ApiServer::write(QHttpServerResponder &responder, const Reply &reply) {
    const QByteArray body = reply.rawBody.isEmpty()
                                ? QJsonDocument(reply.body).toJson(QJsonDocument::Compact)
                                : reply.rawBody;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeBody(body);
}

ApiServer::Reply ApiServer::error(int status, const QString &message, const QString &code) {
    Reply reply;
    reply.status = status;
    reply.body = QJsonObject{{QStringLiteral("success"), false},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("error_code"), code}};
    return reply;
}

QString ApiServer::listWord(EmulatedJob::Phase phase) const {
    return statusWord(phase, QStringLiteral("error"), QStringLiteral("completed"));
}

QString ApiServer::asyncWord(EmulatedJob::Phase phase) const {
    return statusWord(phase, QStringLiteral("failed"), QStringLiteral("success"));
}

QString ApiServer::statusWord(EmulatedJob::Phase phase, const QString &failed,
                              const QString &alternativeDone) const {
    const bool alternative = m_options.statusWords == EmulatorOptions::StatusWords::Alternative;
    switch (phase) {
    case EmulatedJob::Phase::Processing:
        return alternative ? QStringLiteral("pending") : QStringLiteral("processing");
    case EmulatedJob::Phase::Done:
        return alternative ? alternativeDone : QStringLiteral("done");
    case EmulatedJob::Phase::Failed:
        break;
    }
    return failed;
}

QJsonObject ApiServer::describe(const EmulatedJob &job, qint64 now) const {
    const EmulatedJob::Phase phase = job.phaseAt(now);
    QJsonObject object{{QStringLiteral("id"), job.id},
                       {QStringLiteral("name"), job.name},
                       {QStringLiteral("status"), listWord(phase)},
                       {QStringLiteral("created_at"), job.createdAt.toString(Qt::ISODate)}};
    switch (phase) {
    case EmulatedJob::Phase::Processing:
        object.insert(QStringLiteral("percentage"), job.percentageAt(now));
        break;
    case EmulatedJob::Phase::Failed:
        object.insert(QStringLiteral("error"),
                      QStringLiteral("the stream could not be read (the origin answered 404)"));
        break;
    case EmulatedJob::Phase::Done: {
        // Valid for urlTtlS after completion, like VideoDB's 24-hour links.
        const qint64 expiresAtS = job.readyAtMs / 1000 + m_options.urlTtlS;
        object.insert(QStringLiteral("download_url"),
                      m_signer.sign(m_filesBaseUrl, job.id, job.name, expiresAtS)
                          .toString(QUrl::FullyEncoded));
        break;
    }
    }
    return object;
}

const QByteArray &ApiServer::describeCompact(const EmulatedJob &job, qint64 now) const {
    CachedJson &cached = m_jsonCache[job.id];
    const QString status = listWord(job.phaseAt(now));
    const int percentage = job.isProcessingAt(now) ? job.percentageAt(now) : 0;
    if (cached.json.isEmpty() || cached.status != status || cached.readyAtMs != job.readyAtMs ||
        cached.percentage != percentage) {
        cached.status = status;
        cached.percentage = percentage;
        cached.readyAtMs = job.readyAtMs;
        cached.json = QJsonDocument(describe(job, now)).toJson(QJsonDocument::Compact);
    }
    return cached.json;
}

QUrl ApiServer::originOf(const QHttpServerRequest &request) const {
    QUrl origin;
    origin.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    origin.setAuthority(QString::fromLatin1(request.value("Host")), QUrl::StrictMode);
    if (!origin.isValid() || origin.host().isEmpty() || !origin.path().isEmpty())
        return url();
    return origin;
}

QJsonObject ApiServer::asyncEnvelope(const EmulatedJob &job, qint64 now, QJsonObject data) const {
    if (m_options.wrapAsyncInResponse)
        data = QJsonObject{{QStringLiteral("response"), data}};
    return QJsonObject{{QStringLiteral("success"), true},
                       {QStringLiteral("status"), asyncWord(job.phaseAt(now))},
                       {QStringLiteral("data"), data}};
}

QJsonObject ApiServer::asyncShape(const QHttpServerRequest &request, const EmulatedJob &job,
                                  qint64 now) const {
    QUrl outputUrl = originOf(request);
    outputUrl.setPath(QStringLiteral("/async-response/") + job.asyncId);
    QJsonObject data{{QStringLiteral("id"), job.asyncId},
                     {QStringLiteral("output_url"), outputUrl.toString(QUrl::FullyEncoded)}};
    if (job.isProcessingAt(now))
        data.insert(QStringLiteral("percentage"), job.percentageAt(now));
    return asyncEnvelope(job, now, data);
}

ApiServer::Reply ApiServer::listJobs(const QHttpServerRequest &request) const {
    const QUrlQuery query = request.query();
    bool indexOk = true;
    bool countOk = true;
    const QString indexText = query.queryItemValue(QStringLiteral("page_index"));
    const QString countText = query.queryItemValue(QStringLiteral("count"));
    const int pageIndex = indexText.isEmpty() ? 0 : indexText.toInt(&indexOk);
    const int count = countText.isEmpty() ? 50 : countText.toInt(&countOk);
    if (!indexOk || pageIndex < 0)
        return error(400, QStringLiteral("page_index must be a non-negative integer"),
                     QStringLiteral("INVALID_PARAMETER"));
    if (!countOk || count < 1 || count > maxPageSize)
        return error(400, QStringLiteral("count must be between 1 and %1").arg(maxPageSize),
                     QStringLiteral("INVALID_PARAMETER"));
    // A capping server pages by what it serves, so page_index counts pages of the capped size.
    const int served = qMin(count, m_options.maxPageSize);
    const qint64 now = nowMs();
    Reply reply;
    reply.rawBody = QByteArrayLiteral(R"({"success":true,"data":{"downloads":[)");
    bool first = true;
    for (const EmulatedJob *job : m_jobs.slice(qint64(pageIndex) * served, served)) {
        if (!first)
            reply.rawBody += ',';
        first = false;
        reply.rawBody += describeCompact(*job, now);
    }
    reply.rawBody += "]}}";
    return reply;
}

ApiServer::Reply ApiServer::getJob(const QHttpServerRequest &request, const QString &id) const {
    const EmulatedJob *job = m_jobs.find(id);
    if (!job)
        return error(404, QStringLiteral("download job %1 not found").arg(id),
                     QStringLiteral("NOT_FOUND"));
    const qint64 now = nowMs();
    Reply reply;
    // The spec allows either shape here; a job still running answers with the async one.
    if (job->isProcessingAt(now))
        reply.body = asyncShape(request, *job, now);
    else
        reply.body = QJsonObject{{QStringLiteral("success"), true},
                                 {QStringLiteral("data"), describe(*job, now)}};
    return reply;
}

ApiServer::Reply ApiServer::createJob(const QHttpServerRequest &request) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400, QStringLiteral("the body must be a JSON object"),
                     QStringLiteral("INVALID_BODY"));
    const QString streamLink = document.object().value(QLatin1String("stream_link")).toString();
    const QUrl streamUrl(streamLink, QUrl::StrictMode);
    if (streamLink.isEmpty())
        return error(400, QStringLiteral("stream_link is required"),
                     QStringLiteral("MISSING_STREAM_LINK"));
    if (!streamUrl.isValid() || streamUrl.host().isEmpty() ||
        (streamUrl.scheme() != QLatin1String("https") &&
         streamUrl.scheme() != QLatin1String("http")))
        return error(400, QStringLiteral("stream_link must be an http(s) URL"),
                     QStringLiteral("INVALID_STREAM_LINK"));
    const QString name = document.object().value(QLatin1String("name")).toString();
    const qint64 now = nowMs();
    Reply reply;
    reply.body = asyncShape(request, m_jobs.create(streamLink, name, now), now);
    return reply;
}

ApiServer::Reply ApiServer::retryJob(const QHttpServerRequest &request, const QString &id) {
    const qint64 now = nowMs();
    const EmulatedJob *job = m_jobs.retry(id, now);
    if (!job)
        return error(404, QStringLiteral("download job %1 not found").arg(id),
                     QStringLiteral("NOT_FOUND"));
    Reply reply;
    reply.body = asyncShape(request, *job, now);
    return reply;
}

ApiServer::DeleteTarget ApiServer::deleteTargetOf(const QHttpServerRequest &request) {
    DeleteTarget target;
    target.queryId = request.query().queryItemValue(QStringLiteral("download_id"));
    const QByteArray body = request.body().trimmed();
    if (body.isEmpty())
        return target;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    target.bodyReadable = parseError.error == QJsonParseError::NoError && document.isObject();
    if (target.bodyReadable)
        target.bodyId = document.object().value(QLatin1String("download_id")).toString();
    return target;
}

ApiServer::Reply ApiServer::deleteJob(const QHttpServerRequest &request) {
    // The spec documents a query parameter, the published samples a JSON body: accept either.
    const DeleteTarget target = deleteTargetOf(request);
    if (!target.bodyReadable)
        return error(400, QStringLiteral("the body must be a JSON object"),
                     QStringLiteral("INVALID_BODY"));
    if (!target.queryId.isEmpty() && !target.bodyId.isEmpty() && target.bodyId != target.queryId)
        return error(400, QStringLiteral("download_id differs between query and body"),
                     QStringLiteral("INVALID_PARAMETER"));
    const QString id = target.queryId.isEmpty() ? target.bodyId : target.queryId;
    if (id.isEmpty())
        return error(400, QStringLiteral("download_id is required"),
                     QStringLiteral("MISSING_DOWNLOAD_ID"));
    m_jsonCache.remove(id);
    if (!m_jobs.remove(id))
        return error(404, QStringLiteral("download job %1 not found").arg(id),
                     QStringLiteral("NOT_FOUND"));
    Reply reply;
    reply.body = QJsonObject{{QStringLiteral("success"), true},
                             {QStringLiteral("message"), QStringLiteral("download job deleted")}};
    return reply;
}

ApiServer::Reply ApiServer::asyncResponse(const QString &asyncId) const {
    const EmulatedJob *job = m_jobs.findByAsyncId(asyncId);
    if (!job)
        return error(404, QStringLiteral("response %1 not found").arg(asyncId),
                     QStringLiteral("NOT_FOUND"));
    const qint64 now = nowMs();
    QJsonObject data = describe(*job, now);
    if (m_options.asyncIds == EmulatorOptions::AsyncIds::Distinct) {
        data.insert(QStringLiteral("id"), asyncId);
        data.insert(QStringLiteral("download_id"), job->id);
    }
    Reply reply;
    reply.body = asyncEnvelope(*job, now, data);
    return reply;
}
