#include "core/api/JobStatus.h"
#include "core/api/VideoDbClient.h"
#include "emulator/ApiServer.h"
#include "emulator/Emulator.h"
#include "emulator/FileHost.h"
#include "support/CannedHttpServer.h"
#include "support/InProcessEmulator.h"
#include "support/TestEnvironment.h"

#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

// The client against every reading of the API that VideoDB's published documents leave open
// (NOTES.md, "Where the published documents leave room"), each played by an emulator mode or,
// where no emulator would answer that way, by a canned server.
class ApiReadingsTest final : public QObject {
    Q_OBJECT

    template <typename T, typename Start> static ApiResult<T> await(Start start) {
        std::optional<ApiResult<T>> got;
        start([&got](const ApiResult<T> &result) { got = result; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 15000))
            return ApiResult<T>::failure(ApiError(ApiError::Kind::None, u"test: no callback"_s));
        return *got;
    }
    static ApiResult<DownloadJob> create(VideoDbClient &client, const QString &link) {
        return await<DownloadJob>([&](auto done) { client.createJob(link, QString(), done); });
    }
    static ApiResult<DownloadJob> get(VideoDbClient &client, const QString &id) {
        return await<DownloadJob>([&](auto done) { client.getJob(id, done); });
    }
    static ApiResult<DownloadJob> retry(VideoDbClient &client, const QString &id) {
        return await<DownloadJob>([&](auto done) { client.retryJob(id, done); });
    }
    static ApiResult<QVector<DownloadJob>> list(VideoDbClient &client) {
        return await<QVector<DownloadJob>>([&](auto done) { client.listJobs(done); });
    }
    static ApiResult<QString> remove(VideoDbClient &client, const QString &id) {
        return await<QString>([&](auto done) { client.deleteJob(id, done); });
    }
    // Built, not spelled as raw strings: moc 6.4 reads "//" or a closing '"' in a raw string as
    // code and then finds no class in this file.
    static QByteArray compact(const QJsonObject &object) {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    static QByteArray page(const QByteArray &rows) {
        return R"({"success":true,"data":{"downloads":[)" + rows + "]}}";
    }

private slots:
    void initTestCase() { TestEnvironment::makeHermetic(); }

    void createPollAndRetryKeepTheDownloadIdWhenAsyncIdsDiffer_data() {
        QTest::addColumn<bool>("wrapped");
        QTest::newRow("plain") << false;
        QTest::newRow("wrapped in response") << true;
    }
    void createPollAndRetryKeepTheDownloadIdWhenAsyncIdsDiffer() {
        QFETCH(bool, wrapped);
        EmulatorOptions options = InProcessEmulator::seeded(4);
        options.asyncIds = EmulatorOptions::AsyncIds::Distinct;
        options.wrapAsyncInResponse = wrapped;
        auto emulator = InProcessEmulator::start(options);
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl()));

        const auto created = create(client, u"https://stream.videodb.io/v/new.m3u8"_s);
        QVERIFY2(created.ok(), qPrintable(created.error().describe()));
        QVERIFY2(emulator->jobs().find(created.value().id), qPrintable(created.value().id));
        QCOMPARE(created.value().id, emulator->jobs().ids().first());
        QVERIFY(created.value().asyncId.startsWith("job-"_L1));
        QCOMPARE(created.value().status, JobStatus::Processing);

        // Polling a running job answers with the async shape and an async id of its own.
        const auto polled = get(client, u"dl-000002"_s);
        QVERIFY2(polled.ok(), qPrintable(polled.error().describe()));
        QCOMPARE(polled.value().id, u"dl-000002"_s);
        QVERIFY(polled.value().asyncId.startsWith("job-"_L1));

