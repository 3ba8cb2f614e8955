#include "core/account/AccountStore.h"
#include "core/account/AppSettings.h"
#include "core/jobs/JobSession.h"
#include "core/transfers/TransferStore.h"
#include "emulator/FileContent.h"
#include "support/AppLaunch.h"
#include "support/InProcessEmulator.h"
#include "support/MemoryCredentialStore.h"
#include "support/TestEnvironment.h"
#include "ui/AppLauncher.h"
#include "ui/CloseGuard.h"
#include "ui/DialogSeam.h"
#include "ui/MainWindow.h"
#include "ui/QuitDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString jobId = u"dl-000001"_s;
const QString fileName = u"Quarterly keynote 0001.mp4"_s;
constexpr qint64 fileSize = 3 * 1000 * 1000;
} // namespace

// The real window, built by AppLauncher as main() does, offscreen against the in-process
// emulator, with the transfer database where the app keeps it (under the hermetic home).
class CloseGuardTest final : public QObject {
    Q_OBJECT

    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<MemoryCredentialStore> m_keyring;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppLauncher> m_launcher;
    std::unique_ptr<QTemporaryDir> m_downloads;
    // What the quit question said and offered, or empty when nothing asked.
    QStringList m_asked;

    void startEmulator(int latencyMs = 0) {
        EmulatorOptions options = InProcessEmulator::seeded(3);
        options.fileSize = fileSize;
        // Slow enough that a save is still running when the window closes.
        options.fileBytesPerSecond = 1000 * 1000;
        options.latencyMs = latencyMs;
        m_emulator = InProcessEmulator::start(options);
    }
    void openApp() {
        m_launcher = std::make_unique<AppLauncher>(m_keyring.get(), m_settings.get());
        QVERIFY(AppLaunch::onEmulator(m_launcher.get(), *m_emulator));
        QSignalSpy loaded(session()->board(), &JobBoard::refreshFinished);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0 || session()->model()->job(jobId), 10000);
    }
    // The app quit and started again on the same settings and transfer database.
    void restartApp() {
        m_launcher.reset();
        openApp();
    }
    JobSession *session() const { return m_launcher->session(); }
    MainWindow *window() const { return m_launcher->window(); }
    TransferProgress progress() const { return session()->transfers()->progress(jobId); }
    QString partPath() const { return m_downloads->filePath(fileName + u".part"_s); }
    void startSaving() {
        session()->saveJobs({jobId}, m_downloads->path());
        QTRY_VERIFY_WITH_TIMEOUT(progress().isRunning() && progress().bytesDone > 0, 10000);
    }
    // Answers the next quit question with button, noting what it said.
    void answerQuitWith(const QString &button, bool remember = false) {
        DialogSeam::setNextHandler([this, button, remember](QDialog &dialog) {
            auto &question = dynamic_cast<QuitDialog &>(dialog);
            for (const QLabel *label : question.findChildren<QLabel *>())
                m_asked.append(label->objectName());
            if (question.findChild<QPushButton *>(u"keepRunningButton"_s))
                m_asked.append(u"keepRunningButton"_s);
            if (question.findChild<QPushButton *>(u"cancelButton"_s)->isDefault())
                m_asked.append(u"cancelIsDefault"_s);
            question.findChild<QCheckBox *>(u"rememberChoice"_s)->setChecked(remember);
            question.findChild<QPushButton *>(button)->click();
            return question.result();
        });
    }

