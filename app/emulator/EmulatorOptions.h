#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// The knobs of videodb-emulator, shared by its command line, --demo and the tests.
struct EmulatorOptions final {
    // The published documents leave these open; each reading is a mode so tests cover both.
    enum class AsyncIds {
        // Async operations answer with the download's own id (what the emulator always did).
        SameAsDownload,
        // Async operations get ids of their own (job-…), as in the spec's examples;
        // /async-response/{id} names the download in download_id.
        Distinct,
    };
    enum class StatusWords {
        // processing | done | error in lists, processing | done | failed in async answers.
        Standard,
        // pending | completed | error in lists, pending | success | failed in async answers.
        Alternative,
    };

    quint16 port = 0;
    quint16 filePort = 0;
    QString apiKey = QStringLiteral("sk-demo");
    // Keys accepted besides apiKey, for the same jobs: a client can change key without
    // changing what it sees.
    QStringList otherApiKeys;
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
    // Share of file responses whose connection the file host cuts partway: a flaky CDN.
    double fileDropRate = 0.0;
    // Seeds the pattern of injected faults (failRate, fileDropRate), so a run can be replayed.
    quint32 faultSeed = 20261128u;
    // Keeps every API request answered for ApiServer::takeRequestLog(). Off by default: a
    // long-running emulator must not grow.
    bool logRequests = false;
    // The file host's speed limit per response in bytes per second; 0 is unlimited.
    qint64 fileBytesPerSecond = 0;
    AsyncIds asyncIds = AsyncIds::SameAsDownload;
    // Wraps async answers' data in {"response": …}, which both official SDKs unwrap.
    bool wrapAsyncInResponse = false;
    // Pages never hold more than this, whatever count asks for (the API allows up to 5000).
    int maxPageSize = 5000;
    StatusWords statusWords = StatusWords::Standard;
    // PEM files; when both are set the API answers over HTTPS only, as the real service does.
    QString tlsCertificateFile;
    QString tlsKeyFile;
};
