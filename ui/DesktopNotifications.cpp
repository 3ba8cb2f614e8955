#include "ui/DesktopNotifications.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace {

const QString service = u"org.freedesktop.Notifications"_s;
const QString objectPath = u"/org/freedesktop/Notifications"_s;
// The server picks how long a notification stays.
constexpr int serverDefaultTimeout = -1;

} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent)
    , m_bus(QDBusConnection::sessionBus()) {
    if (!m_bus.isConnected())
        return;
    m_bus.connect(service, objectPath, service, u"ActionInvoked"_s, this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service, objectPath, service, u"NotificationClosed"_s, this,
                  SLOT(onNotificationClosed(uint, uint)));
}

void DesktopNotifications::show(const Message &message) {
    if (!m_bus.isConnected()) {
        emit unavailable(message);
        return;
    }
    // The desktop file names the application to the desktop; installed icons follow the same
    // name, so it doubles as the icon name.
    const QString appId = QGuiApplication::desktopFileName();
    QVariantMap hints;
    if (!appId.isEmpty())
        hints.insert(u"desktop-entry"_s, appId);
    if (!message.category.isEmpty())
        hints.insert(u"category"_s, message.category);
    QDBusMessage call = QDBusMessage::createMethodCall(service, objectPath, service, u"Notify"_s);
    call << QGuiApplication::applicationDisplayName() << uint(0) << appId << message.summary
         << message.body << message.actions << hints << serverDefaultTimeout;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, message](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                // The name has no owner and none can be started (or it went away mid-call):
                // nothing is on screen, so the caller shows it some other way.
                if (reply.isError()) {
                    emit unavailable(message);
                    return;
                }
                m_subjects.insert(reply.value(), message.subject);
            });
}

void DesktopNotifications::onActionInvoked(uint id, const QString &actionKey) {
    const auto subject = m_subjects.constFind(id);
    if (subject != m_subjects.constEnd())
        emit actionInvoked(*subject, actionKey);
}

void DesktopNotifications::onNotificationClosed(uint id, uint) {
    m_subjects.remove(id);
}
