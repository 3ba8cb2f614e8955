#pragma once

#include "emulator/Emulator.h"

#include <QtGlobal>

#include <memory>

// An emulator in the test's own process, so a test can reach into its jobs and counters.
namespace InProcessEmulator {

inline std::unique_ptr<Emulator> start(const EmulatorOptions &options) {
    auto emulator = std::make_unique<Emulator>(options);
    if (!emulator->start())
        qFatal("emulator: %s", qPrintable(emulator->errorString()));
    return emulator;
}

// count seeded jobs that stay as seeded: nothing finishes during a test unless it says so.
inline EmulatorOptions seeded(int count) {
    EmulatorOptions options;
    options.seed = count;
    options.processingMs = 10 * 60 * 1000;
    return options;
}

} // namespace InProcessEmulator
