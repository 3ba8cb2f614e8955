#include "cli/ShowCommand.h"

#include <QJsonDocument>

void ShowCommand::start() {
    if (m_request.arguments.size() != 1) {
        printError(QStringLiteral("show takes exactly one job id"));
        return finish(ExitCode::Usage);
    }
    m_client.getJob(m_request.arguments.first(), [this](const ApiResult<DownloadJob> &result) {
        if (!result.ok())
            return fail(result.error(), m_request.arguments.first());
        const DownloadJob &job = result.value();
        if (m_request.json()) {
            printLine(QString::fromUtf8(QJsonDocument(job.toJson()).toJson(QJsonDocument::Indented))
                          .trimmed());
            return finish(ExitCode::Ok);
        }
        printLine(QStringLiteral("id:           ") + job.id);
        printLine(QStringLiteral("name:         ") + job.name);
        printLine(QStringLiteral("status:       ") + job.statusText());
        if (job.status == JobStatus::Processing && job.percentage >= 0)
            printLine(QStringLiteral("progress:     %1%").arg(job.percentage, 0, 'f', 0));
        if (!job.errorReason.isEmpty())
            printLine(QStringLiteral("error:        ") + job.errorReason);
        if (job.createdAt.isValid())
            printLine(QStringLiteral("created:      ") + job.createdAt.toString(Qt::ISODate));
        if (!job.encodedDownloadUrl.isEmpty())
            printLine(QStringLiteral("download url: ") + QString::fromUtf8(job.encodedDownloadUrl));
        finish(ExitCode::Ok);
    });
}
