#include "core/transfers/TransferRecord.h"

#include <QFileInfo>

bool TransferRecord::savedFileIntact() const {
    const QFileInfo file(finalPath);
    return state == State::Done && file.isFile() && file.size() == totalBytes;
}

QString TransferRecord::stateName(State state) {
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Running:
        return QStringLiteral("running");
    case State::Paused:
        return QStringLiteral("paused");
    case State::Done:
        return QStringLiteral("done");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::Failed:
        break;
    }
    return QStringLiteral("failed");
}

TransferRecord::State TransferRecord::stateFromName(const QString &name) {
    for (State state :
         {State::Queued, State::Running, State::Paused, State::Done, State::Cancelled})
        if (stateName(state) == name)
            return state;
    return State::Failed;
}
