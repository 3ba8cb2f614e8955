#pragma once

#include <QByteArray>
#include <QString>

// What must survive a crash to resume a file transfer: where from, where to, how far, and the
// validator that proves the server still has the same file.
struct TransferRecord final {
    enum class State { Queued, Running, Paused, Done, Failed };

    QString jobId;
    QByteArray url;
    QString finalPath;
    qint64 bytesDone = 0;
    qint64 totalBytes = -1;
    QByteArray etag;
    State state = State::Queued;
    QString error;

    QString partPath() const { return finalPath + QStringLiteral(".part"); }
    static QString stateName(State state);
    static State stateFromName(const QString &name);
};
