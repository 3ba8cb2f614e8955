#pragma once

#include "cli/CliRequest.h"
#include "cli/ExitCode.h"
#include "core/api/VideoDbClient.h"

#include <QObject>

#include <functional>
#include <map>

// What every videodb-downloads-cli command shares: the client, the request, and how to talk to
// the user. Output goes to stdout, diagnostics to stderr, and nothing ever prints the API key.
class CliCommand : public QObject {
    Q_OBJECT
public:
    CliCommand(ClientConfig config, CliRequest request, QObject *parent = nullptr);

    virtual void start() = 0;

signals:
    void finished(int exitCode);

protected:
    using JobLookups = std::map<QString, ApiResult<DownloadJob>>;
    // GET /download/{id} for every id, a few at a time; done sees every answer.
    void lookUpJobs(const QStringList &ids, std::function<void(const JobLookups &)> done);
    // Runs operation on each id, a few at a time, then finishes with the worst outcome.
    using IdOperation = std::function<void(const QString &id, std::function<void(ExitCode)>)>;
    void forEachId(const QStringList &ids, int maxInFlight, IdOperation operation);
    // One listing, filtered by --status and --older-than: the jobs a rule-based delete or retry
    // acts on, captured once so a job that changes status afterwards is never swept in.
    void selectByRule(std::function<void(const QVector<DownloadJob> &)> done);
    bool matchesRule(const DownloadJob &job, const QDateTime &now) const;
    // Writes the question to stderr and reads a yes or no from the terminal.
    static bool askYesNo(const QString &question);
    // "ID  NAME  [status]", the way jobs are shown before anything is done to them.
    static QString describeJob(const DownloadJob &job);
    // "ID: problem", the one form every command reports a job's trouble in.
    static QString aboutJob(const QString &id, const QString &problem);

    void fail(const ApiError &error, const QString &context = {});
    void finish(ExitCode code);
    void printLine(const QString &text);
    void printError(const QString &text);
    QString redacted(const QString &text) const;
    static ExitCode worse(ExitCode a, ExitCode b);

    VideoDbClient m_client;
    const CliRequest m_request;
};
