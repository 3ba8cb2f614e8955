#include "core/api/VideoDbClient.h"
#include "core/transfers/JobTransfers.h"
#include "core/transfers/TransferStore.h"
#include "emulator/Emulator.h"
#include "emulator/FileContent.h"
#include "emulator/FileHost.h"
#include "support/TestEnvironment.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// videodb-downloads-cli fetch meeting itself and the app's transfer classes: two processes, one
// file. The emulator runs in this process so the test can see what its file host sent; every
// child is waited for with the event loop running, so the emulator keeps serving.
class CliFetchTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<QTemporaryDir> m_output;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static QString cliPath() { return QStringLiteral(VIDEODB_CLI_PATH); }
    FileHost &fileHost() { return const_cast<FileHost &>(m_emulator->fileHost()); }

    void startEmulator(qint64 fileSize, qint64 bytesPerSecond = 0) {
        EmulatorOptions options;
        options.seed = 3;
        options.fileSize = fileSize;
        options.processingMs = 10 * 60 * 1000;
        options.fileBytesPerSecond = bytesPerSecond;
        m_emulator = std::make_unique<Emulator>(options);
        QVERIFY(m_emulator->start());
    }
    QStringList fetchArguments(const QStringList &extra = {}) const {
        return QStringList{u"fetch"_s,       u"dl-000001"_s,  u"--output"_s,
                           m_output->path(), u"--base-url"_s, m_emulator->apiUrl().toString(),
                           u"--api-key"_s,   u"sk-demo"_s}
               << extra;
    }
    static std::unique_ptr<QProcess> start(const QString &program, const QStringList &arguments) {
        auto process = std::make_unique<QProcess>();
        process->setStandardInputFile(QProcess::nullDevice());
        process->start(program, arguments);
        process->waitForStarted();
        return process;
    }
    static Run finish(QProcess &process) {
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
            process.kill();
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   process.readAllStandardOutput(), process.readAllStandardError()};
    }
    Run fetch(const QStringList &extra = {}) {
        auto process = start(cliPath(), fetchArguments(extra));
        return finish(*process);
    }
    QString savedPath() const { return m_output->filePath(u"Quarterly keynote 0001.mp4"_s); }
    QString partPath() const { return savedPath() + u".part"_s; }
    QStringList everythingInOutput() const {
        return QDir(m_output->path()).entryList(QDir::Files | QDir::Hidden);
    }
    DownloadJob lookUp() {
        VideoDbClient client(TestEnvironment::clientFor(m_emulator->apiUrl()));
        std::optional<ApiResult<DownloadJob>> got;
        client.getJob(u"dl-000001"_s, [&](const ApiResult<DownloadJob> &result) { got = result; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000) || !got->ok())
            return {};
        return got->value();
    }
    // The same URL fetched by curl: what a correct file is, by another client's hand.
    QByteArray curlSha256() {
        QTemporaryDir folder;
        const QString copy = folder.filePath(u"curl-copy"_s);
        auto curl = start(
            u"curl"_s, {u"-sSf"_s, u"-o"_s, copy, QString::fromUtf8(lookUp().encodedDownloadUrl)});
        if (finish(*curl).exitCode != 0)
            return {};
        return TestEnvironment::sha256Of(copy);
    }

