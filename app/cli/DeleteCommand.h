#pragma once

#include "cli/CliCommand.h"

// delete ID..., or delete by rule (--status S / --all-done, --older-than AGE, --dry-run).
// On a terminal it names what will go and asks; without one it needs --yes.
class DeleteCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void start() override;

private:
    struct Target {
        QString id;
        // How the job is shown before it goes: "ID  NAME  [status]".
        QString line;
        bool processing = false;
    };
    void deleteByIds(QStringList ids);
    void deleteSelected(const QVector<DownloadJob> &jobs);
    void confirmThenDelete(const QVector<Target> &targets);
    void deleteIds(const QStringList &ids);
    bool refuseWithoutTerminal(int count);
};
