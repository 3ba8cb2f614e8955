#include "core/api/VideoDbClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <map>

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
    , m_network(sharedNetwork()) {}

QNetworkAccessManager *VideoDbClient::sharedNetwork() {
    // One manager per thread, as Qt advises, kept for the thread's life: a client replaced by
    // a config change never takes a manager down with it. Deleting managers as clients came
    // and went crashed Qt 6.4 inside QtNetwork now and then (tst_jobboard).
    thread_local QPointer<QNetworkAccessManager> network;
    if (!network) {
        QObject *owner = QCoreApplication::instance();
        network = new QNetworkAccessManager(
            owner && owner->thread() == QThread::currentThread() ? owner : nullptr);
    }
    return network;
}

void VideoDbClient::abandon() {
    m_abandoned = true;
    // Requests in flight are left to finish unheard rather than aborted: tearing connections
    // down mid-request crashed Qt 6.4 inside QtNetwork (tst_jobboard, about one run in four).
    if (m_inFlight == 0)
        deleteLater();
    else
        // Should the app end first, the manager's owner (the application) deletes it then,
        // rather than leaving it to the process exit.
        setParent(m_network);
}

void VideoDbClient::Abandon::operator()(VideoDbClient *client) const {
    if (client)
        client->abandon();
}

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

QUrl VideoDbClient::jobEndpoint(const QString &id) const {
    return endpoint(QStringLiteral("/download/") +
                    QString::fromLatin1(QUrl::toPercentEncoding(id)));
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
    call->deadline = QDeadlineTimer(qMax(1, m_config.requestDeadlineMs));
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
    if (m_config.sslConfiguration)
        request.setSslConfiguration(*m_config.sslConfiguration);
    // Qt keeps custom headers across redirects, so only a same-origin redirect may be followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);

    QNetworkReply *reply = m_network->sendCustomRequest(request, call->verb, call->body);
    ++m_inFlight;
    auto cutShort = std::make_shared<ApiError>();
    guard(reply, call->deadline, cutShort);
    connect(reply, &QNetworkReply::finished, this, [this, reply, call, cutShort] {
        reply->deleteLater();
        --m_inFlight;
        if (m_abandoned) {
            if (m_inFlight == 0)
                deleteLater();
            return;
        }
        if (cutShort->isError()) {
            // Never retried: a server that sent too much or too slowly would only do it again.
            // Delivered from the event loop, as every other outcome is: abort() finishes the
            // reply inside the signal that noticed the problem.
            QTimer::singleShot(0, this, [this, call, error = *cutShort] {
                if (!m_abandoned)
                    call->done(ApiResult<QJsonObject>::failure(error));
            });
            return;
        }
        const ApiReplyInterpreter::Reply captured = ApiReplyInterpreter::capture(reply);
        if (call->retry == Retry::TransientFailures && ApiReplyInterpreter::isTransient(captured) &&
            m_retryPolicy.allowsAnotherAttempt(call->retriesDone)) {
            const int delay =
                m_retryPolicy.delayMs(call->retriesDone, reply->rawHeader("Retry-After"));
            // A retry that cannot start before the deadline would only hide the server's answer
            // behind a timeout: the user reads the 503 instead.
            if (call->deadline.remainingTime() > delay) {
                ++call->retriesDone;
                QTimer::singleShot(delay, this, [this, call] {
                    if (!m_abandoned)
                        dispatch(call);
                });
                return;
            }
        }
        // Parsing a large body must not stall the UI thread.
        inBackground(QtConcurrent::run(&ApiReplyInterpreter::interpret, captured),
                     [this, call](const ApiResult<QJsonObject> &result) {
                         if (!m_abandoned)
                             call->done(result);
                     });
    });
}

void VideoDbClient::guard(QNetworkReply *reply, const QDeadlineTimer &deadline,
                          const std::shared_ptr<ApiError> &why) {
    const auto cut = [reply, why](const ApiError &reason) {
        if (why->isError())
            return;
        *why = reason;
        reply->abort();
    };
    const qint64 limit = m_config.maxAnswerBytes;
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, cut, limit] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > limit)
            cut(ApiError::announcedTooLarge(announced, limit));
    });
    connect(reply, &QNetworkReply::readyRead, this, [reply, cut, limit] {
        // Nothing is read before the end, so what waits in the reply is the answer so far,
        // decompressed: what this process holds.
        if (reply->bytesAvailable() > limit)
            cut(ApiError::cutOffTooLarge(limit));
    });
    connect(
        reply, &QNetworkReply::errorOccurred, this, [reply, cut](QNetworkReply::NetworkError code) {
            // Qt 6.4 stops inflating a compression bomb (or a broken stream) with this
            // error, yet keeps reading and never finishes the reply. Errors made from an
            // HTTP status (422, say) carry that status and a body worth reading.
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (code == QNetworkReply::UnknownContentError && status < 400)
                cut(ApiError::notInflatable());
        });
    // The transfer timeout only notices silence; this notices a trickle. The timer is the
    // reply's child, so an abandoned client's requests end by the deadline too, and a reply
    // that ends first takes its timer along (a singleShot's hidden timer outlived it).
    auto *deadlineTimer = new QTimer(reply);
    deadlineTimer->setSingleShot(true);
    connect(deadlineTimer, &QTimer::timeout, reply, [cut, deadlineMs = m_config.requestDeadlineMs] {
        cut(ApiError::deadlinePassed(deadlineMs));
    });
    deadlineTimer->start(int(qMax<qint64>(0, deadline.remainingTime())));
}

