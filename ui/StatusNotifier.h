#pragma once

#include "ui/DesktopNotifications.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QVector>

class JobSession;
class QLabel;
class QStatusBar;
class QSystemTrayIcon;
class QWidget;

// Tells the user what the session did: passing messages in the status bar, the running saves'
// totals beside it, and desktop notifications (the tray where the desktop has no notification
// service). Words only; it changes nothing.
class StatusNotifier final : public QObject {
    Q_OBJECT
public:
    StatusNotifier(JobSession *session, QStatusBar *statusBar, QWidget *window);

    // Shown until the list has loaded or failed to.
    void showLoading();
    void showMessage(const QString &text);
    // Off: no desktop notification is sent; the status bar still says everything.
    void setNotificationsEnabled(bool enabled);

    static constexpr int messageTimeoutMs = 15000;
    // Notifications arriving within this window of the first are sent together...
    static constexpr int burstWindowMs = 750;
    // ...each on its own up to this many, or else as one summary.
    static constexpr int maxSeparateNotifications = 3;
    static inline const QString showInFolderAction = QStringLiteral("show-in-folder");

signals:
    // The user clicked a notification about this job; an empty id (a summary of many jobs)
    // asks only for the window.
    void jobActivated(const QString &id);
    // The user chose "Show in folder" on a "file saved" notification.
    void showInFolderRequested(const QString &id);

private:
    enum class Event { JobFinished, JobFailed, FileSaved, SaveFailed, DeletionFinished };
    struct PendingNotification {
        Event event;
        DesktopNotifications::Message message;
    };

    void endLoading();
    QString nameOf(const QString &id) const;
    QStringList deletionSentences(int deleted, int alreadyGone, int failed) const;
    void showDeletionResult(int deleted, int alreadyGone, int failed);
    void notify(Event event, DesktopNotifications::Message message);
    void sendBurst();
    DesktopNotifications::Message summaryOf(const QVector<PendingNotification> &burst) const;
    QString summaryLine(Event event, int count) const;
    QString withoutSecrets(const QString &text) const;
    void showInTray(const DesktopNotifications::Message &message);
    void onActionInvoked(const QString &subject, const QString &actionKey);
    void trackTransfer(const QString &id);
    void updateSavingTotals();

    JobSession *m_session;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    QLabel *m_savingLabel;
    DesktopNotifications *m_desktop;
    QSystemTrayIcon *m_tray = nullptr;
    // Whom a click on the tray's last message is about.
    QString m_traySubject;
    bool m_loading = false;
    bool m_notificationsEnabled = true;
    QVector<PendingNotification> m_burst;
    QTimer m_burstTimer;
    // The jobs whose file is being saved right now: the totals never walk the whole model.
    QSet<QString> m_savingIds;
};
