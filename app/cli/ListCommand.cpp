#include "cli/ListCommand.h"

#include <QJsonDocument>

#include <cstdio>

namespace {

// Qt's indented layout, one level deeper, so the streamed array reads like a whole one.
QByteArray indentedOneLevel(const QJsonObject &object) {
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented).trimmed();
    text.replace('\n', "\n    ");
    return "    " + text;
}

} // namespace

void ListCommand::start() {
    if (!m_request.arguments.isEmpty()) {
        printError(tr("list takes no job ids; show ID prints one job"));
        return finish(ExitCode::Usage);
    }
    m_client.streamJobs([this](const QVector<DownloadJob> &page) { printPage(page); },
                        [this](const ApiError &error) { end(error); });
}

void ListCommand::end(const ApiError &error) {
    if (error.isError() && !m_started)
        return fail(error);
    if (!m_started)
        printPage({});
    // Closed even after a failure, so what was printed stays one valid document; stderr and
    // the exit code say it is short.
    if (m_request.format == CliRequest::Format::Json)
        write("]\n");
    else if (m_request.format == CliRequest::Format::PrettyJson)
        write(m_anyJobPrinted ? "\n]\n" : "]\n");
    if (error.isError())
        return fail(error);
    finish(ExitCode::Ok);
}

void ListCommand::printPage(const QVector<DownloadJob> &page) {
    QByteArray out;
    out.reserve(page.size() * 256);
    // Begun with the first answer, so a listing that fails at once prints only why.
    if (!m_started) {
        m_started = true;
        if (m_request.format == CliRequest::Format::Table) {
            m_table.emplace(m_request.outputColumns, page);
            out += (m_table->header() + QLatin1Char('\n')).toUtf8();
        } else if (m_request.format != CliRequest::Format::JsonLines)
            out += '[';
    }
    for (const DownloadJob &job : page) {
        if (!m_request.status || job.status == *m_request.status)
            appendJob(out, job);
    }
    write(out);
}

void ListCommand::appendJob(QByteArray &out, const DownloadJob &job) {
    switch (m_request.format) {
    case CliRequest::Format::Table:
        out += m_table->row(job).toUtf8();
        out += '\n';
        break;
    case CliRequest::Format::Json:
        if (m_anyJobPrinted)
            out += ',';
        out += QJsonDocument(job.toJson()).toJson(QJsonDocument::Compact);
        break;
    case CliRequest::Format::PrettyJson:
        out += m_anyJobPrinted ? ",\n" : "\n";
        out += indentedOneLevel(job.toJson());
        break;
    case CliRequest::Format::JsonLines:
        out += QJsonDocument(job.toJson()).toJson(QJsonDocument::Compact);
        out += '\n';
        break;
    }
    m_anyJobPrinted = true;
}

void ListCommand::write(const QByteArray &bytes) {
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}
