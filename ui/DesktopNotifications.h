#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QStringList>

// The desktop's notification service (org.freedesktop.Notifications) over the session bus.
// Knows nothing of jobs: each message carries an opaque subject that comes back with the
// action the user picks. When the service is absent, it says so instead of showing anything,
// so the caller can fall back to the tray.
class DesktopNotifications final : public QObject {
    Q_OBJECT
public:
    struct Message {
        QString summary;
        QString body;
        // Pairs of action key and label, as the specification lays them out. The key
        // defaultAction is a click on the notification itself.
        QStringList actions;
        // A category from the specification ("transfer.complete"); empty for none.
        QString category;
        // Handed back with the chosen action.
        QString subject;
    };

    static inline const QString defaultAction = QStringLiteral("default");

    explicit DesktopNotifications(QObject *parent = nullptr);

    // Sends it asynchronously; unavailable(message) follows when it could not be shown.
    void show(const Message &message);

signals:
    void actionInvoked(const QString &subject, const QString &actionKey);
    // No session bus, or no notification service on it: nothing was shown.
    void unavailable(const DesktopNotifications::Message &message);

private slots:
    // Slots by name: QDBusConnection::connect takes no function pointers.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    // Notifications of ours still on screen, by the id the service gave them. The service's
    // signals reach every client, so ids not in here belong to other applications.
    QHash<uint, QString> m_subjects;
};
