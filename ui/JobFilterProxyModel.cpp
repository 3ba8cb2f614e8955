#include "ui/JobFilterProxyModel.h"

#include "core/jobs/JobListModel.h"
#include "ui/RelativeTime.h"

#include <QColor>
#include <QLocale>
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

// The order of phases when sorting the Download column: work in progress first.
int sortRank(TransferProgress::Phase phase) {
    switch (phase) {
    case TransferProgress::Phase::Running:
        return 0;
    case TransferProgress::Phase::SavingElsewhere:
        return 1;
    case TransferProgress::Phase::Waiting:
        return 2;
    case TransferProgress::Phase::Paused:
        return 3;
    case TransferProgress::Phase::Failed:
        return 4;
    case TransferProgress::Phase::SavedFileMissing:
        return 5;
    case TransferProgress::Phase::Saved:
        return 6;
    case TransferProgress::Phase::Cancelled:
        return 7;
    case TransferProgress::Phase::None:
        break;
    }
    return 8;
}

} // namespace

JobFilterProxyModel::JobFilterProxyModel(JobListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_jobs(source) {
    setSourceModel(source);
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

QVariant JobFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSortFilterProxyModel::headerData(section, orientation, role);
    switch (section) {
    case JobListModel::NameColumn:
        return tr("Name");
    case JobListModel::StatusColumn:
        return tr("Status");
    case JobListModel::CreatedColumn:
        return tr("Created");
    case JobListModel::IdColumn:
        return tr("ID");
    case JobListModel::TransferColumn:
        return tr("Download");
    case JobListModel::MessageColumn:
        return tr("Message");
    }
    return {};
}

QModelIndex JobFilterProxyModel::indexOfJob(const QString &id) const {
    const int row = m_jobs->rowOf(id);
    return row < 0 ? QModelIndex() : mapFromSource(m_jobs->index(row, 0));
}

QVariant JobFilterProxyModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const int sourceRow = mapToSource(index).row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(sourceRow, column);
    case Qt::ToolTipRole:
        return toolTip(sourceRow, column);
    case Qt::DecorationRole:
    case Qt::ForegroundRole:
        if (column != JobListModel::StatusColumn)
            return {};
        if (role == Qt::DecorationRole)
            return m_icons[int(m_jobs->jobAt(sourceRow).status)];
        return colourFor(m_jobs->jobAt(sourceRow).status);
    }
    return QSortFilterProxyModel::data(index, role);
}

QString JobFilterProxyModel::displayText(int sourceRow, int column) const {
    const JobListModel::Row &row = m_jobs->rowAt(sourceRow);
    const DownloadJob &job = row.job;
    switch (column) {
    case JobListModel::NameColumn:
        return job.name.isEmpty() ? job.id : job.name;
    case JobListModel::StatusColumn:
        if (row.activity == JobListModel::Activity::Deleting)
            return tr("Deleting…");
        if (row.activity == JobListModel::Activity::Retrying)
            return tr("Retrying…");
        switch (job.status) {
        case JobStatus::Processing:
            if (job.percentage >= 0)
                return tr("Processing %1%").arg(qRound(job.percentage));
            return tr("Processing");
        case JobStatus::Done:
            return tr("Done");
        case JobStatus::Failed:
            return tr("Failed");
        case JobStatus::Unknown:
            break;
        }
        return job.statusText();
    case JobListModel::CreatedColumn:
        if (!job.createdAt.isValid())
            return {};
        return tr("%1 (%2)").arg(
            RelativeTime::describe(job.createdAt),
            QLocale().toString(job.createdAt.toLocalTime(), QLocale::ShortFormat));
    case JobListModel::IdColumn:
        return job.id;
    case JobListModel::TransferColumn:
        return describeTransfer(m_jobs->transfer(job.id));
    case JobListModel::MessageColumn:
        switch (row.failure.action) {
        case JobListModel::Activity::Deleting:
            return tr("Delete failed: %1").arg(row.failure.error.describe());
        case JobListModel::Activity::Retrying:
            return tr("Retry failed: %1").arg(row.failure.error.describe());
        case JobListModel::Activity::None:
            break;
        }
        // Why the job itself failed, when the server says.
        return job.status == JobStatus::Failed ? job.errorReason : QString();
    }
    return {};
}

