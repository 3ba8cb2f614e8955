#include "cli/CliSession.h"

#include "cli/ProgressLine.h"
#include "core/api/RequestWindow.h"
#include "core/transfers/JobTransfers.h"

#include <QFileInfo>
#include <QTimer>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <map>
#include <memory>

#include <unistd.h>

namespace {

constexpr int deleteWindow = 4;
constexpr int lookupWindow = 4;
constexpr int namesShownBeforeConfirm = 20;

QString column(const QString &text, int width) {
    return text.leftJustified(width, QLatin1Char(' '), false);
}

} // namespace

CliSession::CliSession(ClientConfig config, Request request, QObject *parent)
    : QObject(parent)
    , m_client(std::move(config))
    , m_request(std::move(request)) {}

void CliSession::start() {
    const QString &command = m_request.command;
    if (command == QLatin1String("list"))
        runList();
    else if (command == QLatin1String("show"))
        runShow();
    else if (command == QLatin1String("create"))
        runCreate();
    else if (command == QLatin1String("retry"))
        runRetry();
    else if (command == QLatin1String("delete"))
        runDelete();
    else if (command == QLatin1String("fetch"))
        runFetch();
    else {
        printError(QStringLiteral("unknown command \"%1\" (try --help)").arg(command));
        finish(ExitCode::Usage);
    }
}

void CliSession::runList() {
    m_client.listJobs([this](const ApiResult<QVector<DownloadJob>> &result) {
        if (!result.ok())
            return fail(result.error());
        const QString wanted = m_request.statusFilter;
        QVector<DownloadJob> jobs;
        for (const DownloadJob &job : result.value()) {
            if (wanted.isEmpty() || job.statusText() == wanted ||
                (wanted == QLatin1String("unknown") && job.status == JobStatus::Unknown))
                jobs.append(job);
        }
        if (m_request.json) {
            QJsonArray array;
            for (const DownloadJob &job : jobs)
                array.append(job.toJson());
            printLine(
                QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        } else {
            printLine(column(QStringLiteral("ID"), 16) + column(QStringLiteral("STATUS"), 12) +
                      column(QStringLiteral("CREATED"), 22) + QStringLiteral("NAME"));
            for (const DownloadJob &job : jobs)
                printLine(column(job.id, 16) + column(job.statusText(), 12) +
                          column(job.createdAt.toString(Qt::ISODate), 22) + job.name);
        }
        finish(ExitCode::Ok);
    });
}

void CliSession::runShow() {
    if (m_request.arguments.size() != 1) {
        printError(QStringLiteral("show takes exactly one job id"));
        return finish(ExitCode::Usage);
    }
    m_client.getJob(m_request.arguments.first(), [this](const ApiResult<DownloadJob> &result) {
        if (!result.ok())
            return fail(result.error(), m_request.arguments.first());
        const DownloadJob &job = result.value();
        if (m_request.json) {
            printLine(QString::fromUtf8(QJsonDocument(job.toJson()).toJson(QJsonDocument::Indented))
                          .trimmed());
        } else {
            printLine(QStringLiteral("id:           ") + job.id);
            printLine(QStringLiteral("name:         ") + job.name);
            printLine(QStringLiteral("status:       ") + job.statusText());
            if (job.createdAt.isValid())
                printLine(QStringLiteral("created:      ") + job.createdAt.toString(Qt::ISODate));
            if (!job.encodedDownloadUrl.isEmpty())
                printLine(QStringLiteral("download url: ") +
                          QString::fromUtf8(job.encodedDownloadUrl));
        }
        finish(ExitCode::Ok);
    });
}

void CliSession::runCreate() {
    if (m_request.arguments.size() != 1) {
        printError(QStringLiteral("create takes exactly one stream URL"));
        return finish(ExitCode::Usage);
    }
    m_client.createJob(m_request.arguments.first(), m_request.name,
                       [this](const ApiResult<DownloadJob> &result) {
                           if (!result.ok())
                               return fail(result.error());
                           printLine(result.value().id);
                           finish(ExitCode::Ok);
                       });
}

void CliSession::runRetry() {
    if (m_request.arguments.size() != 1) {
        printError(QStringLiteral("retry takes exactly one job id"));
        return finish(ExitCode::Usage);
    }
    m_client.retryJob(m_request.arguments.first(), [this](const ApiResult<DownloadJob> &result) {
        if (!result.ok())
            return fail(result.error(), m_request.arguments.first());
        printLine(
            QStringLiteral("retrying %1 (%2)").arg(result.value().id, result.value().statusText()));
        finish(ExitCode::Ok);
    });
}

void CliSession::runDelete() {
    QStringList ids = m_request.arguments;
    ids.removeDuplicates();
    if (ids.isEmpty()) {
        printError(QStringLiteral("delete needs at least one job id"));
        return finish(ExitCode::Usage);
    }
    if (m_request.assumeYes)
        return deleteIds(ids);
    if (!m_request.stdinIsTerminal) {
        printError(QStringLiteral("refusing to delete without confirmation: standard input is not "
                                  "a terminal; pass --yes to delete %1 job(s)")
                       .arg(ids.size()));
        return finish(ExitCode::Usage);
    }
    confirmThenDelete(ids);
}

void CliSession::confirmThenDelete(const QStringList &ids) {
    // Look every job up first so the question names what will go and what is still running.
    lookUpJobs(ids, [this, ids](const JobLookups &found) {
        QTextStream err(stderr);
        int processing = 0;
        int shown = 0;
        for (const QString &id : ids) {
            const ApiResult<DownloadJob> &result = found.at(id);
            if (result.ok() && result.value().status == JobStatus::Processing)
                ++processing;
            if (shown++ >= namesShownBeforeConfirm)
                continue;
            if (result.ok())
                err << "  " << id << "  "
                    << (result.value().name.isEmpty() ? QStringLiteral("(no name)")
                                                      : result.value().name)
                    << "  [" << result.value().statusText() << "]\n";
            else
                err << "  " << id << "  (" << redacted(result.error().describe()) << ")\n";
        }
        if (ids.size() > namesShownBeforeConfirm)
            err << "  … and " << ids.size() - namesShownBeforeConfirm << " more\n";
        if (processing > 0)
            err << processing << " of these are still processing and will be cancelled.\n";
        err << "Deletion is permanent: the job records cannot be recovered.\n";
        err << "Delete " << ids.size() << (ids.size() == 1 ? " job" : " jobs") << "? [y/N] ";
        err.flush();
        const QString answer = QTextStream(stdin).readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            printError(QStringLiteral("nothing deleted"));
            return finish(ExitCode::Failure);
        }
        deleteIds(ids);
    });
}

