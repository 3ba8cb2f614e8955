#include "cli/ShowCommand.h"

#include <QJsonDocument>

#include <utility>

void ShowCommand::start() {
    if (m_request.arguments.size() != 1) {
        printError(tr("show takes exactly one job id"));
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
        QVector<std::pair<QString, QString>> fields{{tr("id:"), job.id}};
        // The status of a job still processing carries no name: no empty line for it.
        if (!job.name.isEmpty())
            fields.append({tr("name:"), job.name});
        fields.append({tr("status:"), job.statusText()});
        if (job.status == JobStatus::Processing && job.percentage >= 0)
            fields.append({tr("progress:"), tr("%1%").arg(job.percentage, 0, 'f', 0)});
        if (!job.errorReason.isEmpty())
            fields.append({tr("error:"), job.errorReason});
        if (job.createdAt.isValid())
            fields.append({tr("created:"), job.createdAt.toString(Qt::ISODate)});
        if (!job.encodedDownloadUrl.isEmpty())
            fields.append({tr("download url:"), QString::fromUtf8(job.encodedDownloadUrl)});
        // The values line up behind the longest label, whatever the language makes of them.
        qsizetype labelWidth = 0;
        for (const auto &[label, value] : std::as_const(fields))
            labelWidth = qMax(labelWidth, label.size());
        for (const auto &[label, value] : std::as_const(fields))
            printLine(label.leftJustified(labelWidth + 1) + value);
        finish(ExitCode::Ok);
    });
}