QString JobFilterProxyModel::toolTip(int sourceRow, int column) const {
    const DownloadJob &job = m_jobs->jobAt(sourceRow);
    switch (column) {
    case JobListModel::TransferColumn: {
        const TransferProgress transfer = m_jobs->transfer(job.id);
        return transfer.savedPath.isEmpty() ? describeTransfer(transfer) : transfer.savedPath;
    }
    case JobListModel::CreatedColumn:
        return job.createdAt.isValid()
                   ? QLocale().toString(job.createdAt.toLocalTime(), QLocale::LongFormat)
                   : QString();
    case JobListModel::MessageColumn:
        return displayText(sourceRow, column);
    case JobListModel::StatusColumn:
        if (job.status == JobStatus::Unknown)
            return tr("The server reported a status this version does not know: \"%1\"")
                .arg(job.rawStatus);
        return {};
    }
    return {};
}

QString JobFilterProxyModel::describeTransfer(const TransferProgress &transfer) {
    const int percent = transfer.percent();
    const QString share = percent >= 0 ? tr("%1%").arg(percent) : tr("…");
    switch (transfer.phase) {
    case TransferProgress::Phase::None:
        return {};
    case TransferProgress::Phase::Waiting:
        return tr("Waiting");
    case TransferProgress::Phase::Running: {
        QString text = share;
        if (transfer.bytesPerSecond > 0)
            text += tr(" · %1 MB/s").arg(double(transfer.bytesPerSecond) / 1e6, 0, 'f', 1);
        if (transfer.secondsLeft >= 0)
            text += tr(" · %1:%2 left")
                        .arg(transfer.secondsLeft / 60)
                        .arg(transfer.secondsLeft % 60, 2, 10, QLatin1Char('0'));
        return text;
    }
    case TransferProgress::Phase::Paused:
        return tr("Paused at %1").arg(share);
    case TransferProgress::Phase::SavingElsewhere:
        return tr("Saving in another window");
    case TransferProgress::Phase::Saved:
        return tr("Saved");
    case TransferProgress::Phase::SavedFileMissing:
        return tr("Saved file was moved or deleted");
    case TransferProgress::Phase::Failed:
        return tr("Failed: %1").arg(transfer.error);
    case TransferProgress::Phase::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

bool JobFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const {
    const DownloadJob &job = m_jobs->jobAt(sourceRow);
    if (m_status && job.status != *m_status)
        return false;
    return matchesSearch(job);
}

bool JobFilterProxyModel::matchesSearch(const DownloadJob &job) const {
    if (m_search.isEmpty())
        return true;
    return job.name.contains(m_search, Qt::CaseInsensitive) ||
           job.id.contains(m_search, Qt::CaseInsensitive);
}

bool JobFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const JobListModel::Row &rowA = m_jobs->rowAt(left.row());
    const JobListModel::Row &rowB = m_jobs->rowAt(right.row());
    const DownloadJob &a = rowA.job;
    const DownloadJob &b = rowB.job;
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
    case JobListModel::TransferColumn: {
        const TransferProgress ta = m_jobs->transfer(a.id);
        const TransferProgress tb = m_jobs->transfer(b.id);
        if (ta.phase != tb.phase)
            return sortRank(ta.phase) < sortRank(tb.phase);
        return ta.percent() != tb.percent() ? ta.percent() < tb.percent() : a.id < b.id;
    }
    case JobListModel::MessageColumn: {
        const QString messageA = displayText(left.row(), JobListModel::MessageColumn);
        const QString messageB = displayText(right.row(), JobListModel::MessageColumn);
        return messageA != messageB ? messageA < messageB : a.id < b.id;
    }
    }
    return a.id < b.id;
}
