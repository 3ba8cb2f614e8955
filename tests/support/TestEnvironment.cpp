#include "TestEnvironment.h"

#include <QStandardPaths>

namespace TestEnvironment {

void makeHermetic() {
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("VIDEO_DB_API_KEY");
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
