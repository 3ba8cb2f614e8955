#include "support/AppLaunch.h"

#include "emulator/Emulator.h"
#include "ui/AppLauncher.h"
#include "ui/MainWindow.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

bool AppLaunch::onEmulator(AppLauncher *launcher, const Emulator &emulator,
                           const QStringList &streamUrls) {
    QObject::connect(launcher, &AppLauncher::windowReady, launcher, [](MainWindow *window) {
        window->show();
        window->start();
    });
    QSignalSpy ready(launcher, &AppLauncher::windowReady);
    AppLauncher::Options options;
    options.apiKey = u"sk-demo"_s;
    options.baseUrl = emulator.apiUrl();
    launcher->activate(streamUrls);
    launcher->launch(options);
    return QTest::qWaitFor([&] { return ready.count() == 1; }, 10000);
}
