#pragma once

#include <QObject>
#include <QStringList>

class AppSettings;
class JobSession;
class StatusNotifier;
class QWidget;

// What Save, Save to…, Downloads… and Open file do for the window: find a folder that can be
// written (the desktop's Downloads folder is created, any other missing one is chosen again,
// with the reason shown), ask before saving a saved job again, and open saved files.
class SaveFlow final : public QObject {
    Q_OBJECT
public:
    SaveFlow(JobSession *session, AppSettings *settings, StatusNotifier *notifier, QWidget *window);

    // Saves these jobs' files: into the download folder, or one the user picks first.
    void save(const QStringList &ids);
    void saveTo(const QStringList &ids);
    void openTransferSettings();
    void openSavedFile(const QString &path);
    // Opens the folder that holds this saved file in the file manager.
    void showInFolder(const QString &path);
    void setAutoSave(bool on);

private:
    // False, with the reason shown, when the saved file is gone.
    bool isStillThere(const QString &path);
    QString usableDownloadFolder();
    QString chooseFolder(const QString &reason);
    void saveInto(const QStringList &ids, const QString &folder);

    JobSession *m_session;
    AppSettings *m_settings;
    StatusNotifier *m_notifier;
    QWidget *m_window;
};
