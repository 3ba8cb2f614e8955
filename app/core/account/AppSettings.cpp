#include "core/account/AppSettings.h"

#include <QStandardPaths>

AppSettings::AppSettings()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("VideoDB"),
                 QStringLiteral("videodb-downloads")) {}

QUrl AppSettings::baseUrl() const {
    return QUrl(
        m_settings.value(QStringLiteral("api/baseUrl"), QStringLiteral("https://api.videodb.io"))
            .toString());
}

void AppSettings::setBaseUrl(const QUrl &url) {
    m_settings.setValue(QStringLiteral("api/baseUrl"), url.toString());
}

int AppSettings::refreshIntervalS() const {
    return qBound(5, m_settings.value(QStringLiteral("api/refreshIntervalS"), 60).toInt(), 3600);
}

void AppSettings::setRefreshIntervalS(int seconds) {
    m_settings.setValue(QStringLiteral("api/refreshIntervalS"), seconds);
}

QString AppSettings::plainTextApiKey() const {
    return m_settings.value(QStringLiteral("api/key")).toString();
}

void AppSettings::setPlainTextApiKey(const QString &key) {
    if (key.isEmpty())
        m_settings.remove(QStringLiteral("api/key"));
    else
        m_settings.setValue(QStringLiteral("api/key"), key);
}

QByteArray AppSettings::windowGeometry() const {
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry) {
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray AppSettings::headerState() const {
    return m_settings.value(QStringLiteral("window/headerState")).toByteArray();
}

void AppSettings::setHeaderState(const QByteArray &state) {
    m_settings.setValue(QStringLiteral("window/headerState"), state);
}

QString AppSettings::downloadFolder() const {
    return m_settings
        .value(QStringLiteral("files/folder"),
               QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
        .toString();
}

void AppSettings::setDownloadFolder(const QString &folder) {
    m_settings.setValue(QStringLiteral("files/folder"), folder);
}

bool AppSettings::autoSave() const {
    return m_settings.value(QStringLiteral("files/autoSave"), false).toBool();
}

void AppSettings::setAutoSave(bool enabled) {
    m_settings.setValue(QStringLiteral("files/autoSave"), enabled);
}
