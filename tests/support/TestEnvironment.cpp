#include "support/TestEnvironment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>

namespace TestEnvironment {

void makeHermetic() {
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("VIDEO_DB_API_KEY");
}

QByteArray sha256Of(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

ClientConfig clientFor(const QUrl &apiUrl, const QString &apiKey) {
    ClientConfig config;
    config.baseUrl = apiUrl;
    config.apiKey = apiKey;
    config.transferTimeoutMs = 10 * 1000;
    // Tests exercise backoff logic, not patience.
    config.backoffBaseMs = 20;
    return config;
}

} // namespace TestEnvironment
