#pragma once

#include "ExitCode.h"
#include "VideoDbClient.h"

#include <QObject>
#include <QStringList>

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
    void confirmThenDelete(const QStringList &ids);
    void deleteIds(const QStringList &ids);

    void fail(const ApiError &error, const QString &context = {});
    void finish(ExitCode code);
    void printLine(const QString &text);
    void printError(const QString &text);
    QString redacted(const QString &text) const;

    VideoDbClient m_client;
    Request m_request;
};
