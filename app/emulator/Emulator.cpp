#include "emulator/Emulator.h"

#include "emulator/ApiServer.h"
#include "emulator/FileHost.h"

#include <QDateTime>
#include <QRandomGenerator>

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
    if (!m_apiServer->listen(m_options.port)) {
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
    return true;
}

QUrl Emulator::apiUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_apiServer->port()));
}

QUrl Emulator::filesUrl() const {
    return m_fileHost->baseUrl();
}
