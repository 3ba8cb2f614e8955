#pragma once

#include "core/api/ApiError.h"
#include "ui/AccountDialog.h"

#include <QMainWindow>
#include <QTimer>

#include <functional>

class AppSettings;
class CredentialStore;
class JobBoard;
class JobFilterProxyModel;
class ProblemBanner;
class QAction;
class QLabel;
class QLineEdit;
class QTabBar;
class QSystemTrayIcon;
class QTableView;

// The job table with its actions. Acts on job ids taken from the selection, never on rows.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    struct Account {
        CredentialStore *store = nullptr;
        bool keyringAvailable = true;
        AppSettings *settings = nullptr;
        bool demo = false;
    };

    MainWindow(JobBoard *board, const Account &account, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the list, first asking for a key when none is configured.
    void start();
    QStringList selectedIds() const;
    JobFilterProxyModel *proxy() const { return m_proxy; }

    void deleteSelected();
    void openCreateDialog(const QString &streamUrl = {});
    void openAccountDialog(bool firstRun);

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
    void retrySelected();
    void copySelectedIds();
    void copySelectedUrl();
    void pasteStreamUrl();
    void showContextMenu(const QPoint &position);
    void updateActions();
    QString downloadFolder() const;
    QString chooseFolder();
    void saveSelected(const QString &folder);
    QString selectedSavedPath() const;
    void updateCounts();
    void showProblem(const ApiError &error);
    void saveWindowState();
    void applyAccount(const AccountDialog::Values &values);

    JobBoard *m_board;
    Account m_account;
    JobFilterProxyModel *m_proxy;
    QTableView *m_table;
    QTabBar *m_statusTabs;
    QLineEdit *m_searchEdit;
    ProblemBanner *m_banner;
    QLabel *m_totalsLabel;
    QTimer m_searchDebounce;
    QTimer m_saveDebounce;
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
    QSystemTrayIcon *m_tray = nullptr;
    ApiError::Kind m_bannerKind = ApiError::Kind::None;
};
