#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

// The right to write one job's file in one folder, held by one process at a time: a lock file
// beside the .part that names its owner's pid. The claim is taken before the first byte is
// written and released after the rename. A claim whose owner died (kill -9, a crash, a power
// cut) is stale: the next claimant sees that the pid no longer runs and takes it over.
class TransferClaim final {
public:
    TransferClaim(const QString &folder, const QString &jobId);

    // False while another live process holds it; ownerPid() then names that process.
    bool tryClaim();
    void release();
    bool isHeld() const { return m_lock->isLocked(); }
    // The pid of the process holding the claim, or 0 when unknown.
    qint64 ownerPid() const;
    // Empty unless the claim could not even be attempted (an unwritable folder).
    QString problem() const;
    QString fileName() const { return m_fileName; }

private:
    QString m_fileName;
    std::unique_ptr<QLockFile> m_lock;
};
