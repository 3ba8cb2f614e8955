#pragma once

#include "cli/CliCommand.h"
#include "cli/JobTable.h"

#include <QByteArray>

#include <optional>

// list: every job, printed page by page as each is decoded, so output starts at once and
// memory stays flat however many jobs there are.
class ListCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void start() override;

private:
    void end(const ApiError &error);
    void printPage(const QVector<DownloadJob> &page);
    void appendJob(QByteArray &out, const DownloadJob &job);
    static void write(const QByteArray &bytes);

    // Laid out by the first page.
    std::optional<JobTable> m_table;
    bool m_started = false;
    bool m_anyJobPrinted = false;
};
