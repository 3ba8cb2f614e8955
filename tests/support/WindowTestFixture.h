#pragma once

#include "core/account/AccountStore.h"
#include "core/account/AppSettings.h"
#include "core/jobs/JobSession.h"
#include "emulator/Emulator.h"
#include "emulator/EmulatorOptions.h"
#include "support/MemoryCredentialStore.h"
#include "ui/MainWindow.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QAction;
class QTableView;

// The real main window, offscreen, against the in-process emulator over loopback HTTP, with a
// keyring in memory: the set-up the window's tests share. Test classes derive from it.
class WindowTestFixture : public QObject {
    Q_OBJECT
protected:
    // Jobs stay processing for ten minutes unless options say otherwise.
    void startEmulator(int seed, EmulatorOptions options = {});
    // Opens the window on a new emulator and waits for the first full list.
    void openWindow(int seed, EmulatorOptions options = {}, int pageSize = 5000,
                    const QString &key = QStringLiteral("sk-demo"));
    // A new session and window on this config, over the fixture's account and emulator.
    void showWindow(const ClientConfig &config);
    // Everything down, the emulator last.
    void closeAll();

    // Triggers the window's action once it applies (actions are re-checked once a turn).
    void trigger(const char *actionName);
    QAction *action(const char *name) const;
    QTableView *table() const;
    // Selects exactly these jobs' rows.
    void select(const QStringList &ids);
    QStringList visibleIds() const;

    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<JobSession> m_session;
    std::unique_ptr<AccountStore> m_account;
    std::unique_ptr<MainWindow> m_window;
    // Where the session remembers transfers; empty keeps them in memory.
    QString m_transferDatabase;
};