private slots:
    void initTestCase() {
        TestEnvironment::makeHermetic();
        qRegisterMetaType<MainWindow *>();
    }
    void init() {
        QDir(AppSettings::configFolder()).removeRecursively();
        QFile::remove(AccountStore::transferDatabasePath());
        m_keyring = std::make_unique<MemoryCredentialStore>();
        m_settings = std::make_unique<AppSettings>();
        m_downloads = std::make_unique<QTemporaryDir>();
        m_asked.clear();
    }
    void cleanup() {
        DialogSeam::clearHandlers();
        m_launcher.reset();
        m_settings.reset();
        m_keyring.reset();
        m_emulator.reset();
        m_downloads.reset();
    }

    void quitDuringASavePausesItAndTheNextStartResumesIt() {
        startEmulator();
        openApp();
        startSaving();
        answerQuitWith(u"quitButton"_s);
        QVERIFY(window()->close());
        // Offscreen has no tray: keeping the app running is not offered; Cancel is the default.
        QCOMPARE(m_asked, QStringList({u"transfersText"_s, u"cancelIsDefault"_s}));
        QCOMPARE(progress().phase, TransferProgress::Phase::Paused);
        const qint64 kept = QFileInfo(partPath()).size();
        QVERIFY2(kept > 0 && kept < fileSize, qPrintable(QString::number(kept)));
        {
            const TransferStore store(AccountStore::transferDatabasePath());
            const std::optional<TransferRecord> record = store.find(jobId);
            QVERIFY(record);
            QCOMPARE(record->state, TransferRecord::State::Paused);
            QCOMPARE(record->bytesDone, kept);
        }
        // Not remembered unless asked to.
        QCOMPARE(m_settings->closeAction(), AppSettings::CloseAction::Ask);

        restartApp();
        QCOMPARE(progress().phase, TransferProgress::Phase::Paused);
        QCOMPARE(progress().bytesDone, kept);
        session()->transfers()->resume(jobId);
        QTRY_COMPARE_WITH_TIMEOUT(progress().phase, TransferProgress::Phase::Saved, 15000);
        QCOMPARE(TestEnvironment::sha256Of(m_downloads->filePath(fileName)),
                 FileContent(jobId, fileSize).sha256());
        // Only the rest came over the network.
        QCOMPARE(session()->transfers()->bytesReceived(jobId), fileSize - kept);
    }

    // Saves that only waited in line (one at a time here) are remembered by a quit too: the
    // next start shows them paused, and Resume saves them whole.
    void aQuitRemembersSavesStillWaitingInLine() {
        startEmulator();
        openApp();
        session()->transfers()->setMaxConcurrent(1);
        const QString other = u"dl-000003"_s;
        session()->saveJobs({jobId, other}, m_downloads->path());
        // The job whose link the API gives first takes the one slot.
        const auto saving = [this](const QString &id) {
            const TransferProgress progress = session()->transfers()->progress(id);
            return progress.isRunning() && progress.bytesDone > 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(saving(jobId) || saving(other), 10000);
        const QString waiting = saving(jobId) ? other : jobId;
        // The other is in line once its own link lookup has answered.
        QTRY_COMPARE_WITH_TIMEOUT(session()->transfers()->progress(waiting).phase,
                                  TransferProgress::Phase::Waiting, 10000);
        answerQuitWith(u"quitButton"_s);
        QVERIFY(window()->close());

        restartApp();
        QCOMPARE(session()->transfers()->progress(waiting).phase, TransferProgress::Phase::Paused);
        session()->transfers()->resume(waiting);
        QTRY_COMPARE_WITH_TIMEOUT(session()->transfers()->progress(waiting).phase,
                                  TransferProgress::Phase::Saved, 15000);
        const QString saved = session()->transfers()->progress(waiting).savedPath;
        QCOMPARE(TestEnvironment::sha256Of(saved), FileContent(waiting, fileSize).sha256());
    }

    void anyQuitOfTheAppPausesTransfers() {
        startEmulator();
        openApp();
        startSaving();
        // What Ctrl+Q from the tray menu, or a logout, ends in.
        QVERIFY(QMetaObject::invokeMethod(qApp, "aboutToQuit"));
        QCOMPARE(progress().phase, TransferProgress::Phase::Paused);
        const TransferStore store(AccountStore::transferDatabasePath());
        QCOMPARE(store.find(jobId)->state, TransferRecord::State::Paused);
        QCOMPARE(store.find(jobId)->bytesDone, QFileInfo(partPath()).size());
    }

    void cancelKeepsTheWindowAndTheSave() {
        startEmulator();
        openApp();
        startSaving();
        answerQuitWith(u"cancelButton"_s);
        QVERIFY(!window()->close());
        QVERIFY(!m_asked.isEmpty());
        QVERIFY(window()->isVisible());
        const qint64 before = progress().bytesDone;
        QTRY_VERIFY_WITH_TIMEOUT(progress().isRunning() && progress().bytesDone > before, 10000);
    }

    // File → Quit ends the app, not only the window: it asks the same question, and a
    // remembered "keep running in the tray" does not turn it into a close.
    void fileQuitAsksEvenWhenTheTrayWasRemembered() {
        startEmulator();
        openApp();
        startSaving();
        m_settings->setCloseAction(AppSettings::CloseAction::KeepInTray);
        answerQuitWith(u"cancelButton"_s);
        window()->findChild<QAction *>(u"actionQuit"_s)->trigger();
        QVERIFY(!m_asked.isEmpty());
        QVERIFY(!m_asked.contains(u"keepRunningButton"_s));
        QVERIFY(window()->isVisible());
        QVERIFY(progress().isRunning());
    }

    void aRememberedAnswerIsNotAskedAgain() {
        startEmulator();
        openApp();
        startSaving();
        answerQuitWith(u"quitButton"_s, true);
        QVERIFY(window()->close());
        QCOMPARE(m_settings->closeAction(), AppSettings::CloseAction::Quit);
        m_asked.clear();

        restartApp();
        session()->transfers()->resume(jobId);
        QTRY_VERIFY_WITH_TIMEOUT(progress().isRunning(), 10000);
        answerQuitWith(u"cancelButton"_s);
        QVERIFY(window()->close());
        QVERIFY(m_asked.isEmpty());
        QVERIFY(DialogSeam::hasPendingHandlers());
        QCOMPARE(progress().phase, TransferProgress::Phase::Paused);
    }

    void nothingInFlightJustQuits() {
        startEmulator();
        openApp();
        answerQuitWith(u"cancelButton"_s);
        QVERIFY(window()->close());
        QVERIFY(m_asked.isEmpty());
    }

    void deletesInFlightAsk() {
        // Slow answers keep the delete in flight while the window closes.
        startEmulator(2000);
        openApp();
        session()->deleteJobs({u"dl-000002"_s});
        answerQuitWith(u"cancelButton"_s);
        QVERIFY(!window()->close());
        QVERIFY(m_asked.contains(u"deletesText"_s));
        QVERIFY(!m_asked.contains(u"transfersText"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!session()->hasWorkInFlight(), 10000);
    }
};

QTEST_MAIN(CloseGuardTest)
#include "tst_closeguard.moc"
