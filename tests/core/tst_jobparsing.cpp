#include "core/api/ApiReplyInterpreter.h"
#include "core/api/DownloadJob.h"
#include "core/api/RetryPolicy.h"
#include "support/TestEnvironment.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

// Parsing and classification that needs no socket: status words, job shapes, odd bodies.
class JobParsingTest final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { TestEnvironment::makeHermetic(); }

    void statusWords_data() {
        QTest::addColumn<QString>("word");
        QTest::addColumn<JobStatus>("status");
        QTest::addColumn<QString>("shown");
        QTest::newRow("processing") << "processing" << JobStatus::Processing << "processing";
        QTest::newRow("sdk in progress") << "in progress" << JobStatus::Processing << "processing";
        QTest::newRow("done") << "done" << JobStatus::Done << "done";
        QTest::newRow("list error") << "error" << JobStatus::Failed << "failed";
        QTest::newRow("async failed") << "failed" << JobStatus::Failed << "failed";
        QTest::newRow("case and spaces") << "  DONE " << JobStatus::Done << "done";
        QTest::newRow("unknown keeps word") << "archived" << JobStatus::Unknown << "archived";
        QTest::newRow("empty") << "" << JobStatus::Unknown << "unknown";
    }
    void statusWords() {
        QFETCH(QString, word);
        QFETCH(JobStatus, status);
        QFETCH(QString, shown);
        QCOMPARE(jobStatusFromWord(word), status);
        DownloadJob job;
        QString reason;
        QVERIFY(DownloadJob::fromListItem(QJsonObject{{u"id"_s, u"a"_s}, {u"status"_s, word}}, &job,
                                          &reason));
        QCOMPARE(job.status, status);
        QCOMPARE(job.statusText(), shown);
    }

    void listItemFields() {
        const QJsonObject item{{u"id"_s, u"dl-1"_s},
                               {u"name"_s, u"a.mp4"_s},
                               {u"status"_s, u"done"_s},
                               {u"created_at"_s, u"2026-01-05T09:00:00Z"_s},
                               {u"download_url"_s, u"https://cdn.example/a.mp4?x=1"_s}};
        DownloadJob job;
        QString reason;
        QVERIFY(DownloadJob::fromListItem(item, &job, &reason));
        QCOMPARE(job.id, QStringLiteral("dl-1"));
        QCOMPARE(job.name, QStringLiteral("a.mp4"));
        QCOMPARE(job.createdAt, QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
        QCOMPARE(job.downloadUrl(), QUrl(QStringLiteral("https://cdn.example/a.mp4?x=1")));
    }

    void listItemWithoutIdIsRejected() {
        DownloadJob job;
        QString reason;
        QVERIFY(!DownloadJob::fromListItem(QJsonObject{{u"name"_s, u"x"_s}}, &job, &reason));
        QVERIFY(reason.contains(QLatin1String("id")));
    }

    void asyncShape() {
        // Built, not parsed from a raw string: moc reads "//" in raw strings as a comment.
        const QJsonObject envelope{
            {u"success"_s, true},
            {u"status"_s, u"failed"_s},
            {u"data"_s,
             QJsonObject{{u"id"_s, u"j-9"_s},
                         {u"output_url"_s, u"https://api.videodb.io/async-response/j-9"_s}}}};
        DownloadJob job;
        QString reason;
        QVERIFY(DownloadJob::fromAsyncShape(envelope, &job, &reason));
        QCOMPARE(job.id, QStringLiteral("j-9"));
        QCOMPARE(job.status, JobStatus::Failed);
        QCOMPARE(job.outputUrl.path(), QStringLiteral("/async-response/j-9"));
    }

    void interpretation_data() {
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mentions");
        using K = ApiError::Kind;
        QTest::newRow("ok") << 200 << QByteArray(R"({"success":true})") << int(K::None) << "";
        QTest::newRow("truncated")
            << 200 << QByteArray(R"({"success":true,"data":{"downloads":[]}})").left(28)
            << int(K::MalformedResponse) << "not valid JSON";
        QTest::newRow("html 200") << 200 << QByteArray("<html>gateway</html>")
                                  << int(K::MalformedResponse) << "<html>gateway";
        QTest::newRow("array") << 200 << QByteArray("[1,2]") << int(K::MalformedResponse)
                               << "not an object";
        QTest::newRow("no success")
            << 200 << QByteArray(R"({"data":{}})") << int(K::MalformedResponse) << "success";
        QTest::newRow("success false")
            << 200 << QByteArray(R"({"success":false,"message":"quota","error_code":"Q"})")
            << int(K::Api) << "quota";
        QTest::newRow("401") << 401 << QByteArray(R"({"success":false,"message":"bad key"})")
                             << int(K::Authentication) << "bad key";
        QTest::newRow("404") << 404 << QByteArray(R"({"success":false,"message":"gone"})")
                             << int(K::NotFound) << "gone";
        QTest::newRow("502 html") << 502 << QByteArray("<h1>Bad Gateway</h1>") << int(K::Api)
                                  << "without a JSON error body";
        QTest::newRow("500 empty") << 500 << QByteArray() << int(K::Api) << "HTTP 500";
    }
    void interpretation() {
        QFETCH(int, httpStatus);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        ApiReplyInterpreter::Reply reply;
        reply.httpStatus = httpStatus;
        reply.body = body;
        reply.contentType = "text/html";
        const ApiResult<QJsonObject> result = ApiReplyInterpreter::interpret(reply);
        QCOMPARE(int(result.error().kind()), kind);
        QCOMPARE(result.ok(), kind == int(ApiError::Kind::None));
        if (!result.ok())
            QVERIFY2(result.error().describe().contains(mentions),
                     qPrintable(result.error().describe()));
    }

    void transportErrors() {
        ApiReplyInterpreter::Reply reply;
        reply.networkError = QNetworkReply::OperationCanceledError;
        QCOMPARE(ApiReplyInterpreter::interpret(reply).error().kind(), ApiError::Kind::Timeout);
        reply.networkError = QNetworkReply::ConnectionRefusedError;
        reply.networkErrorText = QStringLiteral("Connection refused");
        const ApiError refused = ApiReplyInterpreter::interpret(reply).error();
        QCOMPARE(refused.kind(), ApiError::Kind::Network);
        QVERIFY(refused.describe().contains(QLatin1String("Connection refused")));
    }

    void retryDelays() {
        const RetryPolicy policy(3, 100);
        QVERIFY(policy.allowsAnotherAttempt(2));
        QVERIFY(!policy.allowsAnotherAttempt(3));
        QCOMPARE(policy.delayMs(0, {}), 100);
        QCOMPARE(policy.delayMs(2, {}), 400);
        QCOMPARE(policy.delayMs(0, "2"), 2000);
        QCOMPARE(policy.delayMs(0, "999999"), RetryPolicy::maxDelayMs);
        const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
        QCOMPARE(policy.delayMs(0, "Sat, 28 Nov 2026 12:00:03 GMT", now), 3000);
        QCOMPARE(policy.delayMs(1, "garbage"), 200);
    }
};

QTEST_GUILESS_MAIN(JobParsingTest)
#include "tst_jobparsing.moc"
