#include "cli/ShowCommand.h"

#include "cli/Terminal.h"

#include <QJsonDocument>

#include <utility>

namespace {

// Narrower than this beside the labels, and values are left whole for the terminal to wrap.
constexpr int shortestWrap = 20;

} // namespace

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
        // On a terminal a long value wraps under itself; a link has no spaces and stays whole.
        const int indent = int(labelWidth) + 1;
        // One column short of the width: a full line makes some terminals wrap.
        const int room = m_request.outputColumns - 1;
        for (const auto &[label, value] : std::as_const(fields)) {
            const QString shown = Terminal::printable(value);
            printLine(room - indent >= shortestWrap
                          ? Terminal::indentedBlock(label, indent, indent, shown, room)
                          : label.leftJustified(indent) + shown);
        }
        finish(ExitCode::Ok);
    });
}
