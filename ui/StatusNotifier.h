#pragma once

#include <QObject>

class JobSession;
class QStatusBar;
class QSystemTrayIcon;
class QWidget;

// Tells the user what the session did: passing messages in the status bar, and a tray
// notification for a saved file where a tray exists. Words only; it changes nothing.
class StatusNotifier final : public QObject {
    Q_OBJECT
public:
    StatusNotifier(JobSession *session, QStatusBar *statusBar, QWidget *window);

    // Shown until the list has loaded or failed to.
    void showLoading();
    void showMessage(const QString &text);

    static constexpr int messageTimeoutMs = 15000;

signals:
    // The user clicked a notification about this job.
    void jobActivated(const QString &id);
    // The user chose "Show in folder" on a "file saved" notification.
    void showInFolderRequested(const QString &id);

private:
    void endLoading();
    QString nameOf(const QString &id) const;
    void showDeletionResult(int deleted, int alreadyGone, int failed);
    void notifySaved(const QString &name);

    JobSession *m_session;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_loading = false;
};
