#include "cli/CreateCommand.h"

#include "core/api/StreamLink.h"

namespace {

QString problemText(StreamLink::Problem problem) {
    switch (problem) {
    case StreamLink::Problem::None:
        break;
    case StreamLink::Problem::Empty:
        return CreateCommand::tr("the stream URL is empty");
    case StreamLink::Problem::NotAUrl:
        return CreateCommand::tr("not a valid stream URL");
    case StreamLink::Problem::UnsupportedScheme:
        return CreateCommand::tr("the stream URL must start with https:// or http://");
    }
    return {};
}

} // namespace

void CreateCommand::start() {
    if (m_request.arguments.size() != 1) {
        printError(tr("create takes exactly one stream URL"));
        return finish(ExitCode::Usage);
    }
    const StreamLink link(m_request.arguments.first());
    if (!link.isUsable()) {
        //: %1 what is wrong with the stream URL, %2 the URL as given
        printError(tr("%1: \"%2\"").arg(problemText(link.problem()), m_request.arguments.first()));
        return finish(ExitCode::Usage);
    }
    m_client.createJob(link.url().toString(QUrl::FullyEncoded),
                       m_request.name.isEmpty() ? link.suggestedJobName() : m_request.name,
                       [this](const ApiResult<DownloadJob> &result) {
                           if (!result.ok())
                               return fail(result.error());
                           printLine(result.value().id);
                           finish(ExitCode::Ok);
                       });
}
