#include "core/api/VideoDbClient.h"
#include "emulator/ApiServer.h"
#include "support/InProcessEmulator.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace Qt::StringLiterals;

// The client over HTTPS, the only way the real service is reached, against the emulator with
// certificates from a throwaway CA made here with the openssl command. The CA reaches the
// client through ClientConfig, never the system store.
class TlsTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QSslConfiguration m_trustingTestCa;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool openssl(const QStringList &arguments) {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(u"openssl"_s, arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            qWarning("openssl %s: %s", qPrintable(arguments.join(u' ')),
                     process.readAllStandardError().constData());
            return false;
        }
        return true;
    }
    bool write(const QString &name, const QByteArray &text) {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    }
    // Signs csr with the test CA into name, valid for these subject alternative names.
    bool sign(const QString &csr, const QString &name, const QByteArray &altNames) {
        return write(name + u".ext"_s, "subjectAltName=" + altNames + '\n') &&
               openssl({u"x509"_s, u"-req"_s, u"-in"_s, csr, u"-CA"_s, u"ca.crt"_s, u"-CAkey"_s,
                        u"ca.key"_s, u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-extfile"_s,
                        name + u".ext"_s, u"-out"_s, name});
    }
    std::unique_ptr<Emulator> serve(const QString &certificate) {
        EmulatorOptions options = InProcessEmulator::seeded(3);
        options.tlsCertificateFile = path(certificate);
        options.tlsKeyFile = path(u"server.key"_s);
        return InProcessEmulator::start(options);
    }
    static ApiResult<QVector<DownloadJob>> list(VideoDbClient &client) {
        std::optional<ApiResult<QVector<DownloadJob>>> got;
        client.listJobs([&got](const ApiResult<QVector<DownloadJob>> &result) { got = result; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 15000))
            return ApiResult<QVector<DownloadJob>>::failure(
                ApiError(ApiError::Kind::None, u"test: no callback"_s));
        return *got;
    }
    ClientConfig trustingTestCa(const QUrl &url) const {
        ClientConfig config = TestEnvironment::clientFor(url);
        config.sslConfiguration = m_trustingTestCa;
        return config;
    }

private slots:
    void initTestCase() {
        TestEnvironment::makeHermetic();
        QVERIFY(m_dir.isValid());
        const QStringList ecKey{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
        QVERIFY(openssl(QStringList{u"req"_s, u"-x509"_s} + ecKey +
                        QStringList{u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.crt"_s, u"-days"_s,
                                    u"2"_s, u"-subj"_s, u"/CN=VideoDB Downloads test CA"_s,
                                    u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s,
                                    u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s}));
        QVERIFY(openssl(QStringList{u"req"_s} + ecKey +
                        QStringList{u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s,
                                    u"-subj"_s, u"/CN=127.0.0.1"_s}));
        QVERIFY(sign(u"server.csr"_s, u"good.crt"_s, "IP:127.0.0.1,DNS:localhost"));
        // Qt accepts a matching common name even beside other alternative names: both differ.
        QVERIFY(openssl({u"req"_s, u"-new"_s, u"-key"_s, u"server.key"_s, u"-out"_s,
                         u"elsewhere.csr"_s, u"-subj"_s, u"/CN=elsewhere.example"_s}));
        QVERIFY(sign(u"elsewhere.csr"_s, u"wrong-host.crt"_s, "DNS:elsewhere.example"));
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-key"_s, u"server.key"_s, u"-out"_s,
                         u"self-signed.crt"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                         u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s}));
        // openssl ca is the one that takes explicit dates, and it wants a little database.
        QVERIFY(write(u"index.txt"_s, {}));
        QVERIFY(write(u"ca.cnf"_s, "[ca]\ndefault_ca = test\n[test]\ndir = .\n"
                                   "database = index.txt\nnew_certs_dir = .\nserial = ca.srl\n"
                                   "default_md = sha256\npolicy = any\n"
                                   "[any]\ncommonName = supplied\n"));
        QVERIFY(openssl({u"ca"_s, u"-batch"_s, u"-notext"_s, u"-config"_s, u"ca.cnf"_s, u"-cert"_s,
                         u"ca.crt"_s, u"-keyfile"_s, u"ca.key"_s, u"-in"_s, u"server.csr"_s,
                         u"-startdate"_s, u"20200101000000Z"_s, u"-enddate"_s, u"20200102000000Z"_s,
                         u"-extfile"_s, u"good.crt.ext"_s, u"-out"_s, u"expired.crt"_s}));

        m_trustingTestCa = QSslConfiguration::defaultConfiguration();
        m_trustingTestCa.setCaCertificates(QSslCertificate::fromPath(path(u"ca.crt"_s)));
        QCOMPARE(m_trustingTestCa.caCertificates().size(), 1);
    }

    void theClientWorksOverTlsWithTheInjectedCa() {
        auto emulator = serve(u"good.crt"_s);
        QCOMPARE(emulator->apiUrl().scheme(), u"https"_s);
        VideoDbClient client(trustingTestCa(emulator->apiUrl()));
        const auto listed = list(client);
        QVERIFY2(listed.ok(), qPrintable(listed.error().describe()));
        QCOMPARE(listed.value().size(), 3);

        std::optional<ApiResult<DownloadJob>> created;
        client.createJob(u"https://stream.videodb.io/v/tls.m3u8"_s, {},
                         [&](const ApiResult<DownloadJob> &result) { created = result; });
        QTRY_VERIFY(created.has_value());
        QVERIFY2(created->ok(), qPrintable(created->error().describe()));
        QCOMPARE(created->value().outputUrl.scheme(), u"https"_s);
        QVERIFY(emulator->jobs().find(created->value().id));

        std::optional<ApiResult<QString>> deleted;
        client.deleteJob(created->value().id,
                         [&](const ApiResult<QString> &result) { deleted = result; });
        QTRY_VERIFY(deleted.has_value());
        QVERIFY2(deleted->ok(), qPrintable(deleted->error().describe()));
        QCOMPARE(emulator->jobs().size(), 3);
    }

    void aBadCertificateFailsClearlyBeforeTheKeyIsSent_data() {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("problem");
        QTest::newRow("self-signed") << u"self-signed.crt"_s << u"self-signed"_s;
        QTest::newRow("wrong host name") << u"wrong-host.crt"_s << u"host name"_s;
        QTest::newRow("expired") << u"expired.crt"_s << u"expired"_s;
    }
    void aBadCertificateFailsClearlyBeforeTheKeyIsSent() {
        QFETCH(QString, certificate);
        QFETCH(QString, problem);
        auto emulator = serve(certificate);
        VideoDbClient client(trustingTestCa(emulator->apiUrl()));
        const auto listed = list(client);
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().kind(), ApiError::Kind::Network);
        const QString described = listed.error().describe();
        QVERIFY2(described.contains(problem, Qt::CaseInsensitive), qPrintable(described));
        QVERIFY2(described.contains(emulator->apiUrl().toString()), qPrintable(described));
        QVERIFY(!described.contains("sk-demo"_L1));
        // No request reached the API: the key travels in a header, after the handshake.
        QCOMPARE(emulator->apiServer().requestCount(), 0);
    }

    void theSystemStoreIsNotTheTestCasStore() {
        auto emulator = serve(u"good.crt"_s);
        VideoDbClient client(TestEnvironment::clientFor(emulator->apiUrl()));
        QVERIFY(!list(client).ok());
        QCOMPARE(emulator->apiServer().requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TlsTest)
#include "tst_tls.moc"
