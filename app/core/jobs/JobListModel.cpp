#include "core/jobs/JobListModel.h"

JobListModel::JobListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int JobListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const DownloadJob &job = row.job;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return job.name.isEmpty() ? job.id : job.name;
        case StatusColumn:
            return job.statusText();
        case CreatedColumn:
            return job.createdAt;
        case IdColumn:
            return job.id;
        case TransferColumn:
            return m_transfers.value(job.id).percent();
        case MessageColumn:
            // The server's own words; the proxy says what failed.
            return row.failure.error.message();
        }
        return {};
    case JobIdRole:
        return job.id;
    case StatusRole:
        return int(job.status);
    case TransferRole:
        return QVariant::fromValue(m_transfers.value(job.id));
    }
    return {};
}

void JobListModel::beginRefresh() {
    ++m_refreshGeneration;
    m_refreshing = true;
}

bool JobListModel::applyUpdate(Row &row, const DownloadJob &fresh, bool keepMissingFields) {
    DownloadJob merged = fresh;
    if (keepMissingFields) {
        if (merged.name.isEmpty())
            merged.name = row.job.name;
        if (!merged.createdAt.isValid())
            merged.createdAt = row.job.createdAt;
        if (merged.encodedDownloadUrl.isEmpty() && merged.status == row.job.status)
            merged.encodedDownloadUrl = row.job.encodedDownloadUrl;
    }
    if (merged == row.job)
        return false;
    const bool wasProcessing = row.job.status == JobStatus::Processing;
    const bool finished = wasProcessing && merged.status == JobStatus::Done;
    const bool failed = wasProcessing && merged.status == JobStatus::Failed;
    row.job = std::move(merged);
    if (row.activity == Activity::Retrying && row.job.status != JobStatus::Failed)
        row.activity = Activity::None;
    if (finished)
        emit jobFinished(row.job.id, row.job.name);
    if (failed)
        emit jobFailed(row.job.id, row.job.name, row.job.errorReason);
    return true;
}

void JobListModel::emitRowChanged(int row) {
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void JobListModel::mergePage(const QVector<DownloadJob> &jobs) {
    QVector<DownloadJob> added;
    bool anyChanged = false;
    for (const DownloadJob &job : jobs) {
        const int row = rowOf(job.id);
        if (row < 0) {
            // The same id twice in one refresh (pages shifting under us) stays one row.
            if (!m_rowById.contains(job.id)) {
                m_rowById.insert(job.id, -1);
                added.append(job);
            }
            continue;
        }
        Row &existing = m_rows[row];
        existing.seenInRefresh = m_refreshGeneration;
        if (applyUpdate(existing, job, false)) {
            emitRowChanged(row);
            anyChanged = true;
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        // Grow geometrically: reserving the exact size page after page would copy the whole
        // table once per page.
        const qsizetype needed = first + added.size();
        if (m_rows.capacity() < needed) {
            m_rows.reserve(qMax(needed, m_rows.capacity() * 2));
        }
        for (DownloadJob &job : added) {
            m_rowById.insert(job.id, int(m_rows.size()));
            m_rows.append(Row{std::move(job), Activity::None, {}, m_refreshGeneration});
        }
        endInsertRows();
    }
    if (anyChanged || !added.isEmpty())
        recount();
}

void JobListModel::endRefresh() {
    if (!m_refreshing)
        return;
    m_refreshing = false;
    // The list is complete now: give back the room kept for growth.
    m_rows.squeeze();
    removeRowsWhere([this](const Row &row) { return row.seenInRefresh != m_refreshGeneration; });
}

void JobListModel::removeRowsWhere(const std::function<bool(const Row &)> &doomed) {
    // From the bottom up, one contiguous run at a time, and the index rebuilt once: removing
    // thousands of rows one by one would rebuild it thousands of times.
    int row = int(m_rows.size()) - 1;
    int lowestRemoved = -1;
    while (row >= 0) {
        if (!doomed(m_rows[row])) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && doomed(m_rows[first - 1]))
            --first;
        beginRemoveRows({}, first, row);
        for (int i = first; i <= row; ++i)
            m_rowById.remove(m_rows[i].job.id);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        lowestRemoved = first;
        row = first - 1;
    }
    if (lowestRemoved >= 0) {
        rebuildIndex(lowestRemoved);
        recount();
    }
}

void JobListModel::updateJob(const DownloadJob &job) {
    const int row = rowOf(job.id);
    if (row < 0)
        return;
    if (applyUpdate(m_rows[row], job, true)) {
        emitRowChanged(row);
        recount();
    }
}

void JobListModel::removeJobs(const QSet<QString> &ids) {
    if (!ids.isEmpty())
        removeRowsWhere([&ids](const Row &row) { return ids.contains(row.job.id); });
}

void JobListModel::setActivity(const QString &id, Activity activity, const Failure &failure) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_rows[row].activity = activity;
    m_rows[row].failure = failure;
    emitRowChanged(row);
}

void JobListModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    // Transfers are keyed by job id, and ids name jobs on one server only.
    m_transfers.clear();
    m_refreshing = false;
    endResetModel();
    recount();
}

void JobListModel::setTransfer(const QString &id, const TransferProgress &transfer) {
    m_transfers.insert(id, transfer);
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, TransferColumn), index(row, TransferColumn));
}

const DownloadJob *JobListModel::job(const QString &id) const {
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows[row].job;
}

QStringList JobListModel::processingIds(int limit) const {
    QVector<const DownloadJob *> processing;
    for (const Row &row : m_rows) {
        if (row.job.status == JobStatus::Processing)
            processing.append(&row.job);
    }
    std::sort(processing.begin(), processing.end(), [](const DownloadJob *a, const DownloadJob *b) {
        return a->createdAt > b->createdAt;
    });
    QStringList ids;
    for (int i = 0; i < processing.size() && i < limit; ++i)
        ids.append(processing[i]->id);
    return ids;
}

void JobListModel::rebuildIndex(int fromRow) {
    for (int row = fromRow; row < m_rows.size(); ++row)
        m_rowById[m_rows[row].job.id] = row;
}

void JobListModel::recount() {
    QHash<int, int> counts;
    for (const Row &row : m_rows)
        ++counts[int(row.job.status)];
    if (counts == m_counts)
        return;
    m_counts = counts;
    emit countsChanged();
}
