#include "core/api/VideoDbClient.h"
#include "core/transfers/FileNameSanitizer.h"
#include "core/transfers/TransferClaim.h"
#include "core/transfers/TransferQueue.h"
#include "core/transfers/TransferStore.h"
#include "emulator/Emulator.h"
#include "emulator/FileContent.h"
#include "emulator/FileHost.h"
#include "support/FileSizeLimit.h"
#include "support/TestEnvironment.h"

#include <QCryptographicHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

// Answers one download on a thread of its own, its headers 100 ms after the request, so a
// test can let them arrive while its own event loop is busy.
class HeadersLaterServer final : public QThread {
public:
    quint16 port() const { return m_port.load(); }

protected:
    void run() override {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0))
            return;
        m_port.store(server.serverPort());
        if (!server.waitForNewConnection(10000))
            return;
        QTcpSocket *socket = server.nextPendingConnection();
        socket->waitForReadyRead(5000);
        QThread::msleep(100);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\nContent-Length: 1000\r\n\r\n");
        socket->write(QByteArray(100, 'x'));
        socket->waitForBytesWritten(5000);
        QThread::msleep(1000);
        socket->close();
    }

private:
    std::atomic<quint16> m_port{0};
};

// Saving finished jobs' files from the emulator's file host, and from it misbehaving.
class FileTransferTest final : public QObject {
    Q_OBJECT

    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<VideoDbClient> m_client;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<TransferStore> m_store;

    void startEmulator(qint64 fileSize, int seed = 3, qint64 urlTtlS = 86400) {
        EmulatorOptions options;
        options.seed = seed;
        options.fileSize = fileSize;
        options.urlTtlS = urlTtlS;
        options.processingMs = 10 * 60 * 1000;
        m_emulator = std::make_unique<Emulator>(options);
        QVERIFY(m_emulator->start());
        m_client =
            std::make_unique<VideoDbClient>(TestEnvironment::clientFor(m_emulator->apiUrl()));
    }
    DownloadJob fetchJob(const QString &id) {
        std::optional<ApiResult<DownloadJob>> got;
        m_client->getJob(id, [&](const ApiResult<DownloadJob> &result) { got = result; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000) || !got->ok())
            qWarning("could not look up %s", qPrintable(id));
        return got && got->ok() ? got->value() : DownloadJob();
    }
    FileTransfer::UrlRefresher refresherFrom(VideoDbClient *client, int *calls = nullptr) {
        return [client, calls](const QString &id, auto done) {
            if (calls)
                ++*calls;
            client->getJob(id, [done](const ApiResult<DownloadJob> &result) {
                done(result.ok() ? result.value().encodedDownloadUrl : QByteArray(),
                     result.ok() ? QString() : result.error().describe());
            });
        };
    }
    // Queues one job's file and waits until it is done or failed.
    FileTransfer *save(TransferQueue &queue, const QString &id) {
        const DownloadJob job = fetchJob(id);
        FileTransfer *transfer =
            queue.enqueue(id, job.encodedDownloadUrl, m_folder->path(), job.name);
        QSignalSpy finished(transfer, &FileTransfer::finished);
        // Some end before a byte is asked for: claimed elsewhere, or saved earlier.
        if (transfer->isActive() && !finished.wait(60000))
            qWarning("transfer did not finish");
        return transfer;
    }

private slots:
    void initTestCase() { TestEnvironment::makeHermetic(); }
    void init() {
        m_folder = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<TransferStore>(m_folder->filePath(u".state/transfers.sqlite"_s));
        QVERIFY2(m_store->isOpen(), qPrintable(m_store->errorString()));
    }
    void cleanup() {
        m_client.reset();
        m_emulator.reset();
        m_store.reset();
        m_folder.reset();
    }

