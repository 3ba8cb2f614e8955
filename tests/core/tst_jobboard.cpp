#include "core/jobs/JobBoard.h"
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

private slots:
    void initTestCase() { TestEnvironment::makeHermetic(); }

    // A key change while a bulk delete is under way must neither strand the confirmed deletes
    // nor leave rows on "Deleting…".
    void keyChangeDuringABulkDeleteFinishesIt() {
        EmulatorOptions options;
        options.seed = 60;
        options.processingMs = 10 * 60 * 1000;
        options.latencyMs = 200;
        Emulator emulator(options);
        QVERIFY(emulator.start());
        JobBoard board(TestEnvironment::clientFor(emulator.apiUrl()));
        QSignalSpy loaded(&board, &JobBoard::refreshFinished);
        board.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);

        QSignalSpy finished(&board, &JobBoard::deletionFinished);
        const QStringList doomed = firstIds(50);
        board.deleteJobs(doomed);
        QTRY_VERIFY_WITH_TIMEOUT(emulator.jobs().size() < 60, 5000);
        ClientConfig changed = board.config();
        changed.apiKey = u"sk-changed"_s;
        board.setConfig(changed);

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(finished.first().at(0).toInt() + finished.first().at(1).toInt(), 50);
        QCOMPARE(finished.first().at(2).toInt(), 0);
        QCOMPARE(emulator.jobs().size(), 10);
        for (const QString &id : doomed) {
            const int row = board.model()->rowOf(id);
            if (row >= 0)
                QVERIFY2(board.model()->index(row, JobListModel::StatusColumn).data().toString() !=
                             u"Deleting…"_s,
                         qPrintable(id));
        }
    }
};

QTEST_GUILESS_MAIN(JobBoardTest)
#include "tst_jobboard.moc"
