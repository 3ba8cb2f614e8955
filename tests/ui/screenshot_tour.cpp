// Opens the demo window, selects a few jobs and saves screenshots of the window (in a light, a
// dark and a high-contrast palette, with its details pane, and in German), the delete
// confirmation and the create dialog into the folder given as the first argument, for a person
// to look at. Run under xvfb-run; not a test.
#include "core/account/AppSettings.h"
#include "core/jobs/JobBoard.h"
#include "core/jobs/JobListModel.h"
#include "core/jobs/JobSession.h"
#include "look/ThemePalettes.h"
#include "support/MemoryCredentialStore.h"
#include "support/TestEnvironment.h"
#include "ui/AppLauncher.h"
#include "ui/AppTranslator.h"
#include "ui/CreateJobDialog.h"
#include "ui/DeleteConfirmationDialog.h"
#include "ui/JobFilterProxyModel.h"
#include "ui/MainWindow.h"
#include "ui/ProblemBanner.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

// As when the desktop switches themes; the table's palette follows from the event loop.
void applyTheme(const QPalette &palette) {
    QApplication::setPalette(palette);
    QTest::qWait(300);
}

// The demo window, shown and listed, as `videodb-downloads --demo` opens it.
MainWindow *openDemo(AppLauncher *launcher) {
    AppLauncher::Options options;
    options.demo = true;
    launcher->launch(options);
    // The account is read from the event loop, even for the demo.
    if (!QTest::qWaitFor([&] { return launcher->window() != nullptr; }))
        return nullptr;
    MainWindow *window = launcher->window();
    window->show();
    window->start();
    // Wide enough for every column; the offscreen screen is smaller than a real one.
    window->resize(1500, 700);
    QTest::qWait(2500);
    return window;
}

void selectRows(MainWindow *window, std::initializer_list<int> rows) {
    auto *table = window->findChild<QTableView *>(QStringLiteral("jobTable"));
    for (int row : rows)
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::qWait(300);
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    // One style everywhere, so the screenshots differ only by palette.
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(ThemePalettes::light());
    TestEnvironment::makeHermetic();
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath());
    QDir().mkpath(out.path());
    AppTranslator::install(app, QLocale(QLocale::English));
    MemoryCredentialStore store;
    AppSettings settings;
    AppLauncher launcher(&store, &settings);
    MainWindow *window = openDemo(&launcher);
    if (!window)
        return 1;
    selectRows(window, {1, 2, 6});
    // One demo file saved and two on their way, so the Download column shows sizes and
    // progress.
    QTemporaryDir downloads;
    JobListModel *jobs = launcher.session()->model();
    launcher.session()->saveJobs({QStringLiteral("dl-000046")}, downloads.path());
    if (!QTest::qWaitFor([&] { return jobs->transfer(QStringLiteral("dl-000046")).isSaved(); },
                         30000))
        return 1;
    launcher.session()->saveJobs({QStringLiteral("dl-000048"), QStringLiteral("dl-000047")},
                                 downloads.path());
    QTest::qWait(2500);
    // As a new user first sees it; the AppStream metainfo shows this one.
    window->grab().save(out.filePath(QStringLiteral("main-window.png")));
    // Both banner tones at once: the demo's information and a problem.
    window->findChild<ProblemBanner *>(QStringLiteral("problemBanner"))
        ->showProblem(QStringLiteral("The server could not be reached: connection refused."),
                      QStringLiteral("Retry"));
    QTest::qWait(300);
    window->grab().save(out.filePath(QStringLiteral("main-window-light.png")));
    applyTheme(ThemePalettes::dark());
    window->grab().save(out.filePath(QStringLiteral("main-window-dark.png")));
    applyTheme(ThemePalettes::highContrast());
    window->grab().save(out.filePath(QStringLiteral("main-window-high-contrast.png")));
    applyTheme(ThemePalettes::light());
    window->findChild<QAction *>(QStringLiteral("actionDetails"))->setChecked(true);
    QTest::qWait(300);
    window->grab().save(out.filePath(QStringLiteral("main-window-details.png")));

    QVector<DownloadJob> selected;
    for (const QString &id : window->selectedIds())
        selected.append(*jobs->job(id));
    DeleteConfirmationDialog confirmation(selected, {}, window);
    confirmation.show();
    QTest::qWait(300);
    confirmation.grab().save(out.filePath(QStringLiteral("delete-confirmation.png")));
    confirmation.hide();

    CreateJobDialog create(QStringLiteral("https://stream.videodb.io/v/quarterly-review.m3u8"),
                           window);
    create.show();
    QTest::qWait(300);
    create.grab().save(out.filePath(QStringLiteral("create-dialog.png")));
    create.hide();

    // As `LANGUAGE=de videodb-downloads --demo` opens it: a new window, made in German.
    AppTranslator::install(app, QLocale(QLocale::German, QLocale::Germany));
    AppLauncher german(&store, &settings);
    MainWindow *germanWindow = openDemo(&german);
    if (!germanWindow)
        return 1;
    selectRows(germanWindow, {1, 2});
    germanWindow->grab().save(out.filePath(QStringLiteral("main-window-german.png")));
    return 0;
}
