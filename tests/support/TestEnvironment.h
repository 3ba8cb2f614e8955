#pragma once

#include "ClientConfig.h"

#include <QUrl>

// What every test sets up first: no real settings, keyring or home directory.
namespace TestEnvironment {
void makeHermetic();
ClientConfig clientFor(const QUrl &apiUrl, const QString &apiKey = QStringLiteral("sk-demo"));
} // namespace TestEnvironment
