#include "core/account/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace {

const QFile::Permissions ownerOnlyFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                           QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
const QFile::Permissions ownerOnlyFile =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

} // namespace

AppSettings::AppSettings()
    : m_settings(configFolder() + QStringLiteral("/settings.ini"), QSettings::IniFormat) {
    adoptLegacyFile();
}

void AppSettings::adoptLegacyFile() {
    // Up to 0.1.0 the settings lived in VideoDB/videodb-downloads.ini, written with the umask's
    // mode: a plain-text key there was readable by others. Its values move here, and it goes.
    const QString legacyPath =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
        QStringLiteral("/VideoDB/videodb-downloads.ini");
    if (!QFile::exists(legacyPath) || QFile::exists(m_settings.fileName()))
        return;
    const QSettings legacy(legacyPath, QSettings::IniFormat);
    for (const QString &key : legacy.allKeys()) {
        if (!key.startsWith(QLatin1String("window/")))
            m_settings.setValue(key, legacy.value(key));
    }
    writeNow();
    if (m_settings.status() == QSettings::NoError)
        QFile::remove(legacyPath);
}

QString AppSettings::configFolder() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                           QStringLiteral("/videodb-downloads");
    QDir().mkpath(folder);
    QFile::setPermissions(folder, ownerOnlyFolder);
    return folder;
}

QUrl AppSettings::defaultBaseUrl() {
    return QUrl(QStringLiteral("https://api.videodb.io"));
}

void AppSettings::setValue(const QString &key, const QVariant &value) {
    m_settings.setValue(key, value);
    writeNow();
}

void AppSettings::remove(const QString &key) {
    m_settings.remove(key);
    writeNow();
}

void AppSettings::writeNow() {
    // Created empty and private before QSettings first writes it: QSaveFile keeps the mode
    // of the file it replaces, so the key never lands in a file others can read.
    QFile file(m_settings.fileName());
    if (!file.exists() && file.open(QIODevice::WriteOnly, ownerOnlyFile))
        file.close();
    QFile::setPermissions(m_settings.fileName(), ownerOnlyFile);
    m_settings.sync();
}

QUrl AppSettings::baseUrl() const {
    const QUrl saved(m_settings.value(QStringLiteral("api/baseUrl")).toString(), QUrl::StrictMode);
    return saved.isValid() && !saved.isEmpty() ? saved : defaultBaseUrl();
}

void AppSettings::setBaseUrl(const QUrl &url) {
    setValue(QStringLiteral("api/baseUrl"), url.toString());
}

int AppSettings::refreshIntervalS() const {
    return qBound(5, m_settings.value(QStringLiteral("api/refreshIntervalS"), 60).toInt(), 3600);
}

void AppSettings::setRefreshIntervalS(int seconds) {
    setValue(QStringLiteral("api/refreshIntervalS"), seconds);
}

QString AppSettings::plainTextApiKey() const {
    return m_settings.value(QStringLiteral("api/key")).toString();
}

void AppSettings::setPlainTextApiKey(const QString &key) {
    if (key.isEmpty())
        remove(QStringLiteral("api/key"));
    else
        setValue(QStringLiteral("api/key"), key);
}

QString AppSettings::downloadFolder() const {
    return m_settings
        .value(QStringLiteral("files/folder"),
               QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
        .toString();
}

void AppSettings::setDownloadFolder(const QString &folder) {
    setValue(QStringLiteral("files/folder"), folder);
}

bool AppSettings::autoSave() const {
    return m_settings.value(QStringLiteral("files/autoSave"), false).toBool();
}

void AppSettings::setAutoSave(bool enabled) {
    setValue(QStringLiteral("files/autoSave"), enabled);
}

bool AppSettings::notificationsEnabled() const {
    return m_settings.value(QStringLiteral("window/notifications"), true).toBool();
}

void AppSettings::setNotificationsEnabled(bool enabled) {
    setValue(QStringLiteral("window/notifications"), enabled);
}

AppSettings::CloseAction AppSettings::closeAction() const {
    const QString word = m_settings.value(QStringLiteral("window/closeAction")).toString();
    if (word == QLatin1String("quit"))
        return CloseAction::Quit;
    if (word == QLatin1String("tray"))
        return CloseAction::KeepInTray;
    return CloseAction::Ask;
}

void AppSettings::setCloseAction(CloseAction action) {
    switch (action) {
    case CloseAction::Ask:
        remove(QStringLiteral("window/closeAction"));
        return;
    case CloseAction::Quit:
        setValue(QStringLiteral("window/closeAction"), QStringLiteral("quit"));
        return;
    case CloseAction::KeepInTray:
        setValue(QStringLiteral("window/closeAction"), QStringLiteral("tray"));
        return;
    }
}

int AppSettings::maxConcurrentTransfers() const {
    return qBound(1, m_settings.value(QStringLiteral("files/maxConcurrent"), 3).toInt(), 10);
}

void AppSettings::setMaxConcurrentTransfers(int count) {
    setValue(QStringLiteral("files/maxConcurrent"), count);
}

qint64 AppSettings::speedLimit() const {
    return qMax<qint64>(0, m_settings.value(QStringLiteral("files/speedLimit"), 0).toLongLong());
}

void AppSettings::setSpeedLimit(qint64 bytesPerSecond) {
    setValue(QStringLiteral("files/speedLimit"), bytesPerSecond);
}
