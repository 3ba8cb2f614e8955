#include "core/jobs/JobListModel.h"
#include "core/jobs/JobSession.h"
#include "core/transfers/TransferStore.h"
#include "support/InProcessEmulator.h"
#include "support/TestEnvironment.h"
#include "ui/JobDetailsPane.h"

#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// The pane over a real JobListModel: filled by hand for the job fields, and by a real
// JobSession against the in-process emulator for a file that was really saved.
class JobDetailsPaneTest final : public QObject {
    Q_OBJECT

    std::unique_ptr<JobListModel> m_model;
    std::unique_ptr<JobDetailsPane> m_pane;

    void makePane(JobListModel *model) {
        m_pane = std::make_unique<JobDetailsPane>(model);
        m_pane->resize(800, 400);
        m_pane->show();
    }
    void fill(const QVector<DownloadJob> &jobs) {
        m_model->beginRefresh();
        m_model->mergePage(jobs);
        m_model->endRefresh();
    }
    template <typename Field> Field *field(const QString &name) const {
        auto *found = m_pane->findChild<Field *>(name);
        if (!found)
            qFatal("no field %s", qPrintable(name));
        return found;
    }
    QString text(const QString &name) const { return field<QLabel>(name)->text(); }
    QString line(const QString &name) const { return field<QLineEdit>(name)->text(); }
    // A hidden row hides its field; the field counts as shown only while the details are.
    bool shown(const QString &name) const {
        return m_pane->findChild<QWidget *>(name)->isVisibleTo(m_pane.get());
    }
    bool showsDetails() const { return shown(u"detailsId"_s) && !shown(u"detailsMessage"_s); }

    static QByteArray linkExpiringAt(const QDateTime &expiry) {
        return "http://127.0.0.1:1/files/dl-1/clip.mp4?expires=" +
               QByteArray::number(expiry.toSecsSinceEpoch()) + "&sig=0123456789abcdef";
    }
    static DownloadJob doneJob(const QByteArray &downloadUrl) {
        DownloadJob job;
        job.id = u"dl-1"_s;
        job.name = u"Quarterly keynote.mp4"_s;
        job.status = JobStatus::Done;
        job.rawStatus = u"done"_s;
        job.createdAt = QDateTime(QDate(2026, 1, 5), QTime(9, 30, 15), Qt::UTC);
        job.encodedDownloadUrl = downloadUrl;
        return job;
    }
    static DownloadJob failedJob() {
        DownloadJob job;
        job.id = u"dl-2"_s;
        job.name = u"Broken stream.mp4"_s;
        job.status = JobStatus::Failed;
        job.rawStatus = u"error"_s;
        job.createdAt = QDateTime(QDate(2026, 1, 6), QTime(14, 0), Qt::UTC);
        job.errorReason = u"The stream could not be read: HLS playlist has no segments"_s;
        return job;
    }
    static QString fullDateTime(const QDateTime &moment) {
        return QLocale().toString(moment.toLocalTime(), QLocale::LongFormat);
    }

private slots:
    void initTestCase() { TestEnvironment::makeHermetic(); }
    void init() { m_model = std::make_unique<JobListModel>(); }
    void cleanup() {
        m_pane.reset();
        m_model.reset();
    }

    void noJobAsksForOne() {
        makePane(m_model.get());
        QVERIFY(shown(u"detailsMessage"_s));
        QVERIFY(!shown(u"detailsId"_s));
        QVERIFY(text(u"detailsMessage"_s).contains(u"Select a job"_s));
    }

    void doneJobShowsItsFields() {
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(5 * 3600 + 12 * 60 + 30);
        fill({doneJob(linkExpiringAt(expiry)), failedJob()});
        makePane(m_model.get());
        m_pane->showJob(u"dl-1"_s);

        QVERIFY(showsDetails());
        QCOMPARE(text(u"detailsName"_s), u"Quarterly keynote.mp4"_s);
        QCOMPARE(line(u"detailsId"_s), u"dl-1"_s);
        QCOMPARE(text(u"detailsCreated"_s), fullDateTime(doneJob({}).createdAt));
        QCOMPARE(text(u"detailsLinkExpiry"_s), u"Expires in 5 h 12 min"_s);
        QVERIFY(shown(u"detailsLinkExpiry"_s));
        // Nothing the pane does not know is shown, not even as an empty row.
        for (const QString &unknown :
             {u"detailsStreamLink"_s, u"detailsSaved"_s, u"detailsSize"_s, u"detailsServerError"_s,
              u"detailsActionError"_s, u"detailsTransferError"_s, u"detailsPath"_s})
            QVERIFY2(!shown(unknown), qPrintable(unknown));
    }

