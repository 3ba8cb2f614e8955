#include "core/account/AccountStore.h"

#include "core/account/AppSettings.h"
#include "core/account/CredentialStore.h"

#include <QPointer>
#include <QProcessEnvironment>
#include <QStandardPaths>

AccountStore::AccountStore(CredentialStore *keyring, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_keyring(keyring)
    , m_settings(settings) {}

QString AccountStore::transferDatabasePath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/videodb-downloads/transfers.sqlite");
}

void AccountStore::load(const Overrides &overrides, std::function<void(const Account &)> done) {
    m_account = Account();
    m_account.config.baseUrl =
        overrides.baseUrl.isEmpty() ? m_settings->baseUrl() : overrides.baseUrl;
    const QString fromEnvironment =
        QProcessEnvironment::systemEnvironment().value(QString::fromLatin1(keyVariable()));
    if (!overrides.apiKey.isEmpty() || !fromEnvironment.isEmpty()) {
        const bool fromFlag = !overrides.apiKey.isEmpty();
        m_account.config.apiKey = fromFlag ? overrides.apiKey : fromEnvironment;
        m_account.keySource = fromFlag ? KeySource::Flag : KeySource::Environment;
        return done(m_account);
    }
    QPointer<AccountStore> self(this);
    m_keyring->readKey([self, done](const CredentialStore::ReadResult &stored) {
        if (!self)
            return;
        Account &account = self->m_account;
        account.keyringAvailable = stored.available;
        account.keyringError = stored.error;
        self->m_keyInKeyring = stored.key;
        if (!stored.key.isEmpty()) {
            account.config.apiKey = stored.key;
            account.keySource = KeySource::Keyring;
        } else if (!self->m_settings->plainTextApiKey().isEmpty()) {
            account.config.apiKey = self->m_settings->plainTextApiKey();
            account.keySource = KeySource::SettingsFile;
        }
        done(account);
    });
}

void AccountStore::save(const Change &change, std::function<void(const QString &)> done) {
    m_settings->setBaseUrl(change.baseUrl);
    m_settings->setRefreshIntervalS(change.refreshIntervalS);
    m_account.config.baseUrl = change.baseUrl;
    const bool keyChanged = change.apiKey != m_account.config.apiKey;
    m_account.config.apiKey = change.apiKey;
    // Plain text only when the user chose it; otherwise no old copy lingers.
    m_settings->setPlainTextApiKey(change.storage == KeyStorage::SettingsFile ? change.apiKey
                                                                              : QString());
    switch (change.storage) {
    case KeyStorage::SettingsFile:
        m_account.keySource = KeySource::SettingsFile;
        return done({});
    case KeyStorage::SessionOnly:
        m_account.keySource = KeySource::Session;
        return done({});
    case KeyStorage::Keyring:
        break;
    }
    const bool fromOutside =
        m_account.keySource == KeySource::Flag || m_account.keySource == KeySource::Environment;
    if ((fromOutside && !keyChanged) || change.apiKey == m_keyInKeyring) {
        if (!fromOutside)
            m_account.keySource = KeySource::Keyring;
        return done({});
    }
    QPointer<AccountStore> self(this);
    const QString key = change.apiKey;
    m_keyring->writeKey(key, [self, key, done](bool ok, const QString &error) {
        if (!self)
            return;
        if (ok) {
            self->m_keyInKeyring = key;
            self->m_account.keySource = KeySource::Keyring;
            return done({});
        }
        self->m_account.keySource = KeySource::Session;
        self->m_account.keyringAvailable = false;
        self->m_account.keyringError = error;
        done(error.isEmpty() ? tr("the keyring refused the key") : error);
    });
}
