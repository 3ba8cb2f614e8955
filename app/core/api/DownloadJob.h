#pragma once

#include "core/api/JobStatus.h"

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
    // Only for done jobs; valid 24 hours after completion. Kept encoded: a parsed QUrl costs
    // about 400 bytes more per job, which is 40 MB over 100,000 jobs.
    QByteArray encodedDownloadUrl;
    // Set only by the async shape, which points at /async-response/{id}.
    QUrl outputUrl;
    // The async operation's own id (the async data's "id"); empty for list and detail rows.
    // Equal to id when the answer named no download_id.
    QString asyncId;
    // Why a failed job failed, in the server's words.
    QString errorReason;
    // How far a running job is, 0 to 100; -1 when the server did not say.
    double percentage = -1;

    // The word to show: the raw word for unknown statuses, the canonical one otherwise.
    QString statusText() const;
    QUrl downloadUrl() const { return QUrl::fromEncoded(encodedDownloadUrl); }

    // Parses {id, name, status, created_at, download_url}. Returns false, with a reason, when
    // the object cannot describe a job (no id).
    static bool fromListItem(const QJsonObject &object, DownloadJob *job, QString *reason);
    // Parses {success, status, data:{id, output_url, …}}, with data possibly wrapped in
    // {"response": …}. The id is data.download_id when present, data.id otherwise.
    static bool fromAsyncShape(const QJsonObject &envelope, DownloadJob *job, QString *reason);
    // True when the async answer named no download of its own, so id is only the async id.
    bool idIsOnlyAsyncId() const { return !asyncId.isEmpty() && id == asyncId; }
    QJsonObject toJson() const;

    bool operator==(const DownloadJob &other) const;
    bool operator!=(const DownloadJob &other) const { return !(*this == other); }
};

// Every member is relocatable, so growing a vector of 100,000 jobs is a memcpy, not 100,000
// copy constructions.
Q_DECLARE_TYPEINFO(DownloadJob, Q_RELOCATABLE_TYPE);
