#pragma once

#include <QString>

// Turns a name chosen by the server (or anyone who named the job) into one that is safe to
// create in the user's folder: no directories, no "..", no control characters, a bounded
// length and a sensible extension.
class FileNameSanitizer final {
public:
    static constexpr int maxBytes = 200;

    static QString sanitize(const QString &serverName, const QString &jobId);
    enum class PartFiles { Avoid, Ignore };
    // folder/name, or "name (1).ext", "name (2).ext"… when that is taken. With Avoid, a name is
    // also taken while another transfer's "name.part" exists.
    static QString uniquePath(const QString &folder, const QString &fileName,
                              PartFiles partFiles = PartFiles::Avoid);
};
