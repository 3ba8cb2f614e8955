#include "core/transfers/FileNameSanitizer.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace {

const QString defaultExtension = QStringLiteral(".mp4");
// Not allowed in names on NTFS and exFAT (a USB stick), besides the path separators.
const QString replacedCharacters = QStringLiteral("/\\:*?\"<>|");

QString withoutTrailingDotsOrSpaces(QString text) {
    while (!text.isEmpty() && (text.back() == QLatin1Char('.') || text.back().isSpace()))
        text.chop(1);
    return text;
}

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
    return withoutTrailingDotsOrSpaces(cleaned);
}

// Windows reserves these device names with any extension and in any case: "con.mp4" cannot
// be created on an NTFS or exFAT disk. The length of the reserved word base starts with, or 0.
int reservedDeviceNameLength(const QString &base) {
    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString word = base.section(QLatin1Char('.'), 0, 0).trimmed();
    return reserved.match(word).hasMatch() ? int(word.size()) : 0;
}

// A cut can leave a trailing dot or space behind: those go too, so that sanitising the result
// again changes nothing.
QString fittedToBytes(QString text, int maxBytes) {
    while (text.toUtf8().size() > maxBytes)
        text.chop(text.size() > 1 && text.back().isLowSurrogate() ? 2 : 1);
    return withoutTrailingDotsOrSpaces(text);
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
    // base starts with neither a dot nor a space, so no cut or trim below can empty it.
    const int baseBytes = maxBytes - int(suffix.toUtf8().size()) - 1;
    base = fittedToBytes(base, baseBytes);
    if (const int reservedLength = reservedDeviceNameLength(base)) {
        // Marked right after the word, and cut again: the mark must not pass the limit.
        base.insert(reservedLength, QLatin1Char('_'));
        base = fittedToBytes(base, baseBytes);
    }
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
