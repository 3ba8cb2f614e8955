#include "emulator/ApiServer.h"
#include "emulator/Emulator.h"
#include "support/CannedHttpServer.h"
#include "support/InProcessEmulator.h"
#include "support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// videodb-downloads-cli's streaming list, its clean-up commands and its answers to a new
// user's mistakes, run as a user would run it against an emulator in this process, so a test
// can change a job at an exact moment while the CLI waits at its prompt.
class CliCommandsTest final : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dataHome;
    std::unique_ptr<Emulator> m_emulator;

    static QString cliPath() { return QStringLiteral(VIDEODB_CLI_PATH); }

    void startEmulator(int seed) {
        m_emulator = InProcessEmulator::start(InProcessEmulator::seeded(seed));
    }
    QStringList against(QStringList arguments) const {
        return arguments << u"--base-url"_s << m_emulator->apiUrl().toString() << u"--api-key"_s
                         << u"sk-demo"_s;
    }
    // Waits with the event loop running: the emulator answering the CLI lives in this process.
    static Run finish(QProcess &process) {
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
            process.kill();
        process.waitForFinished(5000);
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   process.readAllStandardOutput(), process.readAllStandardError()};
    }
    // No terminal: standard input is closed, as in a script or CI.
    static Run run(const QStringList &arguments) {
        QProcess process;
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(cliPath(), arguments);
        return finish(process);
    }
    // On a pseudo-terminal (util-linux script), which merges stdout and stderr into out.
    // betweenPromptAndAnswer runs once the CLI waits at its prompt.
    static Run runOnTerminal(const QStringList &arguments, const QByteArray &answer,
                             const std::function<void()> &betweenPromptAndAnswer = {}) {
        QProcess process;
        process.start(u"script"_s,
                      {u"-qec"_s, (QStringList{cliPath()} + arguments).join(u' '), u"/dev/null"_s});
        QByteArray seen;
        const bool prompted = QTest::qWaitFor(
            [&] { return (seen += process.readAllStandardOutput()).contains("[y/N]"); }, 30000);
        if (prompted && betweenPromptAndAnswer)
            betweenPromptAndAnswer();
        process.write(answer);
        Run result = finish(process);
        result.out.prepend(seen);
        return result;
    }
    QStringList remainingIds() const { return m_emulator->jobs().ids(); }
    // A job created now (so younger than any --older-than) that ends in error.
    QString createFailingJob() {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString id =
            m_emulator->jobs().create(u"https://stream.videodb.io/v/fail.m3u8"_s, {}, now).id;
        m_emulator->jobs().finishNow(id, now);
        return id;
    }
    static QJsonArray jsonArray(const QByteArray &text) {
        return QJsonDocument::fromJson(text).array();
    }

