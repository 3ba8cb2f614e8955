#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Where the API key lives between runs. Injected so tests never touch the real keyring.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    struct ReadResult {
        QString key;
        // False when there is no keyring at all (a bare X session, a container).
        bool available = true;
        QString error;
    };
    using ReadCallback = std::function<void(const ReadResult &)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    using QObject::QObject;

    virtual void readKey(ReadCallback done) = 0;
    virtual void writeKey(const QString &key, WriteCallback done) = 0;
    // Best effort, no answer: used when the user keeps the key elsewhere from now on.
    virtual void removeKey() = 0;
};
