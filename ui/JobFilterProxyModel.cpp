#include "ui/JobFilterProxyModel.h"

#include "core/jobs/JobListModel.h"
#include "ui/RelativeTime.h"
#include "ui/StatusPalette.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPen>
#include <QPixmap>
#include <QTextDocument>
#include <QWidget>

namespace {

// ringColour is the row's background: it keeps the dot apart from a selected row's highlight.
QIcon dotIcon(const QColor &colour, const QColor &ringColour) {
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(ringColour, 3));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(6, 6, 20, 20));
    QIcon icon(pixmap);
    // The same dot on a selected row: the style's own selected version is tinted with the
    // highlight, which drowns the status colour.
    icon.addPixmap(pixmap, QIcon::Selected);
    return icon;
}

// "1.2 GB", "12.3 MB", "250 kB": about three digits, like the desktop's file managers; a
// decimal on a three-digit number is noise.
QString sizeText(qint64 bytes) {
    double scaled = double(bytes);
    while (scaled >= 1000)
        scaled /= 1000;
    return QLocale().formattedDataSize(bytes, scaled >= 99.95 ? 0 : 1, QLocale::DataSizeSIFormat);
}

// A cell is one line: the server's multi-line reasons would show their first line cut in half.
QString oneLine(const QString &text) {
    return text.simplified();
}

// Rich text, because Qt wraps only rich tooltips: a long error as plain text runs off the
// screen in one line.
QString wrappingToolTip(const QString &text) {
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
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
    setPalette(QGuiApplication::palette());
    m_ageTimer.setInterval(60 * 1000);
    connect(&m_ageTimer, &QTimer::timeout, this,
            [this] { announceColumnChanged(JobListModel::CreatedColumn, {Qt::DisplayRole}); });
    m_ageTimer.start();
}

void JobFilterProxyModel::setPalette(const QPalette &palette) {
    const StatusPalette colours(palette);
    for (JobStatus status :
         {JobStatus::Processing, JobStatus::Done, JobStatus::Failed, JobStatus::Unknown}) {
        m_colours[int(status)] = colours.status(status);
        m_icons[int(status)] = dotIcon(m_colours[int(status)], palette.color(QPalette::Base));
    }
    announceColumnChanged(JobListModel::StatusColumn, {Qt::ForegroundRole, Qt::DecorationRole});
}

void JobFilterProxyModel::followPaletteOf(QWidget *view) {
    m_paletteSource = view;
    view->installEventFilter(this);
    setPalette(view->palette());
}

bool JobFilterProxyModel::eventFilter(QObject *watched, QEvent *event) {
    // The view's own PaletteChange, not its window's: a window hears of a new palette before
    // its children have it.
    if (watched == m_paletteSource && event->type() == QEvent::PaletteChange)
        setPalette(m_paletteSource->palette());
    return QSortFilterProxyModel::eventFilter(watched, event);
}

void JobFilterProxyModel::announceColumnChanged(int column, const QList<int> &roles) {
    if (rowCount() > 0)
        emit dataChanged(index(0, column), index(rowCount() - 1, column), roles);
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
        return m_colours[int(m_jobs->jobAt(sourceRow).status)];
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
        return RelativeTime::describe(job.createdAt);
    case JobListModel::IdColumn:
        return job.id;
    case JobListModel::TransferColumn:
        return oneLine(describeTransfer(m_jobs->transfer(job.id)));
    case JobListModel::MessageColumn:
        return oneLine(messageText(sourceRow));
    }
    return {};
}

QString JobFilterProxyModel::messageText(int sourceRow) const {
    const JobListModel::Row &row = m_jobs->rowAt(sourceRow);
    switch (row.failure.action) {
    case JobListModel::Activity::Deleting:
        return tr("Delete failed: %1").arg(row.failure.error.describe());
    case JobListModel::Activity::Retrying:
        return tr("Retry failed: %1").arg(row.failure.error.describe());
    case JobListModel::Activity::None:
        break;
    }
    // Why the job itself failed, when the server says.
    return row.job.status == JobStatus::Failed ? row.job.errorReason : QString();
}

