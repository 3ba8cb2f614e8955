#include "core/api/DownloadJob.h"

#include <QJsonValue>

#include <algorithm>

namespace {

bool readId(const QJsonObject &object, QString *id, QString *reason) {
    const QJsonValue value = object.value(QLatin1String("id"));
    if (value.isString() && !value.toString().isEmpty()) {
        *id = value.toString();
        return true;
    }
    // Some APIs send numeric ids; accept them rather than losing the job.
    if (value.isDouble()) {
        *id = QString::number(value.toInteger());
        return true;
    }
    *reason = QStringLiteral("a job has no \"id\"");
    return false;
}

// The handful of words every job repeats share one string instead of 100,000 copies.
QString internedStatusWord(const QString &word) {
    static const QString known[] = {QStringLiteral("processing"), QStringLiteral("done"),
                                    QStringLiteral("error"), QStringLiteral("failed")};
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
    parsed.name = object.value(QLatin1String("name")).toString();
    parsed.rawStatus = internedStatusWord(object.value(QLatin1String("status")).toString());
    parsed.status = jobStatusFromWord(parsed.rawStatus);
    parsed.createdAt = parseTimestamp(object.value(QLatin1String("created_at")).toString());
    const QString url = object.value(QLatin1String("download_url")).toString();
    if (!url.isEmpty()) {
        // Servers send encoded URLs; only an unusual one needs QUrl's (slow) normalisation.
        const bool plainAscii = std::all_of(url.cbegin(), url.cend(), [](QChar c) {
            return c.unicode() > 0x20 && c.unicode() < 0x7f;
        });
        parsed.encodedDownloadUrl = plainAscii ? url.toLatin1() : QUrl(url).toEncoded();
    }
    *job = parsed;
    return true;
}

bool DownloadJob::fromAsyncShape(const QJsonObject &envelope, DownloadJob *job, QString *reason) {
    const QJsonValue data = envelope.value(QLatin1String("data"));
    if (!data.isObject()) {
        *reason = QStringLiteral("the response has no \"data\" object");
        return false;
    }
    DownloadJob parsed;
    if (!readId(data.toObject(), &parsed.id, reason))
        return false;
    parsed.rawStatus = internedStatusWord(envelope.value(QLatin1String("status")).toString());
    parsed.status = jobStatusFromWord(parsed.rawStatus);
    const QString outputUrl = data.toObject().value(QLatin1String("output_url")).toString();
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
           encodedDownloadUrl == other.encodedDownloadUrl && outputUrl == other.outputUrl;
}
