#pragma once

#include "core/api/ClientConfig.h"

#include <QUrl>

// What every test sets up first: no real settings, keyring or home directory.
namespace TestEnvironment {
void makeHermetic();
// The SHA-256 of a file's bytes; empty when it cannot be read.
QByteArray sha256Of(const QString &path);
ClientConfig clientFor(const QUrl &apiUrl, const QString &apiKey = QStringLiteral("sk-demo"));
} // namespace TestEnvironment
