#pragma once

#include "core/account/AccountStore.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>

class AppSettings;
class CloseGuard;
class CredentialStore;
class Emulator;
class JobSession;
class MainWindow;

// Decides how the app starts: which account (AccountStore's policy) or, for --demo, an
// in-process emulator, and builds the main window for it.
class AppLauncher final : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool demo = false;
        // What the README's run command uses: demo only when no key is configured anywhere.
        bool demoUnlessConfigured = false;
        QUrl baseUrl;
        QString apiKey;
        int pageSize = 5000;
    };

    AppLauncher(CredentialStore *keyring, AppSettings *settings, QObject *parent = nullptr);
    ~AppLauncher() override;

    void launch(const Options &options);
    // Raises the window (from the tray too) and opens the New job dialog for each stream URL,
    // one after the other; what comes before the window is up waits for it.
    void activate(const QStringList &streamUrls);
    MainWindow *window() const { return m_window.get(); }
    JobSession *session() const { return m_session.get(); }
    CloseGuard *closeGuard() const { return m_closeGuard; }

signals:
    void windowReady(MainWindow *window);
    void failed(const QString &reason);

private:
    void openWindow(const Options &options, const ClientConfig &account);
    bool startDemoServer(ClientConfig *config);
    void leaveDemo(Options options);
    void openNextStreamUrl();

    AccountStore m_account;
    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<JobSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    // A child of the window.
    CloseGuard *m_closeGuard = nullptr;
    QStringList m_pendingStreamUrls;
    QTimer m_nextStreamUrl;
    bool m_openingStreamUrl = false;
};
