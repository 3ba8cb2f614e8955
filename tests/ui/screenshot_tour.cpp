// Opens the demo window, selects a few jobs and saves screenshots of the window (in a light, a
// dark and a high-contrast palette), the delete confirmation and the create dialog into the
// folder given as the first argument, for a person to look at. Run under xvfb-run; not a test.
#include "core/account/AppSettings.h"
#include "core/jobs/JobBoard.h"
#include "core/jobs/JobListModel.h"
#include "core/jobs/JobSession.h"
#include "look/ThemePalettes.h"
#include "support/MemoryCredentialStore.h"
#include "support/TestEnvironment.h"
#include "ui/AppLauncher.h"
#include "ui/CreateJobDialog.h"
#include "ui/DeleteConfirmationDialog.h"
#include "ui/JobFilterProxyModel.h"
#include "ui/MainWindow.h"
#include "ui/ProblemBanner.h"

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

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    // One style everywhere, so the screenshots differ only by palette.
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(ThemePalettes::light());
    TestEnvironment::makeHermetic();
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath());
    QDir().mkpath(out.path());
    MemoryCredentialStore store;
    AppSettings settings;
    AppLauncher launcher(&store, &settings);
    AppLauncher::Options options;
    options.demo = true;
    launcher.launch(options);
    // The account is read from the event loop, even for the demo.
    if (!QTest::qWaitFor([&] { return launcher.window() != nullptr; }))
        return 1;
    MainWindow *window = launcher.window();
    window->show();
    window->start();
    // Wide enough for every column; the offscreen screen is smaller than a real one.
    window->resize(1500, 700);
    QTest::qWait(2500);
    auto *table = window->findChild<QTableView *>(QStringLiteral("jobTable"));
    table->selectionModel()->select(table->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(6, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::qWait(300);
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
    return 0;
}
