#include "cli/DeleteCommand.h"

#include "cli/Terminal.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

constexpr int deleteWindow = 4;
constexpr int namesShownBeforeConfirm = 20;

} // namespace

void DeleteCommand::start() {
    if (!m_request.selectsByRule())
        return deleteByIds(m_request.arguments);
    if (!m_request.arguments.isEmpty()) {
        printError(tr("delete takes job ids or a rule (--status, --all-done, --older-than), not "
                      "both"));
        return finish(ExitCode::Usage);
    }
    if (!m_request.status) {
        printError(tr("--older-than needs --status S or --all-done to say which jobs"));
        return finish(ExitCode::Usage);
    }
    selectByRule([this](const QVector<DownloadJob> &jobs) { deleteSelected(jobs); });
}

void DeleteCommand::deleteByIds(QStringList ids) {
    ids.removeDuplicates();
    if (ids.isEmpty()) {
        printError(tr("delete needs at least one job id, or a rule"));
        return finish(ExitCode::Usage);
    }
    if (m_request.assumeYes)
        return deleteIds(ids);
    if (refuseWithoutTerminal(int(ids.size())))
        return;
    // Look every job up first so the question names what will go and what is still running.
    lookUpJobs(ids, [this, ids](const JobLookups &found) {
        QVector<Target> targets;
        for (const QString &id : ids) {
            const ApiResult<DownloadJob> &result = found.at(id);
            if (result.ok()) {
                targets.append({id, describeJob(result.value()),
                                result.value().status == JobStatus::Processing});
            } else if (result.error().kind() == ApiError::Kind::NotFound) {
                // Nothing to ask about: say so now rather than after a "yes".
                printError(aboutJob(id, result.error().describe()));
            } else {
                targets.append(
                    {id, QStringLiteral("%1  (%2)").arg(id, redacted(result.error().describe())),
                     false});
            }
        }
        if (targets.isEmpty())
            return finish(ExitCode::NotFound);
        confirmThenDelete(targets);
    });
}

void DeleteCommand::deleteSelected(const QVector<DownloadJob> &jobs) {
    if (jobs.isEmpty()) {
        printError(tr("no job matches; nothing deleted"));
        return finish(ExitCode::Ok);
    }
    QVector<Target> targets;
    for (const DownloadJob &job : jobs)
        targets.append({job.id, describeJob(job), job.status == JobStatus::Processing});
    if (m_request.dryRun) {
        for (const Target &target : targets)
            printLine(Terminal::cutToTerminal(tr("would delete %1").arg(target.line),
                                              m_request.outputColumns));
        return finish(ExitCode::Ok);
    }
    if (m_request.assumeYes) {
        // Shown before anything is sent, so the log says exactly what the rule selected.
        QStringList ids;
        for (const Target &target : targets) {
            QTextStream(stderr) << Terminal::cutToTerminal(u"  "_s + target.line,
                                                           m_request.errorColumns)
                                << '\n';
            ids.append(target.id);
        }
        return deleteIds(ids);
    }
    if (!refuseWithoutTerminal(int(targets.size())))
        confirmThenDelete(targets);
}

bool DeleteCommand::refuseWithoutTerminal(int count) {
    if (m_request.stdinIsTerminal)
        return false;
    printError(tr("refusing to delete without confirmation: standard input is not a terminal; "
                  "pass --yes to delete %n job(s)",
                  nullptr, count));
    finish(ExitCode::Usage);
    return true;
}

void DeleteCommand::confirmThenDelete(const QVector<Target> &targets) {
    const int columns = m_request.errorColumns;
    QTextStream err(stderr);
    QStringList ids;
    int processing = 0;
    for (const Target &target : targets) {
        if (ids.size() < namesShownBeforeConfirm)
            err << Terminal::cutToTerminal(u"  "_s + target.line, columns) << '\n';
        ids.append(target.id);
        processing += target.processing ? 1 : 0;
    }
    if (ids.size() > namesShownBeforeConfirm)
        err << "  " << tr("… and %n more", nullptr, int(ids.size()) - namesShownBeforeConfirm)
            << '\n';
    if (processing > 0)
        err << Terminal::wrapToTerminal(
                   tr("%n of these are still processing and will be cancelled.", nullptr,
                      processing),
                   columns)
            << '\n';
    err << Terminal::wrapToTerminal(tr("Deletion is permanent: the job records cannot be "
                                       "recovered. Files already saved on this computer are kept."),
                                    columns)
        << '\n';
    err.flush();
    if (!askYesNo(tr("Delete %n job(s)?", nullptr, int(ids.size())))) {
        printError(tr("nothing deleted"));
        return finish(ExitCode::Declined);
    }
    deleteIds(ids);
}

void DeleteCommand::deleteIds(const QStringList &ids) {
    forEachId(ids, deleteWindow, [this](const QString &id, std::function<void(ExitCode)> done) {
        m_client.deleteJob(id, [this, id, done](const ApiResult<QString> &result) {
            if (result.ok()) {
                printLine(tr("deleted %1").arg(id));
                return done(ExitCode::Ok);
            }
            printError(aboutJob(id, result.error().describe()));
            done(exitCodeFor(result.error()));
        });
    });
}
