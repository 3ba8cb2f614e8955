#include "cli/FetchCommand.h"

#include "cli/ProgressLine.h"
#include "cli/Terminal.h"
#include "core/transfers/JobTransfers.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

#include <memory>

#include <unistd.h>

void FetchCommand::start() {
    QStringList ids = m_request.arguments;
    ids.removeDuplicates();
    if (ids.isEmpty()) {
        printError(tr("fetch needs at least one job id"));
        return finish(ExitCode::Usage);
    }
    const QFileInfo output(m_request.outputFolder);
    if (output.exists() && !output.isDir()) {
        printError(tr("the output folder %1 is a file, not a folder").arg(m_request.outputFolder));
        return finish(ExitCode::Usage);
    }
    // Made when missing, as wget -P and curl --create-dirs do.
    if (!output.exists() && !QDir().mkpath(m_request.outputFolder)) {
        printError(tr("could not make the output folder %1").arg(m_request.outputFolder));
        return finish(ExitCode::Failure);
    }
    lookUpJobs(ids, [this, ids](const JobLookups &found) {
        ExitCode worst = ExitCode::Ok;
        QVector<DownloadJob> ready;
        for (const QString &id : ids) {
            const ApiResult<DownloadJob> &result = found.at(id);
            if (!result.ok()) {
                printError(aboutJob(id, result.error().describe()));
                worst = worse(worst, exitCodeFor(result.error()));
            } else if (result.value().status == JobStatus::Failed) {
                const QString reason = result.value().errorReason;
                printError(reason.isEmpty()
                               ? tr("%1: the job failed, so there is no file").arg(id)
                               //: %1 a job's id, %2 why the job failed, in the server's words
                               : tr("%1: the job failed: %2").arg(id, reason));
                worst = worse(worst, ExitCode::Failure);
            } else if (result.value().status != JobStatus::Done ||
                       result.value().encodedDownloadUrl.isEmpty()) {
                //: %1 a job's id, %2 its status (processing, unknown)
                printError(tr("%1: the job is %2, not done, so there is no file yet")
                               .arg(id, result.value().statusText()));
                worst = worse(worst, ExitCode::Failure);
            } else {
                ready.append(result.value());
            }
        }
        fetchDoneJobs(ready, worst);
    });
}

void FetchCommand::fetchDoneJobs(const QVector<DownloadJob> &jobs, ExitCode worstSoFar) {
    if (jobs.isEmpty())
        return finish(worstSoFar);
    // The app's own transfer machinery and database, so either continues what the other began.
    auto *transfers = new JobTransfers(m_client.config(), m_request.transferDatabase, this);
    if (!transfers->storeProblem().isEmpty())
        printError(tr("transfer state cannot be kept (%1); an interrupted fetch will start over")
                       .arg(transfers->storeProblem()));
    transfers->setMaxConcurrent(m_request.parallelTransfers);
    transfers->setSpeedLimit(m_request.limitRate);
    transfers->setWaitForClaims(m_request.waitForOtherProcess);
    const JobTransfers::Copy copy =
        m_request.fetchAgain ? JobTransfers::Copy::Another : JobTransfers::Copy::ReuseSaved;
    QStringList ids;
    for (const DownloadJob &job : jobs) {
        ids.append(job.id);
        transfers->saveLookedUp(job, m_request.outputFolder, copy);
    }
    auto *ticker = new QTimer(this);
    if (m_request.stderrIsTerminal) {
        connect(ticker, &QTimer::timeout, this,
                [this, transfers, ids] { printProgress(*transfers, ids); });
        ticker->start(200);
    }
    const auto report = [this, transfers, ids, ticker, worstSoFar] {
        ticker->stop();
        if (m_request.stderrIsTerminal)
            QTextStream(stderr) << "\r\033[K";
        ExitCode worst = worstSoFar;
        for (const QString &id : ids) {
            const TransferProgress progress = transfers->progress(id);
            if (progress.phase == TransferProgress::Phase::Saved) {
                printLine(progress.savedEarlier ? tr("already saved: %1").arg(progress.savedPath)
                                                : tr("saved %1").arg(progress.savedPath));
            } else if (progress.phase == TransferProgress::Phase::SavingElsewhere) {
                printError(
                    tr("%1 is already being saved by another videodb-downloads process (pid %2)")
                        .arg(id, QString::number(progress.ownerPid)));
                worst = worse(worst, ExitCode::Failure);
            } else {
                printError(aboutJob(id, progress.error));
                worst = worse(worst, ExitCode::Failure);
            }
        }
        finish(worst);
    };
    if (transfers->isIdle())
        return report();
    connect(transfers, &JobTransfers::allFinished, this, report);
}

void FetchCommand::printProgress(const JobTransfers &transfers, const QStringList &ids) {
    ProgressLine::Totals totals;
    totals.totalBytes = 0;
    for (const QString &id : ids) {
        const TransferProgress progress = transfers.progress(id);
        totals.bytesDone += progress.bytesDone;
        if (progress.totalBytes < 0 || totals.totalBytes < 0)
            totals.totalBytes = -1;
        else
            totals.totalBytes += progress.totalBytes;
        totals.bytesPerSecond += progress.bytesPerSecond;
    }
    // Measured at every redraw: the terminal may have been resized.
    QTextStream(stderr) << '\r' << ProgressLine::format(totals, Terminal::columns(STDERR_FILENO))
                        << "\033[K";
}
