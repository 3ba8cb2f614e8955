// The file-name sanitiser against any name a server (or whoever named the job) can send.
// Input: the server's name and the job id, split at the first NUL; both UTF-8, or UTF-16 after
// a "\xff\xfe" mark, which reaches the lone surrogates a JSON "\ud800" escape can carry.
#include "FuzzProperty.h"

#include "core/transfers/FileNameSanitizer.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace {

QString decoded(const QByteArray &bytes, bool utf16) {
    if (!utf16)
        return QString::fromUtf8(bytes);
    return QString(reinterpret_cast<const QChar *>(bytes.constData()), bytes.size() / 2);
}

void requireSafe(const QString &name) {
    requireProperty(!name.isEmpty(), "a name is never empty");
    requireProperty(!name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')),
                    "a name has no separator");
    requireProperty(!name.contains(QChar(0)), "a name has no NUL");
    requireProperty(name != QLatin1String(".") && name != QLatin1String(".."),
                    "a name is never . or ..");
    requireProperty(!name.startsWith(QLatin1Char('.')), "a name is never hidden");
    requireProperty(name.toUtf8().size() <= FileNameSanitizer::maxBytes,
                    "a name has at most 200 bytes of UTF-8");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool utf16 = input.startsWith("\xff\xfe");
    if (utf16)
        input.remove(0, 2);
    const qsizetype split = utf16 ? -1 : input.indexOf('\0');
    QString serverName = decoded(split < 0 ? input : input.left(split), utf16);
    QString jobId = split < 0 ? QString() : decoded(input.mid(split + 1), false);
    if (utf16) {
        const qsizetype nul = serverName.indexOf(QChar(0));
        if (nul >= 0) {
            jobId = serverName.mid(nul + 1);
            serverName.truncate(nul);
        }
    }

    const QString safe = FileNameSanitizer::sanitize(serverName, jobId);
    requireSafe(safe);
    requireProperty(FileNameSanitizer::sanitize(safe, jobId) == safe,
                    "a sanitised name is stable when sanitised again");
    return 0;
}
