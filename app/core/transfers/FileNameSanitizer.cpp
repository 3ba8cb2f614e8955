#include "core/transfers/FileNameSanitizer.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace {

const QString defaultExtension = QStringLiteral(".mp4");
// Not allowed in names on NTFS and exFAT (a USB stick), besides the path separators.
const QString replacedCharacters = QStringLiteral("/\\:*?\"<>|");

QString withoutUnsafeCharacters(const QString &name) {
    QString cleaned;
    cleaned.reserve(name.size());
    for (const QChar c : name) {
        if (replacedCharacters.contains(c))
            cleaned += QLatin1Char('_');
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
                 c == QChar(0))
            continue;
        else
            cleaned += c;
    }
    while (cleaned.contains(QLatin1String("..")))
        cleaned.replace(QLatin1String(".."), QLatin1String("."));
    // Leading dots would hide the file; trailing dots and spaces confuse other systems.
    while (!cleaned.isEmpty() && (cleaned.front() == QLatin1Char('.') || cleaned.front().isSpace()))
        cleaned.remove(0, 1);
    while (!cleaned.isEmpty() && (cleaned.back() == QLatin1Char('.') || cleaned.back().isSpace()))
        cleaned.chop(1);
    return cleaned;
}

// Windows reserves these device names with any extension and in any case: "con.mp4" cannot
// be created on an NTFS or exFAT disk.
bool isReservedDeviceName(const QString &base) {
    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$"),
        QRegularExpression::CaseInsensitiveOption);
    return reserved.match(base.section(QLatin1Char('.'), 0, 0).trimmed()).hasMatch();
}

QString truncatedToBytes(QString text, int maxBytes) {
    while (text.toUtf8().size() > maxBytes)
        text.chop(text.size() > 1 && text.back().isLowSurrogate() ? 2 : 1);
    return text;
}

} // namespace

QString FileNameSanitizer::sanitize(const QString &serverName, const QString &jobId) {
    QString name = withoutUnsafeCharacters(serverName);
    if (name.isEmpty())
        name = withoutUnsafeCharacters(jobId);
    if (name.isEmpty())
        name = QStringLiteral("download");
    QString suffix = QFileInfo(name).suffix();
    QString base = name;
    if (suffix.isEmpty() || suffix.size() > 5 ||
        !std::all_of(suffix.cbegin(), suffix.cend(),
                     [](QChar c) { return c.isLetterOrNumber(); })) {
        suffix = defaultExtension.mid(1);
    } else {
        base.chop(suffix.size() + 1);
    }
    base = truncatedToBytes(base, maxBytes - int(suffix.toUtf8().size()) - 1);
    if (base.isEmpty())
        base = truncatedToBytes(withoutUnsafeCharacters(jobId), maxBytes - 8);
    if (isReservedDeviceName(base))
        base.insert(int(base.section(QLatin1Char('.'), 0, 0).size()), QLatin1Char('_'));
    return base + QLatin1Char('.') + suffix;
}

QString FileNameSanitizer::uniquePath(const QString &folder, const QString &fileName,
                                      PartFiles partFiles) {
    const QDir dir(folder);
    const QFileInfo info(fileName);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    const QString base = suffix.isEmpty() ? fileName : fileName.chopped(suffix.size());
    QString candidate = fileName;
    const auto taken = [&](const QString &name) {
        return QFileInfo::exists(dir.filePath(name)) ||
               (partFiles == PartFiles::Avoid &&
                QFileInfo::exists(dir.filePath(name + QStringLiteral(".part"))));
    };
    for (int n = 1; taken(candidate); ++n)
        candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
    return dir.filePath(candidate);
}
