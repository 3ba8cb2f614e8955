#include "RssSampler.h"
#include "SoakDriver.h"

#include "core/jobs/JobSession.h"
#include "emulator/Emulator.h"
#include "emulator/FileHost.h"
#include "support/InProcessEmulator.h"
#include "support/TestEnvironment.h"

#include <QtTest>

using namespace Qt::StringLiterals;

#if defined(__SANITIZE_ADDRESS__)
#define SOAK_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SOAK_UNDER_ASAN 1
#endif
#endif

namespace {

int soakSeconds() {
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("SOAK_SECONDS", &ok);
    return ok && seconds > 0 ? seconds : 60;
}

// Time for the work under way when the operations stop to end, and for the checks.
constexpr int settleSeconds = 90;
// Growth over the second half that a healthy run stays under: 60-second runs grew by 20 to
// 800 KB. Leaking every API reply grew 13 MB over the second half of a minute.
constexpr qint64 allowedGrowthKb = 6 * 1024;
constexpr int rssIntervalMs = 1000;

} // namespace

// The fault soak: a seeded random user against an emulator that fails 30% of API requests,
// answers 50 ms late and cuts file downloads, for SOAK_SECONDS (60 by default). SOAK_SEED
// replays a run's choices and faults (timing still varies).
class SoakTest final : public QObject {
    Q_OBJECT
public:
    SoakTest() {
        // QtTest stops a test function after five minutes unless told otherwise; the limit
        // must be read before the first test function starts, so it is set here.
        if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
            qputenv("QTEST_FUNCTION_TIMEOUT",
                    QByteArray::number((qint64(soakSeconds()) + settleSeconds + 120) * 1000));
    }

private slots:
    void initTestCase() { TestEnvironment::makeHermetic(); }

    void faultsBreakNoInvariant() {
        bool seedGiven = false;
        const quint32 seed = quint32(qEnvironmentVariableIntValue("SOAK_SEED", &seedGiven));
        const quint32 usedSeed = seedGiven ? seed : QRandomGenerator::system()->generate() >> 1;
        qInfo("soak seed %u: replay with SOAK_SEED=%u; running %d s", usedSeed, usedSeed,
              soakSeconds());

        const QStringList keys{u"sk-demo"_s, u"sk-soak-second"_s};
        EmulatorOptions options = InProcessEmulator::seeded(48);
        options.processingMs = 4000;
        options.failRate = 0.3;
        options.latencyMs = 50;
        options.fileSize = 1024 * 1024;
        // A second per file, so pauses find transfers running.
        options.fileBytesPerSecond = 1024 * 1024;
        options.fileDropRate = 0.2;
        options.faultSeed = usedSeed;
        options.logRequests = true;
        options.apiKey = keys.first();
        options.otherApiKeys = keys.mid(1);
        const std::unique_ptr<Emulator> emulator = InProcessEmulator::start(options);

        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString folder = data.filePath(u"downloads"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString database = data.filePath(u"transfers.sqlite"_s);
        ClientConfig config = TestEnvironment::clientFor(emulator->apiUrl(), keys.first());
        // Several pages per listing, so page retries and the page in flight are soaked too.
        config.pageSize = 16;
        auto session = std::make_unique<JobSession>(config, database);
        session->board()->setPollIntervalMs(1000);

        SoakDriver driver(session.get(), emulator.get(), folder, database, keys, usedSeed);
        RssSampler memory(rssIntervalMs);
        memory.start();
        driver.start();
        QElapsedTimer clock;
        clock.start();
        const qint64 runMs = qint64(soakSeconds()) * 1000;
        while (clock.elapsed() < runMs && driver.violations().isEmpty())
            QTest::qWait(200);
        memory.stop();
        driver.stopIssuing();
        // A violation during the run is the story: an end state reached in a hurry would only
        // add noise to it.
        if (driver.violations().isEmpty()) {
            // Not QTRY: on a timeout it waits twice as long again, to suggest a better timeout.
            QString why;
            const qint64 settleDeadlineMs = clock.elapsed() + settleSeconds * 1000;
            while (!driver.isSettled(&why) && clock.elapsed() < settleDeadlineMs)
                QTest::qWait(200);
            // Reports what never settled, among the rest.
            driver.checkEndState();
        }

        qInfo("soak seed %u, %lld s of operations", usedSeed, clock.elapsed() / 1000);
        for (const QString &line : driver.figures())
            qInfo("%s", qPrintable(line));
        const QVector<qint64> &rss = memory.samplesKb();
        qInfo("RSS: %lld KB at the start, %lld KB at the half, %lld KB at the end (%lld samples); "
              "second-half growth %lld KB",
              rss.first(), rss.at(rss.size() / 2), rss.last(), qint64(rss.size()),
              memory.secondHalfGrowthKb());

        QVERIFY2(driver.violations().isEmpty(),
                 qPrintable(u"seed %1:\n"_s.arg(usedSeed) + driver.violations().join(u'\n')));
        // A soak that did nothing proves nothing.
        QVERIFY(driver.issued(SoakDriver::Operation::Delete) > 0);
        QVERIFY(driver.audit().confirmedCount() > 0);
        QVERIFY(driver.issued(SoakDriver::Operation::Create) > 0);
        QVERIFY(driver.filesSaved() > 0);
        QVERIFY(driver.audit().total().injected > 0);
        QVERIFY(emulator->fileHost().responsesChosenToDrop() > 0);
#ifdef SOAK_UNDER_ASAN
        qInfo("memory check skipped: AddressSanitizer's quarantine holds freed memory, so the "
              "RSS grows whether or not the code leaks");
#else
        QVERIFY2(memory.secondHalfGrowthKb() <= allowedGrowthKb,
                 qPrintable(
                     u"seed %1: RSS grew %2 KB over the second half (at most %3 KB)"_s.arg(usedSeed)
                         .arg(memory.secondHalfGrowthKb())
                         .arg(allowedGrowthKb)));
#endif
    }
};

QTEST_GUILESS_MAIN(SoakTest)
#include "tst_soak.moc"
