#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUrl>

// The user's preferences, in QSettings. The API key is only here when the user chose the
// settings file because no keyring was available.
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
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray headerState() const;
    void setHeaderState(const QByteArray &state);
    QString fileName() const { return m_settings.fileName(); }

private:
    QSettings m_settings;
};
