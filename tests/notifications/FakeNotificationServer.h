#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

// Plays the desktop's org.freedesktop.Notifications on the test's private session bus, over a
// connection of its own as a separate process would: records every Notify and lets the test
// click a notification's actions.
class FakeNotificationServer final : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Notification {
        uint id = 0;
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;

        QString hint(const QString &name) const;
        // Every text the notification carries, for checks that something never appears.
        QStringList texts() const;
    };

    FakeNotificationServer();
    ~FakeNotificationServer() override;

    // False when the bus is missing or the name is taken (a real desktop's bus).
    bool registerOnBus();
    void unregisterFromBus();
    const QVector<Notification> &received() const { return m_received; }
    void clearReceived() { m_received.clear(); }
    // The user clicks one of a notification's actions; the notification then closes.
    void invokeAction(uint id, const QString &actionKey);

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout);
    QStringList GetCapabilities();
    void CloseNotification(uint id);

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QVector<Notification> m_received;
    uint m_nextId = 0;
};
