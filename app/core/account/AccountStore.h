#pragma once

#include "core/api/ClientConfig.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class AppSettings;
class CredentialStore;

// The one policy for the account, shared by the app and the CLI. The key comes from, in
// order: a flag, VIDEO_DB_API_KEY, the system keyring, the settings file. The base URL comes
// from a flag, then the saved settings. Transfers are recorded in one database both use.
class AccountStore final : public QObject {
    Q_OBJECT
public:
    enum class KeySource { None, Flag, Environment, Keyring, SettingsFile, Session };
    enum class KeyStorage { Keyring, SessionOnly, SettingsFile };

    // What the command line said; empty fields fall back to what was saved.
    struct Overrides {
        QString apiKey;
        QUrl baseUrl;
    };
    struct Account {
        ClientConfig config;
        KeySource keySource = KeySource::None;
        bool keyringAvailable = true;
        // Why the keyring could not be read, when it could not.
        QString keyringError;
        // A base URL other than the saved one was given without a key: the saved key, which
        // belongs to the saved server, was not used.
        bool savedKeyWithheld = false;
    };
    // What the user entered in the account dialog.
    struct Change {
        QString apiKey;
        QUrl baseUrl;
        int refreshIntervalS = 60;
        KeyStorage storage = KeyStorage::Keyring;
    };

    AccountStore(CredentialStore *keyring, AppSettings *settings, QObject *parent = nullptr);

    // Calls done from the event loop.
    void load(const Overrides &overrides, std::function<void(const Account &)> done);
    // The key goes where the user chose; the keyring is only written when the key changed
    // there. done gets the keyring's error when it refused the key, which is then kept for
    // this session only and the keyring counts as unavailable from then on.
    void save(const Change &change, std::function<void(const QString &keyringError)> done);

    const Account &account() const { return m_account; }
    AppSettings *settings() const { return m_settings; }

    // Shared by the app and the CLI, so either continues what the other started.
    static QString transferDatabasePath();
    static const char *keyVariable() { return "VIDEO_DB_API_KEY"; }

private:
    CredentialStore *m_keyring;
    AppSettings *m_settings;
    Account m_account;
    // What the keyring holds as far as this process knows; saves that would not change it
    // leave the keyring alone.
    QString m_keyInKeyring;
};