    void filesArriveByteExact_data() {
        QTest::addColumn<qint64>("size");
        QTest::newRow("empty") << qint64(0);
        QTest::newRow("one byte") << qint64(1);
        QTest::newRow("1 MiB + 1") << qint64(1024 * 1024 + 1);
        QTest::newRow("50 MB") << qint64(50 * 1000 * 1000);
    }
    void filesArriveByteExact() {
        QFETCH(qint64, size);
        startEmulator(size);
        TransferQueue queue(m_store.get(), refresherFrom(m_client.get()));
        FileTransfer *transfer = save(queue, u"dl-000001"_s);
        QCOMPARE(transfer->record().state, TransferRecord::State::Done);
        const QString path = m_folder->filePath(u"Quarterly keynote 0001.mp4"_s);
        QCOMPARE(transfer->record().finalPath, path);
        QCOMPARE(QFileInfo(path).size(), size);
        QCOMPARE(TestEnvironment::sha256Of(path), FileContent(u"dl-000001"_s, size).sha256());
        QVERIFY(!QFile::exists(path + u".part"_s));
        // The history: hashed while streaming, so it matches without reading the file again.
        const TransferRecord stored = *m_store->find(u"dl-000001"_s);
        QCOMPARE(stored.state, TransferRecord::State::Done);
        QCOMPARE(stored.sha256, FileContent(u"dl-000001"_s, size).sha256().toHex());
        QCOMPARE(stored.totalBytes, size);
        QVERIFY(stored.finishedAt.isValid());
        QVERIFY(!QFile::exists(m_folder->filePath(u".dl-000001.videodb-claim"_s)));
        QCOMPARE(m_emulator->fileHost().requestsCarryingApiKey(), 0);
    }

    // Qt 6.4 can deliver a reply's headers after abort() has finished it, when they were
    // posted before: a pause at that moment must not read the reply it no longer has (the
    // fault soak crashed there).
    void pauseAsTheHeadersArriveIsSafe() {
        HeadersLaterServer server;
        server.start();
        QTRY_VERIFY(server.port() > 0);
        TransferQueue queue(m_store.get(), [](const QString &, auto) {});
        const QByteArray url =
            "http://127.0.0.1:" + QByteArray::number(server.port()) + "/files/dl-x/x.mp4";
        FileTransfer *transfer = queue.enqueue(u"dl-x"_s, url, m_folder->path(), u"x.mp4"_s);
        QTest::qWait(40);
        // The headers arrive while this thread is busy, so they wait in the queue.
        QThread::msleep(400);
        transfer->pause();
        QTest::qWait(200);
        QCOMPARE(transfer->record().state, TransferRecord::State::Paused);
        server.wait();
    }

    void droppedConnectionResumesWithoutRefetching() {
        const qint64 size = 20 * 1000 * 1000;
        startEmulator(size);
        m_emulator->fileHost();
        const_cast<FileHost &>(m_emulator->fileHost()).dropNextResponseAfter(7 * 1000 * 1000);
        TransferQueue queue(m_store.get(), refresherFrom(m_client.get()));
        FileTransfer *transfer = save(queue, u"dl-000001"_s);
        QCOMPARE(transfer->record().state, TransferRecord::State::Done);
        QCOMPARE(TestEnvironment::sha256Of(transfer->record().finalPath),
                 FileContent(u"dl-000001"_s, size).sha256());
        QCOMPARE(m_emulator->fileHost().requestCount(), 2);
        QVERIFY2(transfer->bytesReceived() <= size * 105 / 100,
                 qPrintable(QString::number(transfer->bytesReceived())));
    }

    void rangeAnsweredWith200RestartsCleanly() {
        const qint64 size = 6 * 1000 * 1000;
        startEmulator(size);
        auto &host = const_cast<FileHost &>(m_emulator->fileHost());
        host.dropNextResponseAfter(2 * 1000 * 1000);
        host.setIgnoreRange(true);
        TransferQueue queue(m_store.get(), refresherFrom(m_client.get()));
        FileTransfer *transfer = save(queue, u"dl-000001"_s);
        QCOMPARE(transfer->record().state, TransferRecord::State::Done);
        QCOMPARE(QFileInfo(transfer->record().finalPath).size(), size);
        QCOMPARE(TestEnvironment::sha256Of(transfer->record().finalPath),
                 FileContent(u"dl-000001"_s, size).sha256());
        // The restart threw the first bytes' hash away with the bytes.
        QCOMPARE(transfer->record().sha256, FileContent(u"dl-000001"_s, size).sha256().toHex());
    }

    void expiredUrlIsRefreshedOnce() {
        startEmulator(100000, 3, 0);
        // The refreshed URL comes from a second emulator whose links live long; same job id,
        // so the same bytes.
        EmulatorOptions fresh;
        fresh.seed = 3;
        fresh.fileSize = 100000;
        Emulator other(fresh);
        QVERIFY(other.start());
        VideoDbClient otherClient(TestEnvironment::clientFor(other.apiUrl()));
        int refreshes = 0;
        TransferQueue queue(m_store.get(), refresherFrom(&otherClient, &refreshes));
        FileTransfer *transfer = save(queue, u"dl-000001"_s);
        QCOMPARE(transfer->record().state, TransferRecord::State::Done);
        QCOMPARE(refreshes, 1);
        QCOMPARE(TestEnvironment::sha256Of(transfer->record().finalPath),
                 FileContent(u"dl-000001"_s, 100000).sha256());
    }

