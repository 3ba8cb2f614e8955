#pragma once

#include <QCoreApplication>
#include <QString>

// A failed API call, classified so callers can react (re-ask for the key on Authentication,
// drop the row on NotFound) and described so the user reads what actually happened.
class ApiError final {
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Authentication,
        NotFound,
        Api,
        Network,
        Timeout,
        MalformedResponse,
        InvalidRequest,
        // The answer passed ClientConfig::maxAnswerBytes and was cut off.
        ResponseTooLarge,
    };

    ApiError() = default;
    ApiError(Kind kind, QString message, int httpStatus = 0, QString errorCode = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    // The server's or the transport's own words.
    QString message() const { return m_message; }
    int httpStatus() const { return m_httpStatus; }
    QString errorCode() const { return m_errorCode; }
    // One line for a status bar or stderr, in the user's language: the class of failure, then
    // the details.
    QString describe() const;

    static QString kindName(Kind kind);

    // The API call did not end within its whole-request deadline, retries included.
    static ApiError deadlinePassed(int deadlineMs);
    // The server announced a body longer than the limit; none of it was read.
    static ApiError announcedTooLarge(qint64 announcedBytes, qint64 limitBytes);
    // The body passed the limit as it streamed in and was cut off there.
    static ApiError cutOffTooLarge(qint64 limitBytes);
    // The compressed body could not be inflated, or inflated out of all proportion.
    static ApiError notInflatable();

private:
    static const char *untranslatedKindName(Kind kind);

    Kind m_kind = Kind::None;
    QString m_message;
    int m_httpStatus = 0;
    QString m_errorCode;
};
