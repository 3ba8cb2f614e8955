#include "core/transfers/TransferRecord.h"

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
    case State::Failed:
        break;
    }
    return QStringLiteral("failed");
}

TransferRecord::State TransferRecord::stateFromName(const QString &name) {
    for (State state : {State::Queued, State::Running, State::Paused, State::Done})
        if (stateName(state) == name)
            return state;
    return State::Failed;
}
