#pragma once

#include <QObject>
#include <QUrl>

#include <memory>

class AppSettings;
class CredentialStore;
class Emulator;
class JobBoard;
class MainWindow;

// Decides how the app starts: which key (flag, then VIDEO_DB_API_KEY, then the keyring, then
// the settings file), which server (the given one, or an in-process emulator for --demo), and
// builds the main window for it.
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

    AppLauncher(CredentialStore *store, AppSettings *settings, QObject *parent = nullptr);
    ~AppLauncher() override;

    void launch(const Options &options);
    MainWindow *window() const { return m_window.get(); }
    JobBoard *board() const { return m_board.get(); }

signals:
    void windowReady(MainWindow *window);
    void failed(const QString &reason);

private:
    void openWindow(const Options &options, const QString &key, bool keyringAvailable);

    CredentialStore *m_store;
    AppSettings *m_settings;
    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<JobBoard> m_board;
    std::unique_ptr<MainWindow> m_window;
};
