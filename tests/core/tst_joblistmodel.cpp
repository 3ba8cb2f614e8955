#include "core/jobs/JobListModel.h"
#include "ui/JobFilterProxyModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

// JobListModel and the window's filter proxy as models: every change goes through
// QAbstractItemModelTester in fatal mode, which checks each signal against the data.
class JobListModelTest final : public QObject {
    Q_OBJECT

    // The model and the window's proxy over it, each under a fatal model tester.
    struct Watched {
        static constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
        JobListModel model;
        JobFilterProxyModel proxy{&model};
        QAbstractItemModelTester modelTester{&model, fatal};
        QAbstractItemModelTester proxyTester{&proxy, fatal};
    };

    static DownloadJob job(int number, JobStatus status, const QString &name = {}) {
        DownloadJob made;
        made.id = u"dl-%1"_s.arg(number, 6, 10, QLatin1Char('0'));
        made.name = name.isEmpty() ? u"Video %1"_s.arg(number) : name;
        made.status = status;
        made.rawStatus = made.statusText();
        made.createdAt = QDateTime::fromSecsSinceEpoch(1700000000 + number * 60, Qt::UTC);
        return made;
    }
    static QVector<DownloadJob> jobs(int from, int to, JobStatus status = JobStatus::Processing) {
        QVector<DownloadJob> made;
        for (int number = from; number <= to; ++number)
            made.append(job(number, status));
        return made;
    }
    static void refresh(JobListModel &model, const QVector<QVector<DownloadJob>> &pages) {
        model.beginRefresh();
        for (const QVector<DownloadJob> &page : pages)
            model.mergePage(page);
        model.endRefresh();
    }
    static QStringList proxyIds(const QAbstractItemModel &proxy) {
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, 0).data(JobListModel::JobIdRole).toString());
        return ids;
    }

