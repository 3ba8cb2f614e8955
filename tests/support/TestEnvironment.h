#pragma once

#include "core/api/ClientConfig.h"

#include <QUrl>

// What every test sets up first: no real settings, keyring or home directory.
namespace TestEnvironment {
void makeHermetic();
// The SHA-256 of a file's bytes; empty when it cannot be read.
QByteArray sha256Of(const QString &path);
ClientConfig clientFor(const QUrl &apiUrl, const QString &apiKey = QStringLiteral("sk-demo"));
// Waits until no network reply is left in the application's object tree (where the API
// clients' shared manager lives); false when one outlived the wait.
// Qt 6.4 can leak its HTTP thread's copy of a request when the application ends with that
// request still in flight, and LeakSanitizer then fails the test: a test whose last requests
// were left running (to an emulator that is gone) calls this from cleanup().
bool awaitRequestsEnded();
} // namespace TestEnvironment
