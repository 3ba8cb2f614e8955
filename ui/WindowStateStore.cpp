#include "ui/WindowStateStore.h"

#include "core/account/AppSettings.h"

WindowStateStore::WindowStateStore()
    : m_settings(AppSettings::configFolder() + QStringLiteral("/window.ini"),
                 QSettings::IniFormat) {}

QByteArray WindowStateStore::geometry() const {
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void WindowStateStore::setGeometry(const QByteArray &geometry) {
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray WindowStateStore::headerState() const {
    return m_settings.value(QStringLiteral("window/headerState")).toByteArray();
}

void WindowStateStore::setHeaderState(const QByteArray &state) {
    m_settings.setValue(QStringLiteral("window/headerState"), state);
}