private slots:
    void initTestCase() {
        TestEnvironment::makeHermetic();
        // The children keep transfer state under XDG_DATA_HOME and read settings from
        // XDG_CONFIG_HOME: private ones, shared by this process's JobTransfers below.
        for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"}) {
            const QString path = m_home.filePath(QString::fromLatin1(variable));
            QDir().mkpath(path);
            qputenv(variable, path.toUtf8());
        }
    }
    void init() { m_output = std::make_unique<QTemporaryDir>(); }
    void cleanup() {
        m_output.reset();
        m_emulator.reset();
        QFile::remove(databasePath());
    }
    QString databasePath() const {
        return m_home.filePath(u"XDG_DATA_HOME/videodb-downloads/transfers.sqlite"_s);
    }

    void twoFetchesHalfASecondApartLeaveOneWholeFile() {
        const qint64 size = 6 * 1000 * 1000;
        startEmulator(size, 3 * 1000 * 1000);
        auto first = start(cliPath(), fetchArguments());
        QTest::qWait(500);
        QCOMPARE(first->state(), QProcess::Running);
        const qint64 firstPid = first->processId();
        auto second = start(cliPath(), fetchArguments());
        const Run secondRun = finish(*second);
        const Run firstRun = finish(*first);

        QCOMPARE(firstRun.exitCode, 0);
        QCOMPARE(firstRun.out.trimmed(), "saved " + savedPath().toUtf8());
        QCOMPARE(secondRun.exitCode, 1);
        QVERIFY(secondRun.out.isEmpty());
        QCOMPARE(secondRun.err.trimmed(),
                 "videodb-downloads-cli: dl-000001 is already being saved by another "
                 "videodb-downloads process (pid " +
                     QByteArray::number(firstPid) + ")");
        QCOMPARE(everythingInOutput(), QStringList({u"Quarterly keynote 0001.mp4"_s}));
        QCOMPARE(QFileInfo(savedPath()).size(), size);
        QCOMPARE(TestEnvironment::sha256Of(savedPath()), curlSha256());
        QCOMPARE(fileHost().requestCount(), 2);
    }

    void theAppsTransfersAndTheCliMeet() {
        const qint64 size = 4 * 1000 * 1000;
        startEmulator(size, 4 * 1000 * 1000);
        JobTransfers app(TestEnvironment::clientFor(m_emulator->apiUrl()), databasePath());
        app.setWaitForClaims(true);
        const DownloadJob job = lookUp();

        // The app first: the CLI finds it saving and leaves the file alone.
        app.saveLookedUp(job, m_output->path());
        QTRY_VERIFY_WITH_TIMEOUT(app.progress(job.id).bytesDone > 0, 10000);
        const Run refused = fetch();
        QCOMPARE(refused.exitCode, 1);
        const QByteArray expected = "is already being saved by another videodb-downloads process "
                                    "(pid " +
                                    QByteArray::number(QCoreApplication::applicationPid()) + ")";
        QVERIFY2(refused.err.contains(expected), refused.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(app.progress(job.id).phase, TransferProgress::Phase::Saved,
                                  10000);
        QCOMPARE(TestEnvironment::sha256Of(savedPath()), FileContent(job.id, size).sha256());
        QVERIFY(QFile::remove(savedPath()));

        // The CLI first: the app shows it as saved elsewhere and takes the result over.
        auto cli = start(cliPath(), fetchArguments({u"--again"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(partPath()).size() > 0, 10000);
        app.saveLookedUp(lookUp(), m_output->path());
        QTRY_COMPARE(app.progress(job.id).phase, TransferProgress::Phase::SavingElsewhere);
        QCOMPARE(app.progress(job.id).ownerPid, cli->processId());
        const Run saved = finish(*cli);
        QCOMPARE(saved.exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(app.progress(job.id).phase, TransferProgress::Phase::Saved,
                                  10000);
        QVERIFY(app.progress(job.id).savedEarlier);
        QCOMPARE(app.progress(job.id).savedPath, savedPath());
        QCOMPARE(everythingInOutput(), QStringList({u"Quarterly keynote 0001.mp4"_s}));
        QCOMPARE(TestEnvironment::sha256Of(savedPath()), FileContent(job.id, size).sha256());
    }

    void aKilledOwnersClaimIsTakenOverWithoutRefetching() {
        const qint64 size = 20 * 1000 * 1000;
        startEmulator(size, 8 * 1000 * 1000);
        auto owner = start(cliPath(), fetchArguments());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(partPath()).size() >= 4 * 1000 * 1000, 20000);
        owner->kill();
        QVERIFY(QTest::qWaitFor([&] { return owner->state() == QProcess::NotRunning; }, 5000));
        // kill -9 left its claim behind: the lock file names a pid that no longer runs.
        QVERIFY(QFile::exists(m_output->filePath(u".dl-000001.videodb-claim"_s)));
        fileHost().setBytesPerSecond(0);

        const Run next = fetch();
        QCOMPARE(next.exitCode, 0);
        QCOMPARE(next.out.trimmed(), "saved " + savedPath().toUtf8());
        QCOMPARE(TestEnvironment::sha256Of(savedPath()),
                 FileContent(u"dl-000001"_s, size).sha256());
        QCOMPARE(everythingInOutput(), QStringList({u"Quarterly keynote 0001.mp4"_s}));
        QVERIFY2(fileHost().bodyBytesSent() <= size * 105 / 100,
                 qPrintable(QString::number(fileHost().bodyBytesSent())));
        // The history's checksum covers the killed owner's bytes too.
        const TransferStore history(databasePath());
        QCOMPARE(history.find(u"dl-000001"_s)->sha256,
                 FileContent(u"dl-000001"_s, size).sha256().toHex());
    }

    void waitingTakesTheOwnersResult() {
        startEmulator(3 * 1000 * 1000, 3 * 1000 * 1000);
        auto owner = start(cliPath(), fetchArguments());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(partPath()).size() > 0, 10000);
        const Run waited = fetch({u"--wait"_s});
        QCOMPARE(finish(*owner).exitCode, 0);
        QCOMPARE(waited.exitCode, 0);
        QCOMPARE(waited.out.trimmed(), "already saved: " + savedPath().toUtf8());
        QCOMPARE(everythingInOutput(), QStringList({u"Quarterly keynote 0001.mp4"_s}));
        QCOMPARE(fileHost().requestCount(), 1);
    }

    void aSavedJobIsNotFetchedAgain() {
        startEmulator(100000);
        QCOMPARE(fetch().exitCode, 0);
        const Run again = fetch();
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out.trimmed(), "already saved: " + savedPath().toUtf8());
        QCOMPARE(fileHost().requestCount(), 1);

        const Run copy = fetch({u"--again"_s});
        QCOMPARE(copy.exitCode, 0);
        const QString copyPath = m_output->filePath(u"Quarterly keynote 0001 (1).mp4"_s);
        QCOMPARE(copy.out.trimmed(), "saved " + copyPath.toUtf8());
        QCOMPARE(fileHost().requestCount(), 2);

        // The recorded file (the copy) was deleted: fetched anew.
        QVERIFY(QFile::remove(copyPath));
        const Run refetched = fetch();
        QCOMPARE(refetched.exitCode, 0);
        QVERIFY(refetched.out.startsWith("saved "));
        QCOMPARE(fileHost().requestCount(), 3);
    }

    // A missing output folder is made, as wget -P does; a file in its place is named as such.
    void theOutputFolderIsMadeWhenMissing() {
        startEmulator(1000);
        const QString nested = m_output->filePath(u"new/deeper"_s);
        auto process =
            start(cliPath(), {u"fetch"_s, u"dl-000001"_s, u"--output"_s, nested, u"--base-url"_s,
                              m_emulator->apiUrl().toString(), u"--api-key"_s, u"sk-demo"_s});
        const Run made = finish(*process);
        QVERIFY2(made.exitCode == 0, made.err.constData());
        QVERIFY(QFileInfo::exists(nested + u"/Quarterly keynote 0001.mp4"_s));

        const QString file = m_output->filePath(u"a-file"_s);
        QVERIFY(QFile(file).open(QIODevice::WriteOnly));
        process =
            start(cliPath(), {u"fetch"_s, u"dl-000001"_s, u"--output"_s, file, u"--base-url"_s,
                              m_emulator->apiUrl().toString(), u"--api-key"_s, u"sk-demo"_s});
        const Run refused = finish(*process);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("is a file, not a folder"), refused.err.constData());
    }

    void limitRateIsCurlsSpellingAndHolds() {
        startEmulator(1024 * 1000);
        for (const QString &bad : {u"fast"_s, u"0"_s, u"-5K"_s, u"5X"_s, u""_s}) {
            const Run refused = fetch({u"--limit-rate"_s, bad});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY(refused.err.contains("--limit-rate"));
        }
        QCOMPARE(fileHost().requestCount(), 0);
        // 500K is 512,000 bytes a second, as curl reads it: two seconds for this file.
        QElapsedTimer clock;
        clock.start();
        const Run limited = fetch({u"--limit-rate"_s, u"500K"_s});
        const qint64 elapsedMs = clock.elapsed();
        QCOMPARE(limited.exitCode, 0);
        QVERIFY2(elapsedMs >= 1800 && elapsedMs <= 3000, qPrintable(QString::number(elapsedMs)));
        QCOMPARE(TestEnvironment::sha256Of(savedPath()),
                 FileContent(u"dl-000001"_s, 1024 * 1000).sha256());
    }

    void theProgressLineFitsTheTerminal_data() {
        QTest::addColumn<int>("columns");
        QTest::newRow("60 columns") << 60;
        QTest::newRow("200 columns") << 200;
    }
    void theProgressLineFitsTheTerminal() {
        QFETCH(int, columns);
        startEmulator(3 * 1000 * 1000, 1500 * 1000);
        QStringList quoted{cliPath()};
        for (const QString &argument : fetchArguments())
            quoted << u"'"_s + argument + u"'"_s;
        // A pseudo-terminal of that width, as a user's terminal window.
        auto terminal = start(u"script"_s, {u"-qec"_s,
                                            QStringLiteral("stty cols %1 rows 24; exec %2")
                                                .arg(columns)
                                                .arg(quoted.join(QLatin1Char(' '))),
                                            u"/dev/null"_s});
        const Run shown = finish(*terminal);
        QCOMPARE(shown.exitCode, 0);
        static const QRegularExpression escapes(u"\\x1b\\[[0-9;]*[A-Za-z]"_s);
        const QStringList lines = QString::fromUtf8(shown.out).remove(escapes).split(
            QRegularExpression(u"[\\r\\n]"_s), Qt::SkipEmptyParts);
        int progressLines = 0;
        int widest = 0;
        for (const QString &line : lines) {
            QVERIFY2(line.size() <= columns, qPrintable(line));
            progressLines += line.contains(u" of "_s) ? 1 : 0;
            widest = qMax(widest, int(line.size()));
        }
        // Redrawn in place several times, and using the room there is.
        QVERIFY2(progressLines >= 3, qPrintable(lines.join(u" | "_s)));
        QVERIFY2(widest > qMin(columns, 80) * 8 / 10, qPrintable(QString::number(widest)));
        QVERIFY(QString::fromUtf8(shown.out).contains(u"saved "_s + savedPath()));
    }
};

QTEST_GUILESS_MAIN(CliFetchTest)
#include "tst_cli_fetch.moc"