// Once the listing is known to span pages, the next page is in flight while the current one is
// decoded: the server builds one while we parse the other. The price is at most one request
// past the end.
struct VideoDbClient::Listing {
    int pageSize = 0;
    int nextToRequest = 0;
    int nextToDeliver = 0;
    int longestPage = 0;
    int unreadable = 0;
    // The previous page's first and last ids: a server that ignores page_index answers the
    // same page forever, and that must end the listing rather than loop.
    QString previousFirstId;
    QString previousLastId;
    bool finished = false;
    std::map<int, ApiResult<Page>> arrived;
    PageCallback onPage;
    EndCallback onEnd;
};

void VideoDbClient::streamJobs(PageCallback onPage, EndCallback onEnd) {
    auto listing = std::make_shared<Listing>();
    listing->pageSize = qBound(1, m_config.pageSize, 5000);
    listing->onPage = std::move(onPage);
    listing->onEnd = std::move(onEnd);
    requestPages(listing);
}

void VideoDbClient::listJobs(JobsCallback done) {
    auto collected = std::make_shared<QVector<DownloadJob>>();
    streamJobs([collected](const QVector<DownloadJob> &page) { *collected += page; },
               [collected, done](const ApiError &error) {
                   if (error.isError())
                       return done(forwardFailure<QVector<DownloadJob>>(error));
                   done(ApiResult<QVector<DownloadJob>>::success(std::move(*collected)));
               });
}

void VideoDbClient::requestPages(const std::shared_ptr<Listing> &listing) {
    // One page ahead of the one being delivered, but only once a page came back as long as
    // asked: a small account, or a server that caps pages, would only pay for requests past
    // the end.
    const int window = listing->longestPage >= listing->pageSize ? 2 : 1;
    while (!listing->finished && listing->nextToRequest < listing->nextToDeliver + window) {
        const int pageIndex = listing->nextToRequest++;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("page_index"), QString::number(pageIndex));
        query.addQueryItem(QStringLiteral("count"), QString::number(listing->pageSize));
        send("GET", endpoint(QStringLiteral("/download"), query), {}, Retry::TransientFailures,
             [this, listing, pageIndex](const ApiResult<QJsonObject> &envelope) {
                 // Decoding 5,000 jobs takes tens of milliseconds: off the UI thread.
                 inBackground(QtConcurrent::run(&VideoDbClient::decodePage, envelope, pageIndex),
                              [this, listing, pageIndex](const ApiResult<Page> &page) {
                                  if (!m_abandoned)
                                      acceptPage(listing, pageIndex, page);
                              });
             });
    }
}

void VideoDbClient::acceptPage(const std::shared_ptr<Listing> &listing, int pageIndex,
                               const ApiResult<Page> &page) {
    if (listing->finished)
        return;
    listing->arrived.emplace(pageIndex, page);
    for (auto next = listing->arrived.find(listing->nextToDeliver); next != listing->arrived.end();
         next = listing->arrived.find(listing->nextToDeliver)) {
        const ApiResult<Page> result = next->second;
        listing->arrived.erase(next);
        ++listing->nextToDeliver;
        if (!result.ok()) {
            listing->finished = true;
            return listing->onEnd(result.error());
        }
        const Page &delivered = result.value();
        const bool repeated = !delivered.jobs.isEmpty() &&
                              delivered.jobs.first().id == listing->previousFirstId &&
                              delivered.jobs.last().id == listing->previousLastId;
        if (!repeated) {
            listing->unreadable += delivered.unreadable;
            if (!delivered.jobs.isEmpty()) {
                listing->previousFirstId = delivered.jobs.first().id;
                listing->previousLastId = delivered.jobs.last().id;
                listing->onPage(delivered.jobs);
            }
        }
        // A page shorter than count is not the end when the server caps pages; shorter than
        // the longest page seen is.
        listing->longestPage = qMax(listing->longestPage, delivered.rows);
        if (repeated || delivered.rows == 0 || delivered.rows < listing->longestPage) {
            listing->finished = true;
            emit unreadableJobsSkipped(listing->unreadable);
            return listing->onEnd(ApiError());
        }
    }
    requestPages(listing);
}

