#include "core/account/AppSettings.h"
#include "core/jobs/JobBoard.h"
#include "core/jobs/JobSession.h"
#include "emulator/ApiServer.h"
#include "emulator/Emulator.h"
#include "support/MemoryCredentialStore.h"
#include "support/TestEnvironment.h"
#include "ui/AppLauncher.h"
#include "ui/DeleteConfirmationDialog.h"
#include "ui/DialogSeam.h"
#include "ui/JobFilterProxyModel.h"
#include "ui/MainWindow.h"
#include "ui/ProblemBanner.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// The account as a new user meets it: demo mode, the first key, a keyring that will not
// keep it, a job created before any key exists, and a switch to another server. The real
// window, offscreen, through AppLauncher; dialogs answered through DialogSeam.
class AccountFlowTest final : public QObject {
    Q_OBJECT

    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<MemoryCredentialStore> m_keyring;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppLauncher> m_launcher;

    // Not the emulator's default key: a key the test typed is never the demo's by accident.
    static QString userKey() { return u"sk-user"_s; }

    void startEmulator(int seed) {
        EmulatorOptions options;
        options.seed = seed;
        options.apiKey = userKey();
        options.processingMs = 10 * 60 * 1000;
        m_emulator = std::make_unique<Emulator>(options);
        QVERIFY(m_emulator->start());
    }
    MainWindow *launch(AppLauncher::Options options = {}) {
        m_launcher = std::make_unique<AppLauncher>(m_keyring.get(), m_settings.get());
        QSignalSpy ready(m_launcher.get(), &AppLauncher::windowReady);
        m_launcher->launch(options);
        if (!QTest::qWaitFor([&] { return ready.count() == 1; }))
            qFatal("the window never opened");
        m_launcher->window()->show();
        return m_launcher->window();
    }
    static int answer(QDialog &dialog, const QString &key, const QUrl &url = {}) {
        dialog.findChild<QLineEdit *>(u"apiKeyEdit"_s)->setText(key);
        if (!url.isEmpty())
            dialog.findChild<QLineEdit *>(u"baseUrlEdit"_s)->setText(url.toString());
        dialog.accept();
        return dialog.result();
    }
    static void trigger(MainWindow *window, const QString &name) {
        auto *action = window->findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QTRY_VERIFY2(action->isEnabled(), qPrintable(name));
        action->trigger();
    }

private slots:
    void initTestCase() { TestEnvironment::makeHermetic(); }
    void init() {
        QDir(AppSettings::configFolder()).removeRecursively();
        m_keyring = std::make_unique<MemoryCredentialStore>();
        m_settings = std::make_unique<AppSettings>();
    }
    void cleanup() {
        QVERIFY(!DialogSeam::hasPendingHandlers());
        DialogSeam::clearHandlers();
        m_launcher.reset();
        m_emulator.reset();
    }

    void demoSaysSoAndNeverLeaksItsAddress() {
        AppLauncher::Options options;
        options.demoUnlessConfigured = true;
        MainWindow *window = launch(options);
        window->start();
        QVERIFY(window->isDemo());
        auto *banner = window->findChild<ProblemBanner *>(u"demoBanner"_s);
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains(u"demo"_s));
        QCOMPARE(banner->findChild<QPushButton *>(u"problemAction"_s)->text(),
                 u"Enter your API &key…"_s);
        QTRY_VERIFY(window->proxy()->rowCount() >= 40);
        const QUrl demoUrl = m_launcher->session()->config().baseUrl;

