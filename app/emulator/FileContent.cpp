#include "emulator/FileContent.h"

#include <QCryptographicHash>

#include <cstring>

namespace {
// A prime period keeps the pattern from lining up with power-of-two chunk sizes, so a chunk
// served from the wrong offset changes the hash.
constexpr qint64 patternLength = 1048573;
} // namespace

const QByteArray &FileContent::pattern() {
    static const QByteArray bytes = [] {
        QByteArray generated(patternLength, Qt::Uninitialized);
        quint64 state = 0x9E3779B97F4A7C15ULL;
        for (qint64 i = 0; i < patternLength; ++i) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            generated[i] = char(state >> 56);
        }
        return generated;
    }();
    return bytes;
}

FileContent::FileContent(const QString &jobId, qint64 size)
    : m_size(qMax<qint64>(0, size))
    , m_phase(phaseFor(jobId)) {}

qint64 FileContent::phaseFor(const QString &jobId) {
    // A hash that is the same in every process, unlike qHash with the global seed.
    const QByteArray digest = QCryptographicHash::hash(jobId.toUtf8(), QCryptographicHash::Sha256);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest[i]);
    return qint64(value % patternLength);
}

qint64 FileContent::read(qint64 offset, char *out, qint64 length) const {
    if (offset < 0 || offset >= m_size)
        return 0;
    const qint64 total = qMin(length, m_size - offset);
    const char *source = pattern().constData();
    qint64 written = 0;
    while (written < total) {
        const qint64 position = (m_phase + offset + written) % patternLength;
        const qint64 run = qMin(total - written, patternLength - position);
        std::memcpy(out + written, source + position, size_t(run));
        written += run;
    }
    return total;
}

QByteArray FileContent::sha256() const {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (qint64 offset = 0; offset < m_size;) {
        const qint64 got = read(offset, buffer.data(), buffer.size());
        hash.addData(QByteArrayView(buffer.constData(), got));
        offset += got;
    }
    return hash.result();
}
