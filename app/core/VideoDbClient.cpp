#include "VideoDbClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {

template <typename T> ApiResult<T> forwardFailure(const ApiError &error) {
    return ApiResult<T>::failure(error);
}

ApiError malformed(const QString &reason) {
    return ApiError(ApiError::Kind::MalformedResponse, reason);
}

bool sameOrigin(const QUrl &a, const QUrl &b) {
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

VideoDbClient::VideoDbClient(ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_retryPolicy(m_config.maxRetries, m_config.backoffBaseMs)
    , m_network(new QNetworkAccessManager(this)) {}

QByteArray VideoDbClient::clientHeaderValue() {
    return QByteArrayLiteral("videodb-downloads/" VIDEODB_DOWNLOADS_VERSION);
}

QUrl VideoDbClient::endpoint(const QString &path, const QUrlQuery &query) const {
    QUrl url = m_config.baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::StrictMode);
    url.setQuery(query);
    return url;
}

void VideoDbClient::send(QByteArray verb, QUrl url, QByteArray body, Retry retry,
                         EnvelopeCallback done) {
    const QString problem = m_config.problem();
    if (!problem.isEmpty()) {
        const auto kind = m_config.apiKey.trimmed().isEmpty() ? ApiError::Kind::Authentication
                                                              : ApiError::Kind::InvalidRequest;
        // Deliver asynchronously like every other outcome so callers need no special case.
        QTimer::singleShot(0, this, [done, error = ApiError(kind, problem)] {
            done(ApiResult<QJsonObject>::failure(error));
        });
        return;
    }
    auto call = std::make_shared<Call>();
    call->verb = std::move(verb);
    call->url = std::move(url);
    call->body = std::move(body);
    call->retry = retry;
    call->done = std::move(done);
    dispatch(call);
}

void VideoDbClient::dispatch(const std::shared_ptr<Call> &call) {
    QNetworkRequest request(call->url);
    request.setRawHeader("x-access-token", m_config.apiKey.trimmed().toUtf8());
    request.setRawHeader("x-videodb-client", clientHeaderValue());
    request.setRawHeader("Accept", "application/json");
    if (!call->body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_config.transferTimeoutMs);
    // Qt keeps custom headers across redirects, so only a same-origin redirect may be followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);

    QNetworkReply *reply = m_network->sendCustomRequest(request, call->verb, call->body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, call] {
        reply->deleteLater();
        const ApiReplyInterpreter::Reply captured = ApiReplyInterpreter::capture(reply);
        if (call->retry == Retry::TransientFailures && ApiReplyInterpreter::isTransient(captured) &&
            m_retryPolicy.allowsAnotherAttempt(call->retriesDone)) {
            const int delay =
                m_retryPolicy.delayMs(call->retriesDone, reply->rawHeader("Retry-After"));
            ++call->retriesDone;
            QTimer::singleShot(delay, this, [this, call] { dispatch(call); });
            return;
        }
        call->done(ApiReplyInterpreter::interpret(captured));
    });
}

void VideoDbClient::listJobs(JobsCallback done, PageCallback onPage) {
    fetchPage(0, std::make_shared<QVector<DownloadJob>>(), std::move(done), std::move(onPage));
}

void VideoDbClient::fetchPage(int pageIndex, std::shared_ptr<QVector<DownloadJob>> collected,
                              JobsCallback done, PageCallback onPage) {
    const int pageSize = qBound(1, m_config.pageSize, 5000);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_index"), QString::number(pageIndex));
    query.addQueryItem(QStringLiteral("count"), QString::number(pageSize));
    send(
        "GET", endpoint(QStringLiteral("/download"), query), {}, Retry::TransientFailures,
        [this, pageIndex, pageSize, collected, done, onPage](const ApiResult<QJsonObject> &result) {
            if (!result.ok())
                return done(forwardFailure<QVector<DownloadJob>>(result.error()));
            const QJsonValue downloads = result.value()
                                             .value(QLatin1String("data"))
                                             .toObject()
                                             .value(QLatin1String("downloads"));
            if (!downloads.isArray())
                return done(forwardFailure<QVector<DownloadJob>>(malformed(
                    QStringLiteral("page %1 has no \"data.downloads\" array").arg(pageIndex))));
            const QJsonArray items = downloads.toArray();
            QVector<DownloadJob> page;
            page.reserve(items.size());
            for (const QJsonValue &item : items) {
                DownloadJob job;
                QString reason;
                if (!DownloadJob::fromListItem(item.toObject(), &job, &reason))
                    return done(forwardFailure<QVector<DownloadJob>>(
                        malformed(QStringLiteral("page %1: %2").arg(pageIndex).arg(reason))));
                page.append(std::move(job));
            }
            if (onPage)
                onPage(page);
            *collected += page;
            if (items.size() < pageSize)
                return done(ApiResult<QVector<DownloadJob>>::success(std::move(*collected)));
            fetchPage(pageIndex + 1, collected, done, onPage);
        });
}

