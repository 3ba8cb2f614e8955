#include "cli/RetryCommand.h"

namespace {

constexpr int retryWindow = 4;

} // namespace

void RetryCommand::start() {
    if (m_request.selectsByRule()) {
        if (!m_request.arguments.isEmpty()) {
            printError(tr("retry takes job ids or --all-failed, not both"));
            return finish(ExitCode::Usage);
        }
        return selectByRule([this](const QVector<DownloadJob> &jobs) { retryAll(jobs); });
    }
    if (m_request.arguments.size() != 1) {
        printError(tr("retry takes exactly one job id, or --all-failed"));
        return finish(ExitCode::Usage);
    }
    retryOne(m_request.arguments.first());
}

void RetryCommand::retryOne(const QString &id) {
    // Asked first, because the API restarts a done job too and would throw its file away.
    m_client.getJob(id, [this, id](const ApiResult<DownloadJob> &found) {
        if (!found.ok())
            return fail(found.error(), id);
        const JobStatus status = found.value().status;
        if (status == JobStatus::Done || status == JobStatus::Processing) {
            //: %1 a job's id, %2 its status (done, processing)
            printError(tr("%1 is %2: only failed jobs can be retried")
                           .arg(id, found.value().statusText()));
            return finish(ExitCode::Failure);
        }
        retry(id, [this](ExitCode outcome) { finish(outcome); });
    });
}

void RetryCommand::retryAll(const QVector<DownloadJob> &jobs) {
    QStringList ids;
    for (const DownloadJob &job : jobs) {
        ids.append(job.id);
        if (m_request.dryRun)
            printLine(tr("would retry %1").arg(describeJob(job)));
    }
    if (m_request.dryRun || ids.isEmpty()) {
        if (ids.isEmpty())
            printError(tr("no job matches; nothing retried"));
        return finish(ExitCode::Ok);
    }
    forEachId(ids, retryWindow,
              [this](const QString &id, std::function<void(ExitCode)> done) { retry(id, done); });
}

void RetryCommand::retry(const QString &id, std::function<void(ExitCode)> done) {
    m_client.retryJob(id, [this, id, done](const ApiResult<DownloadJob> &result) {
        if (!result.ok()) {
            printError(aboutJob(id, result.error().describe()));
            return done(exitCodeFor(result.error()));
        }
        //: %1 a job's id, %2 its new status
        printLine(tr("retrying %1 (%2)").arg(id, result.value().statusText()));
        done(ExitCode::Ok);
    });
}
