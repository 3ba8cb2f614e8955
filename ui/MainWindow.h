#pragma once

#include "core/account/AccountStore.h"
#include "core/api/ApiError.h"
#include "ui/WindowStateStore.h"

#include <QMainWindow>
#include <QTimer>

class JobDetailsPane;
class JobTransfers;
class JobFilterProxyModel;
class JobSession;
class ListHint;
class ProblemBanner;
class SaveFlow;
class StatusNotifier;
struct TransferProgress;
class WindowActions;
class QLabel;
class QLineEdit;
class QMenu;
class QTabBar;
class QTableView;

// The job table with its menus. Acts on job ids taken from the visible selection, never on
// rows.
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
    // The selected jobs the filter shows: a row a tab or search hides is never acted on.
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
    // File → Quit: the app, not only this window, is asked to end.
    void quitRequested();
    // The window should come back from the tray or from being minimised.
    void restoreRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void moveEvent(QMoveEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void connectActions();
    void buildLayout();
    void buildColumnsMenu();
    void showModeBanner();
    void applyDemoLabelColours();
    void openShortcuts();
    void selectJob(const QString &id);
    void clearSearch();
    // Selects the row at this place (or the last one) when nothing is selected, so the
    // keyboard's next command has a job to act on.
    void selectRowIfNone(int row);
    void retrySelected();
    // Calls act for every selected job and returns for how many the transfer applied, as
    // applies said before acting.
    int actOnSelectedTransfers(bool (TransferProgress::*applies)() const,
                               void (JobTransfers::*act)(const QString &));
    void copySelectedIds();
    void copySelectedUrl();
    void pasteStreamUrl();
    void runDefaultAction(const QModelIndex &index);
    void showContextMenu(const QPoint &position);
    void scheduleActionUpdate();
    void updateActions();
    QString selectedSavedPath() const;
    void updateCounts();
    void updateListHint();
    void showProblem(const ApiError &error);
    void saveWindowState();
    void applyAccount(const AccountStore::Change &change);

    JobSession *m_session;
    AccountStore *m_account;
    Mode m_mode;
    WindowStateStore m_windowState;
    WindowActions *m_actions;
    JobFilterProxyModel *m_proxy;
    QTableView *m_table;
    ListHint *m_listHint;
    JobDetailsPane *m_detailsPane;
    QTabBar *m_statusTabs;
    QLineEdit *m_searchEdit;
    ProblemBanner *m_banner;
    ProblemBanner *m_demoBanner;
    QLabel *m_totalsLabel;
    QLabel *m_demoLabel = nullptr;
    QMenu *m_columnsMenu;
    StatusNotifier *m_notifier;
    SaveFlow *m_saveFlow;
    QTimer m_searchDebounce;
    QTimer m_saveDebounce;
    // Selection and data changes arrive in bursts: the actions are re-checked once per turn.
    QTimer m_actionUpdate;
    QTimer m_countUpdate;
    // A stream link typed before a key existed, offered again by the next New job.
    QString m_pendingStreamUrl;
    // A job this window created, selected as soon as a listing shows it.
    QString m_createdJobToSelect;
    // Where the first of the jobs being deleted stood, so the row after it is selected next.
    int m_rowAfterDeletion = -1;
    ApiError::Kind m_bannerKind = ApiError::Kind::None;
};
