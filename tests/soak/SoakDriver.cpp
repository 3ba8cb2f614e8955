#include "SoakDriver.h"

#include "core/jobs/JobSession.h"
#include "core/transfers/TransferStore.h"
#include "emulator/Emulator.h"
#include "emulator/FileContent.h"
#include "emulator/FileHost.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// How often each operation is picked, out of their sum. Saves dominate: they cross the most
// parts (lookup, queue, file host, store); a key change is rare, as it is for a user.
constexpr std::array<int, size_t(SoakDriver::Operation::Count)> weights = {
    12, // Refresh
    12, // Create
    10, // Retry
    10, // Delete
    24, // Save
    10, // Pause
    10, // Resume
    1,  // KeyChange
};
// The list stays between these sizes, so deletes always find rows and creates never run away.
constexpr int fewestRowsToDelete = 16;
constexpr int mostRowsToCreate = 70;
constexpr int keptSavedFiles = 24;
// Retries get one answer; a done create or retry may still look its job up (with up to three
// retries a second apart), so the end waits this long after the last operation.
constexpr qint64 settleMs = 6000;
// A listing of a few pages, each retried three times a second apart, ends well within this.
constexpr qint64 refreshDeadlineMs = 60 * 1000;

} // namespace

SoakDriver::SoakDriver(JobSession *session, Emulator *emulator, const QString &downloadFolder,
                       const QString &transferDatabase, const QStringList &keys, quint32 seed,
                       QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_emulator(emulator)
    , m_folder(downloadFolder)
    , m_storeReader(std::make_unique<TransferStore>(transferDatabase))
    , m_keys(keys)
    , m_random(seed) {
    m_tickTimer.setSingleShot(true);
    connect(&m_tickTimer, &QTimer::timeout, this, &SoakDriver::tick);

    JobBoard *board = m_session->board();
    connect(board, &JobBoard::refreshFinished, this, [this] {
        ++m_refreshesFinished;
        m_refreshAskedAtMs = -1;
    });
    connect(board, &JobBoard::problem, this, [this](const ApiError &error) {
        ++m_problems;
        m_refreshAskedAtMs = -1;
        if (error.describe().isEmpty())
            violate(u"a problem was shown without words"_s);
    });
    connect(board, &JobBoard::jobCreated, this, [this] { ++m_created; });
    connect(board, &JobBoard::createFailed, this, [this](const ApiError &error) {
        ++m_createsFailed;
        if (error.describe().isEmpty())
            violate(u"a create failed without words"_s);
    });
    connect(board, &JobBoard::retryFailed, this, [this](const QString &id, const ApiError &error) {
        ++m_retriesFailed;
        if (error.describe().isEmpty())
            violate(u"retrying %1 failed without words"_s.arg(id));
    });
    connect(board, &JobBoard::deletionFinished, this, [this](int deleted, int gone, int failed) {
        ++m_deleteBatchesFinished;
        m_deleted += deleted;
        m_alreadyGone += gone;
        m_deletesFailed += failed;
    });
    JobTransfers *transfers = m_session->transfers();
    connect(transfers, &JobTransfers::fileSaved, this, &SoakDriver::onFileSaved);
    connect(transfers, &JobTransfers::saveFailed, this, &SoakDriver::onSaveFailed);
    connect(transfers, &JobTransfers::progressChanged, this, &SoakDriver::onTransferProgress);
}

SoakDriver::~SoakDriver() = default;

void SoakDriver::start() {
    if (!m_storeReader->isOpen())
        violate(u"the transfer store cannot be read: %1"_s.arg(m_storeReader->errorString()));
    m_clock.start();
    m_issuing = true;
    refresh();
    ++m_issued[size_t(Operation::Refresh)];
    m_tickTimer.start(0);
}

void SoakDriver::stopIssuing() {
    m_issuing = false;
    m_stoppedAtMs = m_clock.elapsed();
    // What a quit does: the transfers under way stop and keep their .part files, which the
    // end check then holds against the records.
    m_session->transfers()->pauseAll();
}

void SoakDriver::tick() {
    readRequestLog();
    watchOutstandingRefresh();
    if (!m_issuing) {
        m_tickTimer.start(100);
        return;
    }
    const Operation operation = pickOperation();
    if (perform(operation)) {
        ++m_issued[size_t(operation)];
        m_lastOperationMs = m_clock.elapsed();
    }
    m_tickTimer.start(m_random.bounded(10, 100));
}

SoakDriver::Operation SoakDriver::pickOperation() {
    int total = 0;
    for (const int weight : weights)
        total += weight;
    int pick = m_random.bounded(total);
    for (size_t index = 0; index < weights.size(); ++index) {
        if (pick < weights[index])
            return Operation(index);
        pick -= weights[index];
    }
    return Operation::Refresh;
}

bool SoakDriver::perform(Operation operation) {
    switch (operation) {
    case Operation::Refresh:
        return refresh();
    case Operation::Create:
        return create();
    case Operation::Retry:
        return retry();
    case Operation::Delete:
        return deleteSome();
    case Operation::Save:
        return save();
    case Operation::Pause:
        return pause();
    case Operation::Resume:
        return resume();
    case Operation::KeyChange:
        return changeKey();
    case Operation::Count:
        break;
    }
    return false;
}

bool SoakDriver::refresh() {
    m_session->board()->refresh();
    if (m_refreshAskedAtMs < 0)
        m_refreshAskedAtMs = m_clock.elapsed();
    return true;
}

bool SoakDriver::create() {
    if (m_session->model()->rowCount() > mostRowsToCreate)
        return false;
    const int number = issued(Operation::Create) + 1;
    // The emulator fails jobs whose link says so: they give retries something to do.
    const QString link = m_random.bounded(10) < 3
                             ? u"https://stream.videodb.io/v/soak-fail-%1.m3u8"_s.arg(number)
                             : u"https://stream.videodb.io/v/soak-%1.m3u8"_s.arg(number);
    const QString name = m_random.bounded(2) == 0 ? QString() : u"Soak %1.mp4"_s.arg(number);
    m_session->board()->createJob(link, name);
    return true;
}

bool SoakDriver::retry() {
    const JobListModel *model = m_session->model();
    const bool anyJob = m_random.bounded(5) == 0;
    const QStringList ids = rowIdsWhere([model, anyJob](int row) {
        const JobListModel::Row &candidate = model->rowAt(row);
        return candidate.activity == JobListModel::Activity::None &&
               (anyJob || candidate.job.status == JobStatus::Failed);
    });
    if (ids.isEmpty())
        return false;
    m_session->board()->retryJob(pickSome(ids, 1).first());
    return true;
}

bool SoakDriver::deleteSome() {
    const JobListModel *model = m_session->model();
    if (model->rowCount() < fewestRowsToDelete)
        return false;
    const QStringList candidates = rowIdsWhere([this, model](int row) {
        const JobListModel::Row &candidate = model->rowAt(row);
        return candidate.activity != JobListModel::Activity::Deleting &&
               !m_capturedForDeletion.contains(candidate.job.id);
    });
    if (candidates.isEmpty())
        return false;
    // Captured now, as a selection is when the dialog opens; confirmed a moment later, while
    // the list may change (or the key) under the open dialog.
    const QStringList captured = pickSome(candidates, m_random.bounded(1, 7));
    for (const QString &id : captured)
        m_capturedForDeletion.insert(id);
    QTimer::singleShot(m_random.bounded(0, 300), this, [this, captured] {
        m_audit.confirmDeletion(captured);
        m_session->deleteJobs(captured);
    });
    return true;
}

bool SoakDriver::save() {
    const JobListModel *model = m_session->model();
    const QStringList done =
        rowIdsWhere([model](int row) { return model->rowAt(row).job.status == JobStatus::Done; });
    if (done.isEmpty())
        return false;
    const QStringList ids = pickSome(done, m_random.bounded(1, 4));
    for (const QString &id : ids) {
        m_awaitingSave.insert(id);
        m_everSaved.insert(id);
    }
    m_session->saveJobs(ids, m_folder,
                        m_random.bounded(5) == 0 ? JobTransfers::Copy::Another
                                                 : JobTransfers::Copy::ReuseSaved);
    return true;
}

bool SoakDriver::pause() {
    QStringList running;
    for (const QString &id : std::as_const(m_everSaved)) {
        if (m_session->transfers()->progress(id).isRunning())
            running.append(id);
    }
    if (running.isEmpty())
        return false;
    m_session->transfers()->pause(pickSome(running, 1).first());
    return true;
}

bool SoakDriver::resume() {
    QStringList resumable;
    for (const QString &id : std::as_const(m_everSaved)) {
        if (m_session->transfers()->progress(id).canResume())
            resumable.append(id);
    }
    if (resumable.isEmpty())
        return false;
    const QString id = pickSome(resumable, 1).first();
    m_awaitingSave.insert(id);
    m_session->transfers()->resume(id);
    return true;
}

bool SoakDriver::changeKey() {
    m_keyIndex = (m_keyIndex + 1) % int(m_keys.size());
    ClientConfig config = m_session->config();
    config.apiKey = m_keys.at(m_keyIndex);
    m_session->setConfig(config);
    // The old account's listing is cancelled without a word (JobBoard::setConfig); the new
    // one is asked for, as the window does after an account change.
    m_refreshAskedAtMs = -1;
    refresh();
    return true;
}

void SoakDriver::readRequestLog() {
    const qsizetype straysBefore = m_audit.strayDeletes().size();
    const int refusedBefore = m_audit.refusedForTheirKey();
    m_audit.read(m_emulator->apiServer().takeRequestLog());
    for (qsizetype index = straysBefore; index < m_audit.strayDeletes().size(); ++index)
        violate(u"DELETE sent for an id nobody confirmed: %1"_s.arg(m_audit.strayDeletes()[index]));
    // Every key the soak changes to is one the emulator accepts: a 401 means a key went wrong.
    if (m_audit.refusedForTheirKey() > refusedBefore)
        violate(u"%1 requests were refused for their key"_s.arg(m_audit.refusedForTheirKey() -
                                                                refusedBefore));
}

void SoakDriver::watchOutstandingRefresh() {
    if (m_refreshAskedAtMs >= 0 && m_clock.elapsed() - m_refreshAskedAtMs > refreshDeadlineMs) {
        violate(u"a refresh asked for at %1 ms ended in neither refreshFinished nor problem"_s.arg(
            m_refreshAskedAtMs));
        m_refreshAskedAtMs = -1;
    }
}

void SoakDriver::onFileSaved(const QString &jobId, const QString &path) {
    m_awaitingSave.remove(jobId);
    ++m_filesSaved;
    checkSavedFile(jobId, path);
    m_keptFiles.removeAll(path);
    m_keptFiles.append(path);
    while (m_keptFiles.size() > keptSavedFiles)
        QFile::remove(m_keptFiles.takeFirst());
}

void SoakDriver::onSaveFailed(const QString &jobId, const QString &reason) {
    m_awaitingSave.remove(jobId);
    ++m_saveFailures;
    if (reason.trimmed().isEmpty())
        violate(u"saving %1 failed without saying why"_s.arg(jobId));
}

void SoakDriver::onTransferProgress(const QString &jobId) {
    // A pause the driver asked for, or a cancel by a delete, ends a save without a signal of
    // its own: the user caused it and sees the row change.
    switch (m_session->transfers()->progress(jobId).phase) {
    case TransferProgress::Phase::Paused:
    case TransferProgress::Phase::Cancelled:
        m_awaitingSave.remove(jobId);
        break;
    default:
        break;
    }
}

void SoakDriver::checkSavedFile(const QString &jobId, const QString &path) {
    const QByteArray expected = FileContent(jobId, m_emulator->options().fileSize).sha256();
    const QByteArray actual = TestEnvironment::sha256Of(path);
    if (actual != expected)
        violate(u"%1 was saved as %2 with SHA-256 %3, but the emulator served %4"_s.arg(
            jobId, path, QString::fromLatin1(actual.toHex()),
            QString::fromLatin1(expected.toHex())));
    const std::optional<TransferRecord> record = m_storeReader->find(jobId);
    if (!record || record->sha256 != expected.toHex())
        violate(u"the store's record of %1 does not hold the SHA-256 of its file"_s.arg(jobId));
}

void SoakDriver::checkPartFiles() {
    const QVector<TransferRecord> records = m_storeReader->all();
    const QFileInfoList parts =
        QDir(m_folder).entryInfoList({u"*.part"_s}, QDir::Files | QDir::Hidden);
    m_partFilesAtEnd = int(parts.size());
    for (const QFileInfo &part : parts) {
        const auto owner =
            std::find_if(records.cbegin(), records.cend(), [&part](const TransferRecord &record) {
                return QFileInfo(record.partPath()).absoluteFilePath() == part.absoluteFilePath();
            });
        if (owner == records.cend())
            violate(u"%1 is left without a transfer record"_s.arg(part.fileName()));
        else if (owner->state == TransferRecord::State::Done)
            violate(u"%1 is left beside a record that says it was saved"_s.arg(part.fileName()));
    }
    for (const TransferRecord &record : records) {
        if (record.state == TransferRecord::State::Done && record.savedFileIntact())
            checkSavedFile(record.jobId, record.finalPath);
    }
}

bool SoakDriver::isSettled(QString *why) const {
    const auto busy = [why](const QString &reason) {
        *why = reason;
        return false;
    };
    if (m_issuing)
        return busy(u"still issuing operations"_s);
    if (m_refreshAskedAtMs >= 0)
        return busy(u"a refresh is under way"_s);
    if (m_deleteBatchesFinished < issued(Operation::Delete))
        return busy(u"%1 of %2 delete batches finished"_s.arg(m_deleteBatchesFinished)
                        .arg(issued(Operation::Delete)));
    if (m_created + m_createsFailed < issued(Operation::Create))
        return busy(u"%1 of %2 creates answered"_s.arg(m_created + m_createsFailed)
                        .arg(issued(Operation::Create)));
    if (!m_session->transfers()->isIdle())
        return busy(u"transfers are running"_s);
    if (!m_awaitingSave.isEmpty())
        return busy(u"saves of %1 have not ended"_s.arg(
            QStringList(m_awaitingSave.values()).join(u", "_s)));
    const JobListModel *model = m_session->model();
    const QStringList busyRows = rowIdsWhere(
        [model](int row) { return model->rowAt(row).activity != JobListModel::Activity::None; });
    if (!busyRows.isEmpty())
        return busy(u"rows still deleting or retrying: %1"_s.arg(busyRows.join(u", "_s)));
    if (m_clock.elapsed() - qMax(m_stoppedAtMs, m_lastOperationMs) < settleMs)
        return busy(u"late answers may still come"_s);
    return true;
}

void SoakDriver::checkEndState() {
    readRequestLog();
    QString why;
    if (!isSettled(&why))
        violate(u"the session never settled: %1"_s.arg(why));

    // Creates and retries are never retried by the client: every one reached the server once,
    // and every one it refused reached the user.
    const RequestAudit::Tally creates = m_audit.tally(RequestAudit::Endpoint::Create);
    if (m_created + m_createsFailed != issued(Operation::Create))
        violate(u"%1 creates asked for, but %2 jobCreated and %3 createFailed"_s
                    .arg(issued(Operation::Create))
                    .arg(m_created)
                    .arg(m_createsFailed));
    if (creates.requests != issued(Operation::Create))
        violate(u"%1 creates asked for, but the server saw %2"_s.arg(issued(Operation::Create))
                    .arg(creates.requests));
    if (m_createsFailed < creates.failed)
        violate(u"the server refused %1 creates, but only %2 createFailed were signalled"_s
                    .arg(creates.failed)
                    .arg(m_createsFailed));
    const RequestAudit::Tally retries = m_audit.tally(RequestAudit::Endpoint::Retry);
    if (retries.requests != issued(Operation::Retry))
        violate(u"%1 retries asked for, but the server saw %2"_s.arg(issued(Operation::Retry))
                    .arg(retries.requests));
    if (m_retriesFailed < retries.failed || m_retriesFailed > issued(Operation::Retry))
        violate(u"the server refused %1 of %2 retries, but %3 retryFailed were signalled"_s
                    .arg(retries.failed)
                    .arg(issued(Operation::Retry))
                    .arg(m_retriesFailed));

    // Deletes are retried on transient faults: each confirmed id's last answer decides what
    // the user must have been told, exactly.
    if (m_audit.idsNeverAsked() != 0)
        violate(u"%1 confirmed ids were never asked to be deleted"_s.arg(m_audit.idsNeverAsked()));
    if (m_deleted != m_audit.idsDeletedByServer() || m_alreadyGone != m_audit.idsAlreadyGone() ||
        m_deletesFailed != m_audit.idsLeftUndeleted())
        violate(u"deletionFinished told %1 deleted, %2 already gone, %3 failed; the server's "
                "last answers were %4, %5 and %6"_s.arg(m_deleted)
                    .arg(m_alreadyGone)
                    .arg(m_deletesFailed)
                    .arg(m_audit.idsDeletedByServer())
                    .arg(m_audit.idsAlreadyGone())
                    .arg(m_audit.idsLeftUndeleted()));
    checkPartFiles();
}

QStringList SoakDriver::figures() const {
    QStringList lines;
    QStringList operations;
    for (int index = 0; index < int(Operation::Count); ++index)
        operations.append(
            u"%1 %2"_s.arg(QLatin1String(nameOf(Operation(index)))).arg(m_issued[size_t(index)]));
    lines.append(u"operations: "_s + operations.join(u", "_s));
    const RequestAudit::Tally total = m_audit.total();
    QStringList injected;
    for (int index = 0; index < int(RequestAudit::Endpoint::Count); ++index) {
        const RequestAudit::Tally &tally = m_audit.tally(RequestAudit::Endpoint(index));
        if (tally.requests > 0)
            injected.append(
                u"%1 %2/%3"_s
                    .arg(QLatin1String(RequestAudit::nameOf(RequestAudit::Endpoint(index))))
                    .arg(tally.injected)
                    .arg(tally.requests));
    }
    lines.append(u"API requests %1, faults injected %2 (%3)"_s.arg(total.requests)
                     .arg(total.injected)
                     .arg(injected.join(u", "_s)));
    lines.append(
        u"file host: %1 responses, %2 chosen to be cut"_s.arg(m_emulator->fileHost().requestCount())
            .arg(m_emulator->fileHost().responsesChosenToDrop()));
    lines.append(
        u"refreshes finished %1, problems shown %2"_s.arg(m_refreshesFinished).arg(m_problems));
    lines.append(u"creates: %1 created, %2 failed; retries: %3 failed"_s.arg(m_created)
                     .arg(m_createsFailed)
                     .arg(m_retriesFailed));
    lines.append(u"deletes: %1 ids confirmed in %2 batches: %3 deleted, %4 already gone, %5 "
                 "failed"_s.arg(m_audit.confirmedCount())
                     .arg(m_deleteBatchesFinished)
                     .arg(m_deleted)
                     .arg(m_alreadyGone)
                     .arg(m_deletesFailed));
    lines.append(u"saves: %1 files saved (SHA-256 checked), %2 failed; %3 .part files at the end"_s
                     .arg(m_filesSaved)
                     .arg(m_saveFailures)
                     .arg(m_partFilesAtEnd));
    return lines;
}

const char *SoakDriver::nameOf(Operation operation) {
    switch (operation) {
    case Operation::Refresh:
        return "refresh";
    case Operation::Create:
        return "create";
    case Operation::Retry:
        return "retry";
    case Operation::Delete:
        return "delete";
    case Operation::Save:
        return "save";
    case Operation::Pause:
        return "pause";
    case Operation::Resume:
        return "resume";
    case Operation::KeyChange:
        return "key change";
    case Operation::Count:
        break;
    }
    return "?";
}

QStringList SoakDriver::rowIdsWhere(const std::function<bool(int row)> &wanted) const {
    QStringList ids;
    const JobListModel *model = m_session->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (wanted(row))
            ids.append(model->jobAt(row).id);
    }
    return ids;
}

QStringList SoakDriver::pickSome(QStringList ids, int most) {
    QStringList picked;
    while (!ids.isEmpty() && picked.size() < most)
        picked.append(ids.takeAt(m_random.bounded(int(ids.size()))));
    return picked;
}

void SoakDriver::violate(const QString &what) {
    m_violations.append(u"[%1 ms] %2"_s.arg(m_clock.elapsed()).arg(what));
}
