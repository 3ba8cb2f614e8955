// Saves screenshots of the details pane (a saved, a failed and a gone job), the About dialog and
// the keyboard-shortcuts dialog (built from the real window's actions) into the folder given as
// the first argument, for a person to look at. Run under xvfb-run at 800 px, with and without
// QT_SCALE_FACTOR=2; not a test.
#include "core/account/AccountStore.h"
#include "core/account/AppSettings.h"
#include "core/jobs/JobSession.h"
#include "core/transfers/TransferStore.h"
#include "support/MemoryCredentialStore.h"
#include "support/TestEnvironment.h"
#include "ui/AboutDialog.h"
#include "ui/JobDetailsPane.h"
#include "ui/MainWindow.h"
#include "ui/ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

void save(QWidget *widget, const QDir &out, const QString &name) {
    widget->show();
    QTest::qWait(300);
    widget->grab().save(out.filePath(name + u".png"_s));
}

QVector<DownloadJob> sampleJobs() {
    DownloadJob saved;
    saved.id = u"dl-000001"_s;
    saved.name = u"Quarterly keynote 0001 — full recording with questions.mp4"_s;
    saved.status = JobStatus::Done;
    saved.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
    saved.encodedDownloadUrl =
        "http://127.0.0.1:1/files/dl-000001/clip.mp4?expires=" +
        QByteArray::number(QDateTime::currentSecsSinceEpoch() + 5 * 3600 + 12 * 60 + 30) +
        "&sig=0123456789abcdef";
    DownloadJob failed;
    failed.id = u"dl-000002"_s;
    failed.name = u"Broken stream.mp4"_s;
    failed.status = JobStatus::Failed;
    failed.createdAt = QDateTime::currentDateTimeUtc().addDays(-1);
    failed.errorReason = u"The stream could not be read: the HLS playlist at "
                         "https://stream.videodb.io/v/0f3c9a7e-2b1d-4c55-9e8a-7d1f6b2a9c40.m3u8 "
                         "has no segments"_s;
    return {saved, failed};
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(u"0.1.0"_s);
    TestEnvironment::makeHermetic();
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath());
    QDir().mkpath(out.path());
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();

    QTemporaryDir folder;
    const QString database = folder.filePath(u"transfers.sqlite"_s);
    const QString savedPath = folder.filePath(
        u"Videos/VideoDB/Quarterly keynote 0001 — full recording with questions.mp4"_s);
    {
        TransferRecord record;
        record.jobId = u"dl-000001"_s;
        record.url = "http://127.0.0.1:1/files/dl-000001/clip.mp4";
        record.finalPath = savedPath;
        record.bytesDone = record.totalBytes = 734003200;
        record.state = TransferRecord::State::Done;
        record.finishedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        TransferStore(database).save(record);
    }
    JobListModel model;
    model.beginRefresh();
    model.mergePage(sampleJobs());
    model.endRefresh();
    TransferProgress transfer;
    transfer.phase = TransferProgress::Phase::Saved;
    transfer.savedPath = savedPath;
    transfer.bytesDone = transfer.totalBytes = 734003200;
    model.setTransfer(u"dl-000001"_s, transfer);
    model.setActivity(u"dl-000002"_s, JobListModel::Activity::None,
                      {JobListModel::Activity::Retrying,
                       ApiError(ApiError::Kind::Api, u"Retry limit reached"_s, 429)});

    // As under the table: the window's width, a third of its height.
    JobDetailsPane pane(&model);
    pane.setTransferDatabase(database);
    pane.setStreamLink(u"dl-000001"_s,
                       QUrl(u"https://stream.videodb.io/v/quarterly-keynote-0001.m3u8"_s));
    pane.resize(screen.width(), qMax(200, screen.height() / 3));
    pane.showJob(u"dl-000001"_s);
    save(&pane, out, u"details-saved"_s);
    transfer.phase = TransferProgress::Phase::SavedFileMissing;
    model.setTransfer(u"dl-000001"_s, transfer);
    save(&pane, out, u"details-missing"_s);
    pane.showJob(u"dl-000002"_s);
    save(&pane, out, u"details-failed"_s);
    model.removeJobs({u"dl-000002"_s});
    save(&pane, out, u"details-gone"_s);
    pane.showJob({});
    save(&pane, out, u"details-none"_s);

    AboutDialog about;
    save(&about, out, u"about"_s);

    MemoryCredentialStore store;
    AppSettings settings;
    AccountStore account(&store, &settings);
    JobSession session(TestEnvironment::clientFor(QUrl(u"http://127.0.0.1:1"_s)));
    MainWindow window(&session, &account);
    const ShortcutsDialog::Group jobs{
        u"&Jobs"_s,
        window.actions(),
        {{u"Show a status tab"_s,
          {QKeySequence(u"Alt+1"_s), QKeySequence(u"Alt+2"_s), QKeySequence(u"Alt+3"_s),
           QKeySequence(u"Alt+4"_s)}},
         {u"Clear the search"_s, {QKeySequence(Qt::Key_Escape)}},
         {u"Paste a stream link"_s, {QKeySequence::Paste}},
         {u"Open the selected job's file"_s, {QKeySequence(Qt::Key_Return)}}}};
    ShortcutsDialog shortcuts({jobs});
    save(&shortcuts, out, u"shortcuts"_s);
    shortcuts.searchField()->setText(u"tab"_s);
    save(&shortcuts, out, u"shortcuts-search"_s);
    return 0;
}