private slots:
    void initTestCase() {
        TestEnvironment::makeHermetic();
        // The CLI keeps transfer state under XDG_DATA_HOME: a private one per run.
        qputenv("XDG_DATA_HOME", m_dataHome.path().toUtf8());
    }
    void cleanup() { m_emulator.reset(); }

    void listFormatsCarryTheSameJobs() {
        startEmulator(30);
        const Run compact = run(against({u"list"_s, u"--json"_s}));
        const Run pretty = run(against({u"list"_s, u"--pretty"_s}));
        const Run lines = run(against({u"list"_s, u"--jsonl"_s}));
        const Run table = run(against({u"list"_s}));
        for (const Run *each : {&compact, &pretty, &lines, &table})
            QCOMPARE(each->exitCode, 0);
        QCOMPARE(compact.out.count('\n'), 1);
        QCOMPARE(jsonArray(compact.out).size(), 30);
        QVERIFY(pretty.out.startsWith("[\n    {\n        \""));
        QCOMPARE(jsonArray(pretty.out), jsonArray(compact.out));
        QJsonArray fromLines;
        for (const QByteArray &line : lines.out.split('\n')) {
            if (!line.isEmpty())
                fromLines.append(QJsonDocument::fromJson(line).object());
        }
        QCOMPARE(fromLines, jsonArray(compact.out));
        QCOMPARE(table.out.count('\n'), 31);

        const Run failedOnly = run(against({u"list"_s, u"--jsonl"_s, u"--status"_s, u"failed"_s}));
        QCOMPARE(failedOnly.out.count('\n'), 6);
        QCOMPARE(run(against({u"list"_s, u"--json"_s, u"--jsonl"_s})).exitCode, 2);
    }

    void anEmptyListIsStillOneDocument() {
        startEmulator(0);
        QCOMPARE(run(against({u"list"_s, u"--json"_s})).out, QByteArray("[]\n"));
        QCOMPARE(run(against({u"list"_s, u"--pretty"_s})).out, QByteArray("[]\n"));
        QCOMPARE(run(against({u"list"_s, u"--jsonl"_s})).out, QByteArray());
    }

    void listSaysHowManyJobsCouldNotBeRead() {
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.enqueueJson(R"({"success":true,"data":{"downloads":[{"id":"a"},{"name":"x"}]}})");
        server.enqueueJson(R"({"success":true,"data":{"downloads":[]}})");
        const Run listed = run({u"list"_s, u"--json"_s, u"--base-url"_s, server.url().toString(),
                                u"--api-key"_s, u"sk-demo"_s});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(jsonArray(listed.out).size(), 1);
        QVERIFY2(listed.err.contains("1 job could not be read"), listed.err.constData());
    }

    void deleteDryRunListsTheSelectionAndSendsNothing() {
        startEmulator(12);
        const QString young = createFailingJob();
        const int requestsBefore = m_emulator->apiServer().requestCount();
        const Run dry = run(against(
            {u"delete"_s, u"--status"_s, u"failed"_s, u"--older-than"_s, u"1h"_s, u"--dry-run"_s}));
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(dry.out,
                 QByteArray("would delete dl-000009  Webinar recording 0009.mp4  [failed]\n"
                            "would delete dl-000004  Customer interview 0004.mp4  [failed]\n"));
        QVERIFY(!dry.out.contains(young.toUtf8()));
        QCOMPARE(remainingIds().size(), 13);
        // The listing only: one page with the jobs, one that proves the end.
        QCOMPARE(m_emulator->apiServer().requestCount() - requestsBefore, 2);
    }

    void deleteByRuleWithYesDeletesExactlyTheSelection() {
        startEmulator(12);
        const QString young = createFailingJob();
        const Run deleted = run(against(
            {u"delete"_s, u"--status"_s, u"failed"_s, u"--older-than"_s, u"1h"_s, u"--yes"_s}));
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(deleted.out, QByteArray("deleted dl-000009\ndeleted dl-000004\n"));
        QVERIFY(deleted.err.contains("dl-000009  Webinar recording 0009.mp4  [failed]"));
        QCOMPARE(remainingIds().size(), 11);
        QVERIFY(remainingIds().contains(young));

        const Run done = run(
            against({u"delete"_s, u"--all-done"_s, u"--older-than"_s, u"7d"_s, u"--dry-run"_s}));
        QCOMPARE(done.exitCode, 0);
    }

    void deleteByRuleWithoutATerminalNeedsYes() {
        startEmulator(12);
        const Run refused = run(against({u"delete"_s, u"--all-done"_s}));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("pass --yes to delete 7 jobs"));
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(remainingIds().size(), 12);
    }

    void aJobThatFailsWhileThePromptWaitsIsNotSweptIn() {
        startEmulator(12);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString late =
            m_emulator->jobs().create(u"https://stream.videodb.io/v/fail-later.m3u8"_s, {}, now).id;
        const Run confirmed =
            runOnTerminal(against({u"delete"_s, u"--status"_s, u"failed"_s}), "y\n", [&] {
                // Listed while processing; failed now, after the selection was made and shown.
                m_emulator->jobs().finishNow(late, QDateTime::currentMSecsSinceEpoch());
            });
        QCOMPARE(confirmed.exitCode, 0);
        QVERIFY(m_emulator->jobs().find(late));
        QCOMPARE(m_emulator->jobs().find(late)->phaseAt(QDateTime::currentMSecsSinceEpoch()),
                 EmulatedJob::Phase::Failed);
        const QByteArray shown = confirmed.out.left(confirmed.out.indexOf("[y/N]"));
        QVERIFY2(shown.contains("dl-000009") && shown.contains("dl-000004"), shown.constData());
        QVERIFY(shown.contains("Delete 2 jobs?"));
        QVERIFY(!confirmed.out.contains(late.toUtf8()));
        QVERIFY(confirmed.out.contains("deleted dl-000009"));
        QCOMPARE(remainingIds().size(), 11);
    }

    void decliningThePromptExitsFiveAndDeletesNothing() {
        startEmulator(12);
        const Run byRule = runOnTerminal(against({u"delete"_s, u"--all-done"_s}), "n\n");
        QCOMPARE(byRule.exitCode, 5);
        QVERIFY(byRule.out.contains("Delete 7 jobs? [y/N]"));
        QVERIFY(byRule.out.contains("nothing deleted"));
        const Run byId = runOnTerminal(against({u"delete"_s, u"dl-000001"_s}), "\n");
        QCOMPARE(byId.exitCode, 5);
        QCOMPARE(remainingIds().size(), 12);
        QVERIFY(run({u"--help"_s}).out.contains("5 declined at the prompt"));
    }

    void retryAllFailedRetriesExactlyTheFailedJobs() {
        startEmulator(12);
        const qint64 doneReadyAt = m_emulator->jobs().find(u"dl-000001"_s)->readyAtMs;
        const Run dry = run(against({u"retry"_s, u"--all-failed"_s, u"--dry-run"_s}));
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(dry.out.count("would retry"), 2);
        QVERIFY(m_emulator->jobs().find(u"dl-000004"_s)->endsInError);

        const Run retried = run(against({u"retry"_s, u"--all-failed"_s}));
        QCOMPARE(retried.exitCode, 0);
        QVERIFY(retried.out.contains("retrying dl-000009 (processing)"));
        QVERIFY(retried.out.contains("retrying dl-000004 (processing)"));
        QCOMPARE(retried.out.count('\n'), 2);
        QVERIFY(!m_emulator->jobs().find(u"dl-000004"_s)->endsInError);
        QCOMPARE(m_emulator->jobs().find(u"dl-000001"_s)->readyAtMs, doneReadyAt);
    }

    void retryOfAJobThatDidNotFailIsRefused() {
        startEmulator(4);
        const qint64 readyAt = m_emulator->jobs().find(u"dl-000001"_s)->readyAtMs;
        const Run refused = run(against({u"retry"_s, u"dl-000001"_s}));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("dl-000001 is done: only failed jobs can be retried"),
                 refused.err.constData());
        QCOMPARE(m_emulator->jobs().find(u"dl-000001"_s)->readyAtMs, readyAt);
        QCOMPARE(run(against({u"retry"_s, u"dl-000004"_s})).exitCode, 0);
    }

    void anInvalidStreamUrlIsRejectedLocally() {
        startEmulator(0);
        for (const QString &bad :
             {u"not-a-url"_s, u"not a url"_s, u"ftp://stream.videodb.io/v"_s, u"https://"_s}) {
            const Run refused = run(against({u"create"_s, bad}));
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains("stream URL"), refused.err.constData());
        }
        QCOMPARE(m_emulator->apiServer().requestCount(), 0);

        const Run created = run(against({u"create"_s, u"stream.videodb.io/v/a.m3u8"_s}));
        QCOMPARE(created.exitCode, 0);
        const QString id = QString::fromUtf8(created.out.trimmed());
        QVERIFY(m_emulator->jobs().find(id));
        QCOMPARE(m_emulator->jobs().find(id)->streamLink, u"https://stream.videodb.io/v/a.m3u8"_s);
    }

    void aRefusedConnectionNamesTheUrlTried() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString url = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
        probe.close();
        const Run dead = run({u"list"_s, u"--base-url"_s, url, u"--api-key"_s, u"sk-demo"_s,
                              u"--timeout-s"_s, u"5"_s});
        QCOMPARE(dead.exitCode, 1);
        QVERIFY2(dead.err.contains((url + u"/download"_s).toUtf8()), dead.err.constData());
        QVERIFY(dead.out.isEmpty());
    }

    void fetchOfAFailedJobSaysWhy() {
        startEmulator(4);
        QTemporaryDir output;
        const Run failed = run(against({u"fetch"_s, u"dl-000004"_s, u"--output"_s, output.path()}));
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains("dl-000004: the job failed: the stream could not be read"),
                 failed.err.constData());
    }

    void helpNamesEveryCommand() {
        const Run help = run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"  list ", "  show ", "  create ", "  retry ", "  delete ",
                                    "  fetch ", "list, show, create, retry, delete or fetch"})
            QVERIFY2(help.out.contains(command), command);
    }

    void ruleOptionsAreCheckedBeforeAnythingIsSent() {
        startEmulator(3);
        for (const QStringList &arguments :
             {QStringList{u"delete"_s, u"--status"_s, u"failed"_s, u"--older-than"_s, u"30x"_s},
              QStringList{u"delete"_s, u"--older-than"_s, u"30d"_s},
              QStringList{u"delete"_s, u"dl-000001"_s, u"--all-done"_s},
              QStringList{u"retry"_s, u"--all-done"_s},
              QStringList{u"retry"_s, u"--status"_s, u"done"_s},
              QStringList{u"delete"_s, u"dl-000001"_s, u"--dry-run"_s},
              QStringList{u"list"_s, u"--older-than"_s, u"1d"_s}}) {
            const Run refused = run(against(arguments));
            QVERIFY2(refused.exitCode == 2, qPrintable(arguments.join(u' ')));
        }
        QCOMPARE(m_emulator->apiServer().requestCount(), 0);
        QCOMPARE(remainingIds().size(), 3);
    }
};

QTEST_GUILESS_MAIN(CliCommandsTest)
#include "tst_clicommands.moc"
