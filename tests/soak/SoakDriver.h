#pragma once

#include "RequestAudit.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <array>
#include <functional>
#include <memory>

class Emulator;
class JobSession;
class TransferStore;

// Plays a user at random, seeded: refresh, create, retry, bulk delete of ids captured from the
// list, save, pause, resume and a key change, while it watches that every operation ends in a
// signal the user sees, that no DELETE names an id nobody confirmed, and that every saved file
// has the bytes the emulator served. Breaches are collected as violations, in words.
class SoakDriver final : public QObject {
    Q_OBJECT
public:
    enum class Operation { Refresh, Create, Retry, Delete, Save, Pause, Resume, KeyChange, Count };

    // keys: what the emulator accepts; the key change walks through them.
    SoakDriver(JobSession *session, Emulator *emulator, const QString &downloadFolder,
               const QString &transferDatabase, const QStringList &keys, quint32 seed,
               QObject *parent = nullptr);
    ~SoakDriver() override;

    void start();
    // No new operation from now on, and the transfers under way are paused, as a quit does;
    // the rest of what is under way finishes.
    void stopIssuing();
    // Nothing the driver asked for is still under way; otherwise why not.
    bool isSettled(QString *why) const;
    // The checks only an end state allows: every operation answered, the request log against
    // the signals, no .part file without a record, every saved file whole. Adds violations.
    void checkEndState();

    const QStringList &violations() const { return m_violations; }
    // The figures of the run, one per line, for the log.
    QStringList figures() const;
    int issued(Operation operation) const { return m_issued[size_t(operation)]; }
    int filesSaved() const { return m_filesSaved; }
    const RequestAudit &audit() const { return m_audit; }

    static const char *nameOf(Operation operation);

private:
    void tick();
    Operation pickOperation();
    bool perform(Operation operation);
    bool refresh();
    bool create();
    bool retry();
    bool deleteSome();
    bool save();
    bool pause();
    bool resume();
    bool changeKey();
    void readRequestLog();
    void watchOutstandingRefresh();
    void onFileSaved(const QString &jobId, const QString &path);
    void onSaveFailed(const QString &jobId, const QString &reason);
    void onTransferProgress(const QString &jobId);
    void checkSavedFile(const QString &jobId, const QString &path);
    void checkPartFiles();
    QStringList rowIdsWhere(const std::function<bool(int row)> &wanted) const;
    QStringList pickSome(QStringList ids, int most);
    void violate(const QString &what);

    JobSession *m_session;
    Emulator *m_emulator;
    QString m_folder;
    std::unique_ptr<TransferStore> m_storeReader;
    QStringList m_keys;
    int m_keyIndex = 0;
    QRandomGenerator m_random;
    QTimer m_tickTimer;
    QElapsedTimer m_clock;
    bool m_issuing = false;
    qint64 m_stoppedAtMs = -1;
    qint64 m_lastOperationMs = 0;
    RequestAudit m_audit;
    QStringList m_violations;
    std::array<int, size_t(Operation::Count)> m_issued{};

    // A refresh asked for and not yet answered by refreshFinished or problem; -1 when none.
    qint64 m_refreshAskedAtMs = -1;
    int m_refreshesFinished = 0;
    int m_problems = 0;
    int m_created = 0;
    int m_createsFailed = 0;
    int m_retriesFailed = 0;
    // Ids captured for a delete, confirmed or not yet: none is captured twice, so each id's
    // last DELETE answer tells what the user must have been told about it.
    QSet<QString> m_capturedForDeletion;
    int m_deleteBatchesFinished = 0;
    int m_deleted = 0;
    int m_alreadyGone = 0;
    int m_deletesFailed = 0;
    // Jobs asked to be saved (or resumed) whose transfer has not ended in fileSaved,
    // saveFailed, a pause or a cancel since.
    QSet<QString> m_awaitingSave;
    // Every job the driver ever asked to save, for pause and resume to pick from.
    QSet<QString> m_everSaved;
    int m_filesSaved = 0;
    int m_saveFailures = 0;
    // .part files found at the end, each with its record: what the end check had to look at.
    int m_partFilesAtEnd = 0;
    // The saved files kept on disk, oldest first; the rest are removed to bound the disk.
    QStringList m_keptFiles;
};
