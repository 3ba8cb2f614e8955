#pragma once

#include "core/api/ApiReplyInterpreter.h"
#include "core/api/ApiResult.h"
#include "core/api/ClientConfig.h"
#include "core/api/DownloadJob.h"
#include "core/api/RetryPolicy.h"

#include <QObject>
#include <QUrlQuery>
#include <QVector>

#include <functional>
#include <memory>

class QNetworkAccessManager;

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

    // Walks every page until one comes back short, keeping the next page in flight while the
    // current one is decoded, and hands over each page in order as it lands.
    void streamJobs(PageCallback onPage, EndCallback onEnd);
    // streamJobs, collected into one list.
    void listJobs(JobsCallback done);
    void getJob(const QString &id, JobCallback done);
    void createJob(const QString &streamLink, const QString &name, JobCallback done);
    void retryJob(const QString &id, JobCallback done);
    void deleteJob(const QString &id, MessageCallback done);
    // Follows an async shape's output_url; only on the API's own origin.
    void getAsyncResult(const QUrl &outputUrl, JobCallback done);

    static QByteArray clientHeaderValue();

private:
    enum class Retry { TransientFailures, Never };
    using EnvelopeCallback = std::function<void(const ApiResult<QJsonObject> &)>;

    struct Call {
        QByteArray verb;
        QUrl url;
        QByteArray body;
        Retry retry = Retry::Never;
        int retriesDone = 0;
        EnvelopeCallback done;
    };

    QUrl endpoint(const QString &path, const QUrlQuery &query = {}) const;
    void send(QByteArray verb, QUrl url, QByteArray body, Retry retry, EnvelopeCallback done);
    void dispatch(const std::shared_ptr<Call> &call);
    struct Listing;
    void requestPages(const std::shared_ptr<Listing> &listing);
    void acceptPage(const std::shared_ptr<Listing> &listing, int pageIndex,
                    const ApiResult<QVector<DownloadJob>> &page);
    static ApiResult<QVector<DownloadJob>> decodePage(const ApiResult<QJsonObject> &envelope,
                                                      int pageIndex);
    static ApiResult<DownloadJob> jobFromAsyncOrDetail(const ApiResult<QJsonObject> &envelope);

    ClientConfig m_config;
    RetryPolicy m_retryPolicy;
    QNetworkAccessManager *m_network;
};
