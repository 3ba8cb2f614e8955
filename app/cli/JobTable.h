#pragma once

#include "core/api/DownloadJob.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

// The list command's table. On a terminal it fits the window: a long name ends in "…", and the
// created column goes first when even a short name has no room. Piped or saved, nothing is
// cut, and times stay ISO 8601 in UTC for scripts. Control characters in ids and names from the
// server show as "?" either way.
class JobTable final {
    Q_DECLARE_TR_FUNCTIONS(JobTable)

public:
    // width: the terminal's columns, or 0 for no limit. The id column is as wide as the
    // longest id of firstPage; a longer id later shifts only its own row.
    JobTable(int width, const QVector<DownloadJob> &firstPage);

    QString header() const;
    QString row(const DownloadJob &job) const;

private:
    QString line(const QString &id, const QString &status, const QString &created,
                 const QString &name) const;

    int m_width;
    int m_idWidth;
    bool m_showsCreated;
};
