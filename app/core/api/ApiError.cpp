#include "core/api/ApiError.h"

#include <QCoreApplication>

#include <utility>

ApiError::ApiError(Kind kind, QString message, int httpStatus, QString errorCode)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_httpStatus(httpStatus)
    , m_errorCode(std::move(errorCode)) {}

QString ApiError::kindName(Kind kind) {
    return QCoreApplication::translate("ApiError", untranslatedKindName(kind));
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
    QString line = kindName(m_kind);
    if (m_httpStatus > 0)
        line += QStringLiteral(" (HTTP %1)").arg(m_httpStatus);
    if (!m_message.isEmpty())
        line += QStringLiteral(": ") + m_message;
    if (!m_errorCode.isEmpty())
        line += QStringLiteral(" [%1]").arg(m_errorCode);
    return line;
}
