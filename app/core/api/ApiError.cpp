#include "core/api/ApiError.h"

#include <QCoreApplication>

#include <utility>

ApiError::ApiError(Kind kind, QString message, int httpStatus, QString errorCode)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_httpStatus(httpStatus)
    , m_errorCode(std::move(errorCode)) {}

QString ApiError::kindName(Kind kind) {
    return tr(untranslatedKindName(kind));
}

const char *ApiError::untranslatedKindName(Kind kind) {
    switch (kind) {
    case Kind::None:
        return QT_TRANSLATE_NOOP("ApiError", "no error");
    case Kind::Authentication:
        return QT_TRANSLATE_NOOP("ApiError", "authentication failed");
    case Kind::NotFound:
        return QT_TRANSLATE_NOOP("ApiError", "not found");
    case Kind::Api:
        return QT_TRANSLATE_NOOP("ApiError", "API error");
    case Kind::Network:
        return QT_TRANSLATE_NOOP("ApiError", "network error");
    case Kind::Timeout:
        return QT_TRANSLATE_NOOP("ApiError", "timed out");
    case Kind::MalformedResponse:
        return QT_TRANSLATE_NOOP("ApiError", "malformed response");
    case Kind::InvalidRequest:
        return QT_TRANSLATE_NOOP("ApiError", "invalid request");
    }
    return "";
}

QString ApiError::describe() const {
    const QString kind = kindName(m_kind);
    const QString status = QString::number(m_httpStatus);
    const bool hasStatus = m_httpStatus > 0;
    const bool hasMessage = !m_message.isEmpty();
    const bool hasCode = !m_errorCode.isEmpty();
    // One whole pattern per combination, so a translator can order the parts as the language
    // needs. Each is filled in one pass: a "%1" in the server's words stays as it is.
    if (hasStatus && hasMessage && hasCode)
        //: %1 the class of failure, %2 the HTTP status, %3 the server's words, %4 its error code
        return tr("%1 (HTTP %2): %3 [%4]").arg(kind, status, m_message, m_errorCode);
    if (hasStatus && hasMessage)
        //: %1 the class of failure, %2 the HTTP status, %3 the server's or the network's words
        return tr("%1 (HTTP %2): %3").arg(kind, status, m_message);
    if (hasStatus && hasCode)
        //: %1 the class of failure, %2 the HTTP status, %3 the server's error code
        return tr("%1 (HTTP %2) [%3]").arg(kind, status, m_errorCode);
    if (hasStatus)
        //: %1 the class of failure, %2 the HTTP status
        return tr("%1 (HTTP %2)").arg(kind, status);
    if (hasMessage && hasCode)
        //: %1 the class of failure, %2 the server's words, %3 its error code
        return tr("%1: %2 [%3]").arg(kind, m_message, m_errorCode);
    if (hasMessage)
        //: %1 the class of failure, %2 the server's or the network's words
        return tr("%1: %2").arg(kind, m_message);
    if (hasCode)
        //: %1 the class of failure, %2 the server's error code
        return tr("%1 [%2]").arg(kind, m_errorCode);
    return kind;
}
