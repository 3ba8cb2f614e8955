#include "core/jobs/JobBoard.h"
#include "emulator/ApiServer.h"
#include "emulator/Emulator.h"
#include "support/TestEnvironment.h"

#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// JobBoard headless, against the in-process emulator over loopback HTTP.
class JobBoardTest final : public QObject {
    Q_OBJECT

    static QStringList firstIds(int count) {
        QStringList ids;
        for (int i = 1; i <= count; ++i)
            ids << u"dl-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        return ids;
    }

    static EmulatorOptions slowServer(int seed, int latencyMs) {
        EmulatorOptions options;
        options.seed = seed;
        options.processingMs = 10 * 60 * 1000;
        options.latencyMs = latencyMs;
        return options;
    }
    static void refreshAndWait(JobBoard &board) {
        QSignalSpy loaded(&board, &JobBoard::refreshFinished);
        board.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    }

private slots:
    void initTestCase() { TestEnvironment::makeHermetic(); }
    // Every test ends with its board's last requests still out to an emulator that is gone.
    void cleanup() { QVERIFY(TestEnvironment::awaitRequestsEnded()); }

    // A key change while a bulk delete is under way must neither strand the confirmed deletes
    // nor leave rows on "Deleting…".
    void keyChangeDuringABulkDeleteFinishesIt() {
        Emulator emulator(slowServer(60, 200));
        QVERIFY(emulator.start());
        JobBoard board(TestEnvironment::clientFor(emulator.apiUrl()));
        refreshAndWait(board);

        QSignalSpy finished(&board, &JobBoard::deletionFinished);
        const QStringList doomed = firstIds(50);
        board.deleteJobs(doomed);
        // The key changes once the board has seen the first answers, with most still to send.
        QTRY_VERIFY_WITH_TIMEOUT(board.model()->rowCount() < 60, 5000);
        QVERIFY(emulator.jobs().size() > 10 + 20);
        ClientConfig changed = board.config();
        changed.apiKey = u"sk-changed"_s;
        board.setConfig(changed);

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(finished.first().at(0).toInt() + finished.first().at(1).toInt(), 50);
        QCOMPARE(finished.first().at(2).toInt(), 0);
        QCOMPARE(emulator.jobs().size(), 10);
        // The new key's listing shows what is left, and nothing stays on "Deleting…".
        board.setConfig(TestEnvironment::clientFor(emulator.apiUrl()));
        refreshAndWait(board);
        QCOMPARE(board.model()->rowCount(), 10);
        for (int row = 0; row < board.model()->rowCount(); ++row)
            QCOMPARE(board.model()->rowAt(row).activity, JobListModel::Activity::None);
    }

    // Whoever hears that a delete ended sees the list without its rows: the window picks the
    // row after them then, and forgets it.
    void aDeleteEndsWithItsRowsGone() {
        Emulator emulator(slowServer(10, 0));
        QVERIFY(emulator.start());
        JobBoard board(TestEnvironment::clientFor(emulator.apiUrl()));
        refreshAndWait(board);
        int rowsAtEnd = -1;
        connect(&board, &JobBoard::deletionFinished, this,
                [&] { rowsAtEnd = board.model()->rowCount(); });
        board.deleteJobs(firstIds(3));
        QTRY_VERIFY_WITH_TIMEOUT(rowsAtEnd >= 0, 10000);
        QCOMPARE(rowsAtEnd, 7);
    }

    // A retry asked for under the old key still answers after the key changed.
    void keyChangeDuringARetryStillReportsIt() {
        Emulator emulator(slowServer(5, 300));
        QVERIFY(emulator.start());
        JobBoard board(TestEnvironment::clientFor(emulator.apiUrl()));
        refreshAndWait(board);
        const QString failed = u"dl-000004"_s;
        QCOMPARE(board.model()->job(failed)->status, JobStatus::Failed);
        QSignalSpy retryFailed(&board, &JobBoard::retryFailed);
        board.retryJob(failed);
        ClientConfig changed = board.config();
        changed.apiKey = u"sk-changed"_s;
        board.setConfig(changed);
        // The retry went out with the old key and the server took it.
        QTRY_VERIFY_WITH_TIMEOUT(
            emulator.jobs().find(failed)->isProcessingAt(QDateTime::currentMSecsSinceEpoch()),
            5000);
        QCOMPARE(retryFailed.count(), 0);
    }

    // Reads of the old account stop: its listing is not merged and never reports.
    void keyChangeCancelsTheOldListing() {
        EmulatorOptions options;
        options.seed = 30;
        options.latencyMs = 400;
        Emulator emulator(options);
        QVERIFY(emulator.start());
        ClientConfig config = TestEnvironment::clientFor(emulator.apiUrl());
        config.pageSize = 10;
        JobBoard board(config);
        QSignalSpy loaded(&board, &JobBoard::refreshFinished);
        QSignalSpy problems(&board, &JobBoard::problem);
        board.refresh();
        QTest::qWait(100);
        ClientConfig other = config;
        other.apiKey = u"sk-other"_s;
        board.setConfig(other);
        const int requestsAtChange = emulator.apiServer().requestCount();
        QTest::qWait(1500);
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(problems.count(), 0);
        QCOMPARE(board.model()->rowCount(), 0);
        // No further pages were asked for with the old key.
        QVERIFY(emulator.apiServer().requestCount() <= requestsAtChange + 1);
    }

    // Async operations with ids of their own (and wrapped answers): create, retry and polling
    // still land on the job's own row.
    void distinctAsyncIdsUpdateTheRightRows() {
        EmulatorOptions options = slowServer(5, 0);
        options.processingMs = 1500;
        options.asyncIds = EmulatorOptions::AsyncIds::Distinct;
        options.wrapAsyncInResponse = true;
        Emulator emulator(options);
        QVERIFY(emulator.start());
        JobBoard board(TestEnvironment::clientFor(emulator.apiUrl()));
        board.setPollIntervalMs(200);
        refreshAndWait(board);
        QTRY_COMPARE_WITH_TIMEOUT(board.model()->count(JobStatus::Processing), 0, 10000);

        const QString failed = u"dl-000004"_s;
        QCOMPARE(board.model()->job(failed)->status, JobStatus::Failed);
        board.retryJob(failed);
        QTRY_COMPARE(board.model()->job(failed)->status, JobStatus::Processing);
        QCOMPARE(board.model()->rowCount(), 5);
        // The poller follows the retried job by its own id until it is done again.
        QTRY_VERIFY_WITH_TIMEOUT(board.model()->job(failed)->status != JobStatus::Processing,
                                 10000);

        QSignalSpy created(&board, &JobBoard::jobCreated);
        board.createJob(u"https://stream.videodb.io/v/new.m3u8"_s, u"New"_s);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 5000);
        const QString id = created.first().at(0).toString();
        QVERIFY2(!id.startsWith(u"job-"_s), qPrintable(id));
        QTRY_VERIFY_WITH_TIMEOUT(board.model()->rowOf(id) >= 0, 5000);
        QCOMPARE(board.model()->rowCount(), 6);
    }
};

QTEST_GUILESS_MAIN(JobBoardTest)
#include "tst_jobboard.moc"
