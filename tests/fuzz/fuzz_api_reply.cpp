// What the API (or a proxy or gateway in front of it) answers: the reply interpreter, then the
// readings of list, get and async bodies that the client makes of a successful envelope.
// Input: "<status> <content type>\n<body>", like the head of an HTTP answer; status 0 is a
// transport failure, and then the second word is the QNetworkReply::NetworkError.
#include "FuzzProperty.h"

#include "core/api/ApiReplyInterpreter.h"
#include "core/api/DownloadJob.h"

#include <QJsonArray>

#include <cstdint>

namespace {

ApiReplyInterpreter::Reply replyFrom(const QByteArray &input) {
    ApiReplyInterpreter::Reply reply;
    reply.url = QUrl(QStringLiteral("http://127.0.0.1:1/download?page_index=0"));
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0) {
        reply.httpStatus = 200;
        reply.body = input;
        return reply;
    }
    const QByteArray statusLine = input.left(newline);
    reply.body = input.mid(newline + 1);
    const qsizetype space = statusLine.indexOf(' ');
    reply.httpStatus = (space < 0 ? statusLine : statusLine.left(space)).toInt();
    const QByteArray detail = space < 0 ? QByteArray() : statusLine.mid(space + 1);
    if (reply.httpStatus == 0) {
        // Kept within the enumeration's range: any other value is not one Qt can hand over.
        reply.networkError = QNetworkReply::NetworkError(
            qBound(0, detail.toInt(), int(QNetworkReply::UnknownServerError)));
        reply.networkErrorText = QString::fromUtf8(reply.body);
    } else {
        reply.contentType = detail;
    }
    return reply;
}

void requireReadable(const DownloadJob &job) {
    requireProperty(!job.id.isEmpty(), "a job read from an answer has an id");
    requireProperty(job.percentage == -1 || (job.percentage >= 0 && job.percentage <= 100),
                    "a percentage is unknown or between 0 and 100");
    requireProperty(!job.statusText().isEmpty(), "a job's status can be shown");
    DownloadJob again;
    QString reason;
    requireProperty(DownloadJob::fromListItem(job.toJson(), &again, &reason),
                    "a job written as JSON reads back");
    requireProperty(again.id == job.id && again.name == job.name && again.status == job.status,
                    "a job reads back with its id, name and status");
}

// The client's readings of a successful envelope: a list page, one job, an async answer.
void readJobs(const QJsonObject &envelope) {
    const QJsonObject data = envelope.value(QLatin1String("data")).toObject();
    for (const QJsonValue &item : data.value(QLatin1String("downloads")).toArray()) {
        DownloadJob job;
        QString reason;
        if (DownloadJob::fromListItem(item.toObject(), &job, &reason))
            requireReadable(job);
        else
            requireProperty(!reason.isEmpty(), "a row left out says why");
    }
    DownloadJob job;
    QString reason;
    if (DownloadJob::fromListItem(data, &job, &reason))
        requireReadable(job);
    if (DownloadJob::fromAsyncShape(envelope, &job, &reason))
        requireReadable(job);
    else
        requireProperty(!reason.isEmpty(), "an unreadable async answer says why");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const ApiReplyInterpreter::Reply reply =
        replyFrom(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const ApiResult<QJsonObject> result = ApiReplyInterpreter::interpret(reply);
    if (!result.ok()) {
        requireProperty(result.error().kind() != ApiError::Kind::None, "a failure has a kind");
        requireProperty(!result.error().describe().isEmpty(), "a failure can be described");
        return 0;
    }
    requireProperty(reply.httpStatus >= 200 && reply.httpStatus < 300,
                    "only a 2xx answer succeeds");
    requireProperty(result.value().value(QLatin1String("success")).toBool(),
                    "only an answer that says success succeeds");
    readJobs(result.value());
    return 0;
}
