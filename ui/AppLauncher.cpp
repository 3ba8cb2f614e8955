#include "ui/AppLauncher.h"

#include "core/account/AppSettings.h"
#include "core/account/CredentialStore.h"
#include "core/jobs/JobBoard.h"
#include "emulator/Emulator.h"
#include "ui/MainWindow.h"

#include <QProcessEnvironment>
#include <QStandardPaths>

namespace {
constexpr int demoJobCount = 48;
constexpr qint64 demoProcessingMs = 6000;
} // namespace

AppLauncher::AppLauncher(CredentialStore *store, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings) {}

AppLauncher::~AppLauncher() {
    // The window uses the board, the board talks to the emulator: tear down in that order.
    m_window.reset();
    m_board.reset();
    m_emulator.reset();
}

void AppLauncher::launch(const Options &options) {
    if (options.demo)
        return openWindow(options, {}, true);
    QString key = options.apiKey;
    if (key.isEmpty())
        key = QProcessEnvironment::systemEnvironment().value(QStringLiteral("VIDEO_DB_API_KEY"));
    if (!key.isEmpty())
        return openWindow(options, key, true);
    m_store->readKey([this, options](const CredentialStore::ReadResult &stored) {
        QString found = stored.key;
        if (found.isEmpty() && m_settings)
            found = m_settings->plainTextApiKey();
        Options resolved = options;
        resolved.demo = found.isEmpty() && options.demoUnlessConfigured;
        openWindow(resolved, found, stored.available);
    });
}

void AppLauncher::openWindow(const Options &options, const QString &key, bool keyringAvailable) {
    ClientConfig config;
    config.pageSize = options.pageSize;
    if (options.demo) {
        EmulatorOptions demo;
        demo.seed = demoJobCount;
        demo.processingMs = demoProcessingMs;
        // Slow enough that a demo shows progress, pause and resume.
        demo.fileSize = 64 * 1024 * 1024;
        demo.fileBytesPerSecond = 8 * 1024 * 1024;
        m_emulator = std::make_unique<Emulator>(demo);
        if (!m_emulator->start()) {
            emit failed(tr("The demo server could not start: %1").arg(m_emulator->errorString()));
            return;
        }
        config.baseUrl = m_emulator->apiUrl();
        config.apiKey = demo.apiKey;
    } else {
        config.baseUrl =
            options.baseUrl.isEmpty() && m_settings ? m_settings->baseUrl() : options.baseUrl;
        config.apiKey = key;
    }
    // The demo's server vanishes with the app, so its transfers are not worth remembering.
    const QString transferDatabase =
        options.demo ? QString()
                     : QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                           QStringLiteral("/videodb-downloads/transfers.sqlite");
    m_board = std::make_unique<JobBoard>(config, transferDatabase);
    if (m_settings)
        m_board->setRefreshIntervalMs(m_settings->refreshIntervalS() * 1000);
    if (options.demo)
        m_board->setPollIntervalMs(1500);
    MainWindow::Account account{m_store, keyringAvailable, m_settings, options.demo};
    m_window = std::make_unique<MainWindow>(m_board.get(), account);
    emit windowReady(m_window.get());
}
