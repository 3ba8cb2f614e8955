#include "cli/CreateCommand.h"

#include "core/api/StreamLink.h"

namespace {

QString problemText(StreamLink::Problem problem) {
    switch (problem) {
    case StreamLink::Problem::None:
        break;
    case StreamLink::Problem::Empty:
        return QStringLiteral("the stream URL is empty");
    case StreamLink::Problem::NotAUrl:
        return QStringLiteral("not a valid stream URL");
    case StreamLink::Problem::UnsupportedScheme:
        return QStringLiteral("the stream URL must start with https:// or http://");
    }
    return {};
}

} // namespace

void CreateCommand::start() {
    if (m_request.arguments.size() != 1) {
        printError(QStringLiteral("create takes exactly one stream URL"));
        return finish(ExitCode::Usage);
    }
    const StreamLink link(m_request.arguments.first());
    if (!link.isUsable()) {
        printError(QStringLiteral("%1: \"%2\"")
                       .arg(problemText(link.problem()), m_request.arguments.first()));
        return finish(ExitCode::Usage);
    }
    m_client.createJob(link.url().toString(QUrl::FullyEncoded), m_request.name,
                       [this](const ApiResult<DownloadJob> &result) {
                           if (!result.ok())
                               return fail(result.error());
                           printLine(result.value().id);
                           finish(ExitCode::Ok);
                       });
}
