#include "core/account/AppSettings.h"
#include "support/AppLaunch.h"
#include "support/InProcessEmulator.h"
#include "support/MemoryCredentialStore.h"
#include "support/TestEnvironment.h"
#include "ui/AppLauncher.h"
#include "ui/CreateJobDialog.h"
#include "ui/DialogSeam.h"
#include "ui/MainWindow.h"
#include "ui/SingleInstance.h"

#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

using namespace Qt::StringLiterals;

// The first instance lives in this process (the SingleInstance server and a real window on
// the in-process emulator); later launches are the real app binary with this process's
// hermetic environment, so they look for the same socket and never find a real running app.
class SingleInstanceTest final : public QObject {
    Q_OBJECT

    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<MemoryCredentialStore> m_keyring;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppLauncher> m_launcher;
    QStringList m_dialogUrls;

    // The app binary is not in Qt's test mode: its configuration folder is the plain one.
    static QString appConfigFolder() {
        return qEnvironmentVariable("XDG_CONFIG_HOME") + u"/videodb-downloads"_s;
    }
    // The running app as main() builds it, on the emulator.
    void startFirstInstance(const QStringList &streamUrls = {}) {
        m_emulator = InProcessEmulator::start(InProcessEmulator::seeded(3));
        m_keyring = std::make_unique<MemoryCredentialStore>();
        m_settings = std::make_unique<AppSettings>();
        m_launcher = std::make_unique<AppLauncher>(m_keyring.get(), m_settings.get());
        QVERIFY(AppLaunch::onEmulator(m_launcher.get(), *m_emulator, streamUrls));
    }
    // Every New job dialog shows its URL here and is cancelled.
    void recordCreateDialogs(int count) {
        for (int i = 0; i < count; ++i)
            DialogSeam::setNextHandler([this](QDialog &dialog) {
                m_dialogUrls.append(static_cast<CreateJobDialog &>(dialog).streamUrl());
                return int(QDialog::Rejected);
            });
    }
    static void waitForExit(QProcess *process, int timeoutMs = 20000) {
        QSignalSpy finished(process, &QProcess::finished);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, timeoutMs);
    }

