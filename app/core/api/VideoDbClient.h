#pragma once

#include "core/api/ApiReplyInterpreter.h"
#include "core/api/ApiResult.h"
#include "core/api/ClientConfig.h"
#include "core/api/DownloadJob.h"
#include "core/api/RetryPolicy.h"

#include <QDeadlineTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QUrlQuery>
#include <QVector>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

// Asynchronous client for VideoDB's download-job API. Every callback is invoked exactly once,
// on this object's thread, unless the client is destroyed first.
class VideoDbClient final : public QObject {
    Q_OBJECT
public:
    using JobsCallback = std::function<void(const ApiResult<QVector<DownloadJob>> &)>;
    using PageCallback = std::function<void(const QVector<DownloadJob> &page)>;
    // Called once after the last page, with no error when every page arrived.
    using EndCallback = std::function<void(const ApiError &error)>;
    using JobCallback = std::function<void(const ApiResult<DownloadJob> &)>;
    using MessageCallback = std::function<void(const ApiResult<QString> &)>;

    explicit VideoDbClient(ClientConfig config, QObject *parent = nullptr);

    const ClientConfig &config() const { return m_config; }

    // Walks every page until one comes back empty or shorter than the longest so far (a server
    // may cap pages below the count asked for), keeping the next page in flight while the
    // current one is decoded, and hands over each page in order as it lands. Rows without an
    // id are left out and counted: see unreadableJobsSkipped.
    void streamJobs(PageCallback onPage, EndCallback onEnd);
    // streamJobs, collected into one list.
    void listJobs(JobsCallback done);
    // get and retry answer for the id asked about, whatever id an async answer carries. A done
    // answer without a download_url is completed from its output_url or GET /download/{id}.
    void getJob(const QString &id, JobCallback done);
    // The new job's id is the answer's download_id; without one, the output_url's answer is
    // asked for it, and only when nothing names the job is the async id taken.
    void createJob(const QString &streamLink, const QString &name, JobCallback done);
    void retryJob(const QString &id, JobCallback done);
    // Sends the id in the query and in a JSON body; a server that rejects the body (400, 415)
    // is asked again with the query alone, and from then on this session only gets that.
    void deleteJob(const QString &id, MessageCallback done);
    // Follows an async shape's output_url; only on the API's own origin.
    void getAsyncResult(const QUrl &outputUrl, JobCallback done);

    static QByteArray clientHeaderValue();

    // From now on calls nothing back and sends nothing new; deletes itself once the requests
    // in flight have ended, from the event loop.
    void abandon();
    // For a unique_ptr whose client may be replaced while requests are in flight.
    struct Abandon {
        void operator()(VideoDbClient *client) const;
    };

signals:
    // Once per listing that reached its end: how many listed rows could not be read (no id)
    // and were left out. Zero too, so a stale warning can be cleared.
    void unreadableJobsSkipped(int count);

private:
    enum class Retry { TransientFailures, Never };
    using EnvelopeCallback = std::function<void(const ApiResult<QJsonObject> &)>;

    struct Call {
        QByteArray verb;
        QUrl url;
        QByteArray body;
        Retry retry = Retry::Never;
        int retriesDone = 0;
        // Started with the first attempt and shared by the retries: ClientConfig's
        // requestDeadlineMs bounds the whole call, not each attempt.
        QDeadlineTimer deadline;
        EnvelopeCallback done;
    };

    static QNetworkAccessManager *sharedNetwork();
    // Hands work's result to done on this object's thread, unless this object is gone by then.
    // A watcher owned by the client, not QFuture::then(this, …): Qt 6.4 asserts (and in a
    // release build calls into a dead object) when then()'s context dies before the work ends.
    template <typename Result, typename Done> void inBackground(QFuture<Result> work, Done done) {
        auto *watcher = new QFutureWatcher<Result>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done] {
            const Result result = watcher->result();
            // done may end this client's life (its last user lets go): the watcher, still
            // emitting, must not go with it.
            watcher->setParent(nullptr);
            watcher->deleteLater();
            done(result);
        });
        watcher->setFuture(std::move(work));
    }
    QUrl endpoint(const QString &path, const QUrlQuery &query = {}) const;
    QUrl jobEndpoint(const QString &id) const;
    void send(QByteArray verb, QUrl url, QByteArray body, Retry retry, EnvelopeCallback done);
    void dispatch(const std::shared_ptr<Call> &call);
    // Ends an attempt early, as the answer streams in, when it grows past maxAnswerBytes or the
    // call's deadline passes; *why says which, once the reply has finished.
    void guard(QNetworkReply *reply, const QDeadlineTimer &deadline,
               const std::shared_ptr<ApiError> &why);
    struct Listing;
    struct Page {
        QVector<DownloadJob> jobs;
        // Rows as listed, readable or not: what tells a short page from a capped one.
        int rows = 0;
        int unreadable = 0;
    };
    void requestPages(const std::shared_ptr<Listing> &listing);
    void acceptPage(const std::shared_ptr<Listing> &listing, int pageIndex,
                    const ApiResult<Page> &page);
    static ApiResult<Page> decodePage(const ApiResult<QJsonObject> &envelope, int pageIndex);
    static ApiResult<DownloadJob> jobFromAsyncOrDetail(const ApiResult<QJsonObject> &envelope);

    // What is still missing from an async answer, and where it may be asked for.
    struct Completion {
        // The id asked about (get, retry); empty for create, where the answer must name it.
        QString askedId;
        bool outputUrlAsked = false;
        bool detailAsked = false;
        JobCallback done;
    };
    // send() for calls answered with one job, completed before done sees it.
    void sendForJob(QByteArray verb, QUrl url, QByteArray body, Retry retry, const QString &askedId,
                    JobCallback done);
    void completeAnswer(const ApiResult<QJsonObject> &envelope,
                        const std::shared_ptr<Completion> &completion);
    void complete(DownloadJob job, const std::shared_ptr<Completion> &completion);
    void sendDelete(const QString &id, bool withBody, MessageCallback done);

    ClientConfig m_config;
    RetryPolicy m_retryPolicy;
    QNetworkAccessManager *m_network;
    bool m_abandoned = false;
    int m_inFlight = 0;
    bool m_deleteBodyRejected = false;
};
