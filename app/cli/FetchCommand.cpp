#include "cli/FetchCommand.h"

#include "core/transfers/TransferStore.h"

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
    auto store = std::make_shared<TransferStore>(m_request.transferDatabase);
    if (!store->isOpen())
        printError(QStringLiteral("transfer state cannot be kept (%1); an interrupted fetch will "
                                  "start over")
                       .arg(store->errorString()));
    auto *queue = new TransferQueue(
        store->isOpen() ? store.get() : nullptr,
        [this](const QString &id, std::function<void(const QByteArray &, const QString &)> done) {
            m_client.getJob(id, [done](const ApiResult<DownloadJob> &result) {
                done(result.ok() ? result.value().encodedDownloadUrl : QByteArray(),
                     result.ok() ? QString() : result.error().describe());
            });
        },
        this);
    queue->setMaxConcurrent(m_request.parallelTransfers);
    QStringList ids;
    for (const DownloadJob &job : jobs) {
        ids.append(job.id);
        queue->enqueue(job.id, job.encodedDownloadUrl, m_request.outputFolder, job.name);
    }
    auto *ticker = new QTimer(this);
    if (m_request.stderrIsTerminal) {
        connect(ticker, &QTimer::timeout, this, [this, queue, ids] { printProgress(*queue, ids); });
        ticker->start(200);
    }
    const auto report = [this, queue, ids, store, ticker, worstSoFar] {
        ticker->stop();
        if (m_request.stderrIsTerminal)
            QTextStream(stderr) << "\r\033[K";
        ExitCode worst = worstSoFar;
        for (const QString &id : ids) {
            const TransferRecord &record = queue->transfer(id)->record();
            if (record.state == TransferRecord::State::Done) {
                printLine(QStringLiteral("saved %1").arg(record.finalPath));
            } else {
                printError(QStringLiteral("%1: %2").arg(id, record.error));
                worst = worse(worst, ExitCode::Failure);
            }
        }
        finish(worst);
    };
    if (queue->isIdle())
        return report();
    connect(queue, &TransferQueue::allFinished, this, report);
}

void FetchCommand::printProgress(const TransferQueue &queue, const QStringList &ids) {
    qint64 done = 0;
    qint64 total = 0;
    qint64 speed = 0;
    bool totalKnown = true;
    for (const QString &id : ids) {
        const FileTransfer *transfer = queue.transfer(id);
        done += transfer->record().bytesDone;
        totalKnown = totalKnown && transfer->record().totalBytes >= 0;
        total += qMax<qint64>(0, transfer->record().totalBytes);
        speed += transfer->bytesPerSecond();
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
