#include "ApiError.h"

#include <utility>

ApiError::ApiError(Kind kind, QString message, int httpStatus, QString errorCode)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_httpStatus(httpStatus)
    , m_errorCode(std::move(errorCode)) {}

QString ApiError::kindName(Kind kind) {
    switch (kind) {
    case Kind::None:
        return QStringLiteral("no error");
    case Kind::Authentication:
        return QStringLiteral("authentication failed");
    case Kind::NotFound:
        return QStringLiteral("not found");
    case Kind::Api:
        return QStringLiteral("API error");
    case Kind::Network:
        return QStringLiteral("network error");
    case Kind::Timeout:
        return QStringLiteral("timed out");
    case Kind::MalformedResponse:
        return QStringLiteral("malformed response");
    case Kind::InvalidRequest:
        return QStringLiteral("invalid request");
    }
    return {};
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
