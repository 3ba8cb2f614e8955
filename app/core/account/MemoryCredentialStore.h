#pragma once

#include "core/account/CredentialStore.h"

// Keeps the key for this session only; also the tests' stand-in for a keyring.
class MemoryCredentialStore final : public CredentialStore {
    Q_OBJECT
public:
    explicit MemoryCredentialStore(QObject *parent = nullptr, bool available = true);

    void readKey(ReadCallback done) override;
    void writeKey(const QString &key, WriteCallback done) override;
    QString location() const override;

    QString storedKey() const { return m_key; }

private:
    QString m_key;
    bool m_available;
};
