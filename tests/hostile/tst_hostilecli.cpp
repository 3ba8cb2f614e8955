#include "hostile/HostileHttpServer.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

#if defined(__SANITIZE_ADDRESS__)
#define VIDEODB_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define VIDEODB_UNDER_ASAN 1
#endif
#endif

namespace {

constexpr qint64 mebibyte = 1024 * 1024;
// ClientConfig's defaults, which the CLI keeps.
constexpr qint64 defaultCap = 64 * mebibyte;
// Short, through --deadline-s, so the test waits seconds rather than the default 120.
constexpr int deadlineS = 3;
// What loopback socket buffers may hold between the two ends once the client stops reading.
constexpr qint64 socketBuffers = 16 * mebibyte;
// The CLI itself (about 18 MB listing nothing), with room to spare; a listing that read a
// 400 MB answer whole peaked at 437 MB.
constexpr qint64 baselineKb = 40 * 1024;

struct Run {
    int exitCode = -1;
    QString standardError;
    qint64 peakRssKb = 0;
    qint64 elapsedMs = 0;
};

} // namespace

// The real CLI against a hostile server: `videodb-downloads-cli list` ends with the error
// that says why, a failing exit code, and a peak RSS near the size cap, never near the body.
class HostileCliTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    Run list(const HostileHttpServer &server, int waitMs = 60000,
             const QStringList &extraArguments = {}) {
        const QString rssFile = m_home.filePath(u"peak-rss"_s);
        QFile::remove(rssFile);
        QProcess process;
        process.setStandardInputFile(QProcess::nullDevice());
        process.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        const QStringList arguments{u"-f"_s,
                                    u"%M"_s,
                                    u"-o"_s,
                                    rssFile,
                                    QStringLiteral(VIDEODB_CLI_PATH),
                                    u"list"_s,
                                    u"--base-url"_s,
                                    server.url().toString(),
                                    u"--api-key"_s,
                                    u"x"_s};
        process.start(u"/usr/bin/time"_s, arguments + extraArguments);
        // Waited for with the event loop running: the server lives in this process.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, waitMs))
            process.kill();
        Run run;
        run.elapsedMs = timer.elapsed();
        process.waitForFinished();
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.standardError = QString::fromUtf8(process.readAllStandardError());
        QFile rss(rssFile);
        if (rss.open(QIODevice::ReadOnly))
            run.peakRssKb = rss.readAll().trimmed().split('\n').last().toLongLong();
        return run;
    }
    static void checkPeakRss(const Run &run, qint64 limitKb) {
        qInfo("peak RSS %lld kB (limit %lld kB)", run.peakRssKb, limitKb);
#ifdef VIDEODB_UNDER_ASAN
        Q_UNUSED(run)
        Q_UNUSED(limitKb)
        QSKIP("AddressSanitizer's quarantine and shadow memory inflate the peak RSS; every other "
              "check of this test has passed");
#else
        QVERIFY2(run.peakRssKb > 0 && run.peakRssKb < limitKb,
                 qPrintable(u"peak RSS %1 kB, limit %2 kB"_s.arg(run.peakRssKb).arg(limitKb)));
#endif
    }

private slots:
    void initTestCase() {
        TestEnvironment::makeHermetic();
        QVERIFY(QFile::exists(u"/usr/bin/time"_s));
        // The child's settings and transfer state stay in this test's folder.
        for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"}) {
            const QString path = m_home.filePath(QString::fromLatin1(variable));
            QDir().mkpath(path);
            qputenv(variable, path.toUtf8());
        }
    }

    void whitespaceFloodEndsAtTheCapInBoundedMemory() {
        // What a new user tried: 400 MB of whitespace, its end marked by closing the connection.
        HostileHttpServer::Answer answer;
        answer.paddingBytes = 400 * mebibyte;
        HostileHttpServer server(answer);
        QVERIFY(server.listen());
        const Run run = list(server);
        QVERIFY2(run.exitCode != 0 && run.exitCode != -1, qPrintable(run.standardError));
        QVERIFY2(run.standardError.contains(u"response too large"_s) &&
                     run.standardError.contains(u"64 MB"_s),
                 qPrintable(run.standardError));
        QTRY_COMPARE(server.connectionsClosed(), 1);
        qInfo("%s; the server sent %lld bytes", qPrintable(run.standardError.trimmed()),
              server.bodyBytesSent());
        QVERIFY2(server.bodyBytesSent() < defaultCap + socketBuffers,
                 qPrintable(QString::number(server.bodyBytesSent())));
        checkPeakRss(run, defaultCap / 1024 + baselineKb);
    }

    void announcedFloodIsRefusedUnread() {
        HostileHttpServer::Answer answer;
        answer.announcedLength = 400 * mebibyte;
        answer.paddingBytes = 400 * mebibyte;
        HostileHttpServer server(answer);
        QVERIFY(server.listen());
        const Run run = list(server);
        QVERIFY2(run.exitCode != 0 && run.exitCode != -1, qPrintable(run.standardError));
        QVERIFY2(run.standardError.contains(u"400 MB"_s), qPrintable(run.standardError));
        QVERIFY2(server.bodyBytesSent() < socketBuffers,
                 qPrintable(QString::number(server.bodyBytesSent())));
        checkPeakRss(run, baselineKb);
    }

    void drippingServerIsLeftAtTheDeadline() {
        // A byte a second: the transfer timeout (30 s) never fires, the deadline does.
        HostileHttpServer::Answer answer;
        answer.announcedLength = mebibyte;
        answer.dripIntervalMs = 1000;
        HostileHttpServer server(answer);
        QVERIFY(server.listen());
        const Run run =
            list(server, (deadlineS + 30) * 1000, {u"--deadline-s"_s, QString::number(deadlineS)});
        QVERIFY2(run.exitCode != 0 && run.exitCode != -1, qPrintable(run.standardError));
        QVERIFY2(run.standardError.contains(u"VideoDB did not finish answering within 3 second"_s),
                 qPrintable(run.standardError));
        QVERIFY2(run.elapsedMs >= (deadlineS - 1) * 1000 && run.elapsedMs < (deadlineS + 10) * 1000,
                 qPrintable(QString::number(run.elapsedMs)));
        QCOMPARE(server.requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(HostileCliTest)
#include "tst_hostilecli.moc"
