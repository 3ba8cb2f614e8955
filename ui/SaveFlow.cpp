#include "ui/SaveFlow.h"

#include "core/account/AppSettings.h"
#include "core/jobs/JobSession.h"
#include "ui/AlreadySavedDialog.h"
#include "ui/DialogSeam.h"
#include "ui/FolderChooser.h"
#include "ui/StatusNotifier.h"
#include "ui/TransferSettingsDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QWidget>

SaveFlow::SaveFlow(JobSession *session, AppSettings *settings, StatusNotifier *notifier,
                   QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_settings(settings)
    , m_notifier(notifier)
    , m_window(window) {}

QString SaveFlow::usableDownloadFolder() {
    const QString folder = m_settings->downloadFolder();
    // The desktop's own Downloads folder is ours to create; any other folder the user chose,
    // and a missing one may be an unplugged disk: ask rather than create it somewhere.
    if (!QFileInfo(folder).exists() &&
        QDir(folder) == QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)))
        QDir().mkpath(folder);
    const QFileInfo info(folder);
    QString reason;
    if (!info.isDir())
        reason = tr("The folder %1 does not exist: choose where to save").arg(folder);
    else if (!info.isWritable())
        reason = tr("The folder %1 cannot be written to: choose where to save").arg(folder);
    if (reason.isEmpty())
        return folder;
    m_notifier->showMessage(reason);
    return chooseFolder(reason);
}

QString SaveFlow::chooseFolder(const QString &reason) {
    const QString folder = FolderChooser::choose(m_window, m_settings->downloadFolder(), reason);
    if (!folder.isEmpty())
        m_settings->setDownloadFolder(folder);
    return folder;
}

void SaveFlow::openTransferSettings() {
    AppSettings *settings = m_settings;
    TransferSettingsDialog::Values current;
    current.folder = settings->downloadFolder();
    current.maxConcurrent = settings->maxConcurrentTransfers();
    current.speedLimit = settings->speedLimit();
    TransferSettingsDialog dialog(current, m_window);
    if (DialogSeam::exec(dialog) != QDialog::Accepted)
        return;
    const TransferSettingsDialog::Values chosen = dialog.values();
    if (!chosen.folder.isEmpty())
        settings->setDownloadFolder(chosen.folder);
    settings->setMaxConcurrentTransfers(chosen.maxConcurrent);
    settings->setSpeedLimit(chosen.speedLimit);
    m_session->transfers()->setMaxConcurrent(chosen.maxConcurrent);
    m_session->transfers()->setSpeedLimit(chosen.speedLimit);
    if (settings->autoSave())
        m_session->setAutoSaveFolder(settings->downloadFolder());
}

void SaveFlow::save(const QStringList &ids) {
    const QString folder = usableDownloadFolder();
    if (!folder.isEmpty())
        saveInto(ids, folder);
}

void SaveFlow::saveTo(const QStringList &ids) {
    const QString folder = chooseFolder({});
    if (!folder.isEmpty())
        saveInto(ids, folder);
}

void SaveFlow::setAutoSave(bool on) {
    m_settings->setAutoSave(on);
    m_session->setAutoSaveFolder(on ? m_settings->downloadFolder() : QString());
}

void SaveFlow::saveInto(const QStringList &selected, const QString &folder) {
    QStringList ids;
    for (const QString &id : selected) {
        const DownloadJob *job = m_session->model()->job(id);
        if (!job || job->status != JobStatus::Done)
            continue;
        const TransferProgress transfer = m_session->model()->transfer(id);
        if (!transfer.isSaved()) {
            ids.append(id);
            continue;
        }
        // Saving it again unasked would leave "NAME (1).mp4" beside the file the user has.
        AlreadySavedDialog dialog(job->name.isEmpty() ? id : job->name, transfer.savedPath,
                                  m_window);
        DialogSeam::exec(dialog);
        switch (dialog.choice()) {
        case AlreadySavedDialog::Choice::Open:
            openSavedFile(transfer.savedPath);
            break;
        case AlreadySavedDialog::Choice::SaveAnotherCopy:
            m_session->saveJobs({id}, folder, JobTransfers::Copy::Another);
            m_notifier->showMessage(tr("Saving another copy to %1…").arg(folder));
            break;
        case AlreadySavedDialog::Choice::Cancel:
            break;
        }
    }
    if (ids.isEmpty())
        return;
    m_session->saveJobs(ids, folder);
    m_notifier->showMessage(tr("Saving %n file(s) to %1…", nullptr, int(ids.size())).arg(folder));
}

void SaveFlow::openSavedFile(const QString &path) {
    if (isStillThere(path) && !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        m_notifier->showMessage(tr("No application on this computer opens %1. Show in folder "
                                   "(Ctrl+Shift+O) opens the folder that holds it.")
                                    .arg(path));
}

void SaveFlow::showInFolder(const QString &path) {
    if (isStillThere(path))
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

bool SaveFlow::isStillThere(const QString &path) {
    if (path.isEmpty())
        return false;
    if (!QFileInfo::exists(path)) {
        // Moved or deleted since the row last said Saved: say so there too.
        m_session->transfers()->recheckSavedFiles();
        m_notifier->showMessage(tr("The saved file %1 was moved or deleted.").arg(path));
        return false;
    }
    return true;
}
