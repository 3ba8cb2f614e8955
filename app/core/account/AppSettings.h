#pragma once

#include <QSettings>
#include <QString>
#include <QUrl>

// The user's account and preferences, in a private INI file: the API key is only here when
// the user chose the settings file because no keyring was available, so the file is always
// written 0600 in a 0700 folder, whatever the umask. Window state lives elsewhere.
class AppSettings final {
public:
    AppSettings();

    QUrl baseUrl() const;
    void setBaseUrl(const QUrl &url);
    int refreshIntervalS() const;
    void setRefreshIntervalS(int seconds);
    QString plainTextApiKey() const;
    void setPlainTextApiKey(const QString &key);
    QString downloadFolder() const;
    void setDownloadFolder(const QString &folder);
    bool autoSave() const;
    void setAutoSave(bool enabled);
    // How many files are saved at once (1 to 10; 3 unless chosen).
    int maxConcurrentTransfers() const;
    void setMaxConcurrentTransfers(int count);
    // Bytes per second for all transfers together; 0 (the default) is no limit.
    qint64 speedLimit() const;
    void setSpeedLimit(qint64 bytesPerSecond);
    // Desktop notifications for finished, failed and saved jobs (on unless turned off).
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
    // What closing the window with work in flight does once the user said to remember it.
    enum class CloseAction { Ask, Quit, KeepInTray };
    CloseAction closeAction() const;
    void setCloseAction(CloseAction action);
    QString fileName() const { return m_settings.fileName(); }

    // Where this app keeps its configuration files (created private on first use).
    static QString configFolder();
    static QUrl defaultBaseUrl();

private:
    void adoptLegacyFile();
    void setValue(const QString &key, const QVariant &value);
    void remove(const QString &key);
    void writeNow();

    QSettings m_settings;
};
