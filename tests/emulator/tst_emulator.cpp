#include "emulator/ApiServer.h"
#include "emulator/Emulator.h"
#include "emulator/FileContent.h"
#include "emulator/FileHost.h"
#include "support/AddressSanitizer.h"
#include "support/EmulatorProcess.h"
#include "support/TestEnvironment.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// The emulator spoken to the way any HTTP client would, without our API client in between, so
// its shapes and its file host are checked against the documentation rather than against us.
class EmulatorTest final : public QObject {
    Q_OBJECT

    struct Answer {
        int status = 0;
        QByteArray body;
        QNetworkReply *reply = nullptr;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QByteArray header(const char *name) const { return reply->rawHeader(name); }
    };

    QNetworkAccessManager m_network;
    std::unique_ptr<Emulator> m_emulator;
    QList<QNetworkReply *> m_replies;

    std::unique_ptr<Emulator> startEmulator(EmulatorOptions options) {
        auto emulator = std::make_unique<Emulator>(options);
        if (!emulator->start())
            qFatal("emulator: %s", qPrintable(emulator->errorString()));
        return emulator;
    }
    void start(int seed, EmulatorOptions options = {}) {
        options.seed = seed;
        if (options.processingMs == EmulatorOptions().processingMs)
            options.processingMs = 10 * 60 * 1000;
        m_emulator = startEmulator(options);
    }
    QNetworkReply *send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                        const QByteArray &key = "sk-demo", const QByteArray &range = {}) {
        QNetworkRequest request(url);
        if (!key.isEmpty())
            request.setRawHeader("x-access-token", key);
        if (!range.isEmpty())
            request.setRawHeader("Range", range);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        m_replies.append(reply);
        return reply;
    }
    Answer finish(QNetworkReply *reply) {
        if (!reply->isFinished())
            QSignalSpy(reply, &QNetworkReply::finished).wait(20000);
        return Answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->readAll(), reply};
    }
    Answer call(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                const QByteArray &key = "sk-demo") {
        return finish(send(verb, m_emulator->apiUrl().resolved(QUrl(pathAndQuery)), body, key));
    }
    static void verifyErrorShape(const Answer &answer, int status, const QString &code) {
        QCOMPARE(answer.status, status);
        const QJsonObject body = answer.json();
        QCOMPARE(body.value(u"success"_s), QJsonValue(false));
        QVERIFY(!body.value(u"message"_s).toString().isEmpty());
        QCOMPARE(body.value(u"error_code"_s).toString(), code);
    }
    QUrl downloadUrlOf(const QString &id) {
        return QUrl(call("GET", u"/download/"_s + id)
                        .json()[u"data"_s]
                        .toObject()[u"download_url"_s]
                        .toString());
    }

