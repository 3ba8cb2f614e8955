#pragma once

#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <optional>

// Everything the API client needs to know about where and how to talk.
struct ClientConfig final {
    QUrl baseUrl = QUrl(QStringLiteral("https://api.videodb.io"));
    QString apiKey;
    // The official Python SDK waits 30 s.
    int transferTimeoutMs = 30 * 1000;
    // The API caps count at 5000.
    int pageSize = 5000;
    int maxRetries = 3;
    int backoffBaseMs = 500;
    // TLS settings for the API (trusted CAs, protocols); the system's when unset. Lets tests
    // trust a throwaway CA without touching the system store.
    std::optional<QSslConfiguration> sslConfiguration;

    // Empty when the configuration can be used; otherwise why not. Refuses to send the key in
    // clear text anywhere but this machine.
    QString problem() const;
    static bool isLoopbackHost(const QString &host);
};
