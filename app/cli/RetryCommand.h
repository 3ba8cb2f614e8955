#pragma once

#include "cli/CliCommand.h"

// retry ID, or retry --all-failed [--older-than AGE] [--dry-run]: only failed jobs are retried.
class RetryCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void start() override;

private:
    void retryOne(const QString &id);
    void retryAll(const QVector<DownloadJob> &jobs);
    void retry(const QString &id, std::function<void(ExitCode)> done);
};