        const auto retried = retry(client, u"dl-000004"_s);
        QVERIFY2(retried.ok(), qPrintable(retried.error().describe()));
        QCOMPARE(retried.value().id, u"dl-000004"_s);
        QCOMPARE(retried.value().status, JobStatus::Processing);
    }

    void createFallsBackToTheAsyncIdOnlyWhenNothingNamesTheJob() {
        auto emulator = InProcessEmulator::start(InProcessEmulator::seeded(1));
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl()));
        const auto created = create(client, u"https://stream.videodb.io/v/same.m3u8"_s);
        QVERIFY2(created.ok(), qPrintable(created.error().describe()));
        QCOMPARE(created.value().id, emulator->jobs().ids().first());
        QCOMPARE(created.value().id, created.value().asyncId);
    }

    void wrappedDoneAnswerGivesASaveableJob() {
        EmulatorOptions options = InProcessEmulator::seeded(2);
        options.processingMs = 0;
        options.wrapAsyncInResponse = true;
        options.asyncIds = EmulatorOptions::AsyncIds::Distinct;
        auto emulator = InProcessEmulator::start(options);
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl()));
        const auto created = create(client, u"https://stream.videodb.io/v/quick.m3u8"_s);
        QVERIFY2(created.ok(), qPrintable(created.error().describe()));
        QCOMPARE(created.value().status, JobStatus::Done);
        QCOMPARE(created.value().name, u"quick.m3u8"_s);
        QCOMPARE(created.value().downloadUrl().port(), emulator->filesUrl().port());
        QVERIFY(created.value().downloadUrl().path().contains(created.value().id));
    }

    void doneAnswerWithoutDownloadUrlIsCompletedFromItsOutputUrl() {
        EmulatorOptions options = InProcessEmulator::seeded(4);
        options.processingMs = 0;
        auto emulator = InProcessEmulator::start(options);
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl()));
        // The retry's own answer is {status: done, data: {id, output_url}}: no file link.
        const auto retried = retry(client, u"dl-000004"_s);
        QVERIFY2(retried.ok(), qPrintable(retried.error().describe()));
        QCOMPARE(retried.value().status, JobStatus::Done);
        QVERIFY(!retried.value().encodedDownloadUrl.isEmpty());
        QCOMPARE(retried.value().downloadUrl().port(), emulator->filesUrl().port());
    }

    void doneAnswerWithAForeignOutputUrlAsksForTheJobInstead() {
        CannedHttpServer foreign;
        QVERIFY(foreign.listen());
        CannedHttpServer api;
        QVERIFY(api.listen());
        const QByteArray foreignOutput =
            foreign.url().resolved(QUrl(u"/async-response/job-1"_s)).toEncoded();
        api.enqueueJson(compact(
            {{u"success"_s, true},
             {u"status"_s, u"done"_s},
             {u"data"_s, QJsonObject{{u"id"_s, u"job-1"_s},
                                     {u"output_url"_s, QString::fromUtf8(foreignOutput)}}}}));
        api.enqueueJson(compact(
            {{u"success"_s, true},
             {u"data"_s, QJsonObject{{u"id"_s, u"dl-9"_s},
                                     {u"name"_s, u"a.mp4"_s},
                                     {u"status"_s, u"done"_s},
                                     {u"download_url"_s, u"https://cdn.example/a.mp4"_s}}}}));
        VideoDbClient client(TestEnvironment::clientFor(api.url()));
        const auto retried = retry(client, u"dl-9"_s);
        QVERIFY2(retried.ok(), qPrintable(retried.error().describe()));
        QCOMPARE(retried.value().id, u"dl-9"_s);
        QCOMPARE(retried.value().downloadUrl(), QUrl(u"https://cdn.example/a.mp4"_s));
        QVERIFY(foreign.seen().isEmpty());
        QCOMPARE(api.seen().size(), 2);
        QCOMPARE(api.seen().at(1).method, QByteArray("GET"));
        QCOMPARE(api.seen().at(1).path, QByteArray("/download/dl-9"));
    }

    void aServerThatKeepsAnsweringDoneWithoutAUrlIsAskedOnlyOnce() {
        CannedHttpServer api;
        QVERIFY(api.listen());
        api.enqueueJson(R"({"success":true,"status":"done","data":{"id":"dl-9"}})");
        VideoDbClient client(TestEnvironment::clientFor(api.url()));
        const auto got = get(client, u"dl-9"_s);
        QVERIFY2(got.ok(), qPrintable(got.error().describe()));
        QCOMPARE(got.value().status, JobStatus::Done);
        QVERIFY(got.value().encodedDownloadUrl.isEmpty());
        QCOMPARE(api.seen().size(), 2);
    }

    void outputUrlFollowsTheHostTheClientUsed() {
        auto emulator = InProcessEmulator::start(InProcessEmulator::seeded(1));
        QUrl viaName = emulator->apiUrl();
        viaName.setHost(u"localhost"_s);
        VideoDbClient client(TestEnvironment::clientFor(viaName));
        const auto created = create(client, u"https://stream.videodb.io/v/x.m3u8"_s);
        QVERIFY2(created.ok(), qPrintable(created.error().describe()));
        QCOMPARE(created.value().outputUrl.host(), u"localhost"_s);
        const auto async = await<DownloadJob>(
            [&](auto done) { client.getAsyncResult(created.value().outputUrl, done); });
        QVERIFY2(async.ok(), qPrintable(async.error().describe()));
    }

    void cappedServerStillListsEveryJob_data() {
        QTest::addColumn<int>("jobs");
        QTest::addColumn<int>("cap");
        QTest::newRow("12,000 under a cap of 1,000") << 12000 << 1000;
        QTest::newRow("12,000 under a cap of 777") << 12000 << 777;
        QTest::newRow("an exact multiple of the cap") << 3000 << 1000;
    }
    void cappedServerStillListsEveryJob() {
        QFETCH(int, jobs);
        QFETCH(int, cap);
        EmulatorOptions options = InProcessEmulator::seeded(jobs);
        options.maxPageSize = cap;
        auto emulator = InProcessEmulator::start(options);
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl()));
        const auto listed = list(client);
        QVERIFY2(listed.ok(), qPrintable(listed.error().describe()));
        QSet<QString> ids;
        for (const DownloadJob &job : listed.value())
            ids.insert(job.id);
        QCOMPARE(listed.value().size(), jobs);
        QCOMPARE(ids.size(), jobs);
    }

    void rowWithoutIdIsSkippedAndCounted() {
        CannedHttpServer server;
        QVERIFY(server.listen());
        // Pages after the first are asked for concurrently, so only the first holds jobs.
        server.enqueueJson(page(R"({"id":"a","status":"done"},{"name":"no id"},)"
                                R"({"id":"","status":"error"},{"id":"b","status":"error"},)"
                                R"({"id":"c","status":"done"},{"name":"also no id"})"));
        server.enqueueJson(page({}));
        VideoDbClient client(TestEnvironment::clientFor(server.url()));
        QSignalSpy skipped(&client, &VideoDbClient::unreadableJobsSkipped);
        const auto listed = list(client);
        QVERIFY2(listed.ok(), qPrintable(listed.error().describe()));
        QCOMPARE(listed.value().size(), 3);
        QCOMPARE(listed.value().at(2).id, u"c"_s);
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.first().first().toInt(), 3);

        // A clean listing says so too, so a stale warning can be cleared.
        auto emulator = InProcessEmulator::start(InProcessEmulator::seeded(3));
        VideoDbClient clean(TestEnvironment::clientFor(emulator->apiUrl()));
        QSignalSpy none(&clean, &VideoDbClient::unreadableJobsSkipped);
        QVERIFY(list(clean).ok());
        QCOMPARE(none.size(), 1);
        QCOMPARE(none.first().first().toInt(), 0);
    }

    void aServerThatIgnoresPageIndexDoesNotLoopForever() {
        CannedHttpServer server;
        QVERIFY(server.listen());
        // The last canned answer repeats: every page_index gets the same two jobs.
        server.enqueueJson(page(R"({"id":"a"},{"id":"b"})"));
        VideoDbClient client(TestEnvironment::clientFor(server.url()));
        const auto listed = list(client);
        QVERIFY2(listed.ok(), qPrintable(listed.error().describe()));
        QCOMPARE(listed.value().size(), 2);
        QVERIFY(server.seen().size() <= 3);
    }

    void everyStatusWordMaps_data() {
        QTest::addColumn<QString>("word");
        QTest::addColumn<JobStatus>("status");
        QTest::addColumn<QString>("shown");
        const std::pair<const char *, JobStatus> words[] = {
            {"processing", JobStatus::Processing}, {"in progress", JobStatus::Processing},
            {"pending", JobStatus::Processing},    {"done", JobStatus::Done},
            {"completed", JobStatus::Done},        {"complete", JobStatus::Done},
            {"success", JobStatus::Done},          {"error", JobStatus::Failed},
            {"failed", JobStatus::Failed},         {"Completed", JobStatus::Done},
            {"archived", JobStatus::Unknown}};
        for (const auto &[word, status] : words)
            QTest::newRow(word) << QString::fromLatin1(word) << status
                                << (status == JobStatus::Unknown ? QString::fromLatin1(word)
                                                                 : jobStatusWord(status));
    }
    void everyStatusWordMaps() {
        QFETCH(QString, word);
        QFETCH(JobStatus, status);
        QFETCH(QString, shown);
        CannedHttpServer listing;
        QVERIFY(listing.listen());
        listing.enqueueJson(page(compact({{u"id"_s, u"a"_s}, {u"status"_s, word}})));
        listing.enqueueJson(page({}));
        VideoDbClient lister(TestEnvironment::clientFor(listing.url()));
        const auto listed = list(lister);
        QVERIFY2(listed.ok(), qPrintable(listed.error().describe()));
        QCOMPARE(listed.value().first().status, status);
        QCOMPARE(listed.value().first().statusText(), shown);

        CannedHttpServer asyncAnswers;
        QVERIFY(asyncAnswers.listen());
        asyncAnswers.enqueueJson(
            compact({{u"success"_s, true},
                     {u"status"_s, word},
                     {u"data"_s, QJsonObject{{u"id"_s, u"a"_s},
                                             {u"download_url"_s, u"https://cdn.example/a"_s}}}}));
        VideoDbClient getter(TestEnvironment::clientFor(asyncAnswers.url()));
        const auto async = get(getter, u"a"_s);
        QVERIFY2(async.ok(), qPrintable(async.error().describe()));
        QCOMPARE(async.value().status, status);
    }

    void alternativeStatusWordsFromTheEmulatorMap() {
        EmulatorOptions options = InProcessEmulator::seeded(10);
        options.statusWords = EmulatorOptions::StatusWords::Alternative;
        auto emulator = InProcessEmulator::start(options);
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl()));
        const auto listed = list(client);
        QVERIFY2(listed.ok(), qPrintable(listed.error().describe()));
        QMap<JobStatus, int> counts;
        for (const DownloadJob &job : listed.value())
            ++counts[job.status];
        QCOMPARE(counts.value(JobStatus::Done), 6);
        QCOMPARE(counts.value(JobStatus::Processing), 2);
        QCOMPARE(counts.value(JobStatus::Failed), 2);
        QCOMPARE(counts.value(JobStatus::Unknown), 0);
        QCOMPARE(get(client, u"dl-000002"_s).value().rawStatus, u"pending"_s);
        QCOMPARE(get(client, u"dl-000002"_s).value().status, JobStatus::Processing);
    }

    void failedJobsKeepTheirReasonAndRunningOnesTheirPercentage() {
        auto emulator = InProcessEmulator::start(InProcessEmulator::seeded(10));
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl()));
        const auto listed = list(client);
        QVERIFY2(listed.ok(), qPrintable(listed.error().describe()));
        for (const DownloadJob &job : listed.value()) {
            QCOMPARE(!job.errorReason.isEmpty(), job.status == JobStatus::Failed);
            QCOMPARE(job.percentage >= 0, job.status == JobStatus::Processing);
            QVERIFY(job.percentage < 100);
        }
        const auto running = get(client, u"dl-000002"_s);
        QVERIFY(running.value().percentage >= 0);
        QVERIFY(get(client, u"dl-000004"_s).value().errorReason.contains("404"_L1));
    }

    void deleteRepeatsWithTheQueryAloneWhenTheBodyIsRejected_data() {
        QTest::addColumn<int>("rejection");
        QTest::newRow("400") << 400;
        QTest::newRow("415") << 415;
    }
    void deleteRepeatsWithTheQueryAloneWhenTheBodyIsRejected() {
        QFETCH(int, rejection);
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.enqueueJson(R"({"success":false,"message":"unexpected body"})", rejection);
        server.enqueueJson(R"({"success":true,"message":"deleted"})");
        VideoDbClient client(TestEnvironment::clientFor(server.url()));
        const auto first = remove(client, u"dl-1"_s);
        QVERIFY2(first.ok(), qPrintable(first.error().describe()));
        QCOMPARE(server.seen().size(), 2);
        QVERIFY(!server.seen().at(0).body.isEmpty());
        QVERIFY(server.seen().at(1).body.isEmpty());
        QCOMPARE(server.seen().at(1).query, QByteArray("download_id=dl-1"));
        // Remembered for the session: the next delete goes without a body at once.
        QVERIFY(remove(client, u"dl-2"_s).ok());
        QCOMPARE(server.seen().size(), 3);
        QVERIFY(server.seen().at(2).body.isEmpty());
        QCOMPARE(server.seen().at(2).query, QByteArray("download_id=dl-2"));
    }

    void deleteReportsARejectionOfTheQueryFormInsteadOfLooping() {
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.enqueueJson(R"({"success":false,"message":"bad request"})", 400);
        VideoDbClient client(TestEnvironment::clientFor(server.url()));
        const auto deleted = remove(client, u"dl-1"_s);
        QCOMPARE(deleted.error().httpStatus(), 400);
        QCOMPARE(server.seen().size(), 2);
    }

    void connectionRefusedNamesTheUrlTried() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QUrl dead(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
        probe.close();
        ClientConfig config = TestEnvironment::clientFor(dead);
        config.maxRetries = 0;
        VideoDbClient client(config);
        const auto listed = list(client);
        QCOMPARE(listed.error().kind(), ApiError::Kind::Network);
        QVERIFY2(listed.error().describe().contains(dead.toString() + "/download"_L1),
                 qPrintable(listed.error().describe()));
        QVERIFY(!listed.error().describe().contains("sk-demo"_L1));
    }
};

QTEST_GUILESS_MAIN(ApiReadingsTest)
#include "tst_apireadings.moc"
