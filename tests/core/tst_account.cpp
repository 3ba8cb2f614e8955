#include "core/account/AccountStore.h"
#include "core/account/AppSettings.h"
#include "support/MemoryCredentialStore.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// The one account policy: where the key and the server come from, where they are kept.
class AccountTest final : public QObject {
    Q_OBJECT

    static AccountStore::Account loadNow(AccountStore &store,
                                         const AccountStore::Overrides &overrides = {}) {
        AccountStore::Account loaded;
        bool done = false;
        store.load(overrides, [&](const AccountStore::Account &account) {
            loaded = account;
            done = true;
        });
        [&] { QTRY_VERIFY(done); }();
        return loaded;
    }
    static QString saveNow(AccountStore &store, const AccountStore::Change &change) {
        QString error;
        bool done = false;
        store.save(change, [&](const QString &keyringError) {
            error = keyringError;
            done = true;
        });
        [&] { QTRY_VERIFY(done); }();
        return error;
    }
    static int modeOf(const QString &path) {
        struct stat status {};
        return ::stat(QFile::encodeName(path).constData(), &status) == 0
                   ? int(status.st_mode & 0777)
                   : -1;
    }

private slots:
    void initTestCase() { TestEnvironment::makeHermetic(); }
    void init() {
        QDir(AppSettings::configFolder()).removeRecursively();
        qunsetenv(AccountStore::keyVariable());
    }
    void cleanup() { qunsetenv(AccountStore::keyVariable()); }

    void settingsFileIsPrivateWhateverTheUmask() {
        const mode_t before = ::umask(022);
        {
            AppSettings settings;
            settings.setPlainTextApiKey(u"sk-plain"_s);
        }
        ::umask(before);
        const QString folder = AppSettings::configFolder();
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(AppSettings().fileName()), 0600);
        QCOMPARE(AppSettings().plainTextApiKey(), u"sk-plain"_s);
    }

    void keyComesFromFlagThenEnvironmentThenKeyringThenSettingsFile() {
        MemoryCredentialStore keyring;
        AppSettings settings;
        settings.setPlainTextApiKey(u"sk-file"_s);
        AccountStore store(&keyring, &settings);
        QCOMPARE(loadNow(store).config.apiKey, u"sk-file"_s);
        QCOMPARE(loadNow(store).keySource, AccountStore::KeySource::SettingsFile);
        keyring.setStoredKey(u"sk-keyring"_s);
        QCOMPARE(loadNow(store).config.apiKey, u"sk-keyring"_s);
        qputenv(AccountStore::keyVariable(), "sk-environment");
        QCOMPARE(loadNow(store).config.apiKey, u"sk-environment"_s);
        QCOMPARE(loadNow(store).keySource, AccountStore::KeySource::Environment);
        QCOMPARE(loadNow(store, {u"sk-flag"_s, {}}).config.apiKey, u"sk-flag"_s);
    }

    void baseUrlComesFromFlagThenSettingsThenTheDefault() {
        MemoryCredentialStore keyring;
        AppSettings settings;
        AccountStore store(&keyring, &settings);
        QCOMPARE(loadNow(store).config.baseUrl, QUrl(u"https://api.videodb.io"_s));
        settings.setBaseUrl(QUrl(u"http://127.0.0.1:9/"_s));
        QCOMPARE(loadNow(store).config.baseUrl, QUrl(u"http://127.0.0.1:9/"_s));
        QCOMPARE(loadNow(store, {{}, QUrl(u"http://localhost:8/"_s)}).config.baseUrl,
                 QUrl(u"http://localhost:8/"_s));
    }

    void theKeyringIsWrittenOnlyWhenTheKeyChanges() {
        MemoryCredentialStore keyring;
        AppSettings settings;
        AccountStore store(&keyring, &settings);
        loadNow(store);
        AccountStore::Change change{u"sk-one"_s, QUrl(u"http://127.0.0.1:9/"_s), 60,
                                    AccountStore::KeyStorage::Keyring};
        QCOMPARE(saveNow(store, change), QString());
        QCOMPARE(saveNow(store, change), QString());
        QCOMPARE(keyring.writeAttempts(), 1);
        QCOMPARE(keyring.storedKey(), u"sk-one"_s);
        QVERIFY(settings.plainTextApiKey().isEmpty());
        change.apiKey = u"sk-two"_s;
        QCOMPARE(saveNow(store, change), QString());
        QCOMPARE(keyring.writeAttempts(), 2);
    }

    void aRefusingKeyringMakesTheKeyringUnavailable() {
        MemoryCredentialStore keyring;
        keyring.refuseWrites(u"the collection is locked"_s);
        AppSettings settings;
        AccountStore store(&keyring, &settings);
        QVERIFY(loadNow(store).keyringAvailable);
        const AccountStore::Change change{u"sk-one"_s, QUrl(u"http://127.0.0.1:9/"_s), 60,
                                          AccountStore::KeyStorage::Keyring};
        QCOMPARE(saveNow(store, change), u"the collection is locked"_s);
        QVERIFY(!store.account().keyringAvailable);
        QCOMPARE(store.account().keySource, AccountStore::KeySource::Session);
        QCOMPARE(store.account().config.apiKey, u"sk-one"_s);
        QVERIFY(settings.plainTextApiKey().isEmpty());
    }

    void aKeyFromTheEnvironmentIsNotCopiedIntoTheKeyring() {
        qputenv(AccountStore::keyVariable(), "sk-environment");
        MemoryCredentialStore keyring;
        AppSettings settings;
        AccountStore store(&keyring, &settings);
        loadNow(store);
        QCOMPARE(saveNow(store, {u"sk-environment"_s, QUrl(u"http://127.0.0.1:9/"_s), 30,
                                 AccountStore::KeyStorage::Keyring}),
                 QString());
        QCOMPARE(keyring.writeAttempts(), 0);
        QCOMPARE(settings.refreshIntervalS(), 30);
    }
};

QTEST_GUILESS_MAIN(AccountTest)
#include "tst_account.moc"
