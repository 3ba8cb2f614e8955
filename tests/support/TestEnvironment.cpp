#include "support/TestEnvironment.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace TestEnvironment {

void makeHermetic() {
    // A home of this process's own: test-mode paths live under it, so test executables that
    // ctest runs side by side never share a settings file, and the real home is never touched.
    static QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral(".config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral(".local/share"))));
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

bool awaitRequestsEnded() {
    // Replies are children of their manager, and the managers of the application.
    return QTest::qWaitFor(
        [] { return QCoreApplication::instance()->findChildren<QNetworkReply *>().isEmpty(); },
        // Longer than clientFor's transfer timeout, so a stalled request ends first.
        15 * 1000);
}

} // namespace TestEnvironment
