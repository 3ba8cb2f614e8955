#pragma once

#include <QStringList>

class AppLauncher;
class Emulator;

namespace AppLaunch {

// Launches the app as main() does (the window is shown, then started) with the emulator's
// account, after handing it streamUrls as a first launch's arguments. False when no window
// came within ten seconds.
bool onEmulator(AppLauncher *launcher, const Emulator &emulator,
                const QStringList &streamUrls = {});

} // namespace AppLaunch