    void aUrlThatStaysExpiredGivesAClearError() {
        startEmulator(1000, 3, 0);
        int refreshes = 0;
        TransferQueue queue(m_store.get(), refresherFrom(m_client.get(), &refreshes));
        FileTransfer *transfer = save(queue, u"dl-000001"_s);
        QCOMPARE(transfer->record().state, TransferRecord::State::Failed);
        QCOMPARE(refreshes, 1);
        QVERIFY2(transfer->record().error.contains(u"even after asking VideoDB for a fresh one"_s),
                 qPrintable(transfer->record().error));
    }

    void namesAreMadeSafe_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Launch cut.mp4"
                               << "Launch cut.mp4";
        QTest::newRow("path separators") << "../../etc/passwd"
                                         << "_._etc_passwd.mp4";
        QTest::newRow("windows separators") << "a\\b\\c.mov"
                                            << "a_b_c.mov";
        QTest::newRow("dot dot inside") << "clip..mp4"
                                        << "clip.mp4";
        QTest::newRow("hidden") << ".bashrc"
                                << "bashrc.mp4";
        QTest::newRow("control characters") << "bad\nname\t\x01.mp4"
                                            << "badname.mp4";
        QTest::newRow("no extension") << "Quarterly review"
                                      << "Quarterly review.mp4";
        QTest::newRow("odd extension") << "notes.final version"
                                       << "notes.final version.mp4";
        QTest::newRow("empty") << ""
                               << "job-42.mp4";
        QTest::newRow("only dots") << "..."
                                   << "job-42.mp4";
        QTest::newRow("long") << QString(300, QLatin1Char('x')) + u".mp4"_s
                              << QString(196, QLatin1Char('x')) + u".mp4"_s;
        QTest::newRow("unicode kept") << "Präsentation 東京.webm"
                                      << "Präsentation 東京.webm";
        // What NTFS and exFAT refuse, so a file saved to a USB stick keeps its name.
        for (const QChar c : u"*?\"<>|:"_s)
            QTest::addRow("character %c", c.toLatin1()) << u"a"_s + c + u"b.mp4"_s << u"a_b.mp4"_s;
        QTest::newRow("control characters everywhere") << "\x1f\x7f"
                                                          "clip\x1b\r.mp4"
                                                       << "clip.mp4";
        QTest::newRow("trailing dots and spaces") << "clip . . "
                                                  << "clip.mp4";
        QStringList reserved{u"CON"_s, u"PRN"_s, u"AUX"_s, u"NUL"_s};
        for (int n = 1; n <= 9; ++n)
            reserved << QStringLiteral("COM%1").arg(n) << QStringLiteral("LPT%1").arg(n);
        for (const QString &name : reserved) {
            QTest::addRow("reserved %s", qPrintable(name)) << name + u".mp4"_s << name + u"_.mp4"_s;
            QTest::addRow("reserved %s in lower case", qPrintable(name))
                << name.toLower() << name.toLower() + u"_.mp4"_s;
        }
        QTest::newRow("reserved with two extensions") << "aux.final.mov"
                                                      << "aux_.final.mov";
        QTest::newRow("reserved only as a whole word") << "CONSOLE.mp4"
                                                       << "CONSOLE.mp4";
        QTest::newRow("COM0 is not reserved") << "COM0.mp4"
                                              << "COM0.mp4";
    }
    void namesAreMadeSafe() {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString safe = FileNameSanitizer::sanitize(name, u"job-42"_s);
        QCOMPARE(safe, expected);
        QVERIFY(safe.toUtf8().size() <= FileNameSanitizer::maxBytes);
    }

    void anExistingFileIsNeverOverwritten() {
        startEmulator(5000);
        QFile existing(m_folder->filePath(u"Quarterly keynote 0001.mp4"_s));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();
        TransferQueue queue(m_store.get(), refresherFrom(m_client.get()));
        FileTransfer *transfer = save(queue, u"dl-000001"_s);
        QCOMPARE(transfer->record().finalPath,
                 m_folder->filePath(u"Quarterly keynote 0001 (1).mp4"_s));
        QCOMPARE(TestEnvironment::sha256Of(transfer->record().finalPath),
                 FileContent(u"dl-000001"_s, 5000).sha256());
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("keep me"));
    }

    void aFullDiskKeepsThePartFileForResume() {
        const qint64 size = 4 * 1000 * 1000;
        startEmulator(size);
        FileSizeLimit fullDisk(1000 * 1000);
        QVERIFY(fullDisk.isApplied());
        TransferQueue queue(m_store.get(), refresherFrom(m_client.get()));
        FileTransfer *transfer = save(queue, u"dl-000001"_s);
        fullDisk.lift();
        QCOMPARE(transfer->record().state, TransferRecord::State::Failed);
        QVERIFY2(transfer->record().error.contains(u"Cannot write"_s),
                 qPrintable(transfer->record().error));
        QVERIFY(transfer->record().error.contains(u"kept"_s));
        const QString part = transfer->record().partPath();
        QVERIFY(QFile::exists(part));
        QCOMPARE(QFileInfo(part).size(), qint64(1000 * 1000));
        QVERIFY(!QFile::exists(transfer->record().finalPath));

        // Room again: the same transfer continues from the kept bytes.
        QSignalSpy finished(transfer, &FileTransfer::finished);
        transfer->start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(transfer->record().state, TransferRecord::State::Done);
        QCOMPARE(TestEnvironment::sha256Of(transfer->record().finalPath),
                 FileContent(u"dl-000001"_s, size).sha256());
    }

    void aMissingFolderIsAClearError() {
        startEmulator(10);
        TransferQueue queue(m_store.get(), refresherFrom(m_client.get()));
        const DownloadJob job = fetchJob(u"dl-000001"_s);
        FileTransfer *transfer = queue.enqueue(u"dl-000001"_s, job.encodedDownloadUrl,
                                               m_folder->filePath(u"gone"_s), job.name);
        QTRY_COMPARE(transfer->record().state, TransferRecord::State::Failed);
        QVERIFY(transfer->record().error.contains(u"does not exist"_s));
        QCOMPARE(m_emulator->fileHost().requestCount(), 0);
        // Without a claim nothing is written, not even to the store that other processes share.
        QVERIFY(!m_store->find(u"dl-000001"_s));
    }

    void theQueueRunsAtMostThreeAtOnce() {
        startEmulator(3 * 1000 * 1000, 12);
        TransferQueue queue(m_store.get(), refresherFrom(m_client.get()));
        QSignalSpy idle(&queue, &TransferQueue::allFinished);
        QStringList ids;
        for (int i : {1, 3, 5, 6, 8})
            ids << QStringLiteral("dl-%1").arg(i, 6, 10, QLatin1Char('0'));
        for (const QString &id : ids) {
            const DownloadJob job = fetchJob(id);
            queue.enqueue(id, job.encodedDownloadUrl, m_folder->path(), job.name);
        }
        QCOMPARE(queue.runningCount(), 3);
        QVERIFY(idle.wait(60000));
        QCOMPARE(queue.peakRunning(), 3);
        for (const QString &id : ids)
            QCOMPARE(queue.transfer(id)->record().state, TransferRecord::State::Done);
    }

    void anInterruptedTransferResumesAfterRestart() {
        const qint64 size = 30 * 1000 * 1000;
        startEmulator(size);
        const DownloadJob job = fetchJob(u"dl-000001"_s);
        // A slow host keeps the transfer mid-stream; the queue dies with the reply open, as
        // when the app quits or crashes: no pause, no clean-up.
        auto &host = const_cast<FileHost &>(m_emulator->fileHost());
        host.setBytesPerSecond(20 * 1000 * 1000);
        {
            TransferQueue first(m_store.get(), refresherFrom(m_client.get()));
            FileTransfer *transfer =
                first.enqueue(u"dl-000001"_s, job.encodedDownloadUrl, m_folder->path(), job.name);
            QTRY_VERIFY_WITH_TIMEOUT(transfer->record().bytesDone >= 5 * 1000 * 1000, 20000);
            QVERIFY(transfer->isActive());
        }
        host.setBytesPerSecond(0);
        const qint64 kept =
            QFileInfo(m_folder->filePath(u"Quarterly keynote 0001.mp4.part"_s)).size();
        QVERIFY(kept > 0 && kept < size);
        TransferQueue second(m_store.get(), refresherFrom(m_client.get()));
        QSignalSpy idle(&second, &TransferQueue::allFinished);
        second.restore();
        QVERIFY(idle.wait(30000));
        FileTransfer *resumed = second.transfer(u"dl-000001"_s);
        QCOMPARE(resumed->record().state, TransferRecord::State::Done);
        QCOMPARE(resumed->bytesReceived(), size - kept);
        QCOMPARE(TestEnvironment::sha256Of(resumed->record().finalPath),
                 FileContent(u"dl-000001"_s, size).sha256());
        // The kept bytes were hashed once, beside the stream; the history has the whole file's.
        QCOMPARE(m_store->find(u"dl-000001"_s)->sha256,
                 FileContent(u"dl-000001"_s, size).sha256().toHex());
    }

    void aSecondClaimantNeverWrites() {
        const qint64 size = 300000;
        startEmulator(size);
        // Another process's claim, as the lock file of a live pid (this one) shows it.
        TransferClaim other(m_folder->path(), u"dl-000001"_s);
        QVERIFY(other.tryClaim());
        TransferQueue queue(m_store.get(), refresherFrom(m_client.get()));
        FileTransfer *transfer = save(queue, u"dl-000001"_s);
        QCOMPARE(transfer->ownerElsewhere(), QCoreApplication::applicationPid());
        QCOMPARE(m_emulator->fileHost().requestCount(), 0);
        QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files), QStringList());
        QVERIFY(!m_store->find(u"dl-000001"_s));

        // Waiting instead: the transfer goes on by itself once the claim is free.
        queue.setWaitForClaims(true);
        const DownloadJob job = fetchJob(u"dl-000001"_s);
        transfer =
            queue.enqueue(u"dl-000001"_s, job.encodedDownloadUrl, m_folder->path(), job.name);
        QSignalSpy finished(transfer, &FileTransfer::finished);
        QTRY_COMPARE(transfer->ownerElsewhere(), QCoreApplication::applicationPid());
        QCOMPARE(finished.count(), 0);
        QCOMPARE(m_emulator->fileHost().requestCount(), 0);
        other.release();
        QVERIFY(finished.wait(10000));
        QCOMPARE(transfer->record().state, TransferRecord::State::Done);
        QCOMPARE(TestEnvironment::sha256Of(transfer->record().finalPath),
                 FileContent(u"dl-000001"_s, size).sha256());
    }

    void aDeadOwnersClaimIsTakenOver() {
        startEmulator(200000);
        // A claim left by a process that no longer runs, as after kill -9.
        QProcess gone;
        gone.start(u"true"_s);
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());
        QFile stale(m_folder->filePath(u".dl-000001.videodb-claim"_s));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(QByteArray::number(deadPid) + "\nvideodb-downloads-cli\n" +
                    QSysInfo::machineHostName().toUtf8() + '\n' + QSysInfo::machineUniqueId() +
                    '\n' + QSysInfo::bootUniqueId() + '\n');
        stale.close();
        TransferQueue queue(m_store.get(), refresherFrom(m_client.get()));
        FileTransfer *transfer = save(queue, u"dl-000001"_s);
        QCOMPARE(transfer->ownerElsewhere(), 0);
        QCOMPARE(transfer->record().state, TransferRecord::State::Done);
        QVERIFY(!stale.exists());
    }

    void aSavedJobIsNotFetchedAgainUnlessAskedFor() {
        const qint64 size = 100000;
        startEmulator(size);
        const QString path = m_folder->filePath(u"Quarterly keynote 0001.mp4"_s);
        {
            TransferQueue first(m_store.get(), refresherFrom(m_client.get()));
            QCOMPARE(save(first, u"dl-000001"_s)->record().state, TransferRecord::State::Done);
        }
        TransferQueue second(m_store.get(), refresherFrom(m_client.get()));
        FileTransfer *again = save(second, u"dl-000001"_s);
        QVERIFY(again->savedEarlier());
        QCOMPARE(again->record().finalPath, path);
        QCOMPARE(m_emulator->fileHost().requestCount(), 1);

        const DownloadJob job = fetchJob(u"dl-000001"_s);
        FileTransfer *copy =
            second.enqueue(u"dl-000001"_s, job.encodedDownloadUrl, m_folder->path(), job.name,
                           TransferQueue::Copy::Another);
        QSignalSpy copied(copy, &FileTransfer::finished);
        QVERIFY(copied.wait(10000));
        QVERIFY(!copy->savedEarlier());
        QCOMPARE(copy->record().finalPath, m_folder->filePath(u"Quarterly keynote 0001 (1).mp4"_s));
        QCOMPARE(m_emulator->fileHost().requestCount(), 2);

        // A saved file that was deleted is no reason to skip the job.
        QVERIFY(QFile::remove(copy->record().finalPath));
        FileTransfer *missing = save(second, u"dl-000001"_s);
        QVERIFY(!missing->savedEarlier());
        QCOMPARE(m_emulator->fileHost().requestCount(), 3);
    }

    void aCancelledTransferLeavesNothing() {
        startEmulator(4 * 1000 * 1000);
        const_cast<FileHost &>(m_emulator->fileHost()).setBytesPerSecond(2 * 1000 * 1000);
        TransferQueue queue(m_store.get(), refresherFrom(m_client.get()));
        const DownloadJob job = fetchJob(u"dl-000001"_s);
        FileTransfer *transfer =
            queue.enqueue(u"dl-000001"_s, job.encodedDownloadUrl, m_folder->path(), job.name);
        QTRY_VERIFY_WITH_TIMEOUT(transfer->record().bytesDone > 0, 10000);
        QVERIFY(QFile::exists(transfer->record().partPath()));
        QSignalSpy finished(transfer, &FileTransfer::finished);
        transfer->cancel();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(transfer->record().state, TransferRecord::State::Cancelled);
        QVERIFY(!QFile::exists(transfer->record().partPath()));
        QVERIFY(!m_store->find(u"dl-000001"_s));
        QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void restoreKeepsTheUsersChoices() {
        startEmulator(100000);
        const DownloadJob job = fetchJob(u"dl-000001"_s);
        const auto stored = [&](const QString &id, TransferRecord::State state) {
            TransferRecord record;
            record.jobId = id;
            record.url = job.encodedDownloadUrl;
            record.finalPath = m_folder->filePath(id + u".mp4"_s);
            record.state = state;
            record.error = u"The file host answered HTTP 500."_s;
            QVERIFY(m_store->save(record));
        };
        stored(u"dl-000001"_s, TransferRecord::State::Running);
        stored(u"dl-000002"_s, TransferRecord::State::Paused);
        stored(u"dl-000003"_s, TransferRecord::State::Failed);
        TransferQueue queue(m_store.get(), refresherFrom(m_client.get()));
        QSignalSpy idle(&queue, &TransferQueue::allFinished);
        queue.restore();
        QVERIFY(idle.wait(10000));
        // Only what was running when the last run stopped went on by itself.
        QCOMPARE(queue.transfer(u"dl-000001"_s)->record().state, TransferRecord::State::Done);
        QCOMPARE(queue.transfer(u"dl-000002"_s)->record().state, TransferRecord::State::Paused);
        QCOMPARE(queue.transfer(u"dl-000003"_s)->record().state, TransferRecord::State::Failed);
        QCOMPARE(queue.transfer(u"dl-000003"_s)->record().error,
                 u"The file host answered HTTP 500."_s);
        QCOMPARE(m_emulator->fileHost().requestCount(), 1);
    }

    void theSpeedLimitHolds() {
        // 3 s at 500 kB/s is long enough for a ±10% check to mean something and short enough
        // for every run; tests/bench/run-limit-rate-bench.sh checks 20 s.
        const qint64 rate = 500 * 1000;
        const qint64 size = 3 * rate;
        startEmulator(size);
        TransferQueue queue(m_store.get(), refresherFrom(m_client.get()));
        queue.setSpeedLimit(rate);
        QElapsedTimer clock;
        clock.start();
        FileTransfer *transfer = save(queue, u"dl-000001"_s);
        const double seconds = double(clock.elapsed()) / 1000.0;
        QCOMPARE(transfer->record().state, TransferRecord::State::Done);
        QCOMPARE(TestEnvironment::sha256Of(transfer->record().finalPath),
                 FileContent(u"dl-000001"_s, size).sha256());
        const double achieved = double(size) / seconds;
        QVERIFY2(achieved > double(rate) * 0.9 && achieved < double(rate) * 1.1,
                 qPrintable(QStringLiteral("%1 bytes/s over %2 s").arg(achieved).arg(seconds)));
    }
};

QTEST_GUILESS_MAIN(FileTransferTest)
#include "tst_filetransfer.moc"