private slots:
    void refreshesMergeWithoutReset() {
        Watched watched;
        JobListModel &model = watched.model;
        JobFilterProxyModel &proxy = watched.proxy;
        proxy.sort(JobListModel::CreatedColumn, Qt::DescendingOrder);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        refresh(model, {jobs(1, 50), jobs(51, 120)});
        QCOMPARE(model.rowCount(), 120);
        QCOMPARE(proxy.rowCount(), 120);
        QCOMPARE(proxy.index(0, 0).data(JobListModel::JobIdRole).toString(), u"dl-000120"_s);

        // One job finished, some vanished (in two separate runs), some new ones arrived.
        QVector<DownloadJob> next = jobs(1, 30);
        next[4] = job(5, JobStatus::Done);
        next += jobs(41, 100);
        next += jobs(121, 130);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        refresh(model, {next});
        QCOMPARE(model.rowCount(), 30 + 60 + 10);
        QCOMPARE(model.rowOf(u"dl-000035"_s), -1);
        QCOMPARE(model.rowOf(u"dl-000110"_s), -1);
        QCOMPARE(model.job(u"dl-000005"_s)->status, JobStatus::Done);
        QCOMPARE(model.count(JobStatus::Done), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(resets.count(), 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOf(model.jobAt(row).id), row);
    }

    void batchDeletesTransfersAndActivities() {
        Watched watched;
        JobListModel &model = watched.model;
        JobFilterProxyModel &proxy = watched.proxy;
        proxy.sort(JobListModel::NameColumn, Qt::AscendingOrder);
        proxy.setStatusFilter(JobStatus::Done);
        refresh(model, {jobs(1, 20, JobStatus::Done), jobs(21, 40, JobStatus::Failed)});
        QCOMPARE(proxy.rowCount(), 20);

        model.setActivity(u"dl-000003"_s, JobListModel::Activity::Deleting);
        model.setActivity(
            u"dl-000004"_s, JobListModel::Activity::None,
            {JobListModel::Activity::Deleting, ApiError(ApiError::Kind::Api, u"boom"_s, 500)});
        model.removeJobs({u"dl-000001"_s, u"dl-000002"_s, u"dl-000003"_s, u"dl-000010"_s,
                          u"dl-000039"_s, u"dl-000040"_s, u"dl-999999"_s});
        QCOMPARE(model.rowCount(), 34);
        QCOMPARE(proxy.rowCount(), 16);
        QCOMPARE(model.count(JobStatus::Failed), 18);

        TransferProgress running;
        running.phase = TransferProgress::Phase::Running;
        running.bytesDone = 50;
        running.totalBytes = 200;
        model.setTransfer(u"dl-000005"_s, running);
        TransferProgress saved;
        saved.phase = TransferProgress::Phase::Saved;
        saved.savedPath = u"/tmp/x.mp4"_s;
        model.setTransfer(u"dl-000006"_s, saved);
        // A transfer for a job that is not listed changes no row.
        model.setTransfer(u"dl-424242"_s, running);
        QCOMPARE(model.transfer(u"dl-000005"_s).percent(), 25);

        proxy.sort(JobListModel::TransferColumn, Qt::AscendingOrder);
        QCOMPARE(proxyIds(proxy).mid(0, 2), QStringList({u"dl-000005"_s, u"dl-000006"_s}));
        const QModelIndex first = proxy.index(0, JobListModel::TransferColumn);
        QCOMPARE(first.data().toString(), u"25%"_s);
        QCOMPARE(proxy.index(1, JobListModel::TransferColumn).data().toString(), u"Saved"_s);

        proxy.setStatusFilter(std::nullopt);
        proxy.sort(JobListModel::MessageColumn, Qt::DescendingOrder);
        QCOMPARE(proxyIds(proxy).first(), u"dl-000004"_s);
        QVERIFY(proxy.index(0, JobListModel::MessageColumn)
                    .data()
                    .toString()
                    .startsWith(u"Delete failed: "_s));

        // Another account: everything goes, in one reset.
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(model.count(JobStatus::Done), 0);
    }

    void everyColumnSortsBothWays() {
        Watched watched;
        JobListModel &model = watched.model;
        JobFilterProxyModel &proxy = watched.proxy;
        refresh(model, {{job(3, JobStatus::Done, u"b"_s), job(1, JobStatus::Failed, u"C"_s),
                         job(2, JobStatus::Processing, u"a"_s)}});
        const QList<QPair<int, QStringList>> expected{
            {JobListModel::NameColumn, {u"dl-000002"_s, u"dl-000003"_s, u"dl-000001"_s}},
            {JobListModel::StatusColumn, {u"dl-000002"_s, u"dl-000003"_s, u"dl-000001"_s}},
            {JobListModel::CreatedColumn, {u"dl-000001"_s, u"dl-000002"_s, u"dl-000003"_s}},
            {JobListModel::IdColumn, {u"dl-000001"_s, u"dl-000002"_s, u"dl-000003"_s}},
        };
        TransferProgress half;
        half.phase = TransferProgress::Phase::Running;
        half.bytesDone = 1;
        half.totalBytes = 2;
        model.setTransfer(u"dl-000003"_s, half);
        TransferProgress saved;
        saved.phase = TransferProgress::Phase::Saved;
        model.setTransfer(u"dl-000001"_s, saved);
        model.setActivity(
            u"dl-000002"_s, JobListModel::Activity::None,
            {JobListModel::Activity::Retrying, ApiError(ApiError::Kind::Api, u"no"_s)});
        model.setActivity(
            u"dl-000003"_s, JobListModel::Activity::None,
            {JobListModel::Activity::Deleting, ApiError(ApiError::Kind::Api, u"no"_s)});
        const QList<QPair<int, QStringList>> transferAndMessage{
            // Running before saved before nothing.
            {JobListModel::TransferColumn, {u"dl-000003"_s, u"dl-000001"_s, u"dl-000002"_s}},
            // "", "Delete failed: …", "Retry failed: …".
            {JobListModel::MessageColumn, {u"dl-000001"_s, u"dl-000003"_s, u"dl-000002"_s}},
        };
        for (const auto &[column, ascending] : expected + transferAndMessage) {
            proxy.sort(column, Qt::AscendingOrder);
            QCOMPARE(proxyIds(proxy), ascending);
            proxy.sort(column, Qt::DescendingOrder);
            QStringList descending = ascending;
            std::reverse(descending.begin(), descending.end());
            QCOMPARE(proxyIds(proxy), descending);
        }
    }

    // A poll that changes a job's status moves it out of a filtered view, and says so once.
    void aPolledChangeLeavesAFilteredView() {
        Watched watched;
        JobListModel &model = watched.model;
        JobFilterProxyModel &proxy = watched.proxy;
        refresh(model, {jobs(1, 5)});
        proxy.setStatusFilter(JobStatus::Processing);
        QCOMPARE(proxy.rowCount(), 5);
        QSignalSpy failed(&model, &JobListModel::jobFailed);
        QSignalSpy finished(&model, &JobListModel::jobFinished);
        DownloadJob polled = job(2, JobStatus::Failed);
        polled.name.clear();
        polled.errorReason = u"source unreachable"_s;
        model.updateJob(polled);
        QCOMPARE(proxy.rowCount(), 4);
        QCOMPARE(model.job(u"dl-000002"_s)->name, u"Video 2"_s);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(2).toString(), u"source unreachable"_s);
        model.updateJob(job(3, JobStatus::Done));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(proxy.rowCount(), 3);
        // Unchanged answers change nothing.
        model.updateJob(job(3, JobStatus::Done));
        QCOMPARE(finished.count(), 1);
        proxy.setStatusFilter(JobStatus::Failed);
        QCOMPARE(proxy.index(0, JobListModel::MessageColumn).data().toString(),
                 u"source unreachable"_s);
    }
};

QTEST_MAIN(JobListModelTest)
#include "tst_joblistmodel.moc"