private slots:
    void initTestCase() { TestEnvironment::makeHermetic(); }
    void cleanup() {
        qDeleteAll(m_replies);
        m_replies.clear();
        m_emulator.reset();
    }

    void processAnnouncesItsPortOnTheFirstLine() {
        EmulatorProcess first;
        EmulatorProcess second;
        QVERIFY2(first.start({u"--port"_s, u"0"_s, u"--seed"_s, u"2"_s}),
                 qPrintable(first.errorText()));
        QVERIFY2(second.start({u"--port"_s, u"0"_s}), qPrintable(second.errorText()));
        QVERIFY(first.firstLine().startsWith(u"listening on http://127.0.0.1:"_s));
        QVERIFY(first.apiUrl().port() > 0);
        QVERIFY(first.apiUrl().port() != second.apiUrl().port());
        QNetworkReply *reply = send("GET", first.apiUrl().resolved(QUrl(u"/download"_s)));
        const Answer answer = finish(reply);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json()[u"data"_s].toObject()[u"downloads"_s].toArray().size(), 2);
    }

    void badOptionsAreRefused() {
        QProcess process;
        process.start(EmulatorProcess::executablePath(), {u"--seed"_s, u"many"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--seed"));
    }

    void missingOrWrongKeyIs401() {
        start(1);
        verifyErrorShape(call("GET", u"/download"_s, {}, {}), 401, u"UNAUTHORIZED"_s);
        verifyErrorShape(call("GET", u"/download"_s, {}, "sk-nope"), 401, u"UNAUTHORIZED"_s);
        verifyErrorShape(call("DELETE", u"/download?download_id=dl-000001"_s, {}, "sk-nope"), 401,
                         u"UNAUTHORIZED"_s);
        QCOMPARE(m_emulator->jobs().size(), 1);
    }

    void listPagesHaveTheDocumentedShape() {
        start(7);
        QStringList seen;
        for (int page = 0; page < 3; ++page) {
            const Answer answer =
                call("GET", QStringLiteral("/download?page_index=%1&count=3").arg(page));
            QCOMPARE(answer.status, 200);
            QCOMPARE(answer.json()[u"success"_s], QJsonValue(true));
            const QJsonArray downloads =
                answer.json()[u"data"_s].toObject()[u"downloads"_s].toArray();
            QCOMPARE(downloads.size(), page < 2 ? 3 : 1);
            for (const QJsonValue &value : downloads) {
                const QJsonObject job = value.toObject();
                seen.append(job[u"id"_s].toString());
                QVERIFY(!job[u"name"_s].toString().isEmpty());
                QVERIFY(
                    QDateTime::fromString(job[u"created_at"_s].toString(), Qt::ISODate).isValid());
                const QString status = job[u"status"_s].toString();
                QVERIFY(QStringList({u"processing"_s, u"done"_s, u"error"_s}).contains(status));
                QCOMPARE(job.contains(u"download_url"_s), status == u"done"_s);
            }
        }
        seen.removeDuplicates();
        QCOMPARE(seen.size(), 7);
        verifyErrorShape(call("GET", u"/download?count=5001"_s), 400, u"INVALID_PARAMETER"_s);
        verifyErrorShape(call("GET", u"/download?page_index=-1"_s), 400, u"INVALID_PARAMETER"_s);
    }

    void detailAndAsyncShapes() {
        start(4);
        const QJsonObject done = call("GET", u"/download/dl-000001"_s).json();
        QCOMPARE(done[u"data"_s].toObject()[u"status"_s].toString(), QStringLiteral("done"));
        QVERIFY(!done.contains(u"status"_s));
        const QJsonObject processing = call("GET", u"/download/dl-000002"_s).json();
        QCOMPARE(processing[u"status"_s].toString(), QStringLiteral("processing"));
        const QUrl outputUrl(processing[u"data"_s].toObject()[u"output_url"_s].toString());
        QCOMPARE(outputUrl.path(), QStringLiteral("/async-response/dl-000002"));
        QCOMPARE(finish(send("GET", outputUrl)).json()[u"status"_s].toString(),
                 QStringLiteral("processing"));
        // The list says "error", the async endpoint "failed", for the same job.
        QCOMPARE(call("GET", u"/download/dl-000004"_s)
                     .json()[u"data"_s]
                     .toObject()[u"status"_s]
                     .toString(),
                 QStringLiteral("error"));
        QCOMPARE(call("GET", u"/async-response/dl-000004"_s).json()[u"status"_s].toString(),
                 QStringLiteral("failed"));
        verifyErrorShape(call("GET", u"/download/dl-424242"_s), 404, u"NOT_FOUND"_s);
        verifyErrorShape(call("GET", u"/async-response/dl-424242"_s), 404, u"NOT_FOUND"_s);
    }

    void createdJobFinishesAfterProcessingTime() {
        EmulatorOptions options;
        options.processingMs = 300;
        start(0, options);
        const Answer created = call(
            "POST", u"/download"_s,
            QJsonDocument(QJsonObject{{u"stream_link"_s, u"https://stream.videodb.io/v/a.m3u8"_s},
                                      {u"name"_s, u"a.mp4"_s}})
                .toJson());
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json()[u"status"_s].toString(), QStringLiteral("processing"));
        const QString id = created.json()[u"data"_s].toObject()[u"id"_s].toString();
        QTRY_COMPARE_WITH_TIMEOUT(
            call("GET", u"/download/"_s + id).json()[u"data"_s].toObject()[u"status"_s].toString(),
            QStringLiteral("done"), 5000);
        verifyErrorShape(call("POST", u"/download"_s, R"({"name":"no link"})"), 400,
                         u"MISSING_STREAM_LINK"_s);
        verifyErrorShape(call("POST", u"/download"_s, "{not json"), 400, u"INVALID_BODY"_s);
        verifyErrorShape(call("POST", u"/download/dl-424242"_s), 404, u"NOT_FOUND"_s);
        QCOMPARE(m_emulator->jobs().size(), 1);
    }

    void deleteAcceptsQueryOrBody() {
        start(5);
        QCOMPARE(call("DELETE", u"/download?download_id=dl-000002"_s).json()[u"success"_s],
                 QJsonValue(true));
        QCOMPARE(
            call("DELETE", u"/download"_s, R"({"download_id":"dl-000004"})").json()[u"success"_s],
            QJsonValue(true));
        QCOMPARE(m_emulator->jobs().ids(),
                 QStringList({u"dl-000005"_s, u"dl-000003"_s, u"dl-000001"_s}));
    }

    void deleteRejectsBadInputAndDeletesNothing() {
        start(3);
        verifyErrorShape(call("DELETE", u"/download?download_id=dl-000001"_s, "{broken"), 400,
                         u"INVALID_BODY"_s);
        verifyErrorShape(call("DELETE", u"/download"_s), 400, u"MISSING_DOWNLOAD_ID"_s);
        verifyErrorShape(
            call("DELETE", u"/download?download_id=dl-000001"_s, R"({"download_id":"dl-000002"})"),
            400, u"INVALID_PARAMETER"_s);
        verifyErrorShape(call("DELETE", u"/download?download_id=dl-777777"_s), 404, u"NOT_FOUND"_s);
        QCOMPARE(m_emulator->jobs().size(), 3);
    }

    void failRateAnswers503WithRetryAfter() {
        EmulatorOptions options;
        options.failRate = 1.0;
        start(1, options);
        const Answer answer = call("GET", u"/download"_s);
        verifyErrorShape(answer, 503, u"SERVICE_UNAVAILABLE"_s);
        QCOMPARE(answer.header("Retry-After"), QByteArray("1"));

        options.failRate = 0.5;
        start(1, options);
        int failures = 0;
        for (int i = 0; i < 40; ++i)
            failures += call("GET", u"/download"_s).status == 503 ? 1 : 0;
        QVERIFY2(failures > 5 && failures < 35, qPrintable(QString::number(failures)));
    }

    void latencyDoesNotSerialiseClients() {
        EmulatorOptions options;
        options.latencyMs = 500;
        start(2, options);
        QElapsedTimer timer;
        timer.start();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 4; ++i)
            replies.append(send("GET", m_emulator->apiUrl().resolved(QUrl(u"/download"_s))));
        for (QNetworkReply *reply : replies)
            QCOMPARE(finish(reply).status, 200);
        QVERIFY(timer.elapsed() >= 450);
        // Four answers one after another would take 2 s.
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    }

    void fileHostIsAnotherOriginWithHeadAndRange() {
        EmulatorOptions options;
        options.fileSize = 1000;
        start(1, options);
        const QUrl url = downloadUrlOf(u"dl-000001"_s);
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() != m_emulator->apiUrl().port());
        const FileContent content(u"dl-000001"_s, 1000);
        QByteArray expected(1000, Qt::Uninitialized);
        content.read(0, expected.data(), 1000);

        const Answer head = finish(send("HEAD", url, {}, {}));
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("Content-Length"), QByteArray("1000"));
        QCOMPARE(head.header("Accept-Ranges"), QByteArray("bytes"));
        QVERIFY(head.body.isEmpty());

        const Answer whole = finish(send("GET", url, {}, {}));
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.body, expected);

        const Answer middle = finish(send("GET", url, {}, {}, "bytes=10-19"));
        QCOMPARE(middle.status, 206);
        QCOMPARE(middle.header("Content-Range"), QByteArray("bytes 10-19/1000"));
        QCOMPARE(middle.body, expected.mid(10, 10));

        const Answer tail = finish(send("GET", url, {}, {}, "bytes=990-"));
        QCOMPARE(tail.status, 206);
        QCOMPARE(tail.body, expected.mid(990));
        const Answer suffix = finish(send("GET", url, {}, {}, "bytes=-5"));
        QCOMPARE(suffix.header("Content-Range"), QByteArray("bytes 995-999/1000"));
        QCOMPARE(suffix.body, expected.right(5));

        const Answer beyond = finish(send("GET", url, {}, {}, "bytes=1000-"));
        QCOMPARE(beyond.status, 416);
        QCOMPARE(beyond.header("Content-Range"), QByteArray("bytes */1000"));
        QCOMPARE(m_emulator->fileHost().requestsCarryingApiKey(), 0);
    }

    void fileHostRefusesExpiredAndForgedUrls() {
        EmulatorOptions options;
        options.urlTtlS = 0;
        start(1, options);
        const Answer expired = finish(send("GET", downloadUrlOf(u"dl-000001"_s), {}, {}));
        QCOMPARE(expired.status, 403);
        QVERIFY(expired.body.contains("expired"));

        options.urlTtlS = 3600;
        start(1, options);
        QUrl forged = downloadUrlOf(u"dl-000001"_s);
        QUrlQuery query(forged);
        const qint64 later = query.queryItemValue(u"expires"_s).toLongLong() + 86400;
        query.removeQueryItem(u"expires"_s);
        query.addQueryItem(u"expires"_s, QString::number(later));
        forged.setQuery(query);
        QCOMPARE(finish(send("GET", forged, {}, {})).status, 403);
        QCOMPARE(finish(send("GET", downloadUrlOf(u"dl-000001"_s), {}, {})).status, 200);
    }

    void filesBaseUrlRedirectsDownloadUrls() {
        EmulatorOptions options;
        options.filesBaseUrl = QUrl(u"https://cdn.example.test/base"_s);
        start(1, options);
        const QUrl url = downloadUrlOf(u"dl-000001"_s);
        QCOMPARE(url.host(), QStringLiteral("cdn.example.test"));
        QVERIFY(url.path().startsWith(u"/base/files/dl-000001/"_s));
    }

    void fileHostServesAGibibyteToASlowReaderInFlatMemory() {
        const qint64 size = qint64(1) << 30;
        EmulatorProcess process;
        QVERIFY2(process.start({u"--seed"_s, u"1"_s, u"--file-size"_s, QString::number(size)}),
                 qPrintable(process.errorText()));
        const QUrl url(
            finish(send("GET", process.apiUrl().resolved(QUrl(u"/download/dl-000001"_s))))
                .json()[u"data"_s]
                .toObject()[u"download_url"_s]
                .toString());
        QVERIFY(url.isValid());

        QTcpSocket socket;
        socket.setReadBufferSize(64 * 1024);
        socket.connectToHost(url.host(), quint16(url.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                     " HTTP/1.1\r\nHost: x\r\n\r\n");
        // Read nothing for a while: a server without backpressure would now buffer the file.
        QTest::qWait(1500);
        qint64 received = 0;
        QByteArray head;
        while (socket.state() == QAbstractSocket::ConnectedState || socket.bytesAvailable() > 0) {
            if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(10000))
                break;
            const QByteArray data = socket.read(1 << 20);
            if (head.size() < 4096 && !head.contains("\r\n\r\n"))
                head += data.left(4096);
            received += data.size();
        }
        const qint64 headLength = head.indexOf("\r\n\r\n") + 4;
        QVERIFY(head.startsWith("HTTP/1.1 200"));
        QCOMPARE(received - headLength, size);

        if (underAddressSanitizer)
            QSKIP("The gibibyte arrived whole; its peak RSS is not checked under AddressSanitizer, "
                  "whose shadow memory and quarantine alone take hundreds of megabytes");
        QFile status(QStringLiteral("/proc/%1/status").arg(process.pid()));
        QVERIFY(status.open(QIODevice::ReadOnly));
        const QString text = QString::fromLatin1(status.readAll());
        const QRegularExpressionMatch peak =
            QRegularExpression(u"VmHWM:\\s+(\\d+) kB"_s).match(text);
        QVERIFY(peak.hasMatch());
        const qint64 peakKb = peak.captured(1).toLongLong();
        qInfo("emulator peak RSS while serving 1 GiB: %lld MB", peakKb / 1024);
        QVERIFY2(peakKb < 64 * 1024, qPrintable(QString::number(peakKb)));
    }
};

QTEST_GUILESS_MAIN(EmulatorTest)
#include "tst_emulator.moc"
