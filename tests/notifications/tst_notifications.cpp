#include "FakeNotificationServer.h"

#include "core/account/AccountStore.h"
#include "core/account/AppSettings.h"
#include "core/jobs/JobSession.h"
#include "emulator/ApiServer.h"
#include "emulator/Emulator.h"
#include "emulator/FileHost.h"
#include "support/MemoryCredentialStore.h"
#include "support/TestEnvironment.h"
#include "support/UrlRecorder.h"
#include "support/WindowTestFixture.h"
#include "ui/DeleteConfirmationDialog.h"
#include "ui/DesktopNotifications.h"
#include "ui/DialogSeam.h"
#include "ui/MainWindow.h"
#include "ui/StatusNotifier.h"

#include <QAction>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString appId = u"io.videodb.Downloads"_s;
// Distinctive, so a leak into any notification text cannot hide among ordinary words.
const QString apiKey = u"sk-notify-7f3a9c1e"_s;

} // namespace

// The real main window, offscreen, against the in-process emulator, with a fake notification
// service on a private session bus (the ctest command runs this under dbus-run-session).
class NotificationsTest final : public WindowTestFixture {
    Q_OBJECT

    std::unique_ptr<FakeNotificationServer> m_desktop;
    // Every download_url the window was ever given: none may reach the desktop.
    QSet<QString> m_downloadUrls;

    void openNotifyingWindow(int seed, EmulatorOptions options = {}) {
        options.apiKey = apiKey;
        openWindow(seed, options, 5000, apiKey);
        rememberDownloadUrls();
    }
    void rememberDownloadUrls() {
        const JobListModel *model = m_session->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QByteArray url = model->jobAt(row).encodedDownloadUrl;
            if (!url.isEmpty())
                m_downloadUrls.insert(QString::fromUtf8(url));
        }
    }
    StatusNotifier *notifier() const { return m_window->findChild<StatusNotifier *>(); }
    void deleteSelected() {
        DialogSeam::setNextHandler([](QDialog &dialog) {
            auto &box = static_cast<DeleteConfirmationDialog &>(dialog);
            box.deleteButton()->click();
            return box.result();
        });
        trigger("actionDelete");
    }
    // The first notification with this summary, once it has arrived.
    std::optional<FakeNotificationServer::Notification> waitForSummary(const QString &summary) {
        const auto find = [&]() -> std::optional<FakeNotificationServer::Notification> {
            for (const auto &notification : m_desktop->received()) {
                if (notification.summary == summary)
                    return notification;
            }
            return std::nullopt;
        };
        if (!QTest::qWaitFor([&] { return find().has_value(); }, 10000))
            return std::nullopt;
        return find();
    }
    static bool hasAction(const FakeNotificationServer::Notification &notification,
                          const QString &key) {
        // Keys sit at the even places, each followed by its label.
        for (int i = 0; i + 1 < notification.actions.size(); i += 2) {
            if (notification.actions[i] == key && !notification.actions[i + 1].isEmpty())
                return true;
        }
        return false;
    }

