#pragma once

#include "emulator/EmulatedJob.h"
#include "emulator/EmulatorOptions.h"

#include <QHttpServerRequest>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QRandomGenerator>

#include <utility>

class FileUrlSigner;
class JobRepository;
class QHttpServer;
class QHttpServerResponder;
class QSslConfiguration;

// VideoDB's download endpoints on QtHttpServer: list, get, create, retry, delete and
// /async-response, with the documented shapes, auth and injectable faults.
class ApiServer final : public QObject {
    Q_OBJECT
public:
    ApiServer(const EmulatorOptions &options, JobRepository &jobs, const FileUrlSigner &signer,
              QObject *parent = nullptr);

    // One API request as the emulator answered it (the answer may still wait out the latency):
    // what a test audits a client's requests by.
    struct AnsweredRequest {
        QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
        QString path;
        // DELETE only: every download_id it named, in its query or its body.
        QStringList downloadIds;
        int status = 0;
        // Answered with a fault the emulator made up (failRate, failFirst, failNextRequests),
        // not by the endpoint.
        bool injectedFault = false;
    };

    bool listen(quint16 port);
    // Serves HTTPS only, with this certificate and key.
    bool listenTls(quint16 port, const QSslConfiguration &tls);
    quint16 port() const;
    // http://127.0.0.1:PORT, or https:// when serving TLS.
    QUrl url() const;
    void setFilesBaseUrl(const QUrl &url) { m_filesBaseUrl = url; }
    int requestCount() const { return m_requestCount; }
    // Answers the next count API requests with this HTTP status in the error shape: lets
    // tests and demos show what the app does when the server breaks mid-session.
    void failNextRequests(int count, int httpStatus);
    // The requests answered since the last call, oldest first (with EmulatorOptions::
    // logRequests); taking them keeps a long run's memory flat.
    QList<AnsweredRequest> takeRequestLog() { return std::exchange(m_requestLog, {}); }

private:
    struct Reply {
        int status = 200;
        QJsonObject body;
        // Pre-serialised JSON, used instead of body when set (the list endpoint's fast path).
        QByteArray rawBody;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    using Handler = std::function<Reply()>;
    // The ids a DELETE names: the spec documents a query parameter, the published samples a
    // JSON body.
    struct DeleteTarget {
        QString queryId;
        QString bodyId;
        bool bodyReadable = true;
    };

    void registerRoutes();
    void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder,
               const Handler &handler);
    static void write(QHttpServerResponder &responder, const Reply &reply);
    static Reply error(int status, const QString &message, const QString &code);
    bool acceptsKey(const QByteArray &key) const;
    void logRequest(const QHttpServerRequest &request, int status, bool injectedFault);
    static DeleteTarget deleteTargetOf(const QHttpServerRequest &request);

    Reply listJobs(const QHttpServerRequest &request) const;
    Reply getJob(const QHttpServerRequest &request, const QString &id) const;
    Reply createJob(const QHttpServerRequest &request);
    Reply retryJob(const QHttpServerRequest &request, const QString &id);
    Reply deleteJob(const QHttpServerRequest &request);
    Reply asyncResponse(const QString &asyncId) const;

    // The list and detail vocabulary, then the async one, in the configured words.
    QString listWord(EmulatedJob::Phase phase) const;
    QString asyncWord(EmulatedJob::Phase phase) const;
    // The two vocabularies differ only in the failed word and the alternative done word.
    QString statusWord(EmulatedJob::Phase phase, const QString &failed,
                       const QString &alternativeDone) const;
    QJsonObject describe(const EmulatedJob &job, qint64 nowMs) const;
    const QByteArray &describeCompact(const EmulatedJob &job, qint64 nowMs) const;
    QJsonObject asyncShape(const QHttpServerRequest &request, const EmulatedJob &job,
                           qint64 nowMs) const;
    QJsonObject asyncEnvelope(const EmulatedJob &job, qint64 nowMs, QJsonObject data) const;
    // Where this request reached us, so output_url works under whatever name the client used.
    QUrl originOf(const QHttpServerRequest &request) const;

    EmulatorOptions m_options;
    JobRepository &m_jobs;
    const FileUrlSigner &m_signer;
    QUrl m_filesBaseUrl;
    QHttpServer *m_server;
    QRandomGenerator m_faults;
    int m_requestCount = 0;
    bool m_tls = false;
    // Serialising and signing 5,000 jobs per page dominated listing 100,000 jobs; a job's JSON
    // only changes with its status, so it is kept until then.
    struct CachedJson {
        QString status;
        int percentage = 0;
        qint64 readyAtMs = 0;
        QByteArray json;
    };
    mutable QHash<QString, CachedJson> m_jsonCache;
    int m_forcedFailures = 0;
    int m_forcedFailureStatus = 500;
    QList<AnsweredRequest> m_requestLog;
};
