#include "emulator/Emulator.h"
#include "support/EmulatorProcess.h"
#include "support/InProcessEmulator.h"
#include "support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// The emulator's modes for the readings the published API documents leave open, spoken to as
// any HTTP client would, so the shapes are checked against NOTES.md rather than our client.
class EmulatorModesTest final : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;

    QJsonObject getJson(const QUrl &url) {
        QNetworkRequest request(url);
        request.setRawHeader("x-access-token", "sk-demo");
        std::unique_ptr<QNetworkReply> reply(m_network.get(request));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
            return {};
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    QJsonObject postJson(const QUrl &url, const QByteArray &body) {
        QNetworkRequest request(url);
        request.setRawHeader("x-access-token", "sk-demo");
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(m_network.post(request, body));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
            return {};
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    static QUrl at(const Emulator &emulator, const QString &pathAndQuery) {
        return emulator.apiUrl().resolved(QUrl(pathAndQuery));
    }
    static QJsonArray downloads(const QJsonObject &page) {
        return page.value("data"_L1).toObject().value("downloads"_L1).toArray();
    }

private slots:
    void initTestCase() { TestEnvironment::makeHermetic(); }

    void seededJobsAreNeverCreatedInTheFuture() {
        EmulatorOptions options;
        options.seed = 100000;
        auto emulator = InProcessEmulator::start(options);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QJsonArray newest = downloads(getJson(at(*emulator, u"/download?count=1"_s)));
        QCOMPARE(newest.size(), 1);
        const QDateTime created = QDateTime::fromString(
            newest.first().toObject().value("created_at"_L1).toString(), Qt::ISODate);
        QVERIFY(created.isValid());
        QVERIFY2(created <= now, qPrintable(created.toString(Qt::ISODate)));
    }

    void distinctAsyncIdsNameTheDownloadInTheAsyncResponse() {
        EmulatorOptions options;
        options.asyncIds = EmulatorOptions::AsyncIds::Distinct;
        auto emulator = InProcessEmulator::start(options);
        const QJsonObject created =
            postJson(at(*emulator, u"/download"_s), "{\"stream_link\":\"https://s.example/a\"}");
        const QString asyncId = created.value("data"_L1).toObject().value("id"_L1).toString();
        QVERIFY2(asyncId.startsWith("job-"_L1), qPrintable(asyncId));
        const QUrl outputUrl(created.value("data"_L1).toObject().value("output_url"_L1).toString());
        const QJsonObject result = getJson(outputUrl);
        QCOMPARE(result.value("data"_L1).toObject().value("download_id"_L1).toString(),
                 emulator->jobs().ids().first());
    }

    void responseWrapperHoldsTheAsyncData() {
        EmulatorOptions options;
        options.wrapAsyncInResponse = true;
        auto emulator = InProcessEmulator::start(options);
        const QJsonObject created =
            postJson(at(*emulator, u"/download"_s), "{\"stream_link\":\"https://s.example/a\"}");
        const QJsonObject wrapped =
            created.value("data"_L1).toObject().value("response"_L1).toObject();
        QCOMPARE(wrapped.value("id"_L1).toString(), emulator->jobs().ids().first());
        QVERIFY(wrapped.contains("output_url"_L1));
    }

    void pagesAreCappedAndIndexedByTheCap() {
        EmulatorOptions options;
        options.seed = 25;
        options.maxPageSize = 10;
        auto emulator = InProcessEmulator::start(options);
        const QJsonArray second =
            downloads(getJson(at(*emulator, u"/download?page_index=1&count=5000"_s)));
        QCOMPARE(second.size(), 10);
        QCOMPARE(second.first().toObject().value("id"_L1).toString(), u"dl-000015"_s);
        QCOMPARE(downloads(getJson(at(*emulator, u"/download?page_index=2&count=5000"_s))).size(),
                 5);
    }

    void alternativeWordsErrorsAndPercentages() {
        EmulatorOptions options;
        options.seed = 10;
        options.processingMs = 10 * 60 * 1000;
        options.statusWords = EmulatorOptions::StatusWords::Alternative;
        auto emulator = InProcessEmulator::start(options);
        QMap<QString, int> words;
        for (const QJsonValue &value : downloads(getJson(at(*emulator, u"/download"_s)))) {
            const QJsonObject job = value.toObject();
            const QString word = job.value("status"_L1).toString();
            ++words[word];
            QCOMPARE(job.contains("percentage"_L1), word == "pending"_L1);
            QCOMPARE(job.contains("error"_L1), word == "error"_L1);
            QCOMPARE(job.contains("download_url"_L1), word == "completed"_L1);
        }
        QCOMPARE(words.value(u"completed"_s), 6);
        QCOMPARE(words.value(u"pending"_s), 2);
        QCOMPARE(words.value(u"error"_s), 2);
        QCOMPARE(getJson(at(*emulator, u"/download/dl-000002"_s)).value("status"_L1).toString(),
                 u"pending"_s);
    }

    void versionAndBadModeChoices() {
        QProcess version;
        version.start(EmulatorProcess::executablePath(), {u"--version"_s});
        QVERIFY(version.waitForFinished(10000));
        QCOMPARE(version.exitCode(), 0);
        QVERIFY(version.readAllStandardOutput().startsWith("videodb-emulator "));
        for (const QStringList &arguments : {QStringList{u"--async-ids"_s, u"sideways"_s},
                                             QStringList{u"--async-wrapper"_s, u"box"_s},
                                             QStringList{u"--status-words"_s, u"klingon"_s},
                                             QStringList{u"--max-page-size"_s, u"0"_s}}) {
            QProcess process;
            process.start(EmulatorProcess::executablePath(), arguments);
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitCode(), 2);
            QVERIFY(process.readAllStandardError().contains(arguments.first().toUtf8()));
        }
    }
};

QTEST_GUILESS_MAIN(EmulatorModesTest)
#include "tst_emulatormodes.moc"
