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
        arguments << "--base-url" << emulator.apiUrl().toString() << "--api-key" << key;
        return run(arguments);
    }
    static QStringList listedIds(const EmulatorProcess &emulator) {
        const Run listed = runAgainst(emulator, {"list", "--json"});
        QStringList ids;
        for (const QJsonValue &job : QJsonDocument::fromJson(listed.out).array())
            ids.append(job.toObject().value("id").toString());
        return ids;
    }
    // Runs the CLI on a pseudo-terminal (util-linux script) and types answer at its prompt.
    static Run runOnTerminal(const EmulatorProcess &emulator, const QStringList &arguments,
                             const QByteArray &answer) {
        QStringList command{cliPath()};
        command << arguments << "--base-url" << emulator.apiUrl().toString() << "--api-key"
                << "sk-demo";
        QProcess process;
        process.start("script", {"-qec", command.join(' '), "/dev/null"});
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
        // The CLI keeps transfer state under XDG_DATA_HOME: a private one per run.
        qputenv("XDG_DATA_HOME", m_dataHome.path().toUtf8());
    }

    void listJsonReturnsEveryJobOfTwelveThousand() {
        EmulatorProcess emulator;
        QVERIFY2(emulator.start({"--seed", "12000"}), qPrintable(emulator.errorText()));
        const Run listed = runAgainst(emulator, {"list", "--json"});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray jobs = QJsonDocument::fromJson(listed.out).array();
        QSet<QString> ids;
        for (const QJsonValue &job : jobs)
            ids.insert(job.toObject().value("id").toString());
        QCOMPARE(jobs.size(), 12000);
        QCOMPARE(ids.size(), 12000);
    }

    void listFiltersByStatusAndPrintsATable() {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--seed", "10", "--processing-ms", "600000"}));
        const Run failed = runAgainst(emulator, {"list", "--status", "failed", "--json"});
        QCOMPARE(failed.exitCode, 0);
        const QJsonArray jobs = QJsonDocument::fromJson(failed.out).array();
        QCOMPARE(jobs.size(), 2);
        for (const QJsonValue &job : jobs)
            QCOMPARE(job.toObject().value("status").toString(), QStringLiteral("failed"));
        const Run table = runAgainst(emulator, {"list"});
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.out.count('\n'), 11);
        QVERIFY(table.out.contains("Quarterly keynote 0001.mp4"));
        QCOMPARE(runAgainst(emulator, {"list", "--status", "sideways"}).exitCode, 2);
    }

    void deleteWithYesRemovesExactlyThatJob() {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--seed", "7"}));
        QCOMPARE(listedIds(emulator).size(), 7);
        const Run deleted = runAgainst(emulator, {"delete", "dl-000003", "--yes"});
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(deleted.out.trimmed(), QByteArray("deleted dl-000003"));
        const QStringList remaining = listedIds(emulator);
        QCOMPARE(remaining.size(), 6);
        QVERIFY(!remaining.contains("dl-000003"));
    }

    void deleteWithoutYesAndWithoutTerminalDeletesNothing() {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--seed", "7"}));
        const Run refused = runAgainst(emulator, {"delete", "dl-000003"});
        QVERIFY(refused.exitCode != 0);
        QVERIFY(refused.err.contains("--yes"));
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(listedIds(emulator).size(), 7);
    }

    void deleteOnATerminalAsksFirst() {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--seed", "7", "--processing-ms", "600000"}));
        const Run declined = runOnTerminal(emulator, {"delete", "dl-000001", "dl-000002"}, "n\n");
        QVERIFY(declined.out.contains("Quarterly keynote 0001.mp4"));
        QVERIFY(declined.out.contains("1 of these are still processing and will be cancelled"));
        QVERIFY(declined.out.contains("cannot be recovered"));
        QVERIFY(declined.out.contains("Delete 2 jobs? [y/N]"));
        QVERIFY(declined.out.contains("nothing deleted"));
        QCOMPARE(listedIds(emulator).size(), 7);

        const Run confirmed = runOnTerminal(emulator, {"delete", "dl-000001", "dl-000002"}, "y\n");
        QVERIFY(confirmed.out.contains("deleted dl-000001"));
        QVERIFY(confirmed.out.contains("deleted dl-000002"));
        QCOMPARE(listedIds(emulator).size(), 5);
    }

    void deleteManyReportsEachOutcome() {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--seed", "12", "--latency-ms", "50"}));
        QStringList arguments{"delete", "--yes"};
        for (int i = 1; i <= 10; ++i)
            arguments << QStringLiteral("dl-%1").arg(i, 6, 10, QLatin1Char('0'));
        arguments << "dl-999999";
        const Run deleted = runAgainst(emulator, arguments);
        QCOMPARE(deleted.exitCode, 4);
        QCOMPARE(deleted.out.count("deleted "), 10);
        QVERIFY(deleted.err.contains("dl-999999: not found"));
        QCOMPARE(listedIds(emulator), QStringList({"dl-000012", "dl-000011"}));
    }

    void showCreateAndRetry() {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--seed", "4", "--processing-ms", "600000"}));
        const Run shown = runAgainst(emulator, {"show", "dl-000001", "--json"});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value("name").toString(),
                 QStringLiteral("Quarterly keynote 0001.mp4"));

        const Run created = runAgainst(
            emulator, {"create", "https://stream.videodb.io/v/new.m3u8", "--name", "New cut.mp4"});
        QCOMPARE(created.exitCode, 0);
        const QString id = QString::fromUtf8(created.out.trimmed());
        QVERIFY(!id.isEmpty());
        QVERIFY(listedIds(emulator).contains(id));

        const Run retried = runAgainst(emulator, {"retry", "dl-000004"});
        QCOMPARE(retried.exitCode, 0);
        QVERIFY(retried.out.contains("processing"));
        QCOMPARE(runAgainst(emulator, {"create", "not-a-url"}).exitCode, 1);
    }

    void exitCodesAndOneLineErrors() {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({"--seed", "2", "--api-key", "sk-right"}));
        const Run unauthorized = runAgainst(emulator, {"list"}, "sk-secret-leak-check");
        QCOMPARE(unauthorized.exitCode, 3);
        QCOMPARE(unauthorized.err.count('\n'), 1);
        QVERIFY(!unauthorized.err.contains("sk-secret-leak-check"));
        QVERIFY(!unauthorized.out.contains("sk-secret-leak-check"));

        QCOMPARE(runAgainst(emulator, {"show", "dl-424242"}, "sk-right").exitCode, 4);
        QCOMPARE(runAgainst(emulator, {"frobnicate"}, "sk-right").exitCode, 2);
        QCOMPARE(runAgainst(emulator, {}, "sk-right").exitCode, 2);
        QCOMPARE(runAgainst(emulator, {"show"}, "sk-right").exitCode, 2);
        QCOMPARE(run({"list", "--no-such-flag"}).exitCode, 2);

        QProcessEnvironment withoutKey = QProcessEnvironment::systemEnvironment();
        withoutKey.remove("VIDEO_DB_API_KEY");
        const Run noKey = run({"list", "--base-url", emulator.apiUrl().toString()}, withoutKey);
        QCOMPARE(noKey.exitCode, 3);
        QVERIFY(noKey.err.contains("VIDEO_DB_API_KEY"));

        QProcessEnvironment withKey = withoutKey;
        withKey.insert("VIDEO_DB_API_KEY", "sk-right");
        QCOMPARE(run({"list", "--base-url", emulator.apiUrl().toString()}, withKey).exitCode, 0);
    }

    void deadServerFailsWithExitOne() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        const Run dead = run({"list", "--base-url", url, "--api-key", "sk-demo"});
        QCOMPARE(dead.exitCode, 1);
        QVERIFY(dead.err.contains("network error"));
        QVERIFY(!dead.err.contains("sk-demo"));
    }

    void fetchSavesByteExactFilesQuietlyWithoutATerminal() {
        EmulatorProcess emulator;
        QVERIFY(
            emulator.start({"--seed", "4", "--file-size", "3000001", "--processing-ms", "600000"}));
        QTemporaryDir output;
        const Run fetched =
            runAgainst(emulator, {"fetch", "dl-000001", "dl-000003", "--output", output.path()});
        QCOMPARE(fetched.exitCode, 0);
        QVERIFY2(fetched.err.isEmpty(), fetched.err.constData());
        QVERIFY(fetched.out.contains("saved "));
        for (const auto &[id, name] : {std::pair{"dl-000001", "Quarterly keynote 0001.mp4"},
                                       std::pair{"dl-000003", "Onboarding walkthrough 0003.mp4"}})
            QCOMPARE(TestEnvironment::sha256Of(output.filePath(name)),
                     FileContent(id, 3000001).sha256());
        QVERIFY(!emulator.takeStderr().contains("x-access-token"));

        const Run notDone = runAgainst(emulator, {"fetch", "dl-000002", "--output", output.path()});
        QCOMPARE(notDone.exitCode, 1);
        QVERIFY(notDone.err.contains("not done"));
        QCOMPARE(runAgainst(emulator, {"fetch", "dl-424242", "--output", output.path()}).exitCode,
                 4);
        const Run tooFew = runAgainst(emulator, {"fetch", "dl-000001", "--parallel", "0"});
        QCOMPARE(tooFew.exitCode, 2);
        QVERIFY(tooFew.err.contains("--parallel"));
        QCOMPARE(
            runAgainst(emulator, {"fetch", "dl-000001", "--output", output.filePath("missing")})
                .exitCode,
            2);
    }

    void fetchRerunContinuesWhereAKilledRunStopped() {
        const qint64 size = 40 * 1000 * 1000;
        EmulatorProcess emulator;
        QVERIFY(emulator.start(
            {"--seed", "1", "--file-size", QString::number(size), "--drop-after", "5000000"}));
        QTemporaryDir output;
        const QString part = output.filePath("Quarterly keynote 0001.mp4.part");
        QStringList arguments{"fetch",       "dl-000001",  "--output",
                              output.path(), "--base-url", emulator.apiUrl().toString(),
                              "--api-key",   "sk-demo"};
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
        QCOMPARE(TestEnvironment::sha256Of(output.filePath("Quarterly keynote 0001.mp4")),
                 FileContent("dl-000001", size).sha256());
        QVERIFY(!QFile::exists(part));
        // The rerun asked for the rest, not the whole file.
        QByteArray log;
        const QByteArray resumed = "206 bytes " + QByteArray::number(kept) + "-40000000/40000000";
        QTRY_VERIFY2((log += emulator.takeStderr()).contains(resumed), log.constData());
    }

    void plainHttpToAnotherHostIsRefused() {
        const Run refused =
            run({"list", "--base-url", "http://api.videodb.io", "--api-key", "sk-live"});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("https is required"));
        QVERIFY(!refused.err.contains("sk-live"));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
