#include "ui/JobFilterProxyModel.h"

#include "core/jobs/JobListModel.h"

#include <QColor>
#include <QPainter>
#include <QPen>
#include <QPixmap>

namespace {

QColor colourFor(JobStatus status) {
    switch (status) {
    case JobStatus::Processing:
        return QColor(0x1e, 0x88, 0xe5);
    case JobStatus::Done:
        return QColor(0x2e, 0x7d, 0x32);
    case JobStatus::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case JobStatus::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QIcon dotIcon(const QColor &colour) {
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // A light ring keeps the dot visible on a selected (highlighted) row.
    painter.setPen(QPen(QColor(255, 255, 255, 220), 3));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(6, 6, 20, 20));
    return QIcon(pixmap);
}

} // namespace

JobFilterProxyModel::JobFilterProxyModel(JobListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_jobs(source) {
    setSourceModel(source);
    setSortRole(JobListModel::SortRole);
    setDynamicSortFilter(true);
    for (JobStatus status :
         {JobStatus::Processing, JobStatus::Done, JobStatus::Failed, JobStatus::Unknown})
        m_icons[int(status)] = dotIcon(colourFor(status));
}

void JobFilterProxyModel::setStatusFilter(std::optional<JobStatus> status) {
    if (m_status == status)
        return;
    m_status = status;
    invalidate();
}

void JobFilterProxyModel::setSearchText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidate();
}

QVariant JobFilterProxyModel::data(const QModelIndex &index, int role) const {
    if (index.column() == JobListModel::StatusColumn &&
        (role == Qt::DecorationRole || role == Qt::ForegroundRole)) {
        const auto status =
            JobStatus(QSortFilterProxyModel::data(index, JobListModel::StatusRole).toInt());
        if (role == Qt::DecorationRole)
            return m_icons[int(status)];
        return colourFor(status);
    }
    return QSortFilterProxyModel::data(index, role);
}

bool JobFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const {
    const DownloadJob &job = m_jobs->jobAt(sourceRow);
    if (m_status && job.status != *m_status)
        return false;
    if (m_search.isEmpty())
        return true;
    return job.name.contains(m_search, Qt::CaseInsensitive) ||
           job.id.contains(m_search, Qt::CaseInsensitive);
}

bool JobFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const DownloadJob &a = m_jobs->jobAt(left.row());
    const DownloadJob &b = m_jobs->jobAt(right.row());
    switch (left.column()) {
    case JobListModel::NameColumn: {
        const int order = a.name.compare(b.name, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.id < b.id;
    }
    case JobListModel::StatusColumn:
        return a.status != b.status ? a.status < b.status : a.createdAt > b.createdAt;
    case JobListModel::CreatedColumn:
        return a.createdAt < b.createdAt;
    case JobListModel::IdColumn:
        return a.id < b.id;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}
