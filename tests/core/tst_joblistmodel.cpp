#include "core/jobs/JobListModel.h"
#include "ui/JobFilterProxyModel.h"
#include "ui/RelativeTime.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTextDocument>
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

    static TransferProgress transfer(TransferProgress::Phase phase, qint64 done, qint64 total) {
        TransferProgress made;
        made.phase = phase;
        made.bytesDone = done;
        made.totalBytes = total;
        return made;
    }
    // What a person reads in a rich tooltip.
    static QString plainTextOf(const QString &toolTip) {
        QTextDocument document;
        document.setHtml(toolTip);
        return document.toPlainText();
    }

private slots:
    void initTestCase() {
        // The words and numbers below are English ones.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

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
        QCOMPARE(first.data().toString(), u"25% of 200 bytes"_s);
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

    // Sizes as the file host gives them, through QLocale, with the progress.
    void theDownloadColumnSaysHowMuch() {
        using Phase = TransferProgress::Phase;
        TransferProgress running = transfer(Phase::Running, 504'000'000, 1'200'000'000);
        running.bytesPerSecond = 3'100'000;
        running.secondsLeft = 12;
        QCOMPARE(JobFilterProxyModel::describeTransfer(running),
                 u"42% of 1.2 GB · 3.1 MB/s · 0:12 left"_s);
        running.secondsLeft = 3661;
        QCOMPARE(JobFilterProxyModel::describeTransfer(running),
                 u"42% of 1.2 GB · 3.1 MB/s · 1:01:01 left"_s);
        running.secondsLeft = -1;
        QCOMPARE(JobFilterProxyModel::describeTransfer(running), u"42% of 1.2 GB · 3.1 MB/s"_s);
        running.bytesPerSecond = 0;
        QCOMPARE(JobFilterProxyModel::describeTransfer(running), u"42% of 1.2 GB"_s);
        // A file host that does not say the size.
        TransferProgress unsized = transfer(Phase::Running, 1'500'000, -1);
        unsized.bytesPerSecond = 250'000;
        QCOMPARE(JobFilterProxyModel::describeTransfer(unsized), u"1.5 MB so far · 250 kB/s"_s);
        QCOMPARE(JobFilterProxyModel::describeTransfer(transfer(Phase::Paused, 300, 1000)),
                 u"Paused at 30% of 1.0 kB"_s);
        QCOMPARE(JobFilterProxyModel::describeTransfer(transfer(Phase::Paused, 2'000'000, -1)),
                 u"Paused at 2.0 MB"_s);
        QCOMPARE(JobFilterProxyModel::describeTransfer(
                     transfer(Phase::Saved, 1'234'000'000, 1'234'000'000)),
                 u"Saved · 1.2 GB"_s);
        QCOMPARE(JobFilterProxyModel::describeTransfer(transfer(Phase::Saved, 0, -1)), u"Saved"_s);
    }

    // Saved files of different sizes sort by size, both ways, after the phase and the share.
    void theDownloadColumnSortsBySizeToo() {
        Watched watched;
        refresh(watched.model, {jobs(1, 4, JobStatus::Done)});
        using Phase = TransferProgress::Phase;
        watched.model.setTransfer(u"dl-000001"_s, transfer(Phase::Saved, 5'000, 5'000));
        watched.model.setTransfer(u"dl-000002"_s, transfer(Phase::Saved, 9'000'000, 9'000'000));
        watched.model.setTransfer(u"dl-000003"_s, transfer(Phase::Saved, 40'000, 40'000));
        watched.model.setTransfer(u"dl-000004"_s, transfer(Phase::Running, 10, 100));
        watched.proxy.sort(JobListModel::TransferColumn, Qt::AscendingOrder);
        QCOMPARE(proxyIds(watched.proxy),
                 QStringList({u"dl-000004"_s, u"dl-000001"_s, u"dl-000003"_s, u"dl-000002"_s}));
        watched.proxy.sort(JobListModel::TransferColumn, Qt::DescendingOrder);
        QCOMPARE(proxyIds(watched.proxy),
                 QStringList({u"dl-000002"_s, u"dl-000003"_s, u"dl-000001"_s, u"dl-000004"_s}));
    }

    void relativeTimesAreShort() {
        const QDateTime now(QDate(2026, 3, 10), QTime(12, 0));
        QCOMPARE(RelativeTime::describe(now.addSecs(-20), now), u"just now"_s);
        // The server's clock a little ahead of ours.
        QCOMPARE(RelativeTime::describe(now.addSecs(30), now), u"just now"_s);
        QCOMPARE(RelativeTime::describe(now.addSecs(-5 * 60), now), u"5 min ago"_s);
        QCOMPARE(RelativeTime::describe(now.addSecs(-59 * 60), now), u"59 min ago"_s);
        // "%n hour(s)": the English plural comes from the translation, not from here.
        const QString hours = RelativeTime::describe(now.addSecs(-3 * 3600 - 100), now);
        QVERIFY2(hours.startsWith(u"3 hour"_s) && hours.endsWith(u" ago"_s), qPrintable(hours));
        QCOMPARE(RelativeTime::describe(QDateTime(QDate(2026, 3, 9), QTime(8, 0)), now),
                 u"yesterday"_s);
        const QDate older(2026, 3, 8);
        QCOMPARE(RelativeTime::describe(QDateTime(older, QTime(20, 0)), now),
                 QLocale().toString(older, QLocale::ShortFormat));
        QCOMPARE(RelativeTime::describe(now.addDays(3), now),
                 QLocale().toString(now.addDays(3).date(), QLocale::ShortFormat));
        QCOMPARE(RelativeTime::describe(QDateTime(), now), QString());
    }

    // The Created column is narrow: how long ago only, the full moment in the tooltip.
    void theCreatedColumnIsRelativeWithTheMomentInItsTooltip() {
        Watched watched;
        DownloadJob recent = job(1, JobStatus::Done);
        recent.createdAt = QDateTime::currentDateTimeUtc().addSecs(-5 * 60 - 10);
        DownloadJob old = job(2, JobStatus::Done);
        old.createdAt = QDateTime(QDate(2023, 11, 14), QTime(22, 13, 20), Qt::UTC);
        refresh(watched.model, {{recent, old}});
        watched.proxy.sort(JobListModel::IdColumn, Qt::AscendingOrder);
        const QModelIndex recentCell = watched.proxy.index(0, JobListModel::CreatedColumn);
        QCOMPARE(recentCell.data().toString(), u"5 min ago"_s);
        QCOMPARE(recentCell.data(Qt::ToolTipRole).toString(),
                 QLocale().toString(recent.createdAt.toLocalTime(), QLocale::LongFormat));
        const QModelIndex oldCell = watched.proxy.index(1, JobListModel::CreatedColumn);
        QCOMPARE(oldCell.data().toString(),
                 QLocale().toString(old.createdAt.toLocalTime().date(), QLocale::ShortFormat));
        QVERIFY(oldCell.data(Qt::ToolTipRole).toString().contains(u"2023"_s));
    }

    // A message too long for its cell is whole in a tooltip that wraps (Qt wraps only rich
    // tooltips); the cell itself stays one line.
    void cutOffMessagesAreWholeInTheirTooltips() {
        Watched watched;
        DownloadJob failed = job(1, JobStatus::Failed);
        QString reason = u"The origin answered 404 <not found> & gave up.\nDetails: "_s;
        for (int part = 0; part < 40; ++part)
            reason += u"segment-%1.ts missing; "_s.arg(part);
        reason += u"the end"_s;
        failed.errorReason = reason;
        refresh(watched.model, {{failed, job(2, JobStatus::Done), job(3, JobStatus::Done)}});
        const QString longApiError = u"upstream said: "_s + QString(300, u'x') + u" and stopped"_s;
        watched.model.setActivity(
            u"dl-000002"_s, JobListModel::Activity::None,
            {JobListModel::Activity::Deleting, ApiError(ApiError::Kind::Api, longApiError, 500)});
        watched.model.setActivity(
            u"dl-000003"_s, JobListModel::Activity::None,
            {JobListModel::Activity::Retrying, ApiError(ApiError::Kind::Api, longApiError, 500)});
        watched.proxy.sort(JobListModel::IdColumn, Qt::AscendingOrder);

        const QModelIndex reasonCell = watched.proxy.index(0, JobListModel::MessageColumn);
        QVERIFY(!reasonCell.data().toString().contains(u'\n'));
        const QString reasonTip = reasonCell.data(Qt::ToolTipRole).toString();
        QVERIFY(Qt::mightBeRichText(reasonTip));
        QCOMPARE(plainTextOf(reasonTip).simplified(), reason.simplified());

        const QString deleteTip = plainTextOf(
            watched.proxy.index(1, JobListModel::MessageColumn).data(Qt::ToolTipRole).toString());
        QVERIFY2(deleteTip.startsWith(u"Delete failed: "_s), qPrintable(deleteTip));
        QVERIFY(deleteTip.contains(longApiError));
        const QString retryTip = plainTextOf(
            watched.proxy.index(2, JobListModel::MessageColumn).data(Qt::ToolTipRole).toString());
        QVERIFY2(retryTip.startsWith(u"Retry failed: "_s), qPrintable(retryTip));
        QVERIFY(retryTip.contains(longApiError));

        // A transfer's own long failure, likewise.
        TransferProgress broken = transfer(TransferProgress::Phase::Failed, 0, -1);
        broken.error = reason;
        watched.model.setTransfer(u"dl-000001"_s, broken);
        const QModelIndex transferCell = watched.proxy.index(0, JobListModel::TransferColumn);
        QVERIFY(!transferCell.data().toString().contains(u'\n'));
        QCOMPARE(plainTextOf(transferCell.data(Qt::ToolTipRole).toString()).simplified(),
                 QString(u"Failed: "_s + reason).simplified());
        // No message, no tooltip.
        watched.model.setActivity(u"dl-000002"_s, JobListModel::Activity::None);
        QVERIFY(watched.proxy.index(1, JobListModel::MessageColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .isEmpty());
    }
};

QTEST_MAIN(JobListModelTest)
#include "tst_joblistmodel.moc"