    void streamLinkIsShownOnlyWhenKnown() {
        fill({doneJob({}), failedJob()});
        makePane(m_model.get());
        m_pane->showJob(u"dl-1"_s);
        QVERIFY(!shown(u"detailsStreamLink"_s));
        m_pane->setStreamLink(u"dl-2"_s, QUrl(u"https://stream.videodb.io/v/other.m3u8"_s));
        QTest::qWait(0);
        QVERIFY(!shown(u"detailsStreamLink"_s));
        m_pane->setStreamLink(u"dl-1"_s, QUrl(u"https://stream.videodb.io/v/keynote.m3u8"_s));
        QTRY_VERIFY(shown(u"detailsStreamLink"_s));
        QCOMPARE(line(u"detailsStreamLink"_s), u"https://stream.videodb.io/v/keynote.m3u8"_s);
    }

    void linkExpiry_data() {
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fresh") << qint64(5 * 3600 + 12 * 60 + 30) << u"Expires in 5 h 12 min"_s;
        QTest::newRow("whole hours") << qint64(23 * 3600 + 30) << u"Expires in 23 h"_s;
        QTest::newRow("minutes") << qint64(42 * 60 + 30) << u"Expires in 42 min"_s;
        QTest::newRow("seconds") << qint64(40) << u"Expires in less than a minute"_s;
        QTest::newRow("expired") << qint64(-60) << u"Expired"_s;
        QTest::newRow("long expired") << qint64(-3 * 24 * 3600) << u"Expired"_s;
    }
    void linkExpiry() {
        QFETCH(qint64, secondsLeft);
        QFETCH(QString, expected);
        fill({doneJob(linkExpiringAt(QDateTime::currentDateTimeUtc().addSecs(secondsLeft)))});
        makePane(m_model.get());
        m_pane->showJob(u"dl-1"_s);
        QCOMPARE(text(u"detailsLinkExpiry"_s), expected);
    }

    // S3-style signed links say when they were signed and for how long.
    void signedS3LinkExpiry() {
        const QDateTime signedAt = QDateTime::currentDateTimeUtc().addSecs(-3600 + 30);
        QUrl link(u"https://cdn.example.com/clip.mp4"_s);
        QUrlQuery query;
        query.addQueryItem(u"X-Amz-Date"_s, signedAt.toString(u"yyyyMMdd'T'HHmmss'Z'"_s));
        query.addQueryItem(u"X-Amz-Expires"_s, u"86400"_s);
        link.setQuery(query);
        fill({doneJob(link.toEncoded())});
        makePane(m_model.get());
        m_pane->showJob(u"dl-1"_s);
        QCOMPARE(text(u"detailsLinkExpiry"_s), u"Expires in 23 h"_s);
    }

    void linkWithoutExpiryLeavesTheRowOut() {
        fill({doneJob("https://example.com/download/video.mp4")});
        makePane(m_model.get());
        m_pane->showJob(u"dl-1"_s);
        QVERIFY(showsDetails());
        QVERIFY(!shown(u"detailsLinkExpiry"_s));
    }

    void failedJobShowsEveryError() {
        fill({doneJob({}), failedJob()});
        makePane(m_model.get());
        m_pane->showJob(u"dl-2"_s);
        QCOMPARE(text(u"detailsServerError"_s), failedJob().errorReason);
        QCOMPARE(text(u"detailsCreated"_s), fullDateTime(failedJob().createdAt));
        QVERIFY(!shown(u"detailsActionError"_s));
        QVERIFY(!shown(u"detailsLinkExpiry"_s));

        const ApiError refused(ApiError::Kind::Api, u"Retry limit reached for this job"_s, 429);
        m_model->setActivity(u"dl-2"_s, JobListModel::Activity::None,
                             {JobListModel::Activity::Retrying, refused});
        QTRY_VERIFY(shown(u"detailsActionError"_s));
        QCOMPARE(text(u"detailsActionError"_s), refused.describe());
        const QLabel *actionLabel =
            qobject_cast<QLabel *>(m_pane->findChild<QFormLayout *>()->labelForField(
                field<QLabel>(u"detailsActionError"_s)));
        QVERIFY(actionLabel);
        QCOMPARE(actionLabel->text(), u"Retry failed"_s);

        m_model->setActivity(u"dl-2"_s, JobListModel::Activity::None,
                             {JobListModel::Activity::Deleting, refused});
        QTRY_COMPARE(actionLabel->text(), u"Delete failed"_s);

        TransferProgress failedSave;
        failedSave.phase = TransferProgress::Phase::Failed;
        failedSave.error = u"No space left on device while writing clip.mp4.part"_s;
        m_model->setTransfer(u"dl-2"_s, failedSave);
        QTRY_COMPARE(text(u"detailsTransferError"_s), failedSave.error);
    }