QString JobFilterProxyModel::toolTip(int sourceRow, int column) const {
    const DownloadJob &job = m_jobs->jobAt(sourceRow);
    switch (column) {
    case JobListModel::TransferColumn: {
        const TransferProgress transfer = m_jobs->transfer(job.id);
        return transfer.savedPath.isEmpty() ? wrappingToolTip(describeTransfer(transfer))
                                            : transfer.savedPath;
    }
    case JobListModel::CreatedColumn:
        return job.createdAt.isValid()
                   ? QLocale().toString(job.createdAt.toLocalTime(), QLocale::LongFormat)
                   : QString();
    case JobListModel::MessageColumn:
        return wrappingToolTip(messageText(sourceRow));
    case JobListModel::StatusColumn:
        if (job.status == JobStatus::Unknown)
            return tr("The server reported a status this version does not know: \"%1\"")
                .arg(job.rawStatus);
        return {};
    }
    return {};
}

QString JobFilterProxyModel::describeTransfer(const TransferProgress &transfer) {
    const QString percent = QLocale().toString(transfer.percent());
    const QString total = sizeText(transfer.totalBytes);
    const bool totalKnown = transfer.totalBytes >= 0;
    switch (transfer.phase) {
    case TransferProgress::Phase::None:
        return {};
    case TransferProgress::Phase::Waiting:
        return tr("Waiting");
    case TransferProgress::Phase::Running: {
        const QString speed = sizeText(transfer.bytesPerSecond);
        const bool speedKnown = transfer.bytesPerSecond > 0;
        if (!totalKnown) {
            const QString done = sizeText(transfer.bytesDone);
            return speedKnown ? tr("%1 so far · %2/s").arg(done, speed) : tr("%1 so far").arg(done);
        }
        if (!speedKnown)
            return tr("%1% of %2").arg(percent, total);
        if (transfer.secondsLeft < 0)
            return tr("%1% of %2 · %3/s").arg(percent, total, speed);
        return tr("%1% of %2 · %3/s · %4 left")
            .arg(percent, total, speed, describeDuration(transfer.secondsLeft));
    }
    case TransferProgress::Phase::Paused:
        if (totalKnown)
            return tr("Paused at %1% of %2").arg(percent, total);
        return transfer.bytesDone > 0 ? tr("Paused at %1").arg(sizeText(transfer.bytesDone))
                                      : tr("Paused");
    case TransferProgress::Phase::SavingElsewhere:
        return tr("Saving in another window");
    case TransferProgress::Phase::Saved:
        return totalKnown ? tr("Saved · %1").arg(total) : tr("Saved");
    case TransferProgress::Phase::SavedFileMissing:
        return tr("Saved file was moved or deleted");
    case TransferProgress::Phase::Failed:
        return tr("Failed: %1").arg(transfer.error);
    case TransferProgress::Phase::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString JobFilterProxyModel::describeDuration(qint64 seconds) {
    const QLocale locale;
    const auto twoDigits = [&locale](qint64 value) {
        return locale.toString(value).rightJustified(2, locale.zeroDigit().at(0));
    };
    if (seconds < 3600)
        return tr("%1:%2", "minutes:seconds")
            .arg(locale.toString(seconds / 60), twoDigits(seconds % 60));
    return tr("%1:%2:%3", "hours:minutes:seconds")
        .arg(locale.toString(seconds / 3600), twoDigits(seconds / 60 % 60),
             twoDigits(seconds % 60));
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
        if (ta.percent() != tb.percent())
            return ta.percent() < tb.percent();
        return ta.totalBytes != tb.totalBytes ? ta.totalBytes < tb.totalBytes : a.id < b.id;
    }
    case JobListModel::MessageColumn: {
        const QString messageA = messageText(left.row());
        const QString messageB = messageText(right.row());
        return messageA != messageB ? messageA < messageB : a.id < b.id;
    }
    }
    return a.id < b.id;
}
