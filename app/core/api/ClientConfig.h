#pragma once

#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <optional>

// Everything the API client needs to know about where and how to talk.
struct ClientConfig final {
    QUrl baseUrl = QUrl(QStringLiteral("https://api.videodb.io"));
    QString apiKey;
    // How long the server may send nothing before a request is given up. The official Python
    // SDK waits 30 s.
    int transferTimeoutMs = 30 * 1000;
    // The most one API call may take in all: every attempt, and the waits between retries, so
    // a server that drips a byte every few seconds cannot hold it forever, and retries never
    // stretch it to a multiple. Each page of a listing is its own call. File downloads are not
    // API calls: they have their own progress and no deadline.
    int requestDeadlineMs = 120 * 1000;
    // An API answer is cut off once it passes this many bytes, checked as it streams in, so
    // memory stays bounded whatever a server sends. A 5,000-job page is about 2 MB.
    qint64 maxAnswerBytes = qint64(64) * 1024 * 1024;
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
