#include "core/api/DownloadJob.h"

#include <QJsonValue>

#include <algorithm>

namespace {

// A string id, or a numeric one (some APIs send them) rather than losing the job; empty when
// there is none.
QString idFrom(const QJsonValue &value) {
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

bool readId(const QJsonObject &object, QString *id, QString *reason) {
    *id = idFrom(object.value(QLatin1String("id")));
    if (!id->isEmpty())
        return true;
    *reason = QStringLiteral("a job has no \"id\"");
    return false;
}

// The handful of words every job repeats share one string instead of 100,000 copies.
QString internedStatusWord(const QString &word) {
    static const QString known[] = {QStringLiteral("processing"), QStringLiteral("done"),
                                    QStringLiteral("error"),      QStringLiteral("failed"),
                                    QStringLiteral("pending"),    QStringLiteral("completed"),
                                    QStringLiteral("success")};
    for (const QString &candidate : known) {
        if (candidate == word)
            return candidate;
    }
    return word;
}

QDateTime parseTimestamp(const QString &text) {
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    // Timestamps without a zone are UTC on this API.
    if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime &&
        !text.contains(QLatin1Char('+')) && !text.endsWith(QLatin1Char('Z')))
        parsed.setTimeSpec(Qt::UTC);
    return parsed;
}

// Accepts 42, 42.5 and "42" (or "42%"); -1 for anything else.
double percentageFrom(const QJsonValue &value) {
    double number = -1;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        number = value.toString().trimmed().remove(QLatin1Char('%')).toDouble(&ok);
        if (!ok)
            return -1;
    }
    return number >= 0 && number <= 100 ? number : -1;
}

// The reason may be a plain string or an object with a message.
QString errorReasonFrom(const QJsonValue &value) {
    if (value.isObject())
        return value.toObject().value(QLatin1String("message")).toString();
    return value.toString();
}

QByteArray encodedUrlFrom(const QString &url) {
    if (url.isEmpty())
        return {};
    // Servers send encoded URLs; only an unusual one needs QUrl's (slow) normalisation.
    const bool plainAscii = std::all_of(
        url.cbegin(), url.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
    return plainAscii ? url.toLatin1() : QUrl(url).toEncoded();
}

// Everything but the id and the status, which the list and async shapes place differently.
void readDetails(const QJsonObject &object, DownloadJob *job) {
    job->name = object.value(QLatin1String("name")).toString();
    job->createdAt = parseTimestamp(object.value(QLatin1String("created_at")).toString());
    job->encodedDownloadUrl =
        encodedUrlFrom(object.value(QLatin1String("download_url")).toString());
    job->errorReason = errorReasonFrom(object.value(QLatin1String("error")));
    job->percentage = percentageFrom(object.value(QLatin1String("percentage")));
}

void setStatus(const QString &word, DownloadJob *job) {
    job->rawStatus = internedStatusWord(word);
    job->status = jobStatusFromWord(job->rawStatus);
}

} // namespace

QString DownloadJob::statusText() const {
    if (status == JobStatus::Unknown)
        return rawStatus.isEmpty() ? jobStatusWord(status) : rawStatus;
    return jobStatusWord(status);
}

bool DownloadJob::fromListItem(const QJsonObject &object, DownloadJob *job, QString *reason) {
    DownloadJob parsed;
    if (!readId(object, &parsed.id, reason))
        return false;
    readDetails(object, &parsed);
    setStatus(object.value(QLatin1String("status")).toString(), &parsed);
    *job = parsed;
    return true;
}

bool DownloadJob::fromAsyncShape(const QJsonObject &envelope, DownloadJob *job, QString *reason) {
    const QJsonValue data = envelope.value(QLatin1String("data"));
    if (!data.isObject()) {
        *reason = QStringLiteral("the response has no \"data\" object");
        return false;
    }
    // Both official SDKs read the result from data.response when there is one; what sits
    // beside it still counts unless the response says otherwise.
    QJsonObject fields = data.toObject();
    const QJsonValue wrapped = fields.value(QLatin1String("response"));
    if (wrapped.isObject()) {
        const QJsonObject response = wrapped.toObject();
        fields.remove(QLatin1String("response"));
        for (auto it = response.begin(); it != response.end(); ++it)
            fields.insert(it.key(), it.value());
    }
    DownloadJob parsed;
    if (!readId(fields, &parsed.asyncId, reason))
        return false;
    const QString downloadId = idFrom(fields.value(QLatin1String("download_id")));
    parsed.id = downloadId.isEmpty() ? parsed.asyncId : downloadId;
    readDetails(fields, &parsed);
    setStatus(envelope.value(QLatin1String("status")).toString(), &parsed);
    const QString outputUrl = fields.value(QLatin1String("output_url")).toString();
    if (!outputUrl.isEmpty())
        parsed.outputUrl = QUrl(outputUrl);
    *job = parsed;
    return true;
}

QJsonObject DownloadJob::toJson() const {
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("status"), statusText()}};
    if (createdAt.isValid())
        object.insert(QStringLiteral("created_at"), createdAt.toString(Qt::ISODate));
    if (!encodedDownloadUrl.isEmpty())
        object.insert(QStringLiteral("download_url"), QString::fromUtf8(encodedDownloadUrl));
    return object;
}

bool DownloadJob::operator==(const DownloadJob &other) const {
    return id == other.id && name == other.name && status == other.status &&
           rawStatus == other.rawStatus && createdAt == other.createdAt &&
           encodedDownloadUrl == other.encodedDownloadUrl && outputUrl == other.outputUrl &&
           asyncId == other.asyncId && errorReason == other.errorReason &&
           percentage == other.percentage;
}