private slots:
    void initTestCase() {
        TestEnvironment::makeHermetic();
        qRegisterMetaType<MainWindow *>();
    }
    void cleanup() {
        DialogSeam::clearHandlers();
        m_dialogUrls.clear();
        m_launcher.reset();
        m_settings.reset();
        m_keyring.reset();
        m_emulator.reset();
    }

    void aSecondLaunchHandsItsUrlsToTheRunningWindowAndExits() {
        SingleInstance instance(appConfigFolder());
        QCOMPARE(instance.claim({}), SingleInstance::Role::Primary);
        startFirstInstance();
        connect(&instance, &SingleInstance::activated, m_launcher.get(), &AppLauncher::activate);
        m_launcher->window()->showMinimized();
        recordCreateDialogs(2);

        const QStringList urls = {u"https://www.youtube.com/watch?v=first000001"_s,
                                  u"https://www.youtube.com/watch?v=second00002"_s};
        QProcess second;
        second.start(QStringLiteral(VIDEODB_DOWNLOADS_PATH), urls);
        // This process must keep its event loop running to answer: no waitForFinished.
        waitForExit(&second);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        // One dialog after the other, each with its URL.
        QTRY_COMPARE_WITH_TIMEOUT(m_dialogUrls, urls, 10000);
        QVERIFY(!DialogSeam::hasPendingHandlers());
        QVERIFY(m_launcher->window()->isVisible());
        QVERIFY(!m_launcher->window()->isMinimized());
    }

    // The running window keeps its account; a second launch says its options did not apply,
    // naming them but never a key.
    void aSecondLaunchSaysWhichOptionsItCouldNotApply() {
        SingleInstance instance(appConfigFolder());
        QCOMPARE(instance.claim({}), SingleInstance::Role::Primary);
        startFirstInstance();
        connect(&instance, &SingleInstance::activated, m_launcher.get(), &AppLauncher::activate);
        QProcess second;
        second.start(QStringLiteral(VIDEODB_DOWNLOADS_PATH),
                     {u"--demo"_s, u"--api-key"_s, u"sk-second-launch-secret"_s,
                      u"--demo-unless-configured"_s});
        waitForExit(&second);
        QCOMPARE(second.exitCode(), 0);
        const QString said = QString::fromLocal8Bit(second.readAllStandardError());
        QVERIFY2(
            said.contains(u"already running; these options were not applied: --demo, --api-key."_s),
            qPrintable(said));
        QVERIFY(!said.contains(u"sk-second"_s));
    }

    void aFirstLaunchWithAUrlOpensItOnceTheWindowIsUp() {
        recordCreateDialogs(1);
        const QString url = u"https://www.youtube.com/watch?v=first000001"_s;
        startFirstInstance({url});
        QTRY_COMPARE(m_dialogUrls, QStringList{url});
    }

    void aStaleSocketDoesNotStopANewFirstInstance() {
        QTemporaryDir config;
        // What a crashed app leaves: a socket file nobody listens on.
        const QByteArray path = QFile::encodeName(QDir::tempPath() + u'/' +
                                                  SingleInstance::serverNameFor(config.path()));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, path.constData(), sizeof(address.sun_path) - 1);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFile::exists(QFile::decodeName(path)));

        SingleInstance instance(config.path());
        QCOMPARE(instance.claim({}), SingleInstance::Role::Primary);
        QLocalSocket next;
        next.connectToServer(instance.serverName());
        QTRY_COMPARE(next.state(), QLocalSocket::ConnectedState);
    }

    void twoLaunchesAtOnceMakeOneApp() {
        // Both launches find nobody listening and wait for the decision this test holds, as
        // when two start in the same instant; then one becomes the app, the other hands over.
        QDir().mkpath(appConfigFolder());
        QLockFile decision(SingleInstance::decisionLockFor(appConfigFolder()));
        QVERIFY(decision.lock());
        // No key lookup in the keyring and no server: the app that wins just shows its window.
        const QStringList arguments = {u"--api-key"_s, u"sk-test"_s, u"--base-url"_s,
                                       u"http://127.0.0.1:9"_s};
        QProcess first;
        QProcess second;
        QSignalSpy firstEnded(&first, &QProcess::finished);
        QSignalSpy secondEnded(&second, &QProcess::finished);
        first.start(QStringLiteral(VIDEODB_DOWNLOADS_PATH), arguments);
        second.start(QStringLiteral(VIDEODB_DOWNLOADS_PATH), arguments);
        QVERIFY(first.waitForStarted() && second.waitForStarted());
        QTest::qWait(1500);
        QLocalSocket probe;
        probe.connectToServer(SingleInstance::serverNameFor(appConfigFolder()));
        QVERIFY2(!probe.waitForConnected(500), "a launch listened without the decision");
        QCOMPARE(firstEnded.count() + secondEnded.count(), 0);

        decision.unlock();
        QTRY_VERIFY_WITH_TIMEOUT(firstEnded.count() + secondEnded.count() == 1, 20000);
        // Time for the other to open a second window, were it going to end at all.
        QTest::qWait(1000);
        QCOMPARE(firstEnded.count() + secondEnded.count(), 1);
        QProcess &forwarded = firstEnded.count() == 1 ? first : second;
        QProcess &running = firstEnded.count() == 1 ? second : first;
        QVERIFY2(forwarded.exitCode() == 0, forwarded.readAllStandardError().constData());
        QCOMPARE(running.state(), QProcess::Running);
        running.terminate();
        QVERIFY(running.waitForFinished(10000));
    }

    void helpAndVersionNeedNoDisplay() {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            environment.remove(name);
        for (const QString &flag : {u"--help"_s, u"--help-all"_s, u"--version"_s}) {
            QProcess app;
            app.setProcessEnvironment(environment);
            app.start(QStringLiteral(VIDEODB_DOWNLOADS_PATH), {flag});
            QVERIFY(app.waitForFinished(20000));
            const QString output = QString::fromLocal8Bit(app.readAllStandardOutput());
            QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0,
                     app.readAllStandardError().constData());
            QVERIFY2(
                output.contains(flag == u"--version"_s ? u"videodb-downloads "_s : u"[url...]"_s),
                qPrintable(output));
        }
    }
};

QTEST_MAIN(SingleInstanceTest)
#include "tst_singleinstance.moc"
