#include "core/account/AccountStore.h"

#include "core/account/AppSettings.h"
#include "core/account/CredentialStore.h"

#include <QPointer>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimer>

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
    const QUrl savedUrl = m_settings->baseUrl();
    m_account.config.baseUrl = overrides.baseUrl.isEmpty() ? savedUrl : overrides.baseUrl;
    const QString fromEnvironment =
        QProcessEnvironment::systemEnvironment().value(QString::fromLatin1(keyVariable()));
    QPointer<AccountStore> self(this);
    // Always from the event loop, whatever the source, so callers see one behaviour.
    const auto finish = [self, done] {
        QTimer::singleShot(0, self, [self, done] { done(self->m_account); });
    };
    if (!overrides.apiKey.isEmpty() || !fromEnvironment.isEmpty()) {
        const bool fromFlag = !overrides.apiKey.isEmpty();
        m_account.config.apiKey = fromFlag ? overrides.apiKey : fromEnvironment;
        m_account.keySource = fromFlag ? KeySource::Flag : KeySource::Environment;
        return finish();
    }
    // A saved key belongs to the saved server: it never goes to one named on the command line.
    if (m_account.config.baseUrl != savedUrl) {
        m_account.savedKeyWithheld = true;
        return finish();
    }
    m_keyring->readKey([self, finish](const CredentialStore::ReadResult &stored) {
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
        finish();
    });
}

void AccountStore::save(const Change &change, std::function<void(const QString &)> done) {
    m_settings->setBaseUrl(change.baseUrl);
    m_settings->setRefreshIntervalS(change.refreshIntervalS);
    m_account.config.baseUrl = change.baseUrl;
    const bool fromOutside =
        m_account.keySource == KeySource::Flag || m_account.keySource == KeySource::Environment;
    // A key from a flag or VIDEO_DB_API_KEY is never written anywhere, and saving other
    // settings beside it leaves the stored key as it was.
    if (fromOutside && change.apiKey == m_account.config.apiKey)
        return done({});
    m_account.config.apiKey = change.apiKey;
    // Plain text only when the user chose it; otherwise no old copy lingers.
    m_settings->setPlainTextApiKey(change.storage == KeyStorage::SettingsFile ? change.apiKey
                                                                              : QString());
    if (change.storage != KeyStorage::Keyring) {
        m_account.keySource = change.storage == KeyStorage::SettingsFile ? KeySource::SettingsFile
                                                                         : KeySource::Session;
        // Best effort: an older key left in the keyring would win at the next start.
        m_keyring->removeKey();
        m_keyInKeyring.clear();
        return done({});
    }
    if (change.apiKey == m_keyInKeyring) {
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
