#pragma once

#include "core/account/AccountStore.h"
#include "core/api/ApiError.h"
#include "ui/WindowStateStore.h"

#include <QMainWindow>
#include <QTimer>

#include <functional>

class JobFilterProxyModel;
class JobSession;
class ProblemBanner;
class SaveFlow;
class StatusNotifier;
class QAction;
class QLabel;
class QLineEdit;
class QTabBar;
class QTableView;

// The job table with its actions. Acts on job ids taken from the selection, never on rows.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // Demo: the session runs against an in-process emulator until the user enters a key.
    enum class Mode { Account, Demo };

    MainWindow(JobSession *session, AccountStore *account, Mode mode = Mode::Account,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the list, first asking for a key when none is configured.
    void start();
    QStringList selectedIds() const;
    JobFilterProxyModel *proxy() const { return m_proxy; }
    bool isDemo() const { return m_mode == Mode::Demo; }

    // Raises the window and selects this job (clearing a filter that hides it).
    void revealJob(const QString &id);
    void deleteSelected();
    void openCreateDialog(const QString &streamUrl = {});
    // False when the user cancelled or the key could not be used.
    bool openAccountDialog(bool firstRun);

signals:
    // In demo mode, the user entered a real account (already saved).
    void demoLeft();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void moveEvent(QMoveEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QAction *addAction(const QString &objectName, const QString &text, const QKeySequence &shortcut,
                       const std::function<void()> &handler);
    void buildActions();
    void buildLayout();
    void showModeBanner();
    void retrySelected();
    void copySelectedIds();
    void copySelectedUrl();
    void pasteStreamUrl();
    void showContextMenu(const QPoint &position);
    void scheduleActionUpdate();
    void updateActions();
    // The download folder, created when it is the desktop's default; otherwise, when missing
    // or unwritable, the one the user chooses instead (empty if they cancel).
    QString selectedSavedPath() const;
    void updateCounts();
    void showProblem(const ApiError &error);
    void saveWindowState();
    void applyAccount(const AccountStore::Change &change);

    JobSession *m_session;
    AccountStore *m_account;
    Mode m_mode;
    WindowStateStore m_windowState;
    JobFilterProxyModel *m_proxy;
    QTableView *m_table;
    QTabBar *m_statusTabs;
    QLineEdit *m_searchEdit;
    ProblemBanner *m_banner;
    ProblemBanner *m_demoBanner;
    QLabel *m_totalsLabel;
    QLabel *m_demoLabel = nullptr;
    StatusNotifier *m_notifier;
    SaveFlow *m_saveFlow;
    QTimer m_searchDebounce;
    QTimer m_saveDebounce;
    // Selection and data changes arrive in bursts: the actions are re-checked once per turn.
    QTimer m_actionUpdate;
    // A stream link typed before a key existed, offered again by the next New job.
    QString m_pendingStreamUrl;
    QAction *m_refreshAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_copyUrlAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveToAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_cancelTransferAction = nullptr;
    QAction *m_openFileAction = nullptr;
    QAction *m_showInFolderAction = nullptr;
    QAction *m_autoSaveAction = nullptr;
    QAction *m_transferSettingsAction = nullptr;
    ApiError::Kind m_bannerKind = ApiError::Kind::None;
};