    void followsTheRowAndSaysWhenItIsGone() {
        fill({doneJob({}), failedJob()});
        makePane(m_model.get());
        m_pane->showJob(u"dl-2"_s);
        DownloadJob changed = failedJob();
        changed.errorReason = u"Source video was deleted"_s;
        m_model->updateJob(changed);
        QTRY_COMPARE(text(u"detailsServerError"_s), changed.errorReason);

        // Another row going leaves this one shown, at its new row.
        m_model->removeJobs({u"dl-1"_s});
        QTest::qWait(0);
        QVERIFY(showsDetails());
        QCOMPARE(line(u"detailsId"_s), u"dl-2"_s);

        m_model->removeJobs({u"dl-2"_s});
        QTRY_VERIFY(!showsDetails());
        QVERIFY(text(u"detailsMessage"_s).contains(u"dl-2"_s));
        QVERIFY(text(u"detailsMessage"_s).contains(u"no longer"_s));

        m_model->clear();
        fill({failedJob()});
        QTRY_VERIFY(showsDetails());
    }

    // A view's selection moves while rows go, before the model has re-indexed the rest.
    void showJobDuringARemovalWaitsForTheModel() {
        DownloadJob third = failedJob();
        third.id = u"dl-3"_s;
        third.name = u"Third.mp4"_s;
        fill({doneJob({}), failedJob(), third});
        makePane(m_model.get());
        m_pane->showJob(u"dl-1"_s);
        connect(m_model.get(), &QAbstractItemModel::rowsRemoved, m_pane.get(),
                [this] { m_pane->showJob(u"dl-3"_s); });
        m_model->removeJobs({u"dl-1"_s});
        QTRY_COMPARE(line(u"detailsId"_s), u"dl-3"_s);
        QCOMPARE(text(u"detailsName"_s), u"Third.mp4"_s);
    }

    void savedJobShowsFileSizeAndTime() {
        const qint64 fileSize = 123456;
        EmulatorOptions options = InProcessEmulator::seeded(3);
        options.fileSize = fileSize;
        const std::unique_ptr<Emulator> emulator = InProcessEmulator::start(options);
        QTemporaryDir folder;
        const QString database = folder.filePath(u"transfers.sqlite"_s);
        JobSession session(TestEnvironment::clientFor(emulator->apiUrl()), database);
        QSignalSpy loaded(session.board(), &JobBoard::refreshFinished);
        session.board()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        const QString id = u"dl-000001"_s;
        QCOMPARE(session.model()->job(id)->status, JobStatus::Done);

        makePane(session.model());
        m_pane->setTransferDatabase(database);
        m_pane->showJob(id);
        QVERIFY(!shown(u"detailsPath"_s));
        // The emulator signs its links for 24 hours from when the job finished.
        QVERIFY2(text(u"detailsLinkExpiry"_s).startsWith(u"Expires in 2"_s),
                 qPrintable(text(u"detailsLinkExpiry"_s)));

        session.saveJobs({id}, folder.path());
        QTRY_COMPARE_WITH_TIMEOUT(session.model()->transfer(id).phase,
                                  TransferProgress::Phase::Saved, 10000);
        const QString savedPath = session.model()->transfer(id).savedPath;
        QVERIFY(QFile::exists(savedPath));
        QTRY_VERIFY(shown(u"detailsPath"_s));
        QCOMPARE(line(u"detailsPath"_s), QDir::toNativeSeparators(savedPath));
        // SI units, as in the table's Download column: one file, one number.
        QCOMPARE(text(u"detailsSize"_s), u"123.5 kB"_s);
        const std::optional<TransferRecord> record = TransferStore(database).find(id);
        QVERIFY(record && record->finishedAt.isValid());
        QCOMPARE(text(u"detailsSaved"_s), fullDateTime(record->finishedAt));
        QVERIFY(!shown(u"detailsFileMissing"_s));

        QSignalSpy opened(m_pane.get(), &JobDetailsPane::openFileRequested);
        QSignalSpy revealed(m_pane.get(), &JobDetailsPane::showInFolderRequested);
        field<QPushButton>(u"detailsOpenButton"_s)->click();
        field<QPushButton>(u"detailsShowInFolderButton"_s)->click();
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toString(), savedPath);
        QCOMPARE(revealed.count(), 1);
        QCOMPARE(revealed.first().first().toString(), savedPath);

        QVERIFY(QFile::remove(savedPath));
        session.transfers()->recheckSavedFiles();
        QTRY_VERIFY(shown(u"detailsFileMissing"_s));
        QVERIFY(!field<QPushButton>(u"detailsOpenButton"_s)->isEnabled());
        m_pane.reset();
    }
};

QTEST_MAIN(JobDetailsPaneTest)
#include "tst_jobdetailspane.moc"