private slots:
    void initTestCase() {
        TestEnvironment::makeHermetic();
        QGuiApplication::setDesktopFileName(appId);
        QGuiApplication::setApplicationDisplayName(u"VideoDB Downloads"_s);
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run under dbus-run-session, as ctest does");
    }
    void init() {
        QDir(AppSettings::configFolder()).removeRecursively();
        m_desktop = std::make_unique<FakeNotificationServer>();
        QVERIFY2(m_desktop->registerOnBus(), "the notification name is taken: not a private bus");
    }
    void cleanup() {
        if (m_session)
            rememberDownloadUrls();
        // Whatever each test sent: names, ids and reasons only.
        for (const auto &notification : m_desktop->received()) {
            for (const QString &text : notification.texts()) {
                QVERIFY2(!text.contains(apiKey), qPrintable(text));
                for (const QString &url : std::as_const(m_downloadUrls))
                    QVERIFY2(!text.contains(url), qPrintable(text));
                QVERIFY2(!text.contains(u"download_url"_s), qPrintable(text));
            }
        }
        m_downloadUrls.clear();
        DialogSeam::clearHandlers();
        closeAll();
        m_desktop.reset();
    }

    void aFinishedJobIsAnnouncedAndItsClickSelectsIt() {
        EmulatorOptions options;
        options.processingMs = 1200;
        openNotifyingWindow(3, options);
        m_session->board()->setPollIntervalMs(200);
        select({u"dl-000001"_s});
        const auto finished = waitForSummary(u"Job finished"_s);
        QVERIFY(finished);
        QVERIFY2(finished->body.contains(u"Product demo 0002.mp4"_s), qPrintable(finished->body));
        QCOMPARE(finished->appIcon, appId);
        QCOMPARE(finished->hint(u"desktop-entry"_s), appId);
        QCOMPARE(finished->appName, u"VideoDB Downloads"_s);
        QVERIFY(hasAction(*finished, u"default"_s));

        m_desktop->invokeAction(finished->id, u"default"_s);
        QTRY_COMPARE(m_window->selectedIds(), QStringList({u"dl-000002"_s}));
    }

    void aSavedFileOffersShowInFolder() {
        EmulatorOptions options;
        options.fileSize = 1000;
        openNotifyingWindow(3, options);
        QTemporaryDir downloads;
        m_settings->setDownloadFolder(downloads.path());
        select({u"dl-000001"_s});
        trigger("actionSave");
        const auto saved = waitForSummary(u"File saved"_s);
        QVERIFY(saved);
        QVERIFY2(saved->body.contains(u"Quarterly keynote 0001.mp4"_s), qPrintable(saved->body));
        QVERIFY(hasAction(*saved, StatusNotifier::showInFolderAction));
        QCOMPARE(saved->hint(u"category"_s), u"transfer.complete"_s);

        select({u"dl-000003"_s});
        UrlRecorder recorder;
        QDesktopServices::setUrlHandler(u"file"_s, &recorder, "open");
        m_desktop->invokeAction(saved->id, StatusNotifier::showInFolderAction);
        QTRY_COMPARE(recorder.urls, QList<QUrl>({QUrl::fromLocalFile(downloads.path())}));
        QDesktopServices::unsetUrlHandler(u"file"_s);
        QCOMPARE(m_window->selectedIds(), QStringList({u"dl-000001"_s}));
    }

    void aFailureCarriesItsReason() {
        EmulatorOptions options;
        options.processingMs = 1200;
        openNotifyingWindow(1, options);
        m_session->board()->setPollIntervalMs(200);
        // The emulator fails jobs whose stream link says so.
        m_session->board()->createJob(u"https://stream.videodb.io/v/fail-on-purpose.m3u8"_s,
                                      u"Broken stream"_s);
        const auto failed = waitForSummary(u"Job failed"_s);
        QVERIFY(failed);
        QVERIFY2(failed->body.contains(u"Broken stream"_s), qPrintable(failed->body));
        QVERIFY2(failed->body.contains(u"the stream could not be read (the origin answered 404)"_s),
                 qPrintable(failed->body));
    }

    void aSaveFailureNamesTheServerButNotTheSignedUrl() {
        openNotifyingWindow(3);
        const QByteArray url = m_session->model()->job(u"dl-000001"_s)->encodedDownloadUrl;
        QVERIFY(!url.isEmpty());
        // Network errors quote the URL they failed on, signature and all.
        emit m_session->transfers()->saveFailed(
            u"dl-000001"_s,
            u"The transfer stopped: Error transferring %1 - server replied: Bad Gateway (key %2)"_s
                .arg(QString::fromUtf8(url), apiKey));
        const auto failed = waitForSummary(u"Could not save a file"_s);
        QVERIFY(failed);
        const QString host = QUrl::fromEncoded(url).host();
        QVERIFY2(failed->body.contains(host), qPrintable(failed->body));
        QVERIFY2(failed->body.contains(u"Bad Gateway"_s), qPrintable(failed->body));
        QCOMPARE(failed->hint(u"category"_s), u"transfer.error"_s);
        // cleanup() checks that neither the URL nor the key is in it.
    }

    void aBulkDeleteCarriesItsCounts() {
        openNotifyingWindow(6);
        QVERIFY(m_emulator->jobs().remove(u"dl-000005"_s));
        QVERIFY(m_emulator->jobs().remove(u"dl-000006"_s));
        select({u"dl-000001"_s, u"dl-000003"_s, u"dl-000004"_s, u"dl-000005"_s, u"dl-000006"_s});
        deleteSelected();
        const auto deleted = waitForSummary(u"Deletion finished"_s);
        QVERIFY(deleted);
        QVERIFY2(deleted->body.contains(u"Deleted 3 job"_s), qPrintable(deleted->body));
        QVERIFY2(deleted->body.contains(u"2 job(s) were already gone"_s),
                 qPrintable(deleted->body));

        m_desktop->clearReceived();
        select({u"dl-000002"_s});
        m_emulator->apiServer().failNextRequests(1, 500);
        deleteSelected();
        const auto failed = waitForSummary(u"Deletion finished"_s);
        QVERIFY(failed);
        QVERIFY2(failed->body.contains(u"1 job(s) could not be deleted"_s),
                 qPrintable(failed->body));
        QVERIFY2(!failed->body.contains(u"Deleted"_s), qPrintable(failed->body));
    }

    void aBurstBecomesOneSummary() {
        openNotifyingWindow(30);
        // Six jobs are processing in this seed; five finish before the next listing.
        for (const QString &id :
             {u"dl-000002"_s, u"dl-000007"_s, u"dl-000012"_s, u"dl-000017"_s, u"dl-000022"_s})
            QVERIFY(m_emulator->jobs().finishNow(id, QDateTime::currentMSecsSinceEpoch()));
        QSignalSpy finished(m_session->board(), &JobBoard::jobFinished);
        QSignalSpy loaded(m_session->board(), &JobBoard::refreshFinished);
        m_session->board()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 10000);
        QCOMPARE(finished.count(), 5);
        const auto summary = waitForSummary(u"5 job(s) finished"_s);
        QVERIFY(summary);
        QTest::qWait(StatusNotifier::burstWindowMs * 2);
        QCOMPARE(m_desktop->received().size(), 1);

        QSignalSpy activated(notifier(), &StatusNotifier::jobActivated);
        m_desktop->invokeAction(summary->id, u"default"_s);
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QString());
    }

    void turnedOffNothingIsSent() {
        EmulatorOptions options;
        options.processingMs = 1200;
        openNotifyingWindow(3, options);
        notifier()->setNotificationsEnabled(false);
        m_session->board()->setPollIntervalMs(200);
        // The status bar still says it.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->statusBar()->currentMessage().contains(u"Product demo 0002.mp4"_s), 8000);
        QTest::qWait(StatusNotifier::burstWindowMs * 2);
        QCOMPARE(m_desktop->received().size(), 0);
    }

    void withoutTheServiceTheDesktopPathReportsUnavailable() {
        m_desktop->unregisterFromBus();
        EmulatorOptions options;
        options.processingMs = 1200;
        openNotifyingWindow(3, options);
        auto *desktop = m_window->findChild<DesktopNotifications *>();
        QVERIFY(desktop);
        QSignalSpy unavailable(desktop, &DesktopNotifications::unavailable);
        m_session->board()->setPollIntervalMs(200);
        QTRY_VERIFY_WITH_TIMEOUT(unavailable.count() == 1, 8000);
        QCOMPARE(unavailable.first().first().value<DesktopNotifications::Message>().subject,
                 u"dl-000002"_s);
        QCOMPARE(m_desktop->received().size(), 0);
    }

    void totalsShowWhileSavesRun() {
        EmulatorOptions options;
        options.fileSize = 4 * 1000 * 1000;
        openNotifyingWindow(3, options);
        QTemporaryDir downloads;
        m_settings->setDownloadFolder(downloads.path());
        const_cast<FileHost &>(m_emulator->fileHost()).setBytesPerSecond(1000 * 1000);
        auto *totals = m_window->findChild<QLabel *>(u"savingTotalsLabel"_s);
        QVERIFY(totals);
        QVERIFY(totals->isHidden());
        select({u"dl-000001"_s, u"dl-000003"_s});
        trigger("actionSave");
        // Two files at 1 MB/s each: about 2 MB/s together (one alone would show 1 MB/s), and a
        // few seconds left.
        static const QRegularExpression shape(u"^Saving 2 · (\\d+\\.\\d) MB/s · 0:0\\d left$"_s);
        QString seen;
        const bool shown = QTest::qWaitFor(
            [&] {
                seen = totals->text();
                const QRegularExpressionMatch match = shape.match(seen);
                return totals->isVisible() && match.hasMatch() &&
                       qAbs(match.captured(1).toDouble() - 2.0) <= 0.6;
            },
            10000);
        QVERIFY2(shown, qPrintable(seen));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->model()->transfer(u"dl-000001"_s).isSaved() &&
                                     m_session->model()->transfer(u"dl-000003"_s).isSaved(),
                                 15000);
        QVERIFY(totals->isHidden());
    }
};

QTEST_MAIN(NotificationsTest)
#include "tst_notifications.moc"
