#include "core/account/AccountStore.h"
#include "core/account/AppSettings.h"
#include "support/MemoryCredentialStore.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
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
        if (!QTest::qWaitFor([&] { return done; }))
            qFatal("the account never loaded");
        return loaded;
    }
    static QString saveNow(AccountStore &store, const AccountStore::Change &change) {
        QString error;
        bool done = false;
        store.save(change, [&](const QString &keyringError) {
            error = keyringError;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }))
            qFatal("the account was never saved");
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

    // An older version, or the user, left the folder and the file readable to others.
    void aLooseFileIsMadePrivateBeforeTheKeyLandsInIt() {
        const QString folder = AppSettings::configFolder();
        const QString file = folder + u"/settings.ini"_s;
        {
            QFile loose(file);
            QVERIFY(loose.open(QIODevice::WriteOnly));
            loose.write("[api]\nrefreshIntervalS=30\n");
        }
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ExeOwner | QFile::ReadOther |
                                                  QFile::ExeOther));
        AppSettings settings;
        settings.setPlainTextApiKey(u"sk-plain"_s);
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(file), 0600);
        QCOMPARE(settings.refreshIntervalS(), 30);
    }

    void theOldReadableSettingsFileIsAdoptedAndRemoved() {
        const QString legacyFolder =
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/VideoDB"_s;
        QVERIFY(QDir().mkpath(legacyFolder));
        const QString legacyPath = legacyFolder + u"/videodb-downloads.ini"_s;
        {
            QSettings legacy(legacyPath, QSettings::IniFormat);
            legacy.setValue(u"api/baseUrl"_s, u"http://127.0.0.1:9/"_s);
            legacy.setValue(u"api/key"_s, u"sk-legacy"_s);
            legacy.setValue(u"window/geometry"_s, QByteArray("x"));
        }
        AppSettings settings;
        QCOMPARE(settings.plainTextApiKey(), u"sk-legacy"_s);
        QCOMPARE(settings.baseUrl(), QUrl(u"http://127.0.0.1:9/"_s));
        QVERIFY(!QFile::exists(legacyPath));
        QCOMPARE(modeOf(settings.fileName()), 0600);
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

    void theSavedKeyIsNeverSentToAnotherServer() {
        MemoryCredentialStore keyring;
        keyring.setStoredKey(u"sk-keyring"_s);
        AppSettings settings;
        settings.setBaseUrl(QUrl(u"http://127.0.0.1:9/"_s));
        AccountStore store(&keyring, &settings);
        const AccountStore::Account elsewhere =
            loadNow(store, {{}, QUrl(u"http://localhost:8/"_s)});
        QVERIFY(elsewhere.config.apiKey.isEmpty());
        QVERIFY(elsewhere.savedKeyWithheld);
        const AccountStore::Account same = loadNow(store, {{}, QUrl(u"http://127.0.0.1:9/"_s)});
        QCOMPARE(same.config.apiKey, u"sk-keyring"_s);
    }

    void choosingTheSettingsFileTakesTheKeyOutOfTheKeyring() {
        MemoryCredentialStore keyring;
        keyring.setStoredKey(u"sk-old"_s);
        AppSettings settings;
        AccountStore store(&keyring, &settings);
        loadNow(store);
        QCOMPARE(saveNow(store, {u"sk-new"_s, QUrl(u"http://127.0.0.1:9/"_s), 60,
                                 AccountStore::KeyStorage::SettingsFile}),
                 QString());
        QVERIFY(keyring.storedKey().isEmpty());
        QCOMPARE(loadNow(store).config.apiKey, u"sk-new"_s);
        QCOMPARE(saveNow(store, {u"sk-new"_s, QUrl(u"http://127.0.0.1:9/"_s), 60,
                                 AccountStore::KeyStorage::SessionOnly}),
                 QString());
        QVERIFY(settings.plainTextApiKey().isEmpty());
    }

    void savingBesideAnOutsideKeyKeepsTheStoredOne() {
        MemoryCredentialStore keyring;
        AppSettings settings;
        settings.setPlainTextApiKey(u"sk-file"_s);
        qputenv(AccountStore::keyVariable(), "sk-environment");
        AccountStore store(&keyring, &settings);
        loadNow(store);
        QCOMPARE(saveNow(store, {u"sk-environment"_s, QUrl(u"http://127.0.0.1:9/"_s), 45,
                                 AccountStore::KeyStorage::Keyring}),
                 QString());
        QCOMPARE(settings.plainTextApiKey(), u"sk-file"_s);
        QCOMPARE(settings.refreshIntervalS(), 45);
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
