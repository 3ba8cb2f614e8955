#pragma once

#include "cli/CliCommand.h"

class JobTransfers;

// fetch ID... [--output DIR] [--parallel N]: saves done jobs' files; a rerun resumes.
class FetchCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void start() override;

private:
    void fetchDoneJobs(const QVector<DownloadJob> &jobs, ExitCode worstSoFar);
    void printProgress(const JobTransfers &transfers, const QStringList &ids);
};
