#pragma once

#include "ApiReplyInterpreter.h"
#include "ApiResult.h"
#include "ClientConfig.h"
#include "DownloadJob.h"
#include "RetryPolicy.h"

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
    using JobCallback = std::function<void(const ApiResult<DownloadJob> &)>;
    using MessageCallback = std::function<void(const ApiResult<QString> &)>;

    explicit VideoDbClient(ClientConfig config, QObject *parent = nullptr);

    const ClientConfig &config() const { return m_config; }

    // Walks every page until one comes back short. onPage, if set, sees each page as it lands.
    void listJobs(JobsCallback done, PageCallback onPage = {});
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
    void fetchPage(int pageIndex, std::shared_ptr<QVector<DownloadJob>> collected,
                   JobsCallback done, PageCallback onPage);
    static ApiResult<DownloadJob> jobFromAsyncOrDetail(const ApiResult<QJsonObject> &envelope);

    ClientConfig m_config;
    RetryPolicy m_retryPolicy;
    QNetworkAccessManager *m_network;
};
