#include "core/api/JobStatus.h"

JobStatus jobStatusFromWord(const QString &word) {
    const QString normalized = word.trimmed().toLower();
    if (normalized == QLatin1String("processing") || normalized == QLatin1String("in progress") ||
        normalized == QLatin1String("in_progress") || normalized == QLatin1String("pending"))
        return JobStatus::Processing;
    if (normalized == QLatin1String("done") || normalized == QLatin1String("completed") ||
        normalized == QLatin1String("complete") || normalized == QLatin1String("success"))
        return JobStatus::Done;
    if (normalized == QLatin1String("error") || normalized == QLatin1String("failed"))
        return JobStatus::Failed;
    return JobStatus::Unknown;
}

QString jobStatusWord(JobStatus status) {
    switch (status) {
    case JobStatus::Processing:
        return QStringLiteral("processing");
    case JobStatus::Done:
        return QStringLiteral("done");
    case JobStatus::Failed:
        return QStringLiteral("failed");
    case JobStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}
