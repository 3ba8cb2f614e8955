#pragma once

#include "core/api/ApiError.h"
#include "core/api/DownloadJob.h"
#include "core/transfers/TransferProgress.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

#include <functional>

// Every download job, one row each, keyed by id. Refreshes merge by id (new rows in one batch,
// dataChanged only for rows that changed, vanished rows removed) and never reset, so selection
// and scroll position survive. It hands out values and states; the ui's proxy makes the words.
class JobListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn,
        CreatedColumn,
        IdColumn,
        TransferColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role { JobIdRole = Qt::UserRole, StatusRole, TransferRole };

    enum class Activity { None, Deleting, Retrying };
    // The last action on a row that failed, and how.
    struct Failure {
        Activity action = Activity::None;
        ApiError error;
    };

    // One row: the job and what the app is doing with it. The proxy reads rows directly.
    struct Row {
        DownloadJob job;
        Activity activity = Activity::None;
        Failure failure;
        quint32 seenInRefresh = 0;
    };

    explicit JobListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // A full refresh arrives page by page: begin, merge each page, end to drop the rows that
    // were not seen. A failed refresh calls abandonRefresh and keeps everything.
    void beginRefresh();
    void mergePage(const QVector<DownloadJob> &jobs);
    void endRefresh();
    void abandonRefresh() { m_refreshing = false; }
    // Another account: no row of the old one stays.
    void clear();
    // One job's fresh state (from polling): fields the answer lacks are kept.
    void updateJob(const DownloadJob &job);
    void removeJobs(const QSet<QString> &ids);
    void setActivity(const QString &id, Activity activity) { setActivity(id, activity, {}); }
    void setActivity(const QString &id, Activity activity, const Failure &failure);
    void setTransfer(const QString &id, const TransferProgress &transfer);
    TransferProgress transfer(const QString &id) const { return m_transfers.value(id); }

    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    const DownloadJob *job(const QString &id) const;
    const Row &rowAt(int row) const { return m_rows[row]; }
    const DownloadJob &jobAt(int row) const { return m_rows[row].job; }
    int count(JobStatus status) const { return m_counts.value(int(status)); }
    // Newest first: used to decide which processing jobs deserve polling.
    QStringList processingIds(int limit) const;

signals:
    void countsChanged();
    void jobFinished(const QString &id, const QString &name);
    // A job that was processing failed; reason is the server's, when it gave one.
    void jobFailed(const QString &id, const QString &name, const QString &reason);

private:
    bool applyUpdate(Row &row, const DownloadJob &fresh, bool keepMissingFields);
    void emitRowChanged(int row);
    void removeRowsWhere(const std::function<bool(const Row &)> &doomed);
    void rebuildIndex(int fromRow);
    void recount();

    QVector<Row> m_rows;
    QHash<QString, int> m_rowById;
    QHash<int, int> m_counts;
    // Sparse: only jobs whose file was ever saved have an entry.
    QHash<QString, TransferProgress> m_transfers;
    quint32 m_refreshGeneration = 0;
    bool m_refreshing = false;
};

Q_DECLARE_TYPEINFO(JobListModel::Row, Q_RELOCATABLE_TYPE);
