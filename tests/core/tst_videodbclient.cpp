#include "core/api/RequestWindow.h"
#include "core/api/VideoDbClient.h"
#include "emulator/ApiServer.h"
#include "emulator/Emulator.h"
#include "emulator/FileHost.h"
#include "support/CannedHttpServer.h"
#include "support/InProcessEmulator.h"
#include "support/TestEnvironment.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>
#include <QTcpServer>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

// The API client against the emulator (and deliberately broken servers) over real loopback
// HTTP: every endpoint, every error class, retries, timeouts and where the key may go.
class VideoDbClientTest final : public QObject {
    Q_OBJECT

    template <typename T, typename Start> ApiResult<T> await(Start start, int timeoutMs = 15000) {
        std::optional<ApiResult<T>> got;
        start([&got](const ApiResult<T> &result) { got = result; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, timeoutMs))
            return ApiResult<T>::failure(
                ApiError(ApiError::Kind::None, QStringLiteral("test: no callback")));
        return *got;
    }
    ApiResult<QVector<DownloadJob>> list(VideoDbClient &client) {
        return await<QVector<DownloadJob>>([&](auto done) { client.listJobs(done); });
    }
    static std::unique_ptr<Emulator> startEmulator(const EmulatorOptions &options = {}) {
        return InProcessEmulator::start(options);
    }
    static EmulatorOptions seeded(int count) { return InProcessEmulator::seeded(count); }

private slots:
    void initTestCase() { TestEnvironment::makeHermetic(); }

    void listWalksEveryPage() {
        auto emulator = startEmulator(seeded(25));
        ClientConfig config = TestEnvironment::clientFor(emulator->apiUrl());
        config.pageSize = 10;
        VideoDbClient client(config);
        int pages = 0;
        QVector<DownloadJob> streamed;
        std::optional<ApiError> end;
        client.streamJobs(
            [&](const QVector<DownloadJob> &page) {
                ++pages;
                streamed += page;
            },
            [&](const ApiError &error) { end = error; });
        QTRY_VERIFY(end.has_value());
        QVERIFY(!end->isError());
        QCOMPARE(pages, 3);
        QCOMPARE(streamed.size(), 25);
        const auto result = list(client);
        QVERIFY2(result.ok(), qPrintable(result.error().describe()));
        QCOMPARE(result.value().size(), 25);
        QSet<QString> ids;
        for (const DownloadJob &job : result.value())
            ids.insert(job.id);
        QCOMPARE(ids.size(), 25);
    }

    void listAsksPastAFullLastPage() {
        auto emulator = startEmulator(seeded(20));
        ClientConfig config = TestEnvironment::clientFor(emulator->apiUrl());
        config.pageSize = 10;
        VideoDbClient client(config);
        const auto result = list(client);
        QVERIFY(result.ok());
        QCOMPARE(result.value().size(), 20);
        // Two full pages cannot prove the end; only the empty third one can. With one page
        // kept in flight ahead, a fourth may have been asked for too, but no more.
        QVERIFY(emulator->apiServer().requestCount() >= 3);
        QVERIFY(emulator->apiServer().requestCount() <= 4);
    }

    void lookAheadNeverRunsAwayWhileAPageIsRetried() {
        EmulatorOptions options = seeded(25);
        options.failFirst = 1;
        auto emulator = startEmulator(options);
        ClientConfig config = TestEnvironment::clientFor(emulator->apiUrl());
        config.pageSize = 10;
        VideoDbClient client(config);
        const auto result = list(client);
        QVERIFY2(result.ok(), qPrintable(result.error().describe()));
        QCOMPARE(result.value().size(), 25);
        // The failed first page, three pages, and at most one asked for ahead of the end.
        QVERIFY2(emulator->apiServer().requestCount() <= 5,
                 qPrintable(QString::number(emulator->apiServer().requestCount())));
    }

