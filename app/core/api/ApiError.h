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

private:
    static const char *untranslatedKindName(Kind kind);

    Kind m_kind = Kind::None;
    QString m_message;
    int m_httpStatus = 0;
    QString m_errorCode;
};