ApiResult<DownloadJob> VideoDbClient::jobFromAsyncOrDetail(const ApiResult<QJsonObject> &envelope) {
    if (!envelope.ok())
        return forwardFailure<DownloadJob>(envelope.error());
    const QJsonObject &object = envelope.value();
    DownloadJob job;
    QString reason;
    // The async shape carries the status beside "data"; the detail shape inside it.
    const bool parsed = object.contains(QLatin1String("status"))
                            ? DownloadJob::fromAsyncShape(object, &job, &reason)
                            : DownloadJob::fromListItem(
                                  object.value(QLatin1String("data")).toObject(), &job, &reason);
    if (!parsed)
        return forwardFailure<DownloadJob>(malformed(reason));
    return ApiResult<DownloadJob>::success(job);
}

void VideoDbClient::getJob(const QString &id, JobCallback done) {
    const QString path =
        QStringLiteral("/download/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
    send("GET", endpoint(path), {}, Retry::TransientFailures,
         [done](const ApiResult<QJsonObject> &result) { done(jobFromAsyncOrDetail(result)); });
}

void VideoDbClient::createJob(const QString &streamLink, const QString &name, JobCallback done) {
    QJsonObject body{{QStringLiteral("stream_link"), streamLink}};
    if (!name.isEmpty())
        body.insert(QStringLiteral("name"), name);
    // Never retried: a lost answer may still have created the job, and a second one would be a
    // duplicate the user did not ask for.
    send("POST", endpoint(QStringLiteral("/download")),
         QJsonDocument(body).toJson(QJsonDocument::Compact), Retry::Never,
         [done](const ApiResult<QJsonObject> &result) { done(jobFromAsyncOrDetail(result)); });
}

void VideoDbClient::retryJob(const QString &id, JobCallback done) {
    const QString path =
        QStringLiteral("/download/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
    send("POST", endpoint(path), {}, Retry::Never,
         [done](const ApiResult<QJsonObject> &result) { done(jobFromAsyncOrDetail(result)); });
}

void VideoDbClient::deleteJob(const QString &id, MessageCallback done) {
    // The spec puts download_id in the query, the published samples in a JSON body: send both.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("download_id"), id);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("download_id"), id}})
                                .toJson(QJsonDocument::Compact);
    // 429/503 mean the server refused before acting, so asking again cannot delete twice.
    send("DELETE", endpoint(QStringLiteral("/download"), query), body, Retry::TransientFailures,
         [done](const ApiResult<QJsonObject> &result) {
             if (!result.ok())
                 return done(forwardFailure<QString>(result.error()));
             done(ApiResult<QString>::success(
                 result.value().value(QLatin1String("message")).toString()));
         });
}

void VideoDbClient::getAsyncResult(const QUrl &outputUrl, JobCallback done) {
    if (!sameOrigin(outputUrl, m_config.baseUrl)) {
        QTimer::singleShot(0, this, [done] {
            done(forwardFailure<DownloadJob>(ApiError(
                ApiError::Kind::InvalidRequest,
                QStringLiteral("the output_url is not on the API's origin; the API key is not "
                               "sent there"))));
        });
        return;
    }
    send("GET", outputUrl, {}, Retry::TransientFailures,
         [done](const ApiResult<QJsonObject> &result) { done(jobFromAsyncOrDetail(result)); });
}
