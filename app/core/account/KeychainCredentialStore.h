#pragma once

#include "core/account/CredentialStore.h"

// The system keyring (Secret Service, KWallet, macOS Keychain…) through QtKeychain.
class KeychainCredentialStore final : public CredentialStore {
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);

    void readKey(ReadCallback done) override;
    void writeKey(const QString &key, WriteCallback done) override;
    void removeKey() override;
};
