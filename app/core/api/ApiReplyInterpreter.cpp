#include "core/api/ApiReplyInterpreter.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {

QString bodySnippet(const QByteArray &body) {
    constexpr int maxLength = 80;
    QString text = QString::fromUtf8(body.left(maxLength)).simplified();
    if (body.size() > maxLength)
        text += QStringLiteral("…");
    return text;
}

ApiError errorFromEnvelope(ApiError::Kind kind, int httpStatus, const QJsonObject &envelope,
                           const QString &fallback) {
    QString message = envelope.value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = fallback;
    return ApiError(kind, message, httpStatus,
                    envelope.value(QLatin1String("error_code")).toString());
}

ApiError::Kind kindForStatus(int httpStatus) {
    if (httpStatus == 401)
        return ApiError::Kind::Authentication;
    if (httpStatus == 404)
        return ApiError::Kind::NotFound;
    return ApiError::Kind::Api;
}

ApiResult<QJsonObject> transportFailure(const ApiReplyInterpreter::Reply &reply) {
    // Names the place tried: "Connection refused" alone does not say which server refused.
    const QString where = reply.url.isEmpty() ? QString()
                                              : QStringLiteral(" (%1)").arg(reply.url.toString(
                                                    QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    switch (reply.networkError) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        // The only abort the client performs is the transfer timeout.
        return ApiResult<QJsonObject>::failure(ApiError(
            ApiError::Kind::Timeout, QStringLiteral("the server did not answer in time") + where));
    case QNetworkReply::SslHandshakeFailedError:
        // Qt's text names the certificate problem (self-signed, host name, expired).
        return ApiResult<QJsonObject>::failure(
            ApiError(ApiError::Kind::Network,
                     QStringLiteral("the secure connection was refused, so nothing was sent: ") +
                         reply.networkErrorText + where));
    case QNetworkReply::InsecureRedirectError:
        return ApiResult<QJsonObject>::failure(ApiError(
            ApiError::Kind::Network,
            QStringLiteral("the server redirected to another origin; the request was stopped so "
                           "the API key is not sent there")));
    default:
        return ApiResult<QJsonObject>::failure(
            ApiError(ApiError::Kind::Network, reply.networkErrorText + where));
    }
}

} // namespace

ApiReplyInterpreter::Reply ApiReplyInterpreter::capture(QNetworkReply *reply) {
    Reply captured;
    captured.networkError = reply->error();
    captured.networkErrorText = reply->errorString();
    captured.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    captured.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    captured.body = reply->readAll();
    captured.url = reply->request().url();
    return captured;
}

bool ApiReplyInterpreter::isTransient(const Reply &reply) {
    return reply.httpStatus == 429 || reply.httpStatus == 502 || reply.httpStatus == 503 ||
           reply.httpStatus == 504;
}

ApiResult<QJsonObject> ApiReplyInterpreter::interpret(const Reply &reply) {
    if (reply.httpStatus == 0 || reply.networkError == QNetworkReply::InsecureRedirectError)
        return transportFailure(reply);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    const bool isJsonObject = parseError.error == QJsonParseError::NoError && document.isObject();
    const QJsonObject envelope = document.object();

    if (reply.httpStatus < 200 || reply.httpStatus >= 300) {
        const ApiError::Kind kind = kindForStatus(reply.httpStatus);
        if (isJsonObject)
            return ApiResult<QJsonObject>::failure(
                errorFromEnvelope(kind, reply.httpStatus, envelope, reply.networkErrorText));
        QString message = QStringLiteral("the server answered without a JSON error body");
        if (!reply.body.isEmpty())
            message += QStringLiteral(" (%1: \"%2\")")
                           .arg(QString::fromLatin1(reply.contentType.isEmpty()
                                                        ? QByteArray("no content type")
                                                        : reply.contentType),
                                bodySnippet(reply.body));
        return ApiResult<QJsonObject>::failure(ApiError(kind, message, reply.httpStatus));
    }

    if (parseError.error != QJsonParseError::NoError)
        return ApiResult<QJsonObject>::failure(
            ApiError(ApiError::Kind::MalformedResponse,
                     QStringLiteral("the body is not valid JSON (%1 at byte %2): \"%3\"")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)
                         .arg(bodySnippet(reply.body)),
                     reply.httpStatus));
    if (!isJsonObject)
        return ApiResult<QJsonObject>::failure(
            ApiError(ApiError::Kind::MalformedResponse,
                     QStringLiteral("the body is JSON but not an object"), reply.httpStatus));
    const QJsonValue success = envelope.value(QLatin1String("success"));
    if (!success.isBool())
        return ApiResult<QJsonObject>::failure(ApiError(
            ApiError::Kind::MalformedResponse,
            QStringLiteral("the body has no boolean \"success\" field"), reply.httpStatus));
    if (!success.toBool())
        return ApiResult<QJsonObject>::failure(
            errorFromEnvelope(ApiError::Kind::Api, reply.httpStatus, envelope,
                              QStringLiteral("the server reported failure without a message")));
    return ApiResult<QJsonObject>::success(envelope);
}
