#include "cli/FetchCommand.h"

#include "core/transfers/JobTransfers.h"

#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

#include <memory>

void FetchCommand::start() {
    QStringList ids = m_request.arguments;
    ids.removeDuplicates();
    if (ids.isEmpty()) {
        printError(QStringLiteral("fetch needs at least one job id"));
        return finish(ExitCode::Usage);
    }
    if (!QFileInfo(m_request.outputFolder).isDir()) {
        printError(
            QStringLiteral("the output folder %1 does not exist").arg(m_request.outputFolder));
        return finish(ExitCode::Usage);
    }
    lookUpJobs(ids, [this, ids](const JobLookups &found) {
        ExitCode worst = ExitCode::Ok;
        QVector<DownloadJob> ready;
        for (const QString &id : ids) {
            const ApiResult<DownloadJob> &result = found.at(id);
            if (!result.ok()) {
                printError(QStringLiteral("%1: %2").arg(id, result.error().describe()));
                worst = worse(worst, exitCodeFor(result.error()));
            } else if (result.value().status == JobStatus::Failed) {
                printError(QStringLiteral("%1: the job failed%2")
                               .arg(id, result.value().errorReason.isEmpty()
                                            ? QStringLiteral(", so there is no file")
                                            : QStringLiteral(": ") + result.value().errorReason));
                worst = worse(worst, ExitCode::Failure);
            } else if (result.value().status != JobStatus::Done ||
                       result.value().encodedDownloadUrl.isEmpty()) {
                printError(QStringLiteral("%1: the job is %2, not done, so there is no file yet")
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
        printError(QStringLiteral("transfer state cannot be kept (%1); an interrupted fetch will "
                                  "start over")
                       .arg(transfers->storeProblem()));
    transfers->setMaxConcurrent(m_request.parallelTransfers);
    QStringList ids;
    for (const DownloadJob &job : jobs) {
        ids.append(job.id);
        transfers->saveLookedUp(job, m_request.outputFolder);
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
                printLine(QStringLiteral("saved %1").arg(progress.savedPath));
            } else {
                printError(QStringLiteral("%1: %2").arg(id, progress.error));
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
    qint64 done = 0;
    qint64 total = 0;
    qint64 speed = 0;
    bool totalKnown = true;
    for (const QString &id : ids) {
        const TransferProgress progress = transfers.progress(id);
        done += progress.bytesDone;
        totalKnown = totalKnown && progress.totalBytes >= 0;
        total += qMax<qint64>(0, progress.totalBytes);
        speed += progress.bytesPerSecond;
    }
    constexpr int barWidth = 30;
    const double fraction = totalKnown && total > 0 ? double(done) / double(total) : 0.0;
    const int filled = int(fraction * barWidth);
    QString line =
        QStringLiteral("\r[%1%2] %3% %4 MB")
            .arg(QString(filled, QLatin1Char('#')), QString(barWidth - filled, QLatin1Char(' ')))
            .arg(int(fraction * 100), 3)
            .arg(double(done) / 1e6, 0, 'f', 1);
    if (totalKnown)
        line += QStringLiteral(" of %1 MB").arg(double(total) / 1e6, 0, 'f', 1);
    line += QStringLiteral(", %1 MB/s").arg(double(speed) / 1e6, 0, 'f', 1);
    if (speed > 0 && totalKnown)
        line += QStringLiteral(", %1 s left").arg((total - done) / speed);
    QTextStream(stderr) << line << "\033[K";
}
