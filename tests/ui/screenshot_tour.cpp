// Opens the demo window, selects a few jobs and saves screenshots of the window, the delete
// confirmation and the create dialog into the folder given as the first argument, for a person
// to look at. Run under xvfb-run; not a test.
#include "core/account/AppSettings.h"
#include "core/jobs/JobBoard.h"
#include "core/jobs/JobSession.h"
#include "support/MemoryCredentialStore.h"
#include "support/TestEnvironment.h"
#include "ui/AppLauncher.h"
#include "ui/CreateJobDialog.h"
#include "ui/DeleteConfirmationDialog.h"
#include "ui/JobFilterProxyModel.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
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
    QTest::qWait(2500);
    auto *table = window->findChild<QTableView *>(QStringLiteral("jobTable"));
    table->selectionModel()->select(table->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(6, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::qWait(300);
    // Two demo files on their way, so the Download column shows progress.
    QTemporaryDir downloads;
    launcher.session()->saveJobs({QStringLiteral("dl-000048"), QStringLiteral("dl-000047")},
                                 downloads.path());
    QTest::qWait(2500);
    window->grab().save(out.filePath(QStringLiteral("main-window.png")));

    QVector<DownloadJob> jobs;
    for (const QString &id : window->selectedIds())
        jobs.append(*launcher.session()->model()->job(id));
    DeleteConfirmationDialog confirmation(jobs, {}, window);
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
