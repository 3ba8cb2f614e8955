#include "ui/AppLauncher.h"

#include "core/account/AppSettings.h"
#include "core/jobs/JobSession.h"
#include "emulator/Emulator.h"
#include "ui/CloseGuard.h"
#include "ui/MainWindow.h"

#include <QApplication>

namespace {
constexpr int demoJobCount = 48;
constexpr qint64 demoProcessingMs = 6000;
// How often a waiting stream URL looks again whether another dialog has closed.
constexpr int modalRecheckMs = 250;
} // namespace

AppLauncher::AppLauncher(CredentialStore *keyring, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_account(keyring, settings) {
    m_nextStreamUrl.setSingleShot(true);
    connect(&m_nextStreamUrl, &QTimer::timeout, this, &AppLauncher::openNextStreamUrl);
}

AppLauncher::~AppLauncher() {
    // The window uses the session, the session talks to the emulator: tear down in that order.
    m_window.reset();
    m_session.reset();
    m_emulator.reset();
}

void AppLauncher::launch(const Options &options) {
    // Loaded in demo mode too: leaving the demo for a real account starts from what is saved.
    m_account.load(
        {options.apiKey, options.baseUrl}, [this, options](const AccountStore::Account &account) {
            Options resolved = options;
            resolved.demo =
                options.demo || (account.config.apiKey.isEmpty() && options.demoUnlessConfigured);
            openWindow(resolved, account.config);
        });
}

bool AppLauncher::startDemoServer(ClientConfig *config) {
    EmulatorOptions demo;
    demo.seed = demoJobCount;
    demo.processingMs = demoProcessingMs;
    // Slow enough that a demo shows progress, pause and resume.
    demo.fileSize = 64 * 1024 * 1024;
    demo.fileBytesPerSecond = 8 * 1024 * 1024;
    m_emulator = std::make_unique<Emulator>(demo);
    if (!m_emulator->start()) {
        emit failed(tr("The demo server could not start: %1").arg(m_emulator->errorString()));
        return false;
    }
    config->baseUrl = m_emulator->apiUrl();
    config->apiKey = demo.apiKey;
    return true;
}

void AppLauncher::openWindow(const Options &options, const ClientConfig &account) {
    ClientConfig config = account;
    if (options.demo && !startDemoServer(&config))
        return;
    config.pageSize = options.pageSize;
    // The demo's server vanishes with the app, so its transfers are not worth remembering.
    m_session = std::make_unique<JobSession>(
        config, options.demo ? QString() : AccountStore::transferDatabasePath());
    m_session->board()->setRefreshIntervalMs(m_account.settings()->refreshIntervalS() * 1000);
    if (options.demo)
        m_session->board()->setPollIntervalMs(1500);
    m_window = std::make_unique<MainWindow>(m_session.get(), &m_account,
                                            options.demo ? MainWindow::Mode::Demo
                                                         : MainWindow::Mode::Account);
    m_closeGuard = new CloseGuard(m_window.get(), m_session.get(), m_account.settings());
    connect(m_window.get(), &MainWindow::quitRequested, m_closeGuard, &CloseGuard::quit);
    connect(m_window.get(), &MainWindow::restoreRequested, m_closeGuard, &CloseGuard::showWindow);
    connect(m_window.get(), &MainWindow::demoLeft, this, [this, options] { leaveDemo(options); });
    emit windowReady(m_window.get());
    // After the window's own first questions (a missing key), which windowReady may ask.
    if (!m_pendingStreamUrls.isEmpty())
        m_nextStreamUrl.start(0);
}

void AppLauncher::activate(const QStringList &streamUrls) {
    m_pendingStreamUrls.append(streamUrls);
    if (!m_window)
        return;
    m_closeGuard->showWindow();
    // Not from inside the caller: a dialog opened here would run its event loop in there.
    if (!m_pendingStreamUrls.isEmpty() && !m_openingStreamUrl)
        m_nextStreamUrl.start(0);
}

void AppLauncher::openNextStreamUrl() {
    if (!m_window || m_pendingStreamUrls.isEmpty() || m_openingStreamUrl)
        return;
    // Another dialog is open (an account question, a delete confirmation): one at a time.
    if (QApplication::activeModalWidget()) {
        m_nextStreamUrl.start(modalRecheckMs);
        return;
    }
    m_openingStreamUrl = true;
    m_window->openCreateDialog(m_pendingStreamUrls.takeFirst());
    m_openingStreamUrl = false;
    if (!m_pendingStreamUrls.isEmpty())
        m_nextStreamUrl.start(0);
}

void AppLauncher::leaveDemo(Options options) {
    // Called from inside the demo window: it, its session and the demo server go once the
    // event loop is back, in that order.
    m_window->hide();
    m_closeGuard = nullptr;
    m_window.release()->deleteLater();
    m_session.release()->deleteLater();
    m_emulator.release()->deleteLater();
    options.demo = false;
    options.demoUnlessConfigured = false;
    openWindow(options, m_account.account().config);
}
