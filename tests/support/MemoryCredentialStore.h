#pragma once

#include "core/account/CredentialStore.h"

// The tests' stand-in for the system keyring: answers from memory, on the next event-loop
// turn like the real one, and can play a missing keyring or one that refuses to write.
class MemoryCredentialStore final : public CredentialStore {
    Q_OBJECT
public:
    explicit MemoryCredentialStore(QObject *parent = nullptr, bool available = true);

    void readKey(ReadCallback done) override;
    void writeKey(const QString &key, WriteCallback done) override;
    void removeKey() override { m_key.clear(); }

    // Reads still work, writes fail with error: a keyring that is there but locked.
    void refuseWrites(const QString &error) { m_writeError = error; }
    void setStoredKey(const QString &key) { m_key = key; }
    QString storedKey() const { return m_key; }
    int writeAttempts() const { return m_writeAttempts; }

private:
    QString m_key;
    bool m_available;
    QString m_writeError;
    int m_writeAttempts = 0;
};
