#include "core/api/ApiError.h"

#include <QCoreApplication>
#include <QLocale>

#include <utility>

namespace {

// "64 MB" rather than "64.00 MB" when the size is a whole number of its unit; the units are
// the ones users know (1 MB = 1024 × 1024 bytes), translated by Qt.
QString sizeInWords(qint64 bytes) {
    qint64 unit = 1;
    while (unit <= bytes / 1024)
        unit *= 1024;
    return QLocale().formattedDataSize(bytes, bytes % unit == 0 ? 0 : 1,
                                       QLocale::DataSizeTraditionalFormat);
}

} // namespace

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
    case Kind::ResponseTooLarge:
        return QT_TRANSLATE_NOOP("ApiError", "response too large");
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

ApiError ApiError::deadlinePassed(int deadlineMs) {
    const int seconds = qMax(1, (deadlineMs + 999) / 1000);
    return ApiError(Kind::Timeout,
                    tr("VideoDB did not finish answering within %n second(s)", nullptr, seconds));
}

ApiError ApiError::announcedTooLarge(qint64 announcedBytes, qint64 limitBytes) {
    //: %1 the size the server announced, %2 the most the app reads, both like "64 MB"
    return ApiError(Kind::ResponseTooLarge,
                    tr("the server announced an answer of %1, more than the %2 any real answer "
                       "stays under, so none of it was read")
                        .arg(sizeInWords(announcedBytes), sizeInWords(limitBytes)));
}

ApiError ApiError::cutOffTooLarge(qint64 limitBytes) {
    //: %1 the most the app reads, like "64 MB"
    return ApiError(Kind::ResponseTooLarge,
                    tr("the answer passed %1, more than any real answer, and was cut off there")
                        .arg(sizeInWords(limitBytes)));
}

ApiError ApiError::notInflatable() {
    return ApiError(Kind::MalformedResponse,
                    tr("the compressed answer could not be unpacked, or unpacked to far more than "
                       "any real answer, and was cut off"));
}