ApiResult<VideoDbClient::Page> VideoDbClient::decodePage(const ApiResult<QJsonObject> &envelope,
                                                         int pageIndex) {
    if (!envelope.ok())
        return forwardFailure<Page>(envelope.error());
    const QJsonValue downloads =
        envelope.value().value(QLatin1String("data")).toObject().value(QLatin1String("downloads"));
    if (!downloads.isArray())
        return forwardFailure<Page>(
            malformed(QStringLiteral("page %1 has no \"data.downloads\" array").arg(pageIndex)));
    const QJsonArray items = downloads.toArray();
    Page page;
    page.rows = int(items.size());
    page.jobs.reserve(items.size());
    for (const QJsonValue &item : items) {
        DownloadJob job;
        QString reason;
        // One unreadable row must not cost the user every other job.
        if (DownloadJob::fromListItem(item.toObject(), &job, &reason))
            page.jobs.append(std::move(job));
        else
            ++page.unreadable;
    }
    return ApiResult<Page>::success(std::move(page));
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

void VideoDbClient::completeAnswer(const ApiResult<QJsonObject> &envelope,
                                   const std::shared_ptr<Completion> &completion) {
    const ApiResult<DownloadJob> parsed = jobFromAsyncOrDetail(envelope);
    if (!parsed.ok())
        return completion->done(parsed);
    complete(parsed.value(), completion);
}

void VideoDbClient::complete(DownloadJob job, const std::shared_ptr<Completion> &completion) {
    if (!completion->askedId.isEmpty())
        job.id = completion->askedId;
    const bool needsId = completion->askedId.isEmpty() && job.idIsOnlyAsyncId();
    const bool needsUrl = job.status == JobStatus::Done && job.encodedDownloadUrl.isEmpty();
    if (!needsId && !needsUrl)
        return completion->done(ApiResult<DownloadJob>::success(job));

    if (!completion->outputUrlAsked && job.outputUrl.isValid() &&
        sameOrigin(job.outputUrl, m_config.baseUrl)) {
        completion->outputUrlAsked = true;
        // A later answer knows more; what it leaves out is kept from this one.
        return getAsyncResult(job.outputUrl,
                              [this, job, completion](const ApiResult<DownloadJob> &answer) {
                                  if (!answer.ok())
                                      return completion->done(answer);
                                  DownloadJob merged = answer.value();
                                  if (merged.idIsOnlyAsyncId())
                                      merged.id = job.id;
                                  if (merged.name.isEmpty())
                                      merged.name = job.name;
                                  merged.outputUrl = job.outputUrl;
                                  complete(merged, completion);
                              });
    }
    if (needsUrl && !needsId && !completion->detailAsked) {
        completion->detailAsked = true;
        return send("GET", jobEndpoint(job.id), {}, Retry::TransientFailures,
                    [this, completion](const ApiResult<QJsonObject> &result) {
                        completeAnswer(result, completion);
                    });
    }
    // Nothing else can be asked: what is known is the answer.
    completion->done(ApiResult<DownloadJob>::success(job));
}

void VideoDbClient::sendForJob(QByteArray verb, QUrl url, QByteArray body, Retry retry,
                               const QString &askedId, JobCallback done) {
    auto completion = std::make_shared<Completion>();
    completion->askedId = askedId;
    completion->done = std::move(done);
    send(std::move(verb), std::move(url), std::move(body), retry,
         [this, completion](const ApiResult<QJsonObject> &result) {
             completeAnswer(result, completion);
         });
}

void VideoDbClient::getJob(const QString &id, JobCallback done) {
    sendForJob("GET", jobEndpoint(id), {}, Retry::TransientFailures, id, std::move(done));
}

void VideoDbClient::createJob(const QString &streamLink, const QString &name, JobCallback done) {
    QJsonObject body{{QStringLiteral("stream_link"), streamLink}};
    if (!name.isEmpty())
        body.insert(QStringLiteral("name"), name);
    // Never retried: a lost answer may still have created the job, and a second one would be a
    // duplicate the user did not ask for.
    sendForJob("POST", endpoint(QStringLiteral("/download")),
               QJsonDocument(body).toJson(QJsonDocument::Compact), Retry::Never, {},
               std::move(done));
}

void VideoDbClient::retryJob(const QString &id, JobCallback done) {
    sendForJob("POST", jobEndpoint(id), {}, Retry::Never, id, std::move(done));
}

void VideoDbClient::deleteJob(const QString &id, MessageCallback done) {
    sendDelete(id, !m_deleteBodyRejected, std::move(done));
}

void VideoDbClient::sendDelete(const QString &id, bool withBody, MessageCallback done) {
    // The spec puts download_id in the query, the published samples in a JSON body: send both,
    // unless this server has said it takes no body.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("download_id"), id);
    const QByteArray body = withBody
                                ? QJsonDocument(QJsonObject{{QStringLiteral("download_id"), id}})
                                      .toJson(QJsonDocument::Compact)
                                : QByteArray();
    // 429/503 mean the server refused before acting, so asking again cannot delete twice.
    send("DELETE", endpoint(QStringLiteral("/download"), query), body, Retry::TransientFailures,
         [this, id, withBody, done](const ApiResult<QJsonObject> &result) {
             const int status = result.error().httpStatus();
             if (withBody && (status == 400 || status == 415)) {
                 // A strict validator refused the body the spec does not define; a silent
                 // "not found" later would be worse than asking once more without it.
                 m_deleteBodyRejected = true;
                 return sendDelete(id, false, done);
             }
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
