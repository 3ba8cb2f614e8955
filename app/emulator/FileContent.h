#pragma once

#include <QByteArray>
#include <QString>

// The bytes of a job's file: deterministic per job id, cheap to produce at any offset, so the
// file host can serve ranges of a 1 GiB file without storing it and tests can check hashes.
class FileContent final {
public:
    FileContent(const QString &jobId, qint64 size);

    qint64 size() const { return m_size; }
    // Fills out with length bytes starting at offset (clamped to the file's end).
    qint64 read(qint64 offset, char *out, qint64 length) const;
    QByteArray sha256() const;

private:
    static const QByteArray &pattern();
    static qint64 phaseFor(const QString &jobId);
    qint64 m_size;
    qint64 m_phase;
};
