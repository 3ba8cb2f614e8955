#pragma once

#include "core/api/ApiResult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrl>

// Turns what came back from the API (transport error, HTTP status, body) into either the JSON
// envelope of a successful call or a classified ApiError. Kept apart from the client so every
// odd answer a proxy or gateway can produce is testable without a socket.
class ApiReplyInterpreter final {
public:
    struct Reply {
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString networkErrorText;
        int httpStatus = 0;
        QByteArray contentType;
        QByteArray body;
        // What was asked for, so a transport failure can say where it happened.
        QUrl url;
    };

    static Reply capture(QNetworkReply *reply);
    static ApiResult<QJsonObject> interpret(const Reply &reply);
    // 429 and the 5xx answers a gateway gives while the service restarts.
    static bool isTransient(const Reply &reply);
};
