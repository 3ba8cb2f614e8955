#include "cli/CliCommand.h"

#include "cli/Terminal.h"
#include "core/api/RequestWindow.h"

#include <QDateTime>
#include <QTextStream>

#include <memory>

namespace {

constexpr int lookupWindow = 4;

} // namespace

CliCommand::CliCommand(ClientConfig config, CliRequest request, QObject *parent)
    : QObject(parent)
    , m_client(std::move(config))
    , m_request(std::move(request)) {
    connect(&m_client, &VideoDbClient::unreadableJobsSkipped, this, [this](int count) {
        if (count > 0)
            printError(tr("%n job(s) could not be read (no id) and are left out", nullptr, count));
    });
}

void CliCommand::selectByRule(std::function<void(const QVector<DownloadJob> &)> done) {
    auto selected = std::make_shared<QVector<DownloadJob>>();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_client.streamJobs(
        [this, selected, now](const QVector<DownloadJob> &page) {
            for (const DownloadJob &job : page) {
                if (matchesRule(job, now))
                    selected->append(job);
            }
        },
        [this, selected, done](const ApiError &error) {
            if (error.isError())
                return fail(error);
            done(*selected);
        });
}

bool CliCommand::matchesRule(const DownloadJob &job, const QDateTime &now) const {
    if (m_request.status && job.status != *m_request.status)
        return false;
    // A job whose age is unknown is never old enough to be swept up.
    return m_request.olderThanS <= 0 ||
           (job.createdAt.isValid() && job.createdAt.secsTo(now) > m_request.olderThanS);
}

void CliCommand::lookUpJobs(const QStringList &ids, std::function<void(const JobLookups &)> done) {
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

void CliCommand::forEachId(const QStringList &ids, int maxInFlight, IdOperation operation) {
    auto worst = std::make_shared<ExitCode>(ExitCode::Ok);
    auto *window = new RequestWindow(
        ids, maxInFlight,
        [worst, operation](const QString &id, std::function<void()> done) {
            operation(id, [worst, done](ExitCode outcome) {
                *worst = worse(*worst, outcome);
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

bool CliCommand::askYesNo(const QString &question) {
    QTextStream err(stderr);
    // The answer is read as y or yes in every language, so the hint stays as it is.
    err << question << " [y/N] ";
    err.flush();
    QTextStream input(stdin);
    const QString answer = input.readLine().trimmed().toLower();
    // Ctrl+D ends the input without the newline the terminal would echo for Enter.
    if (input.atEnd() && answer.isEmpty())
        err << '\n';
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

QString CliCommand::describeJob(const DownloadJob &job) {
    // Printed on its own as well (the confirmation list): the server's text made harmless here.
    return Terminal::printable(
        QStringLiteral("%1  %2  [%3]")
            .arg(job.id, job.name.isEmpty() ? tr("(no name)") : job.name, job.statusText()));
}

QString CliCommand::aboutJob(const QString &id, const QString &problem) {
    //: %1 a job's id, %2 what went wrong with it
    return tr("%1: %2").arg(id, problem);
}

ExitCode CliCommand::worse(ExitCode a, ExitCode b) {
    // Authentication outranks other failures, which outrank "not found" and a declined prompt.
    const auto rank = [](ExitCode code) {
        switch (code) {
        case ExitCode::Ok:
            return 0;
        case ExitCode::Declined:
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

void CliCommand::fail(const ApiError &error, const QString &context) {
    printError(context.isEmpty() ? error.describe() : aboutJob(context, error.describe()));
    finish(exitCodeFor(error));
}

void CliCommand::finish(ExitCode code) {
    emit finished(int(code));
}

QString CliCommand::redacted(const QString &text) const {
    const QString key = m_client.config().apiKey.trimmed();
    if (key.isEmpty())
        return text;
    return QString(text).replace(key, QStringLiteral("[redacted]"));
}

void CliCommand::printLine(const QString &text) {
    // Our own line breaks stay (indented JSON); the server's text cannot add any.
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = Terminal::printable(line);
    QTextStream(stdout) << lines.join(QLatin1Char('\n')) << '\n';
}

void CliCommand::printError(const QString &text) {
    QTextStream(stderr) << "videodb-downloads-cli: " << Terminal::printable(redacted(text)) << '\n';
}
