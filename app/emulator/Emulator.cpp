#include "emulator/Emulator.h"

#include "emulator/ApiServer.h"
#include "emulator/FileHost.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace {

QByteArray randomSecret() {
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()),
                                          secret.size() / int(sizeof(quint32)));
    return secret;
}

} // namespace

Emulator::Emulator(const EmulatorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_jobs(options.processingMs)
    , m_signer(randomSecret())
    , m_apiServer(new ApiServer(m_options, m_jobs, m_signer, this))
    , m_fileHost(new FileHost(m_signer, m_options.fileSize, this)) {
    m_jobs.setDistinctAsyncIds(m_options.asyncIds == EmulatorOptions::AsyncIds::Distinct);
}

bool Emulator::start() {
    const bool tls = !m_options.tlsCertificateFile.isEmpty() || !m_options.tlsKeyFile.isEmpty();
    if (tls) {
        QSslConfiguration configuration;
        if (!loadTls(&configuration))
            return false;
        if (!m_apiServer->listenTls(m_options.port, configuration)) {
            m_errorString = QStringLiteral("cannot listen on 127.0.0.1:%1 for the API over TLS")
                                .arg(m_options.port);
            return false;
        }
    } else if (!m_apiServer->listen(m_options.port)) {
        m_errorString =
            QStringLiteral("cannot listen on 127.0.0.1:%1 for the API").arg(m_options.port);
        return false;
    }
    if (!m_fileHost->listen(m_options.filePort)) {
        m_errorString = QStringLiteral("cannot listen on 127.0.0.1:%1 for the file host")
                            .arg(m_options.filePort);
        return false;
    }
    m_apiServer->setFilesBaseUrl(m_options.filesBaseUrl.isEmpty() ? m_fileHost->baseUrl()
                                                                  : m_options.filesBaseUrl);
    m_jobs.seed(m_options.seed, QDateTime::currentMSecsSinceEpoch());
    m_fileHost->setBytesPerSecond(m_options.fileBytesPerSecond);
    if (m_options.dropFirstFileResponseAfter >= 0)
        m_fileHost->dropNextResponseAfter(m_options.dropFirstFileResponseAfter);
    if (m_options.fileDropRate > 0)
        m_fileHost->dropResponsesAtRandom(m_options.fileDropRate, m_options.faultSeed);
    return true;
}

QUrl Emulator::apiUrl() const {
    return m_apiServer->url();
}

bool Emulator::loadTls(QSslConfiguration *configuration) {
    if (m_options.tlsCertificateFile.isEmpty() || m_options.tlsKeyFile.isEmpty()) {
        m_errorString = QStringLiteral("TLS needs both a certificate and a key file");
        return false;
    }
    const QList<QSslCertificate> chain =
        QSslCertificate::fromPath(m_options.tlsCertificateFile, QSsl::Pem);
    if (chain.isEmpty()) {
        m_errorString =
            QStringLiteral("no PEM certificate in %1").arg(m_options.tlsCertificateFile);
        return false;
    }
    QFile keyFile(m_options.tlsKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        m_errorString = QStringLiteral("cannot read the key %1").arg(m_options.tlsKeyFile);
        return false;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa);
    if (key.isNull()) {
        m_errorString =
            QStringLiteral("no unencrypted PEM EC or RSA key in %1").arg(m_options.tlsKeyFile);
        return false;
    }
    *configuration = QSslConfiguration::defaultConfiguration();
    configuration->setLocalCertificateChain(chain);
    configuration->setPrivateKey(key);
    // A server does not ask clients for certificates.
    configuration->setPeerVerifyMode(QSslSocket::VerifyNone);
    return true;
}

QUrl Emulator::filesUrl() const {
    return m_fileHost->baseUrl();
}
