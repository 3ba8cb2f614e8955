#include "support/WindowTestFixture.h"

#include "support/TestEnvironment.h"

#include <QAction>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

void WindowTestFixture::startEmulator(int seed, EmulatorOptions options) {
    options.seed = seed;
    if (options.processingMs == EmulatorOptions().processingMs)
        options.processingMs = 10 * 60 * 1000;
    m_emulator = std::make_unique<Emulator>(options);
    QVERIFY(m_emulator->start());
}

void WindowTestFixture::openWindow(int seed, EmulatorOptions options, int pageSize,
                                   const QString &key) {
    startEmulator(seed, options);
    ClientConfig config = TestEnvironment::clientFor(m_emulator->apiUrl(), key);
    config.pageSize = pageSize;
    m_store = std::make_unique<MemoryCredentialStore>();
    m_settings = std::make_unique<AppSettings>();
    m_account = std::make_unique<AccountStore>(m_store.get(), m_settings.get());
    showWindow(config);
}

void WindowTestFixture::showWindow(const ClientConfig &config) {
    m_session = std::make_unique<JobSession>(config, m_transferDatabase);
    m_window = std::make_unique<MainWindow>(m_session.get(), m_account.get());
    m_window->show();
    QSignalSpy loaded(m_session->board(), &JobBoard::refreshFinished);
    QSignalSpy problem(m_session->board(), &JobBoard::problem);
    m_window->start();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + problem.count() > 0, 10000);
}

void WindowTestFixture::closeAll() {
    m_transferDatabase.clear();
    m_window.reset();
    m_session.reset();
    m_account.reset();
    m_settings.reset();
    m_store.reset();
    m_emulator.reset();
}

void WindowTestFixture::trigger(const char *actionName) {
    QAction *found = action(actionName);
    QVERIFY2(found, actionName);
    QTRY_VERIFY2(found->isEnabled(), actionName);
    found->trigger();
}

QAction *WindowTestFixture::action(const char *name) const {
    return m_window->findChild<QAction *>(QLatin1String(name));
}

QTableView *WindowTestFixture::table() const {
    return m_window->findChild<QTableView *>(u"jobTable"_s);
}

void WindowTestFixture::select(const QStringList &ids) {
    QTableView *view = table();
    view->clearSelection();
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (ids.contains(index.data(JobListModel::JobIdRole).toString()))
            view->selectionModel()->select(index,
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QCOMPARE(m_window->selectedIds().size(), ids.size());
}

QStringList WindowTestFixture::visibleIds() const {
    QStringList ids;
    QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(JobListModel::JobIdRole).toString());
    return ids;
}
