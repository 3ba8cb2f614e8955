#pragma once

#include <QString>
#include <QUrl>

// The knobs of videodb-emulator, shared by its command line, --demo and the tests.
struct EmulatorOptions final {
    quint16 port = 0;
    quint16 filePort = 0;
    QString apiKey = QStringLiteral("sk-demo");
    int seed = 0;
    qint64 processingMs = 8000;
    qint64 fileSize = 16 * 1024 * 1024;
    qint64 urlTtlS = 24 * 60 * 60;
    // When set, download_url points here instead of at the built-in file host.
    QUrl filesBaseUrl;
    double failRate = 0.0;
    // The first N API requests answer 503: a deterministic version of failRate for tests.
    int failFirst = 0;
    int latencyMs = 0;
    // The file host drops its first response's connection after this many body bytes.
    qint64 dropFirstFileResponseAfter = -1;
    // The file host's speed limit per response in bytes per second; 0 is unlimited.
    qint64 fileBytesPerSecond = 0;
};
