#include "core/api/VideoDbClient.h"
#include "core/jobs/JobBoard.h"
#include "hostile/DeflatedWhitespace.h"
#include "hostile/HostileHttpServer.h"
#include "support/TestEnvironment.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QtTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 mebibyte = 1024 * 1024;
// Small, so a cut is easy to tell from reading everything.
constexpr qint64 testCap = mebibyte;
constexpr int testDeadlineMs = 2000;
// What loopback socket buffers may hold between the two ends once the client stops reading:
// bytes the server got rid of that the client never took in.
constexpr qint64 socketBuffers = 16 * mebibyte;

HostileHttpServer::Answer endlessWhitespace() {
    return {};
}

HostileHttpServer::Answer dripping(int intervalMs) {
    HostileHttpServer::Answer answer;
    answer.announcedLength = mebibyte;
    answer.dripIntervalMs = intervalMs;
    return answer;
}

// A 503 that asks to be retried, after dripping for dripMs.
HostileHttpServer::Answer busy(const QByteArray &retryAfter, int dripMs) {
    HostileHttpServer::Answer answer;
    answer.status = 503;
    answer.headers = {{"Retry-After", retryAfter}};
    answer.closing = R"({"success":false,"message":"busy"})";
    const qint64 padding = dripMs / 100;
    answer.paddingBytes = padding;
    answer.dripIntervalMs = 100;
    answer.announcedLength = padding + answer.closing.size();
    return answer;
}

} // namespace

// The API client against servers that answer too much or too slowly: every API call ends,
// with a clear error, within the size cap and the whole-request deadline.
class HostileClientTest final : public QObject {
    Q_OBJECT

    template <typename T, typename Start> ApiResult<T> await(Start start, int timeoutMs = 20000) {
        std::optional<ApiResult<T>> got;
        start([&got](const ApiResult<T> &result) { got = result; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, timeoutMs))
            return ApiResult<T>::failure(ApiError(ApiError::Kind::None, u"test: no callback"_s));
        return *got;
    }
    ApiResult<QVector<DownloadJob>> list(VideoDbClient &client) {
        return await<QVector<DownloadJob>>([&](auto done) { client.listJobs(done); });
    }
    ApiResult<DownloadJob> get(VideoDbClient &client) {
        return await<DownloadJob>([&](auto done) { client.getJob(u"dl-1"_s, done); });
    }
    static ClientConfig configFor(const HostileHttpServer &server) {
        ClientConfig config = TestEnvironment::clientFor(server.url());
        config.maxAnswerBytes = testCap;
        config.requestDeadlineMs = testDeadlineMs;
        return config;
    }

private slots:
    void initTestCase() { TestEnvironment::makeHermetic(); }

    void endlessBodyIsCutOffAtTheCap() {
        HostileHttpServer server(endlessWhitespace());
        QVERIFY(server.listen());
        VideoDbClient client(configFor(server));
        QElapsedTimer timer;
        timer.start();
        const auto result = list(client);
        QCOMPARE(result.error().kind(), ApiError::Kind::ResponseTooLarge);
        QVERIFY2(result.error().describe().contains(u"1 MB"_s),
                 qPrintable(result.error().describe()));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        // The connection is dropped, not drained.
        QTRY_COMPARE(server.connectionsClosed(), 1);
        QVERIFY2(server.bodyBytesSent() < testCap + socketBuffers,
                 qPrintable(QString::number(server.bodyBytesSent())));
        QCOMPARE(server.requests().size(), 1);
    }

    void hugeAnnouncedBodyIsRefusedUnread() {
        HostileHttpServer::Answer answer;
        answer.announcedLength = 400 * mebibyte;
        answer.paddingBytes = 400 * mebibyte;
        HostileHttpServer server(answer);
        QVERIFY(server.listen());
        VideoDbClient client(configFor(server));
        const auto result = get(client);
        QCOMPARE(result.error().kind(), ApiError::Kind::ResponseTooLarge);
        const QString described = result.error().describe();
        QVERIFY2(described.contains(u"400 MB"_s) && described.contains(u"1 MB"_s),
                 qPrintable(described));
        QTRY_COMPARE(server.connectionsClosed(), 1);
        QVERIFY2(server.bodyBytesSent() < socketBuffers,
                 qPrintable(QString::number(server.bodyBytesSent())));
    }

    void compressionBombIsCutOffAtOnce() {
        const DeflatedWhitespace whitespace = DeflatedWhitespace::make();
        HostileHttpServer::Answer answer;
        answer.headers = {{"Content-Encoding", "gzip"}};
        answer.opening = whitespace.opening;
        answer.paddingUnit = whitespace.unit;
        HostileHttpServer server(answer);
        QVERIFY(server.listen());
        VideoDbClient client(configFor(server));
        QElapsedTimer timer;
        timer.start();
        const auto result = list(client);
        QCOMPARE(result.error().kind(), ApiError::Kind::MalformedResponse);
        QVERIFY2(result.error().describe().contains(u"could not be unpacked"_s),
                 qPrintable(result.error().describe()));
        // Qt notices the bomb; nothing but the client ends the reply, long before its deadline.
        QVERIFY2(timer.elapsed() < testDeadlineMs / 2,
                 qPrintable(QString::number(timer.elapsed())));
        QTRY_COMPARE(server.connectionsClosed(), 1);
    }

