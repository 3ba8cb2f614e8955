#include "emulator/FileContent.h"
#include "support/EmulatorProcess.h"
#include "support/TestEnvironment.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// videodb-downloads-cli run as a user would run it, against videodb-emulator processes.
class CliTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dataHome;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static QString cliPath() { return QStringLiteral(VIDEODB_CLI_PATH); }

    static Run
    run(const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment()) {
        QProcess process;
        process.setProcessEnvironment(environment);
        // No terminal: standard input is closed, as in a script or CI.
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(cliPath(), arguments);
        if (!process.waitForFinished(60000))
            process.kill();
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   process.readAllStandardOutput(), process.readAllStandardError()};
    }
    static Run runAgainst(const EmulatorProcess &emulator, QStringList arguments,
                          const QString &key = QStringLiteral("sk-demo")) {
        arguments << u"--base-url"_s << emulator.apiUrl().toString() << u"--api-key"_s << key;
        return run(arguments);
    }
    // The CLI in a pseudo-terminal of that width, as in a user's terminal window; its output
    // with the terminal's carriage returns taken out.
    static Run runInTerminal(int columns, const QStringList &arguments) {
        QProcess terminal;
        terminal.setStandardInputFile(QProcess::nullDevice());
        terminal.start(u"script"_s, {u"-qec"_s,
                                     u"stty cols %1 rows 24; exec %2 %3"_s.arg(columns).arg(
                                         cliPath(), arguments.join(u' ')),
                                     u"/dev/null"_s});
        if (!terminal.waitForFinished(60000))
            terminal.kill();
        return Run{terminal.exitStatus() == QProcess::NormalExit ? terminal.exitCode() : -1,
                   terminal.readAllStandardOutput().replace('\r', QByteArray()),
                   {}};
    }
    static QStringList listedIds(const EmulatorProcess &emulator) {
        const Run listed = runAgainst(emulator, {u"list"_s, u"--json"_s});
        QStringList ids;
        for (const QJsonValue &job : QJsonDocument::fromJson(listed.out).array())
            ids.append(job.toObject().value(u"id"_s).toString());
        return ids;
    }
    // Runs the CLI on a pseudo-terminal (util-linux script) and types answer at its prompt.
    static Run runOnTerminal(const EmulatorProcess &emulator, const QStringList &arguments,
                             const QByteArray &answer) {
        QStringList command{cliPath()};
        command << arguments << u"--base-url"_s << emulator.apiUrl().toString() << u"--api-key"_s
                << u"sk-demo"_s;
        QProcess process;
        process.start(u"script"_s, {u"-qec"_s, command.join(QLatin1Char(' ')), u"/dev/null"_s});
        process.waitForStarted();
        process.write(answer);
        if (!process.waitForFinished(30000))
            process.kill();
        return Run{process.exitCode(), process.readAllStandardOutput(),
                   process.readAllStandardError()};
    }

