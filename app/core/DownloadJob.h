#pragma once

#include "JobStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// One download job as the API describes it. The list, the detail and the async shapes all
// parse into this type so that the rest of the program sees a single vocabulary.
class DownloadJob final {
public:
    QString id;
    QString name;
    JobStatus status = JobStatus::Unknown;
    // Kept verbatim so an unknown word can still be shown to the user.
    QString rawStatus;
    QDateTime createdAt;
    QUrl downloadUrl;
    // Set only by the async shape, which points at /async-response/{id}.
    QUrl outputUrl;

    // The word to show: the raw word for unknown statuses, the canonical one otherwise.
    QString statusText() const;

    // Parses {id, name, status, created_at, download_url}. Returns false, with a reason, when
    // the object cannot describe a job (no id).
    static bool fromListItem(const QJsonObject &object, DownloadJob *job, QString *reason);
    // Parses {success, status, data:{id, output_url}}.
    static bool fromAsyncShape(const QJsonObject &envelope, DownloadJob *job, QString *reason);
    QJsonObject toJson() const;

    bool operator==(const DownloadJob &other) const;
    bool operator!=(const DownloadJob &other) const { return !(*this == other); }
};