    void answerUnderTheCapIsRead() {
        HostileHttpServer::Answer answer;
        answer.closing = R"({"success":true,"data":{"downloads":[]}})";
        answer.paddingBytes = testCap - answer.closing.size();
        answer.announcedLength = testCap;
        HostileHttpServer server(answer);
        QVERIFY(server.listen());
        VideoDbClient client(configFor(server));
        const auto result = list(client);
        QVERIFY2(result.ok(), qPrintable(result.error().describe()));
    }

    void drippingServerIsCutAtTheDeadline() {
        // A byte every 100 ms: never silent long enough for the transfer timeout.
        HostileHttpServer server(dripping(100));
        QVERIFY(server.listen());
        ClientConfig config = configFor(server);
        QVERIFY(config.transferTimeoutMs > 10 * 100);
        VideoDbClient client(config);
        QElapsedTimer timer;
        timer.start();
        const auto result = list(client);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(result.error().kind(), ApiError::Kind::Timeout);
        QVERIFY2(result.error().describe().contains(
                     u"VideoDB did not finish answering within 2 second"_s),
                 qPrintable(result.error().describe()));
        QVERIFY2(elapsed >= testDeadlineMs - 100 && elapsed < testDeadlineMs + 1500,
                 qPrintable(QString::number(elapsed)));
        QTRY_COMPARE(server.connectionsClosed(), 1);
    }

    void getIsCutAtTheDeadlineToo() {
        HostileHttpServer server(dripping(100));
        QVERIFY(server.listen());
        VideoDbClient client(configFor(server));
        QElapsedTimer timer;
        timer.start();
        const auto result = get(client);
        QCOMPARE(result.error().kind(), ApiError::Kind::Timeout);
        QVERIFY2(timer.elapsed() < testDeadlineMs + 1500,
                 qPrintable(QString::number(timer.elapsed())));
    }

    void deadlineCoversEveryAttempt() {
        // Each attempt takes 1.2 s and asks to be retried at once: inside a per-attempt
        // deadline forever, outside the call's after the second attempt.
        HostileHttpServer server(busy("0", 1200));
        QVERIFY(server.listen());
        ClientConfig config = configFor(server);
        config.maxRetries = 5;
        VideoDbClient client(config);
        QElapsedTimer timer;
        timer.start();
        const auto result = list(client);
        QCOMPARE(result.error().kind(), ApiError::Kind::Timeout);
        QVERIFY2(timer.elapsed() < testDeadlineMs + 1500,
                 qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(server.requests().size(), 2);
    }

    void retryWaitsStayInsideTheDeadline() {
        HostileHttpServer server(busy("1", 0));
        QVERIFY(server.listen());
        ClientConfig config = configFor(server);
        config.maxRetries = 10;
        VideoDbClient client(config);
        QElapsedTimer timer;
        timer.start();
        const auto result = list(client);
        // The last answer, rather than a timeout: the retry it asked for would end too late.
        QCOMPARE(result.error().kind(), ApiError::Kind::Api);
        QCOMPARE(result.error().httpStatus(), 503);
        QVERIFY2(timer.elapsed() < testDeadlineMs + 500,
                 qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(server.requests().size(), 2);
    }

    void abandonedClientLetsGoByTheDeadline() {
        HostileHttpServer server(dripping(100));
        QVERIFY(server.listen());
        QPointer<VideoDbClient> client = new VideoDbClient(configFor(server));
        bool calledBack = false;
        client->listJobs([&](const auto &) { calledBack = true; });
        QTRY_COMPARE(server.requests().size(), 1);
        client->abandon();
        QTRY_VERIFY_WITH_TIMEOUT(client.isNull(), testDeadlineMs + 1500);
        QVERIFY(!calledBack);
        QTRY_COMPARE(server.connectionsClosed(), 1);
    }

    void boardReportsTheCapAsItsProblem() {
        HostileHttpServer server(endlessWhitespace());
        QVERIFY(server.listen());
        JobBoard board(configFor(server));
        QSignalSpy problem(&board, &JobBoard::problem);
        board.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(problem.count(), 1, 10000);
        const auto error = problem.first().first().value<ApiError>();
        QCOMPARE(error.kind(), ApiError::Kind::ResponseTooLarge);
    }
};

QTEST_GUILESS_MAIN(HostileClientTest)
#include "tst_hostileclient.moc"
