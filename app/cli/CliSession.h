#pragma once

#include "cli/ExitCode.h"
#include "core/api/VideoDbClient.h"

#include <QObject>

class JobTransfers;
#include <QStringList>

#include <functional>
#include <map>

// Runs one videodb-downloads-cli command against the API and reports how it ended. Output
// goes to stdout, diagnostics to stderr, and nothing ever prints the API key.
class CliSession final : public QObject {
    Q_OBJECT
public:
    struct Request {
        QString command;
        QStringList arguments;
        bool json = false;
        bool assumeYes = false;
        bool stdinIsTerminal = false;
        QString statusFilter;
        QString name;
        QString outputFolder;
        int parallelTransfers = 3;
        bool stderrIsTerminal = false;
        QString transferDatabase;
        // fetch: save again even when an intact saved file exists.
        bool fetchAgain = false;
        // fetch: wait while another process saves the same job, instead of failing.
        bool waitForOtherProcess = false;
        // fetch: bytes per second for all files together; 0 is no limit.
        qint64 limitRate = 0;
    };

    CliSession(ClientConfig config, Request request, QObject *parent = nullptr);

    void start();

signals:
    void finished(int exitCode);

private:
    void runList();
    void runShow();
    void runCreate();
    void runRetry();
    void runDelete();
    void runFetch();
    using JobLookups = std::map<QString, ApiResult<DownloadJob>>;
    // GET /download/{id} for every id, a few at a time; done sees every answer.
    void lookUpJobs(const QStringList &ids, std::function<void(const JobLookups &)> done);
    void fetchDoneJobs(const QVector<DownloadJob> &jobs, ExitCode worstSoFar);
    void printProgress(const JobTransfers &transfers, const QStringList &ids);
    void confirmThenDelete(const QStringList &ids);
    void deleteIds(const QStringList &ids);

    void fail(const ApiError &error, const QString &context = {});
    static ExitCode worse(ExitCode a, ExitCode b);
    void finish(ExitCode code);
    void printLine(const QString &text);
    void printError(const QString &text);
    QString redacted(const QString &text) const;

    VideoDbClient m_client;
    Request m_request;
};
