#include "ui/StatusNotifier.h"

#include "core/jobs/JobSession.h"

#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QUrl>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

// Hours only when needed, as a player shows time: "2:12", "1:02:12".
QString clockText(qint64 seconds) {
    const qint64 hours = seconds / 3600;
    const qint64 minutes = seconds / 60 % 60;
    const QLatin1Char zero('0');
    if (hours > 0)
        return u"%1:%2:%3"_s.arg(hours).arg(minutes, 2, 10, zero).arg(seconds % 60, 2, 10, zero);
    return u"%1:%2"_s.arg(minutes).arg(seconds % 60, 2, 10, zero);
}

} // namespace

StatusNotifier::StatusNotifier(JobSession *session, QStatusBar *statusBar, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_statusBar(statusBar)
    , m_window(window)
    , m_savingLabel(new QLabel(statusBar))
    , m_desktop(new DesktopNotifications(this)) {
    m_savingLabel->setObjectName(u"savingTotalsLabel"_s);
    m_statusBar->addPermanentWidget(m_savingLabel);
    m_savingLabel->hide();
    // With the totals beside it a message can be cut short at 800 px: the whole text on hover.
    connect(m_statusBar, &QStatusBar::messageChanged, m_statusBar, &QWidget::setToolTip);
    m_burstTimer.setSingleShot(true);
    m_burstTimer.setInterval(burstWindowMs);
    connect(&m_burstTimer, &QTimer::timeout, this, &StatusNotifier::sendBurst);
    connect(m_desktop, &DesktopNotifications::actionInvoked, this,
            &StatusNotifier::onActionInvoked);
    connect(m_desktop, &DesktopNotifications::unavailable, this, &StatusNotifier::showInTray);

    JobBoard *board = session->board();
    connect(board, &JobBoard::refreshFinished, this, &StatusNotifier::endLoading);
    connect(board, &JobBoard::problem, this, &StatusNotifier::endLoading);
    connect(board, &JobBoard::jobFinished, this, [this](const QString &id, const QString &name) {
        const QString shown = name.isEmpty() ? id : name;
        const QString text = tr("“%1” is done and ready to download.").arg(shown);
        showMessage(text);
        notify(
            Event::JobFinished,
            {tr("Job finished"), text, {DesktopNotifications::defaultAction, tr("Show")}, {}, id});
    });
    connect(board, &JobBoard::jobFailed, this,
            [this](const QString &id, const QString &name, const QString &reason) {
                const QString shown = name.isEmpty() ? id : name;
                const QString text = reason.isEmpty() ? tr("“%1” failed.").arg(shown)
                                                      : tr("“%1” failed: %2").arg(shown, reason);
                showMessage(text);
                notify(Event::JobFailed, {tr("Job failed"),
                                          text,
                                          {DesktopNotifications::defaultAction, tr("Show")},
                                          {},
                                          id});
            });
    connect(board, &JobBoard::unreadableJobs, this, [this](int count) {
        if (count > 0)
            showMessage(tr("%n job(s) could not be read and are not listed.", nullptr, count));
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
    // The session connected first, so the model already holds the progress reported here.
    connect(transfers, &JobTransfers::progressChanged, this, &StatusNotifier::trackTransfer);
    connect(transfers, &JobTransfers::fileSaved, this,
            [this](const QString &id, const QString &path) {
                showMessage(tr("Saved “%1” to %2.").arg(nameOf(id), path));
                notify(Event::FileSaved, {tr("File saved"),
                                          tr("“%1” is saved.").arg(nameOf(id)),
                                          {DesktopNotifications::defaultAction, tr("Show"),
                                           showInFolderAction, tr("Show in folder")},
                                          u"transfer.complete"_s,
                                          id});
            });
    connect(transfers, &JobTransfers::saveFailed, this,
            [this](const QString &id, const QString &reason) {
                const QString text = tr("Could not save “%1”: %2").arg(nameOf(id), reason);
                showMessage(text);
                notify(Event::SaveFailed, {tr("Could not save a file"),
                                           text,
                                           {DesktopNotifications::defaultAction, tr("Show")},
                                           u"transfer.error"_s,
                                           id});
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
    // QStatusBar clips a long message against the widgets on its right; cut in the middle, the
    // start (what happened) and the end (a file name) stay readable. The room is what is left
    // of the first of those widgets, less a gap. A bar not laid out yet (its widgets still at
    // 0) or too narrow to say anything keeps the message whole.
    int right = m_statusBar->width();
    for (const QWidget *widget : m_statusBar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (widget->isVisible() && widget->x() > 0)
            right = qMin(right, widget->x());
    }
    const QFontMetrics metrics = m_statusBar->fontMetrics();
    const int room =
        right - 3 * m_statusBar->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    const bool measurable = m_statusBar->isVisible() && room >= 20 * metrics.averageCharWidth();
    m_statusBar->showMessage(measurable ? metrics.elidedText(text, Qt::ElideMiddle, room) : text,
                             messageTimeoutMs);
    // After messageChanged put the shortened text there.
    m_statusBar->setToolTip(text);
}

void StatusNotifier::setNotificationsEnabled(bool enabled) {
    m_notificationsEnabled = enabled;
    if (!enabled) {
        m_burstTimer.stop();
        m_burst.clear();
    }
}

QString StatusNotifier::nameOf(const QString &id) const {
    const DownloadJob *job = m_session->model()->job(id);
    return job && !job->name.isEmpty() ? job->name : id;
}

QStringList StatusNotifier::deletionSentences(int deleted, int alreadyGone, int failed) const {
    QStringList sentences;
    if (deleted > 0)
        sentences << tr("Deleted %n job(s).", nullptr, deleted);
    if (alreadyGone > 0)
        sentences << tr("%n job(s) were already gone and were removed from the list.", nullptr,
                        alreadyGone);
    if (failed > 0)
        sentences << tr("%n job(s) could not be deleted; see their Message column.", nullptr,
                        failed);
    return sentences;
}

void StatusNotifier::showDeletionResult(int deleted, int alreadyGone, int failed) {
    const QStringList sentences = deletionSentences(deleted, alreadyGone, failed);
    showMessage(sentences.join(QLatin1Char(' ')));
    notify(Event::DeletionFinished, {tr("Deletion finished"),
                                     sentences.join(QLatin1Char('\n')),
                                     {DesktopNotifications::defaultAction, tr("Show")},
                                     {},
                                     {}});
}

void StatusNotifier::notify(Event event, DesktopNotifications::Message message) {
    if (!m_notificationsEnabled)
        return;
    message.summary = withoutSecrets(message.summary);
    message.body = withoutSecrets(message.body);
    m_burst.append({event, message});
    if (!m_burstTimer.isActive())
        m_burstTimer.start();
}

void StatusNotifier::sendBurst() {
    const QVector<PendingNotification> burst = std::exchange(m_burst, {});
    if (burst.size() > maxSeparateNotifications) {
        m_desktop->show(summaryOf(burst));
        return;
    }
    for (const PendingNotification &pending : burst)
        m_desktop->show(pending.message);
}

DesktopNotifications::Message
StatusNotifier::summaryOf(const QVector<PendingNotification> &burst) const {
    QVector<Event> events;
    QMap<Event, int> counts;
    for (const PendingNotification &pending : burst) {
        if (!counts.contains(pending.event))
            events.append(pending.event);
        ++counts[pending.event];
    }
    QStringList lines;
    for (Event event : events)
        lines << summaryLine(event, counts.value(event));
    DesktopNotifications::Message summary;
    summary.summary = lines.takeFirst();
    summary.body = lines.join(QLatin1Char('\n'));
    // Many jobs: the click raises the window rather than picking one of them.
    summary.actions = QStringList{DesktopNotifications::defaultAction, tr("Show")};
    return summary;
}

QString StatusNotifier::summaryLine(Event event, int count) const {
    switch (event) {
    case Event::JobFinished:
        return tr("%n job(s) finished", nullptr, count);
    case Event::JobFailed:
        return tr("%n job(s) failed", nullptr, count);
    case Event::FileSaved:
        return tr("%n file(s) saved", nullptr, count);
    case Event::SaveFailed:
        return tr("%n file(s) could not be saved", nullptr, count);
    case Event::DeletionFinished:
        return tr("%n deletion(s) finished", nullptr, count);
    }
    return {};
}

QString StatusNotifier::withoutSecrets(const QString &text) const {
    // Notifications outlive the window in the desktop's history and may show on a locked
    // screen: a reason quoting a signed download URL (a network error does) keeps only its
    // server, and the key never appears.
    static const QRegularExpression url(u"\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s\"'<>]+"_s);
    QString safe = text;
    QRegularExpressionMatchIterator matches = url.globalMatch(text);
    QVector<QRegularExpressionMatch> found;
    while (matches.hasNext())
        found.prepend(matches.next());
    for (const QRegularExpressionMatch &match : found) {
        const QUrl server = QUrl(match.captured())
                                .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath |
                                          QUrl::RemoveQuery | QUrl::RemoveFragment);
        safe.replace(match.capturedStart(), match.capturedLength(), server.toString() + u"/…"_s);
    }
    const QString key = m_session->config().apiKey.trimmed();
    if (!key.isEmpty())
        safe.replace(key, u"…"_s);
    return safe;
}

void StatusNotifier::showInTray(const DesktopNotifications::Message &message) {
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { emit jobActivated(m_traySubject); });
        m_tray->show();
    }
    m_traySubject = message.subject;
    m_tray->showMessage(message.summary, message.body);
}

void StatusNotifier::onActionInvoked(const QString &subject, const QString &actionKey) {
    if (actionKey == showInFolderAction)
        emit showInFolderRequested(subject);
    else if (actionKey == DesktopNotifications::defaultAction)
        emit jobActivated(subject);
}

void StatusNotifier::trackTransfer(const QString &id) {
    if (m_session->model()->transfer(id).isRunning())
        m_savingIds.insert(id);
    else
        m_savingIds.remove(id);
    updateSavingTotals();
}

void StatusNotifier::updateSavingTotals() {
    if (m_savingIds.isEmpty()) {
        m_savingLabel->hide();
        return;
    }
    qint64 bytesPerSecond = 0;
    qint64 bytesLeft = 0;
    bool sizesKnown = true;
    for (const QString &id : std::as_const(m_savingIds)) {
        const TransferProgress transfer = m_session->model()->transfer(id);
        bytesPerSecond += transfer.bytesPerSecond;
        if (transfer.totalBytes < 0)
            sizesKnown = false;
        else
            bytesLeft += qMax(qint64(0), transfer.totalBytes - transfer.bytesDone);
    }
    const int count = int(m_savingIds.size());
    const QString speed = QLocale().formattedDataSize(bytesPerSecond, 1, QLocale::DataSizeSIFormat);
    QString text;
    if (bytesPerSecond <= 0)
        text = tr("Saving %n", nullptr, count);
    else if (!sizesKnown)
        text = tr("Saving %n · %1/s", nullptr, count).arg(speed);
    else
        text = tr("Saving %n · %1/s · %2 left", nullptr, count)
                   .arg(speed, clockText((bytesLeft + bytesPerSecond - 1) / bytesPerSecond));
    m_savingLabel->setText(text);
    m_savingLabel->show();
}
