#pragma once

#include "core/api/DownloadJob.h"
#include "core/api/JobStatus.h"
#include "core/transfers/TransferProgress.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <optional>

class JobListModel;
class QWidget;

// Filters by status and search text, sorts on raw values, and makes every word, icon and
// colour the table shows out of the model's values and states. A new filter re-maps the rows
// in one layout change: removing the 90,000 rows a search hides as 90,000 separate removals
// takes seconds. Sorting compares the source's values directly: going through QVariant for
// each of the ~1.7 million comparisons of a 100,000-row sort costs more than the sort itself.
// Colours come from the view's palette (the application's until it is told the view), so a
// dark or high-contrast theme gets status colours that read on its rows.
class JobFilterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit JobFilterProxyModel(JobListModel *source, QObject *parent = nullptr);

    // The palette of the view that shows the rows.
    void setPalette(const QPalette &palette);
    // Takes the view's palette now and whenever it changes (a theme switch).
    void followPaletteOf(QWidget *view);

    void setStatusFilter(std::optional<JobStatus> status);
    void setSearchText(const QString &text);
    bool hasSearch() const { return !m_search.isEmpty(); }
    // Whether the search text (not the status tab) lets this job through.
    bool matchesSearch(const DownloadJob &job) const;
    // Invalid when the job is not listed or the filter hides it.
    QModelIndex indexOfJob(const QString &id) const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "42% of 1.2 GB · 3.1 MB/s · 0:12 left", "Saved · 1.2 GB", "Cancelled": the Download
    // column's words.
    static QString describeTransfer(const TransferProgress &transfer);
    // "0:12", "1:04:05": the time left.
    static QString describeDuration(qint64 seconds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString displayText(int sourceRow, int column) const;
    QString toolTip(int sourceRow, int column) const;
    QString messageText(int sourceRow) const;
    // Every row's cells in column have new roles; one signal, however many rows.
    void announceColumnChanged(int column, const QList<int> &roles);

    JobListModel *m_jobs;
    std::optional<JobStatus> m_status;
    QString m_search;
    QPointer<QWidget> m_paletteSource;
    QColor m_colours[4];
    QIcon m_icons[4];
    // "5 min ago" grows stale: the Created column is re-read once a minute.
    QTimer m_ageTimer;
};
