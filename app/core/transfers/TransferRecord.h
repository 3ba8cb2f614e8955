#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// What must survive a crash to resume a file transfer: where from, where to, how far, and the
// validator that proves the server still has the same file. Once Done it is the history of the
// save: where the file went, its size, its SHA-256 and when it was finished.
struct TransferRecord final {
    // Cancelled is never stored: a cancelled transfer's record is removed.
    enum class State { Queued, Running, Paused, Done, Failed, Cancelled };

    QString jobId;
    QByteArray url;
    QString finalPath;
    qint64 bytesDone = 0;
    qint64 totalBytes = -1;
    QByteArray etag;
    State state = State::Queued;
    QString error;
    // Hex SHA-256 of the saved file, hashed as its bytes streamed in.
    QByteArray sha256;
    QDateTime finishedAt;

    QString partPath() const { return finalPath + QStringLiteral(".part"); }
    // Done, and the file is still where it was saved with the size it was saved with.
    bool savedFileIntact() const;
    static QString stateName(State state);
    static State stateFromName(const QString &name);
};
