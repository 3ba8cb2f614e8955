#include "FakeNotificationServer.h"

#include <QDBusVariant>

using namespace Qt::StringLiterals;

namespace {

const QString service = u"org.freedesktop.Notifications"_s;
const QString objectPath = u"/org/freedesktop/Notifications"_s;
const QString connectionName = u"fake-notification-server"_s;
// The specification's reasons for NotificationClosed.
constexpr uint closedByUser = 2;
constexpr uint closedByCall = 3;

} // namespace

QString FakeNotificationServer::Notification::hint(const QString &name) const {
    const QVariant value = hints.value(name);
    return value.canConvert<QDBusVariant>() ? value.value<QDBusVariant>().variant().toString()
                                            : value.toString();
}

QStringList FakeNotificationServer::Notification::texts() const {
    QStringList all{appName, appIcon, summary, body};
    all += actions;
    for (auto it = hints.constBegin(); it != hints.constEnd(); ++it)
        all << it.key() << hint(it.key());
    return all;
}

FakeNotificationServer::FakeNotificationServer()
    : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName)) {}

FakeNotificationServer::~FakeNotificationServer() {
    unregisterFromBus();
    QDBusConnection::disconnectFromBus(connectionName);
}

bool FakeNotificationServer::registerOnBus() {
    return m_bus.isConnected() &&
           m_bus.registerObject(objectPath, this,
                                QDBusConnection::ExportAllSlots |
                                    QDBusConnection::ExportAllSignals) &&
           m_bus.registerService(service);
}

void FakeNotificationServer::unregisterFromBus() {
    m_bus.unregisterService(service);
    m_bus.unregisterObject(objectPath);
}

void FakeNotificationServer::invokeAction(uint id, const QString &actionKey) {
    emit ActionInvoked(id, actionKey);
    emit NotificationClosed(id, closedByUser);
}

uint FakeNotificationServer::Notify(const QString &appName, uint replacesId, const QString &appIcon,
                                    const QString &summary, const QString &body,
                                    const QStringList &actions, const QVariantMap &hints,
                                    int expireTimeout) {
    Notification notification;
    notification.id = replacesId != 0 ? replacesId : ++m_nextId;
    notification.appName = appName;
    notification.replacesId = replacesId;
    notification.appIcon = appIcon;
    notification.summary = summary;
    notification.body = body;
    notification.actions = actions;
    notification.hints = hints;
    notification.expireTimeout = expireTimeout;
    m_received.append(notification);
    return notification.id;
}

QStringList FakeNotificationServer::GetCapabilities() {
    return {u"actions"_s, u"body"_s};
}

void FakeNotificationServer::CloseNotification(uint id) {
    emit NotificationClosed(id, closedByCall);
}
