#include "ui/StatusNotifier.h"

#include "core/jobs/JobSession.h"

#include <QLocale>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QWidget>

StatusNotifier::StatusNotifier(JobSession *session, QStatusBar *statusBar, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_statusBar(statusBar)
    , m_window(window) {
    JobBoard *board = session->board();
    connect(board, &JobBoard::refreshFinished, this, &StatusNotifier::endLoading);
    connect(board, &JobBoard::problem, this, &StatusNotifier::endLoading);
    connect(board, &JobBoard::jobFinished, this, [this](const QString &id, const QString &name) {
        showMessage(tr("“%1” is done and ready to download.").arg(name.isEmpty() ? id : name));
    });
    connect(board, &JobBoard::jobFailed, this,
            [this](const QString &id, const QString &name, const QString &reason) {
                const QString shown = name.isEmpty() ? id : name;
                showMessage(reason.isEmpty() ? tr("“%1” failed.").arg(shown)
                                             : tr("“%1” failed: %2").arg(shown, reason));
            });
    connect(board, &JobBoard::unreadableJobs, this, [this](int count) {
        if (count > 0)
            showMessage(count == 1 ? tr("1 job could not be read and is not listed.")
                                   : tr("%1 jobs could not be read and are not listed.")
                                         .arg(QLocale().toString(count)));
    });
    connect(board, &JobBoard::deletionFinished, this, &StatusNotifier::showDeletionResult);
    connect(board, &JobBoard::jobCreated, this,
            [this](const QString &id) { showMessage(tr("Created job %1.").arg(id)); });
    connect(board, &JobBoard::createFailed, this, [this](const ApiError &error) {
        showMessage(tr("Create failed: %1").arg(error.describe()));
    });
    connect(board, &JobBoard::retryFailed, this, [this](const QString &id, const ApiError &error) {
        showMessage(tr("Retry of %1 failed: %2").arg(nameOf(id), error.describe()));
    });
    JobTransfers *transfers = session->transfers();
    connect(transfers, &JobTransfers::fileSaved, this,
            [this](const QString &id, const QString &path) {
                showMessage(tr("Saved “%1” to %2.").arg(nameOf(id), path));
                notifySaved(nameOf(id));
            });
    connect(transfers, &JobTransfers::saveFailed, this,
            [this](const QString &id, const QString &reason) {
                showMessage(tr("Could not save “%1”: %2").arg(nameOf(id), reason));
            });
}

void StatusNotifier::showLoading() {
    m_loading = true;
    m_statusBar->showMessage(tr("Loading jobs…"));
}

void StatusNotifier::endLoading() {
    if (std::exchange(m_loading, false))
        m_statusBar->clearMessage();
}

void StatusNotifier::showMessage(const QString &text) {
    m_loading = false;
    m_statusBar->showMessage(text, messageTimeoutMs);
}

QString StatusNotifier::nameOf(const QString &id) const {
    const DownloadJob *job = m_session->model()->job(id);
    return job && !job->name.isEmpty() ? job->name : id;
}

void StatusNotifier::showDeletionResult(int deleted, int alreadyGone, int failed) {
    QStringList parts;
    if (deleted > 0)
        parts << (deleted == 1 ? tr("Deleted 1 job.") : tr("Deleted %1 jobs.").arg(deleted));
    if (alreadyGone > 0)
        parts << (alreadyGone == 1 ? tr("1 job was already gone and was removed from the list.")
                                   : tr("%1 jobs were already gone and were removed from the list.")
                                         .arg(alreadyGone));
    if (failed > 0)
        parts << (failed == 1
                      ? tr("1 job could not be deleted; see its Message column.")
                      : tr("%1 jobs could not be deleted; see their Message column.").arg(failed));
    showMessage(parts.join(QLatin1Char(' ')));
}

void StatusNotifier::notifySaved(const QString &name) {
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
        m_tray->show();
    }
    m_tray->showMessage(tr("Download complete"), tr("“%1” is saved.").arg(name));
}