    void listMapsBothStatusVocabularies() {
        auto emulator = startEmulator(seeded(10));
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl()));
        const auto result = list(client);
        QVERIFY(result.ok());
        QMap<JobStatus, int> counts;
        for (const DownloadJob &job : result.value()) {
            ++counts[job.status];
            if (job.status == JobStatus::Failed)
                QCOMPARE(job.rawStatus, QStringLiteral("error"));
            QCOMPARE(job.status == JobStatus::Done, !job.encodedDownloadUrl.isEmpty());
            QVERIFY(job.createdAt.isValid());
        }
        QCOMPARE(counts.value(JobStatus::Done), 6);
        QCOMPARE(counts.value(JobStatus::Processing), 2);
        QCOMPARE(counts.value(JobStatus::Failed), 2);
    }

    void getDoneJobHasDetailsAndFileHostUrl() {
        auto emulator = startEmulator(seeded(3));
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl()));
        const auto result =
            await<DownloadJob>([&](auto done) { client.getJob(u"dl-000001"_s, done); });
        QVERIFY2(result.ok(), qPrintable(result.error().describe()));
        QCOMPARE(result.value().name, QStringLiteral("Quarterly keynote 0001.mp4"));
        QCOMPARE(result.value().status, JobStatus::Done);
        QCOMPARE(result.value().downloadUrl().port(), emulator->filesUrl().port());
        QVERIFY(result.value().downloadUrl().port() != emulator->apiUrl().port());
    }

    void getProcessingJobGivesAsyncShape() {
        auto emulator = startEmulator(seeded(3));
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl()));
        const auto job =
            await<DownloadJob>([&](auto done) { client.getJob(u"dl-000002"_s, done); });
        QVERIFY(job.ok());
        QCOMPARE(job.value().status, JobStatus::Processing);
        QCOMPARE(job.value().outputUrl.path(), QStringLiteral("/async-response/dl-000002"));
        const auto async = await<DownloadJob>(
            [&](auto done) { client.getAsyncResult(job.value().outputUrl, done); });
        QVERIFY2(async.ok(), qPrintable(async.error().describe()));
        QCOMPARE(async.value().status, JobStatus::Processing);
    }

    void asyncResultRefusesForeignOrigin() {
        CannedHttpServer foreign;
        QVERIFY(foreign.listen());
        auto emulator = startEmulator(seeded(1));
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl()));
        const auto result = await<DownloadJob>([&](auto done) {
            client.getAsyncResult(foreign.url().resolved(QUrl(u"/async-response/x"_s)), done);
        });
        QCOMPARE(result.error().kind(), ApiError::Kind::InvalidRequest);
        QVERIFY(foreign.seen().isEmpty());
    }

    void createStartsAProcessingJob() {
        auto emulator = startEmulator(seeded(2));
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl()));
        const auto created = await<DownloadJob>([&](auto done) {
            client.createJob(u"https://stream.videodb.io/v/abc.m3u8"_s, u"Launch cut.mp4"_s, done);
        });
        QVERIFY2(created.ok(), qPrintable(created.error().describe()));
        QCOMPARE(created.value().status, JobStatus::Processing);
        QCOMPARE(emulator->jobs().size(), 3);
        QCOMPARE(emulator->jobs().find(created.value().id)->name, QStringLiteral("Launch cut.mp4"));
    }

    void createRejectsAnInvalidStreamLink() {
        auto emulator = startEmulator(seeded(0));
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl()));
        const auto created = await<DownloadJob>(
            [&](auto done) { client.createJob(u"not a url"_s, QString(), done); });
        QCOMPARE(created.error().kind(), ApiError::Kind::Api);
        QCOMPARE(created.error().httpStatus(), 400);
        QCOMPARE(created.error().errorCode(), QStringLiteral("INVALID_STREAM_LINK"));
        QCOMPARE(emulator->jobs().size(), 0);
    }

    void retryRestartsAFailedJob() {
        auto emulator = startEmulator(seeded(4));
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl()));
        const auto before =
            await<DownloadJob>([&](auto done) { client.getJob(u"dl-000004"_s, done); });
        QCOMPARE(before.value().status, JobStatus::Failed);
        const auto retried =
            await<DownloadJob>([&](auto done) { client.retryJob(u"dl-000004"_s, done); });
        QVERIFY2(retried.ok(), qPrintable(retried.error().describe()));
        QCOMPARE(retried.value().status, JobStatus::Processing);
        const auto after =
            await<DownloadJob>([&](auto done) { client.getJob(u"dl-000004"_s, done); });
        QCOMPARE(after.value().status, JobStatus::Processing);
    }

    void deleteRemovesExactlyThatJob() {
        auto emulator = startEmulator(seeded(5));
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl()));
        const auto deleted =
            await<QString>([&](auto done) { client.deleteJob(u"dl-000003"_s, done); });
        QVERIFY2(deleted.ok(), qPrintable(deleted.error().describe()));
        QCOMPARE(emulator->jobs().ids(),
                 QStringList({u"dl-000005"_s, u"dl-000004"_s, u"dl-000002"_s, u"dl-000001"_s}));
    }

    void deleteSendsTheIdInQueryAndBody() {
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.enqueueJson(R"({"success":true,"message":"deleted"})");
        VideoDbClient client(TestEnvironment::clientFor(server.url()));
        const auto deleted = await<QString>([&](auto done) { client.deleteJob(u"dl-7"_s, done); });
        QVERIFY(deleted.ok());
        QCOMPARE(server.seen().size(), 1);
        QCOMPARE(server.seen().first().method, QByteArray("DELETE"));
        QCOMPARE(server.seen().first().query, QByteArray("download_id=dl-7"));
        QCOMPARE(QJsonDocument::fromJson(server.seen().first().body)
                     .object()
                     .value(u"download_id"_s)
                     .toString(),
                 QStringLiteral("dl-7"));
    }

    void deleteOfUnknownJobIsNotFound() {
        auto emulator = startEmulator(seeded(2));
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl()));
        const auto deleted =
            await<QString>([&](auto done) { client.deleteJob(u"dl-999999"_s, done); });
        QCOMPARE(deleted.error().kind(), ApiError::Kind::NotFound);
        QCOMPARE(deleted.error().httpStatus(), 404);
        QCOMPARE(emulator->jobs().size(), 2);
    }

    void wrongKeyIsAnAuthenticationError() {
        auto emulator = startEmulator(seeded(2));
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl(), u"sk-wrong"_s));
        const auto result = list(client);
        QCOMPARE(result.error().kind(), ApiError::Kind::Authentication);
        QCOMPARE(result.error().httpStatus(), 401);
        QCOMPARE(result.error().errorCode(), QStringLiteral("UNAUTHORIZED"));
        QVERIFY(!result.error().describe().contains(QLatin1String("sk-wrong")));
    }

    void emptyKeyIsRefusedWithoutSending() {
        CannedHttpServer server;
        QVERIFY(server.listen());
        VideoDbClient client(TestEnvironment::clientFor(server.url(), u"  "_s));
        const auto result = list(client);
        QCOMPARE(result.error().kind(), ApiError::Kind::Authentication);
        QVERIFY(result.error().describe().contains(QLatin1String("no API key")));
        QVERIFY(server.seen().isEmpty());
    }

    void plainHttpToAnotherMachineIsRefused() {
        VideoDbClient client(TestEnvironment::clientFor(QUrl(u"http://api.videodb.io"_s)));
        const auto result = list(client);
        QCOMPARE(result.error().kind(), ApiError::Kind::InvalidRequest);
        QVERIFY(result.error().message().contains(QLatin1String("https is required")));
        VideoDbClient broken(TestEnvironment::clientFor(QUrl(u"::not a url"_s)));
        QCOMPARE(list(broken).error().kind(), ApiError::Kind::InvalidRequest);
    }

    void transientFailureIsRetriedAfterRetryAfter() {
        EmulatorOptions options = seeded(3);
        options.failFirst = 1;
        auto emulator = startEmulator(options);
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl()));
        QElapsedTimer timer;
        timer.start();
        const auto result = list(client);
        QVERIFY2(result.ok(), qPrintable(result.error().describe()));
        QCOMPARE(result.value().size(), 3);
        // The 503, the page, and the empty page that proves the end.
        QCOMPARE(emulator->apiServer().requestCount(), 3);
        // The emulator said Retry-After: 1; asking sooner would ignore it.
        QVERIFY(timer.elapsed() >= 900);
    }

    void transientFailuresEventuallyGiveUp() {
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.enqueueJson(R"({"success":false,"message":"overloaded"})", 503);
        ClientConfig config = TestEnvironment::clientFor(server.url());
        config.maxRetries = 2;
        VideoDbClient client(config);
        const auto result = list(client);
        QCOMPARE(result.error().kind(), ApiError::Kind::Api);
        QCOMPARE(result.error().httpStatus(), 503);
        QCOMPARE(server.seen().size(), 3);
    }

    void createIsNeverRetried() {
        EmulatorOptions options = seeded(1);
        options.failFirst = 1;
        auto emulator = startEmulator(options);
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl()));
        const auto created = await<DownloadJob>([&](auto done) {
            client.createJob(u"https://stream.videodb.io/v/x.m3u8"_s, QString(), done);
        });
        QCOMPARE(created.error().httpStatus(), 503);
        QCOMPARE(emulator->apiServer().requestCount(), 1);
        QCOMPARE(emulator->jobs().size(), 1);
    }

    void slowServerTimesOut() {
        EmulatorOptions options = seeded(1);
        options.latencyMs = 3000;
        auto emulator = startEmulator(options);
        ClientConfig config = TestEnvironment::clientFor(emulator->apiUrl());
        config.transferTimeoutMs = 300;
        VideoDbClient client(config);
        QElapsedTimer timer;
        timer.start();
        const auto result = list(client);
        QCOMPARE(result.error().kind(), ApiError::Kind::Timeout);
        QVERIFY(timer.elapsed() < 2500);
        // The emulator must survive answering a client that already left.
        QTest::qWait(3000);
        config.transferTimeoutMs = 10000;
        VideoDbClient patient(config);
        QVERIFY(list(patient).ok());
    }

    void deadServerIsANetworkError() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        VideoDbClient client(
            TestEnvironment::clientFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        const auto result = list(client);
        QCOMPARE(result.error().kind(), ApiError::Kind::Network);
        QVERIFY(!result.error().message().isEmpty());
    }

    void malformedBodiesAreClearErrors_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("truncated")
            << 200 << QByteArray(R"({"success":true,"data":{"downloads":[{"id":"a"}]}})").left(42)
            << "not valid JSON";
        QTest::newRow("no downloads")
            << 200 << QByteArray(R"({"success":true,"data":{}})") << "data.downloads";
        QTest::newRow("gateway html")
            << 502 << QByteArray("<html>Bad Gateway</html>") << "Bad Gateway";
        QTest::newRow("success false")
            << 200
            << QByteArray(R"({"success":false,"message":"quota exceeded","error_code":"QUOTA"})")
            << "quota exceeded";
    }
    void malformedBodiesAreClearErrors() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue({status, body, status == 200 ? "application/json" : "text/html", {}});
        ClientConfig config = TestEnvironment::clientFor(server.url());
        config.maxRetries = 0;
        VideoDbClient client(config);
        const auto result = list(client);
        QVERIFY(!result.ok());
        QVERIFY(result.error().kind() != ApiError::Kind::None);
        QVERIFY2(result.error().describe().contains(mentions),
                 qPrintable(result.error().describe()));
    }

    void unknownStatusWordIsKept() {
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.enqueueJson(
            R"({"success":true,"data":{"downloads":[{"id":"a","status":"archived"},{"id":"b","status":"in progress"}]}})");
        VideoDbClient client(TestEnvironment::clientFor(server.url()));
        const auto result = list(client);
        QVERIFY(result.ok());
        QCOMPARE(result.value().size(), 2);
        QCOMPARE(result.value()[0].status, JobStatus::Unknown);
        QCOMPARE(result.value()[0].statusText(), QStringLiteral("archived"));
        QCOMPARE(result.value()[1].status, JobStatus::Processing);
    }

    void requestsCarryTheDocumentedHeaders() {
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.enqueueJson(R"({"success":true,"data":{"downloads":[]}})");
        VideoDbClient client(TestEnvironment::clientFor(server.url(), u"sk-header-check"_s));
        QVERIFY(list(client).ok());
        QCOMPARE(server.seen().size(), 1);
        QMap<QByteArray, QByteArray> headers;
        for (const auto &header : server.seen().first().headers)
            headers.insert(header.first.toLower(), header.second);
        QCOMPARE(headers.value("x-access-token"), QByteArray("sk-header-check"));
        QVERIFY(headers.value("x-videodb-client").startsWith("videodb-downloads/"));
        QCOMPARE(server.seen().first().query, QByteArray("page_index=0&count=5000"));
    }

    void keyNeverFollowsACrossOriginRedirect() {
        auto emulator = startEmulator(seeded(1));
        CannedHttpServer foreign;
        QVERIFY(foreign.listen());
        foreign.enqueueJson(R"({"success":true,"data":{"downloads":[]}})");
        CannedHttpServer redirector;
        QVERIFY(redirector.listen());
        const QList<QUrl> targets{emulator->filesUrl().resolved(QUrl(u"/files/dl-000001/a.mp4"_s)),
                                  foreign.url().resolved(QUrl(u"/download"_s))};
        for (const QUrl &target : targets) {
            redirector.enqueue({302, "", "text/plain", {{"Location", target.toEncoded()}}});
            VideoDbClient client(TestEnvironment::clientFor(redirector.url()));
            const auto result = list(client);
            QCOMPARE(result.error().kind(), ApiError::Kind::Network);
            QVERIFY(result.error().message().contains(QLatin1String("another origin")));
        }
        QCOMPARE(emulator->fileHost().requestCount(), 0);
        QCOMPARE(emulator->fileHost().requestsCarryingApiKey(), 0);
        QVERIFY(foreign.seen().isEmpty());
    }

    void bulkDeleteKeepsABoundedWindow() {
        EmulatorOptions options = seeded(10);
        options.latencyMs = 100;
        auto emulator = startEmulator(options);
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl()));
        QStringList ids;
        for (int i = 1; i <= 8; ++i)
            ids << QStringLiteral("dl-%1").arg(i, 6, 10, QLatin1Char('0'));
        int succeeded = 0;
        RequestWindow window(ids, 3, [&](const QString &id, std::function<void()> finished) {
            client.deleteJob(id, [&succeeded, finished](const ApiResult<QString> &result) {
                succeeded += result.ok() ? 1 : 0;
                finished();
            });
        });
        QSignalSpy done(&window, &RequestWindow::allFinished);
        window.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(succeeded, 8);
        QCOMPARE(window.peakInFlight(), 3);
        QCOMPARE(emulator->jobs().ids(), QStringList({u"dl-000010"_s, u"dl-000009"_s}));
    }

    void sameOriginRedirectIsFollowed() {
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(
            {307, "", "text/plain", {{"Location", "/v2/download?page_index=0&count=5000"}}});
        server.enqueueJson(R"({"success":true,"data":{"downloads":[{"id":"moved"}]}})");
        VideoDbClient client(TestEnvironment::clientFor(server.url()));
        const auto result = list(client);
        QVERIFY2(result.ok(), qPrintable(result.error().describe()));
        QCOMPARE(result.value().first().id, QStringLiteral("moved"));
        // The redirect, the page, and the empty page that proves the end.
        QCOMPARE(server.seen().size(), 3);
    }
};

QTEST_GUILESS_MAIN(VideoDbClientTest)
#include "tst_videodbclient.moc"