        startEmulator(3);
        QString offeredUrl;
        DialogSeam::setNextHandler([&](QDialog &dialog) {
            offeredUrl = dialog.findChild<QLineEdit *>(u"baseUrlEdit"_s)->text();
            return answer(dialog, userKey(), m_emulator->apiUrl());
        });
        QSignalSpy reopened(m_launcher.get(), &AppLauncher::windowReady);
        banner->findChild<QPushButton *>(u"problemAction"_s)->click();
        QCOMPARE(offeredUrl, u"https://api.videodb.io"_s);
        // The real account gets a window, a session and a transfer history of its own.
        QCOMPARE(reopened.count(), 1);
        QPointer<MainWindow> demoWindow(window);
        window = m_launcher->window();
        QVERIFY(window != demoWindow);
        QTRY_VERIFY(!demoWindow);
        window->show();
        window->start();
        QVERIFY(!window->isDemo());
        QVERIFY(!window->findChild<ProblemBanner *>(u"demoBanner"_s)->isVisible());
        QVERIFY(!window->findChild<QLabel *>(u"demoLabel"_s));
        QCOMPARE(window->windowTitle(), u"VideoDB Downloads"_s);
        QTRY_COMPARE(window->proxy()->rowCount(), 3);
        QCOMPARE(m_launcher->session()->config().baseUrl, m_emulator->apiUrl());
        QCOMPARE(AppSettings().baseUrl(), m_emulator->apiUrl());
        QVERIFY(AppSettings().baseUrl() != demoUrl);
        QCOMPARE(m_keyring->storedKey(), userKey());
    }

    void aKeyringThatRefusesTheKeyOffersTheSettingsFile() {
        startEmulator(2);
        m_settings->setBaseUrl(m_emulator->apiUrl());
        m_keyring->refuseWrites(u"the collection is locked"_s);
        MainWindow *window = launch();
        bool firstOfferedFile = true;
        QString reason;
        QString location;
        DialogSeam::setNextHandler([&](QDialog &dialog) {
            firstOfferedFile = dialog.findChild<QRadioButton *>(u"settingsFileRadio"_s);
            return answer(dialog, userKey());
        });
        DialogSeam::setNextHandler([&](QDialog &dialog) {
            reason = dialog.findChild<QLabel *>(u"keyringProblem"_s)->text();
            dialog.findChild<QRadioButton *>(u"settingsFileRadio"_s)->setChecked(true);
            location = dialog.findChild<QLabel *>(u"keyLocation"_s)->text();
            dialog.accept();
            return dialog.result();
        });
        window->start();
        QVERIFY(!firstOfferedFile);
        QTRY_VERIFY(!DialogSeam::hasPendingHandlers());
        QVERIFY(reason.contains(u"the collection is locked"_s));
        QVERIFY2(location.contains(AppSettings().fileName()), qPrintable(location));
        QCOMPARE(AppSettings().plainTextApiKey(), userKey());
        QTRY_COMPARE(window->proxy()->rowCount(), 2);

        // Saving again does not try the keyring again, nor repeat its error.
        DialogSeam::setNextHandler([](QDialog &dialog) {
            dialog.accept();
            return dialog.result();
        });
        trigger(window, u"actionSettings"_s);
        QTest::qWait(50);
        QCOMPARE(m_keyring->writeAttempts(), 1);
        QVERIFY(!window->statusBar()->currentMessage().contains(u"keyring"_s));
        QCOMPARE(AppSettings().plainTextApiKey(), userKey());
    }

    // QtKeychain's bare "Unknown error" (no keyring service answers at all) would only repeat
    // the group's title: no detail line then.
    void aKeyringThatSaysNothingMoreGetsNoDetailLine() {
        startEmulator(2);
        m_settings->setBaseUrl(m_emulator->apiUrl());
        m_keyring->refuseWrites(u"Unknown error"_s);
        MainWindow *window = launch();
        bool detailShown = true;
        DialogSeam::setNextHandler([&](QDialog &dialog) { return answer(dialog, userKey()); });
        DialogSeam::setNextHandler([&](QDialog &dialog) {
            // Asked again, now with the other places to keep the key.
            detailShown = !dialog.findChild<QRadioButton *>(u"settingsFileRadio"_s) ||
                          dialog.findChild<QLabel *>(u"keyringProblem"_s);
            dialog.reject();
            return dialog.result();
        });
        window->start();
        QTRY_VERIFY(!DialogSeam::hasPendingHandlers());
        QVERIFY(!detailShown);
    }

    void aJobCreatedBeforeAnyKeyIsNotLost() {
        startEmulator(2);
        m_settings->setBaseUrl(m_emulator->apiUrl());
        MainWindow *window = launch();
        DialogSeam::setNextHandler([](QDialog &dialog) {
            dialog.reject();
            return dialog.result();
        });
        window->start();
        const QString link = u"https://stream.videodb.io/v/keynote.m3u8"_s;
        DialogSeam::setNextHandler([&](QDialog &dialog) {
            dialog.findChild<QLineEdit *>(u"streamUrlEdit"_s)->setText(link);
            dialog.accept();
            return dialog.result();
        });
        QString accountTitle;
        DialogSeam::setNextHandler([&](QDialog &dialog) {
            accountTitle = dialog.windowTitle();
            dialog.reject();
            return dialog.result();
        });
        window->openCreateDialog();
        QCOMPARE(accountTitle, u"Connect to VideoDB"_s);
        QVERIFY(window->statusBar()->currentMessage().contains(u"enter your API key first"_s));
        auto *banner = window->findChild<ProblemBanner *>(u"problemBanner"_s);
        QVERIFY(!banner->text().contains(u"did not accept"_s));
        QCOMPARE(m_emulator->jobs().size(), 2);

        // The next New job offers the link again; with a key it is created.
        QString offered;
        DialogSeam::setNextHandler([&](QDialog &dialog) {
            offered = dialog.findChild<QLineEdit *>(u"streamUrlEdit"_s)->text();
            dialog.accept();
            return dialog.result();
        });
        DialogSeam::setNextHandler([](QDialog &dialog) { return answer(dialog, userKey()); });
        window->openCreateDialog();
        QCOMPARE(offered, link);
        QTRY_COMPARE(m_emulator->jobs().size(), 3);
    }

    void anotherServerLeavesNoOldMessages() {
        startEmulator(3);
        m_settings->setBaseUrl(m_emulator->apiUrl());
        m_keyring->setStoredKey(userKey());
        MainWindow *window = launch();
        QSignalSpy listed(m_launcher->session()->board(), &JobBoard::refreshFinished);
        window->start();
        // Every page is in, so the failure injected below meets the delete, not page 1.
        QVERIFY(listed.wait());
        QTRY_COMPARE(window->proxy()->rowCount(), 3);
        auto *table = window->findChild<QTableView *>(u"jobTable"_s);
        table->selectRow(0);
        const QString id = window->selectedIds().constFirst();
        m_emulator->apiServer().failNextRequests(1, 500);
        DialogSeam::setNextHandler([](QDialog &dialog) {
            static_cast<DeleteConfirmationDialog &>(dialog).deleteButton()->click();
            return dialog.result();
        });
        trigger(window, u"actionDelete"_s);
        JobListModel *model = m_launcher->session()->model();
        const auto message = [&] {
            const int row = model->rowOf(id);
            return row < 0 ? QString()
                           : window->proxy()
                                 ->mapFromSource(model->index(row, JobListModel::MessageColumn))
                                 .data()
                                 .toString();
        };
        QTRY_VERIFY(message().contains(u"Delete failed"_s));

        // The same emulator under another name is another server as far as the app knows.
        QUrl other = m_emulator->apiUrl();
        other.setHost(u"localhost"_s);
        DialogSeam::setNextHandler(
            [&](QDialog &dialog) { return answer(dialog, userKey(), other); });
        trigger(window, u"actionSettings"_s);
        QTRY_COMPARE(window->proxy()->rowCount(), 3);
        QCOMPARE(m_launcher->session()->config().baseUrl, other);
        QCOMPARE(message(), QString());
    }
};

QTEST_MAIN(AccountFlowTest)
#include "tst_accountflow.moc"