void CliSession::deleteIds(const QStringList &ids) {
    auto worst = std::make_shared<ExitCode>(ExitCode::Ok);
    auto *window = new RequestWindow(
        ids, deleteWindow,
        [this, worst](const QString &id, std::function<void()> done) {
            m_client.deleteJob(id, [this, worst, id, done](const ApiResult<QString> &result) {
                if (result.ok()) {
                    printLine(QStringLiteral("deleted %1").arg(id));
                } else {
                    printError(QStringLiteral("%1: %2").arg(id, result.error().describe()));
                    *worst = worse(*worst, exitCodeFor(result.error()));
                }
                done();
            });
        },
        this);
    connect(window, &RequestWindow::allFinished, this, [this, worst, window] {
        window->deleteLater();
        finish(*worst);
    });
    window->start();
}

void CliSession::lookUpJobs(const QStringList &ids, std::function<void(const JobLookups &)> done) {
    auto found = std::make_shared<JobLookups>();
    auto *window = new RequestWindow(
        ids, lookupWindow,
        [this, found](const QString &id, std::function<void()> finished) {
            m_client.getJob(id, [found, id, finished](const ApiResult<DownloadJob> &result) {
                found->emplace(id, result);
                finished();
            });
        },
        this);
    connect(window, &RequestWindow::allFinished, this, [found, window, done] {
        window->deleteLater();
        done(*found);
    });
    window->start();
}

void CliSession::runFetch() {
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

void CliSession::fetchDoneJobs(const QVector<DownloadJob> &jobs, ExitCode worstSoFar) {
    if (jobs.isEmpty())
        return finish(worstSoFar);
    // The app's own transfer machinery and database, so either continues what the other began.
    auto *transfers = new JobTransfers(m_client.config(), m_request.transferDatabase, this);
    if (!transfers->storeProblem().isEmpty())
        printError(QStringLiteral("transfer state cannot be kept (%1); an interrupted fetch will "
                                  "start over")
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
                printLine(progress.savedEarlier
                              ? QStringLiteral("already saved: %1").arg(progress.savedPath)
                              : QStringLiteral("saved %1").arg(progress.savedPath));
            } else if (progress.phase == TransferProgress::Phase::SavingElsewhere) {
                printError(QStringLiteral("%1 is already being saved by another "
                                          "videodb-downloads process (pid %2)")
                               .arg(id)
                               .arg(progress.ownerPid));
                worst = worse(worst, ExitCode::Failure);
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

void CliSession::printProgress(const JobTransfers &transfers, const QStringList &ids) {
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
    QTextStream(stderr) << '\r'
                        << ProgressLine::format(totals, ProgressLine::terminalWidth(STDERR_FILENO))
                        << "\033[K";
}

ExitCode CliSession::worse(ExitCode a, ExitCode b) {
    // Authentication outranks other failures, which outrank "not found".
    const auto rank = [](ExitCode code) {
        switch (code) {
        case ExitCode::Ok:
            return 0;
        case ExitCode::NotFound:
            return 1;
        case ExitCode::Failure:
        case ExitCode::Usage:
            return 2;
        case ExitCode::Authentication:
            return 3;
        }
        return 2;
    };
    return rank(b) > rank(a) ? b : a;
}

void CliSession::fail(const ApiError &error, const QString &context) {
    printError(context.isEmpty() ? error.describe()
                                 : QStringLiteral("%1: %2").arg(context, error.describe()));
    finish(exitCodeFor(error));
}

void CliSession::finish(ExitCode code) {
    emit finished(int(code));
}

QString CliSession::redacted(const QString &text) const {
    const QString key = m_client.config().apiKey.trimmed();
    if (key.isEmpty())
        return text;
    return QString(text).replace(key, QStringLiteral("[redacted]"));
}

void CliSession::printLine(const QString &text) {
    QTextStream(stdout) << text << '\n';
}

void CliSession::printError(const QString &text) {
    QTextStream(stderr) << "videodb-downloads-cli: " << redacted(text) << '\n';
}
