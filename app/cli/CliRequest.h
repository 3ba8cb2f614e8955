#pragma once

#include "core/api/JobStatus.h"

#include <QString>
#include <QStringList>

#include <optional>

// One videodb-downloads-cli invocation, as parsed from its command line.
struct CliRequest final {
    enum class Format { Table, Json, PrettyJson, JsonLines };

    QString command;
    QStringList arguments;
    Format format = Format::Table;
    bool assumeYes = false;
    bool dryRun = false;
    bool stdinIsTerminal = false;
    bool stderrIsTerminal = false;
    // The columns of the terminal stdout goes to; 0 when stdout is a pipe or a file.
    int outputColumns = 0;
    // The same for stderr, where prompts and the lists before them go.
    int errorColumns = 0;
    // list: show only this status; delete and retry: select every job in it.
    std::optional<JobStatus> status;
    // delete and retry: only jobs created longer ago than this; 0 is any age.
    qint64 olderThanS = 0;
    QString name;
    QString outputFolder;
    int parallelTransfers = 3;
    QString transferDatabase;
    // fetch: save again even when an intact saved file exists.
    bool fetchAgain = false;
    // fetch: wait while another process saves the same job, instead of failing.
    bool waitForOtherProcess = false;
    // fetch: bytes per second for all files together; 0 is no limit.
    qint64 limitRate = 0;

    bool json() const { return format != Format::Table; }
    // delete and retry pick their jobs by rule instead of by id.
    bool selectsByRule() const { return status.has_value() || olderThanS > 0; }
};
