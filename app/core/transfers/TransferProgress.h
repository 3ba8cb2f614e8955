#pragma once

#include <QMetaType>
#include <QString>

// Where one job's file transfer stands, in numbers and states; the ui makes the words.
struct TransferProgress final {
    enum class Phase {
        None,
        Waiting,
        Running,
        // Another process (a second window, the CLI) holds the job's claim and writes the file.
        SavingElsewhere,
        Paused,
        Saved,
        // Saved once, but the file is no longer where it was saved, or no longer whole.
        SavedFileMissing,
        Failed,
        Cancelled
    };

    Phase phase = Phase::None;
    qint64 bytesDone = 0;
    // -1 while the size is unknown.
    qint64 totalBytes = -1;
    qint64 bytesPerSecond = 0;
    // -1 when unknown.
    qint64 secondsLeft = -1;
    // Where the file was saved (Saved, SavedFileMissing).
    QString savedPath;
    // Saved by an earlier run or another process, not by this one.
    bool savedEarlier = false;
    // SavingElsewhere: the other process's pid, or -1 when it could not be read.
    qint64 ownerPid = 0;
    // Why it failed, in the transfer's own words.
    QString error;

    // 0 to 100, or -1 while the size is unknown.
    int percent() const {
        if (phase == Phase::Saved || totalBytes == 0)
            return 100;
        return totalBytes > 0 ? int(bytesDone * 100 / totalBytes) : -1;
    }
    bool isRunning() const { return phase == Phase::Running; }
    bool isSaved() const { return phase == Phase::Saved; }
    bool canResume() const { return phase == Phase::Paused || phase == Phase::Failed; }
    bool canCancel() const {
        return phase == Phase::Waiting || phase == Phase::Running ||
               phase == Phase::SavingElsewhere || canResume();
    }
};

Q_DECLARE_METATYPE(TransferProgress)
