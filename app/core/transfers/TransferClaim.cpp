#include "core/transfers/TransferClaim.h"

#include <QDir>
#include <QUrl>

TransferClaim::TransferClaim(const QString &folder, const QString &jobId)
    // Hidden, and named by the job rather than the file: two processes must meet here before
    // either picks a file name.
    : m_fileName(QDir(folder).filePath(QLatin1Char('.') +
                                       QString::fromLatin1(QUrl::toPercentEncoding(jobId)) +
                                       QStringLiteral(".videodb-claim")))
    , m_lock(std::make_unique<QLockFile>(m_fileName)) {
    // A transfer may run for hours: only a dead owner makes a claim stale, never its age.
    m_lock->setStaleLockTime(0);
}

bool TransferClaim::tryClaim() {
    return m_lock->isLocked() || m_lock->tryLock(0);
}

void TransferClaim::release() {
    m_lock->unlock();
}

qint64 TransferClaim::ownerPid() const {
    qint64 pid = 0;
    return m_lock->getLockInfo(&pid, nullptr, nullptr) ? pid : 0;
}

QString TransferClaim::problem() const {
    switch (m_lock->error()) {
    case QLockFile::PermissionError:
        return QObject::tr("Cannot create %1: permission denied.").arg(m_fileName);
    case QLockFile::UnknownError:
        return QObject::tr("Cannot create %1.").arg(m_fileName);
    case QLockFile::NoError:
    case QLockFile::LockFailedError:
        break;
    }
    return {};
}