private slots:
    void initTestCase() {
        TestEnvironment::makeHermetic();
        // The CLI keeps transfer state under XDG_DATA_HOME and reads the app's account under
        // XDG_CONFIG_HOME: private ones per run, and no session bus, so no real keyring.
        qputenv("XDG_DATA_HOME", m_dataHome.filePath(u"data"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dataHome.filePath(u"config"_s).toUtf8());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    }

    void listJsonReturnsEveryJobOfTwelveThousand() {
        EmulatorProcess emulator;
        QVERIFY2(emulator.start({u"--seed"_s, u"12000"_s}), qPrintable(emulator.errorText()));
        const Run listed = runAgainst(emulator, {u"list"_s, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray jobs = QJsonDocument::fromJson(listed.out).array();
        QSet<QString> ids;
        for (const QJsonValue &job : jobs)
            ids.insert(job.toObject().value(u"id"_s).toString());
        QCOMPARE(jobs.size(), 12000);
        QCOMPARE(ids.size(), 12000);
    }

    void listFiltersByStatusAndPrintsATable() {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({u"--seed"_s, u"10"_s, u"--processing-ms"_s, u"600000"_s}));
        const Run failed =
            runAgainst(emulator, {u"list"_s, u"--status"_s, u"failed"_s, u"--json"_s});
        QCOMPARE(failed.exitCode, 0);
        const QJsonArray jobs = QJsonDocument::fromJson(failed.out).array();
        QCOMPARE(jobs.size(), 2);
        for (const QJsonValue &job : jobs)
            QCOMPARE(job.toObject().value(u"status"_s).toString(), QStringLiteral("failed"));
        const Run table = runAgainst(emulator, {u"list"_s});
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.out.count('\n'), 11);
        QVERIFY(table.out.contains("Quarterly keynote 0001.mp4"));
        QCOMPARE(runAgainst(emulator, {u"list"_s, u"--status"_s, u"sideways"_s}).exitCode, 2);
        // An id given to list is a mistake to point out, not to ignore.
        const Run stray = runAgainst(emulator, {u"list"_s, u"dl-000001"_s});
        QCOMPARE(stray.exitCode, 2);
        QVERIFY2(stray.err.contains("show ID"), stray.err.constData());
        QVERIFY(stray.out.isEmpty());
    }

    // In a narrow terminal --help is wrapped again, beside or below the option names; piped
    // (help2man reads it so) it is Qt's own layout. Either way the same words in the same order.
    void helpFitsTheTerminal_data() {
        QTest::addColumn<int>("columns");
        QTest::newRow("60 columns") << 60;
        QTest::newRow("40 columns") << 40;
    }
    void helpFitsTheTerminal() {
        QFETCH(int, columns);
        const Run terminal = runInTerminal(columns, {u"--help"_s});
        QCOMPARE(terminal.exitCode, 0);
        const QString shown = QString::fromUtf8(terminal.out);
        for (const QString &line : shown.split(u'\n'))
            QVERIFY2(line.size() < columns || !line.contains(u' '), qPrintable(line));
        const QString piped = QString::fromUtf8(run({u"--help"_s}).out);
        QVERIFY(piped.contains(u"\n  --api-key <KEY>      API key"_s));
        QCOMPARE(shown.simplified(), piped.simplified());
    }

    // In a terminal 60 columns wide no row wraps: long names end in "…". Piped, as above,
    // every name is whole.
    void listFitsTheTerminal() {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({u"--seed"_s, u"10"_s}));
        const Run terminal =
            runInTerminal(60, {u"list"_s, u"--base-url"_s, emulator.apiUrl().toString(),
                               u"--api-key"_s, u"sk-demo"_s});
        QCOMPARE(terminal.exitCode, 0);
        const QStringList lines = QString::fromUtf8(terminal.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 11);
        QVERIFY2(lines.first().startsWith(u"ID"_s), qPrintable(lines.first()));
        for (const QString &line : lines)
            QVERIFY2(line.size() < 60, qPrintable(line));
        // Whole ids, and the names that did not fit cut short.
        QVERIFY2(lines.at(1).startsWith(u"dl-000010 "_s), qPrintable(lines.at(1)));
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
                            [](const QString &line) { return line.endsWith(QChar(0x2026)); }));
    }

    // What delete lists before it asks, its dry run and show fit a narrow terminal too: names
    // are cut, sentences and long values wrap; only a link, which has no spaces, stays whole.
    void confirmationsAndShowFitTheTerminal() {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({u"--seed"_s, u"12"_s}));
        const QStringList server{u"--base-url"_s, emulator.apiUrl().toString(), u"--api-key"_s,
                                 u"sk-demo"_s};
        const auto fits = [](const Run &run, int columns) {
            for (const QString &line : QString::fromUtf8(run.out).split(u'\n')) {
                if (line.size() >= columns && line.trimmed().contains(u' ') &&
                    !line.contains(u"http"_s))
                    return false;
            }
            return true;
        };
        // No answer on the terminal: nothing is deleted.
        const Run asked =
            runInTerminal(40, QStringList{u"delete"_s, u"--status"_s, u"failed"_s} + server);
        QCOMPARE(asked.exitCode, 5);
        QVERIFY2(asked.out.contains("Deletion is permanent") && fits(asked, 40),
                 asked.out.constData());
        const Run dryRun =
            runInTerminal(40, QStringList{u"delete"_s, u"--all-done"_s, u"--dry-run"_s} + server);
        QCOMPARE(dryRun.exitCode, 0);
        QVERIFY2(dryRun.out.contains("would delete") && dryRun.out.contains("…") &&
                     fits(dryRun, 40),
                 dryRun.out.constData());
        const Run shown = runInTerminal(40, QStringList{u"show"_s, u"dl-000004"_s} + server);
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains("error:") && fits(shown, 40), shown.out.constData());
        QCOMPARE(listedIds(emulator).size(), 12);
    }

    void deleteWithYesRemovesExactlyThatJob() {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({u"--seed"_s, u"7"_s}));
        QCOMPARE(listedIds(emulator).size(), 7);
        const Run deleted = runAgainst(emulator, {u"delete"_s, u"dl-000003"_s, u"--yes"_s});
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(deleted.out.trimmed(), QByteArray("deleted dl-000003"));
        const QStringList remaining = listedIds(emulator);
        QCOMPARE(remaining.size(), 6);
        QVERIFY(!remaining.contains(u"dl-000003"_s));
    }

    void deleteWithoutYesAndWithoutTerminalDeletesNothing() {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({u"--seed"_s, u"7"_s}));
        const Run refused = runAgainst(emulator, {u"delete"_s, u"dl-000003"_s});
        QVERIFY(refused.exitCode != 0);
        QVERIFY(refused.err.contains("--yes"));
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(listedIds(emulator).size(), 7);
    }

    void deleteOnATerminalAsksFirst() {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({u"--seed"_s, u"7"_s, u"--processing-ms"_s, u"600000"_s}));
        const Run declined =
            runOnTerminal(emulator, {u"delete"_s, u"dl-000001"_s, u"dl-000002"_s}, "n\n");
        QVERIFY(declined.out.contains("Quarterly keynote 0001.mp4"));
        QVERIFY(declined.out.contains("1 of these is still processing and will be cancelled"));
        QVERIFY(declined.out.contains("cannot be recovered"));
        QVERIFY(declined.out.contains("Delete 2 jobs? [y/N]"));
        QVERIFY(declined.out.contains("nothing deleted"));
        QCOMPARE(listedIds(emulator).size(), 7);

        const Run confirmed =
            runOnTerminal(emulator, {u"delete"_s, u"dl-000001"_s, u"dl-000002"_s}, "y\n");
        QVERIFY(confirmed.out.contains("deleted dl-000001"));
        QVERIFY(confirmed.out.contains("deleted dl-000002"));
        QCOMPARE(listedIds(emulator).size(), 5);
    }

    // Nothing to confirm for jobs that do not exist: the answer comes at once, with code 4.
    void deletingOnlyMissingJobsAsksNothing() {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({u"--seed"_s, u"3"_s}));
        const Run missing = runOnTerminal(emulator, {u"delete"_s, u"dl-999999"_s}, "y\n");
        QCOMPARE(missing.exitCode, 4);
        QVERIFY(missing.out.contains("dl-999999"));
        QVERIFY(!missing.out.contains("[y/N]"));
        QCOMPARE(listedIds(emulator).size(), 3);
    }

    void deleteManyReportsEachOutcome() {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({u"--seed"_s, u"12"_s, u"--latency-ms"_s, u"50"_s}));
        QStringList arguments{u"delete"_s, u"--yes"_s};
        for (int i = 1; i <= 10; ++i)
            arguments << QStringLiteral("dl-%1").arg(i, 6, 10, QLatin1Char('0'));
        arguments << u"dl-999999"_s;
        const Run deleted = runAgainst(emulator, arguments);
        QCOMPARE(deleted.exitCode, 4);
        QCOMPARE(deleted.out.count("deleted "), 10);
        QVERIFY(deleted.err.contains("dl-999999: not found"));
        QCOMPARE(listedIds(emulator), QStringList({u"dl-000012"_s, u"dl-000011"_s}));
    }

    void showCreateAndRetry() {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({u"--seed"_s, u"4"_s, u"--processing-ms"_s, u"600000"_s}));
        const Run shown = runAgainst(emulator, {u"show"_s, u"dl-000001"_s, u"--json"_s});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(u"name"_s).toString(),
                 QStringLiteral("Quarterly keynote 0001.mp4"));

        const Run created =
            runAgainst(emulator, {u"create"_s, u"https://stream.videodb.io/v/new.m3u8"_s,
                                  u"--name"_s, u"New cut.mp4"_s});
        QCOMPARE(created.exitCode, 0);
        const QString id = QString::fromUtf8(created.out.trimmed());
        QVERIFY(!id.isEmpty());
        QVERIFY(listedIds(emulator).contains(id));
        // The status of a job still processing has no name: no empty "name:" line.
        const Run fresh = runAgainst(emulator, {u"show"_s, id});
        QVERIFY2(fresh.out.startsWith("id:") && !fresh.out.contains("name:") &&
                     fresh.out.contains("status:   processing"),
                 fresh.out.constData());
        const Run named = runAgainst(emulator, {u"show"_s, u"dl-000001"_s});
        QVERIFY2(named.out.contains("\nname: ") &&
                     named.out.contains(" Quarterly keynote 0001.mp4\n"),
                 named.out.constData());
        // Without --name, the name the app's New job dialog offers: an .mp4, not the playlist.
        const Run unnamed =
            runAgainst(emulator, {u"create"_s, u"https://stream.videodb.io/v/demo.m3u8"_s});
        QCOMPARE(unnamed.exitCode, 0);
        const Run listed = runAgainst(emulator, {u"list"_s, u"--jsonl"_s});
        const QByteArray firstLine = listed.out.left(listed.out.indexOf('\n'));
        QCOMPARE(QJsonDocument::fromJson(firstLine).object().value(u"name"_s).toString(),
                 u"demo.mp4"_s);

        const Run retried = runAgainst(emulator, {u"retry"_s, u"dl-000004"_s});
        QCOMPARE(retried.exitCode, 0);
        QVERIFY(retried.out.contains("processing"));
        // Rejected locally, with the usage code: nothing reaches the server.
        QCOMPARE(runAgainst(emulator, {u"create"_s, u"not-a-url"_s}).exitCode, 2);
    }

    void exitCodesAndOneLineErrors() {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({u"--seed"_s, u"2"_s, u"--api-key"_s, u"sk-right"_s}));
        const Run unauthorized = runAgainst(emulator, {u"list"_s}, u"sk-secret-leak-check"_s);
        QCOMPARE(unauthorized.exitCode, 3);
        QCOMPARE(unauthorized.err.count('\n'), 1);
        QVERIFY(!unauthorized.err.contains("sk-secret-leak-check"));
        QVERIFY(!unauthorized.out.contains("sk-secret-leak-check"));

        QCOMPARE(runAgainst(emulator, {u"show"_s, u"dl-424242"_s}, u"sk-right"_s).exitCode, 4);
        QCOMPARE(runAgainst(emulator, {u"frobnicate"_s}, u"sk-right"_s).exitCode, 2);
        QCOMPARE(runAgainst(emulator, {}, u"sk-right"_s).exitCode, 2);
        QCOMPARE(runAgainst(emulator, {u"show"_s}, u"sk-right"_s).exitCode, 2);
        QCOMPARE(run({u"list"_s, u"--no-such-flag"_s}).exitCode, 2);

        QProcessEnvironment withoutKey = QProcessEnvironment::systemEnvironment();
        withoutKey.remove(u"VIDEO_DB_API_KEY"_s);
        const Run noKey =
            run({u"list"_s, u"--base-url"_s, emulator.apiUrl().toString()}, withoutKey);
        QCOMPARE(noKey.exitCode, 3);
        QVERIFY(noKey.err.contains("VIDEO_DB_API_KEY"));

        QProcessEnvironment withKey = withoutKey;
        withKey.insert(u"VIDEO_DB_API_KEY"_s, u"sk-right"_s);
        QCOMPARE(run({u"list"_s, u"--base-url"_s, emulator.apiUrl().toString()}, withKey).exitCode,
                 0);
    }

    void deadServerFailsWithExitOne() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        const Run dead = run({u"list"_s, u"--base-url"_s, url, u"--api-key"_s, u"sk-demo"_s});
        QCOMPARE(dead.exitCode, 1);
        QVERIFY(dead.err.contains("network error"));
        QVERIFY(!dead.err.contains("sk-demo"));
    }

    void fetchSavesByteExactFilesQuietlyWithoutATerminal() {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({u"--seed"_s, u"4"_s, u"--file-size"_s, u"3000001"_s,
                                u"--processing-ms"_s, u"600000"_s}));
        QTemporaryDir output;
        const Run fetched = runAgainst(
            emulator, {u"fetch"_s, u"dl-000001"_s, u"dl-000003"_s, u"--output"_s, output.path()});
        QCOMPARE(fetched.exitCode, 0);
        QVERIFY2(fetched.err.isEmpty(), fetched.err.constData());
        QVERIFY(fetched.out.contains("saved "));
        for (const auto &[id, name] :
             {std::pair{u"dl-000001"_s, u"Quarterly keynote 0001.mp4"_s},
              std::pair{u"dl-000003"_s, u"Onboarding walkthrough 0003.mp4"_s}})
            QCOMPARE(TestEnvironment::sha256Of(output.filePath(name)),
                     FileContent(id, 3000001).sha256());
        QVERIFY(!emulator.takeStderr().contains("x-access-token"));

        const Run notDone =
            runAgainst(emulator, {u"fetch"_s, u"dl-000002"_s, u"--output"_s, output.path()});
        QCOMPARE(notDone.exitCode, 1);
        QVERIFY(notDone.err.contains("not done"));
        QCOMPARE(runAgainst(emulator, {u"fetch"_s, u"dl-424242"_s, u"--output"_s, output.path()})
                     .exitCode,
                 4);
        const Run tooFew =
            runAgainst(emulator, {u"fetch"_s, u"dl-000001"_s, u"--parallel"_s, u"0"_s});
        QCOMPARE(tooFew.exitCode, 2);
        QVERIFY(tooFew.err.contains("--parallel"));
    }

    void fetchRerunContinuesWhereAKilledRunStopped() {
        const qint64 size = 40 * 1000 * 1000;
        EmulatorProcess emulator;
        QVERIFY(emulator.start({u"--seed"_s, u"1"_s, u"--file-size"_s, QString::number(size),
                                u"--drop-after"_s, u"5000000"_s}));
        QTemporaryDir output;
        const QString part = output.filePath(u"Quarterly keynote 0001.mp4.part"_s);
        QStringList arguments{u"fetch"_s,     u"dl-000001"_s,  u"--output"_s,
                              output.path(),  u"--base-url"_s, emulator.apiUrl().toString(),
                              u"--api-key"_s, u"sk-demo"_s};
        QProcess first;
        first.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        first.start(cliPath(), arguments);
        // The emulator cuts the connection at 5 MB; the CLI waits a second before resuming,
        // and is killed in that second.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() >= 4000000, 20000);
        first.kill();
        QVERIFY(first.waitForFinished(5000));
        const qint64 kept = QFileInfo(part).size();
        QVERIFY2(kept >= 4000000 && kept <= 5000000, qPrintable(QString::number(kept)));

        const Run second = run(arguments);
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(TestEnvironment::sha256Of(output.filePath(u"Quarterly keynote 0001.mp4"_s)),
                 FileContent(u"dl-000001"_s, size).sha256());
        QVERIFY(!QFile::exists(part));
        // The rerun asked for the rest, not the whole file.
        QByteArray log;
        const QByteArray resumed = "206 bytes " + QByteArray::number(kept) + "-40000000/40000000";
        QTRY_VERIFY2((log += emulator.takeStderr()).contains(resumed), log.constData());
    }

    void plainHttpToAnotherHostIsRefused() {
        const Run refused = run(
            {u"list"_s, u"--base-url"_s, u"http://api.videodb.io"_s, u"--api-key"_s, u"sk-live"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("https is required"));
        QVERIFY(!refused.err.contains("sk-live"));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
