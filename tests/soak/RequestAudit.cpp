#include "RequestAudit.h"

using namespace Qt::StringLiterals;

void RequestAudit::confirmDeletion(const QStringList &ids) {
    for (const QString &id : ids)
        m_confirmed.insert(id);
}

void RequestAudit::read(const QList<ApiServer::AnsweredRequest> &log) {
    for (const ApiServer::AnsweredRequest &request : log) {
        ++m_requestsRead;
        const Endpoint endpoint = endpointOf(request);
        Tally &tally = m_tallies[size_t(endpoint)];
        ++tally.requests;
        tally.injected += request.injectedFault ? 1 : 0;
        const bool succeeded = request.status >= 200 && request.status < 300;
        tally.failed += succeeded ? 0 : 1;
        m_refusedForTheirKey += request.status == 401 ? 1 : 0;
        if (request.method != QHttpServerRequest::Method::Delete)
            continue;
        for (const QString &id : request.downloadIds) {
            if (!m_confirmed.contains(id)) {
                m_strayDeletes.append(u"%1 (request %2)"_s.arg(id).arg(m_requestsRead));
                continue;
            }
            m_lastAnswer.insert(id, succeeded               ? Answer::Deleted
                                    : request.status == 404 ? Answer::Gone
                                                            : Answer::Failed);
        }
    }
}

RequestAudit::Tally RequestAudit::total() const {
    Tally sum;
    for (const Tally &tally : m_tallies) {
        sum.requests += tally.requests;
        sum.injected += tally.injected;
        sum.failed += tally.failed;
    }
    return sum;
}

const char *RequestAudit::nameOf(Endpoint endpoint) {
    switch (endpoint) {
    case Endpoint::List:
        return "GET /download";
    case Endpoint::Get:
        return "GET /download/{id}";
    case Endpoint::Create:
        return "POST /download";
    case Endpoint::Retry:
        return "POST /download/{id}";
    case Endpoint::Delete:
        return "DELETE /download";
    case Endpoint::AsyncResponse:
        return "GET /async-response/{id}";
    case Endpoint::Other:
    case Endpoint::Count:
        break;
    }
    return "other";
}

RequestAudit::Endpoint RequestAudit::endpointOf(const ApiServer::AnsweredRequest &request) {
    using Method = QHttpServerRequest::Method;
    const bool collection = request.path == "/download"_L1;
    const bool oneJob = !collection && request.path.startsWith("/download/"_L1);
    if (request.method == Method::Get && collection)
        return Endpoint::List;
    if (request.method == Method::Get && oneJob)
        return Endpoint::Get;
    if (request.method == Method::Post && collection)
        return Endpoint::Create;
    if (request.method == Method::Post && oneJob)
        return Endpoint::Retry;
    if (request.method == Method::Delete && collection)
        return Endpoint::Delete;
    if (request.method == Method::Get && request.path.startsWith("/async-response/"_L1))
        return Endpoint::AsyncResponse;
    return Endpoint::Other;
}

int RequestAudit::countLastAnswers(Answer answer) const {
    int count = 0;
    for (const Answer last : m_lastAnswer)
        count += last == answer ? 1 : 0;
    return count;
}
