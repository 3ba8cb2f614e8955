#pragma once

#include "cli/CliCommand.h"

// create STREAM_URL: starts a job and prints its id. The link is checked here, with the app's
// rule, so a typo never reaches the server.
class CreateCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void start() override;
};
