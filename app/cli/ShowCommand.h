#pragma once

#include "cli/CliCommand.h"

// show ID: one job, with why it failed or how far it is.
class ShowCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void start() override;
};
