#include "ui/MainWindow.h"

#include "core/account/AppSettings.h"
#include "core/jobs/JobSession.h"
#include "core/transfers/JobTransfers.h"
#include "ui/AboutDialog.h"
#include "ui/AccountDialog.h"
#include "ui/CreateJobDialog.h"
#include "ui/DeleteConfirmationDialog.h"
#include "ui/DialogSeam.h"
#include "ui/JobDetailsPane.h"
#include "ui/JobFilterProxyModel.h"
#include "ui/ListHint.h"
#include "ui/ProblemBanner.h"
#include "ui/SaveFlow.h"
#include "ui/ShortcutsDialog.h"
#include "ui/StatusNotifier.h"
#include "ui/StatusPalette.h"
#include "ui/TransferProgressDelegate.h"
#include "ui/WindowActions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

constexpr int searchDebounceMs = 300;
constexpr int saveDebounceMs = 500;
const JobStatus tabStatuses[] = {JobStatus::Processing, JobStatus::Done, JobStatus::Failed};

} // namespace

MainWindow::MainWindow(JobSession *session, AccountStore *account, Mode mode, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_account(account)
    , m_mode(mode)
    , m_actions(new WindowActions(this))
    , m_proxy(new JobFilterProxyModel(session->model(), this))
    , m_table(new QTableView(this))
    , m_listHint(new ListHint(m_table))
    , m_detailsPane(new JobDetailsPane(session->model(), this))
    , m_statusTabs(new QTabBar(this))
    , m_searchEdit(new QLineEdit(this))
    , m_banner(new ProblemBanner(ProblemBanner::Tone::Problem, this))
    , m_demoBanner(new ProblemBanner(ProblemBanner::Tone::Information, this))
    , m_totalsLabel(new QLabel(this))
    , m_columnsMenu(new QMenu(tr("&Columns"), this))
    , m_notifier(new StatusNotifier(session, statusBar(), this))
    , m_saveFlow(new SaveFlow(session, account->settings(), m_notifier, this)) {
    setObjectName(QStringLiteral("mainWindow"));
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    setAcceptDrops(true);
    connectActions();
    buildLayout();
    showModeBanner();
    JobTransfers *transfers = m_session->transfers();
    transfers->setMaxConcurrent(m_account->settings()->maxConcurrentTransfers());
    transfers->setSpeedLimit(m_account->settings()->speedLimit());

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(searchDebounceMs);
    connect(m_searchEdit, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    connect(&m_searchDebounce, &QTimer::timeout, this, [this] {
        m_proxy->setSearchText(m_searchEdit->text());
        updateCounts();
    });
    m_saveDebounce.setSingleShot(true);
    m_saveDebounce.setInterval(saveDebounceMs);
    connect(&m_saveDebounce, &QTimer::timeout, this, &MainWindow::saveWindowState);
    m_actionUpdate.setSingleShot(true);
    m_actionUpdate.setInterval(0);
    connect(&m_actionUpdate, &QTimer::timeout, this, &MainWindow::updateActions);

    JobListModel *model = session->model();
    // Counts change in bursts (a page, a poll, a batch of deletes), and with a search they
    // are a pass over every row: counted once per event-loop turn.
    m_countUpdate.setSingleShot(true);
    m_countUpdate.setInterval(0);
    connect(&m_countUpdate, &QTimer::timeout, this, &MainWindow::updateCounts);
    const auto countSoon = [this] { m_countUpdate.start(); };
    connect(model, &JobListModel::countsChanged, this, countSoon);
    connect(model, &QAbstractItemModel::rowsInserted, this, countSoon);
    connect(model, &QAbstractItemModel::rowsRemoved, this, countSoon);
    connect(model, &QAbstractItemModel::modelReset, this, countSoon);
    // A filter hides selected rows without a selection change, and another account empties
    // the list without one: the actions are re-checked on every change of what is shown.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::scheduleActionUpdate);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleActionUpdate);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::scheduleActionUpdate);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_createdJobToSelect.isEmpty() && m_proxy->indexOfJob(m_createdJobToSelect).isValid())
            selectJob(std::exchange(m_createdJobToSelect, QString()));
    });
    JobBoard *board = session->board();
    connect(board, &JobBoard::problem, this, &MainWindow::showProblem);
    // Once the deleted rows have left the list, the row after them takes the selection.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_rowAfterDeletion >= 0 && selectedIds().isEmpty())
            selectRowIfNone(std::exchange(m_rowAfterDeletion, -1));
    });
    // By the end of a delete its rows have left, and a delete that failed (wholly or in part)
    // leaves selected rows or none that left: a later refresh that removes rows must not pick one.
    connect(board, &JobBoard::deletionFinished, this, [this] { m_rowAfterDeletion = -1; });
    connect(board, &JobBoard::problemCleared, this, [this] {
        m_banner->hide();
        m_bannerKind = ApiError::Kind::None;
    });
    connect(board, &JobBoard::createFailed, this, [this](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Authentication)
            showProblem(error);
    });
    connect(board, &JobBoard::jobCreated, m_detailsPane,
            [this](const QString &id, const QString &link) {
                m_detailsPane->setStreamLink(id, QUrl(link));
            });
    connect(board, &JobBoard::jobCreated, this, [this](const QString &id) {
        // The row comes with the refresh that follows; the user sees their new job then.
        if (m_proxy->indexOfJob(id).isValid())
            selectJob(id);
        else
            m_createdJobToSelect = id;
    });
    connect(session->transfers(), &JobTransfers::fileSaved, this,
            &MainWindow::scheduleActionUpdate);
    connect(m_banner, &ProblemBanner::actionTriggered, this, [this] {
        if (m_bannerKind == ApiError::Kind::Authentication)
            openAccountDialog(false);
        else
            m_session->board()->refresh();
    });
    connect(m_demoBanner, &ProblemBanner::actionTriggered, this,
            [this] { openAccountDialog(true); });
    connect(m_notifier, &StatusNotifier::jobActivated, this, &MainWindow::revealJob);
    connect(m_notifier, &StatusNotifier::showInFolderRequested, this, [this](const QString &id) {
        revealJob(id);
        m_saveFlow->showInFolder(m_session->model()->transfer(id).savedPath);
    });

    restoreGeometry(m_windowState.geometry());
    m_table->horizontalHeader()->restoreState(m_windowState.headerState());
    buildColumnsMenu();
    updateCounts();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectActions() {
    WindowActions *a = m_actions;
    JobSession *session = m_session;
    connect(a->refresh, &QAction::triggered, this, [session] { session->board()->refresh(); });
    connect(a->newJob, &QAction::triggered, this, [this] { openCreateDialog(); });
    connect(a->retry, &QAction::triggered, this, &MainWindow::retrySelected);
    connect(a->remove, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(a->copyId, &QAction::triggered, this, &MainWindow::copySelectedIds);
    connect(a->copyUrl, &QAction::triggered, this, &MainWindow::copySelectedUrl);
    connect(a->pasteLink, &QAction::triggered, this, &MainWindow::pasteStreamUrl);
    connect(a->selectAll, &QAction::triggered, m_table, &QTableView::selectAll);
    connect(a->account, &QAction::triggered, this, [this] { openAccountDialog(false); });
    connect(a->find, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    connect(a->quit, &QAction::triggered, this, &MainWindow::quitRequested);
    connect(a->save, &QAction::triggered, this, [this] { m_saveFlow->save(selectedIds()); });
    connect(a->saveTo, &QAction::triggered, this, [this] { m_saveFlow->saveTo(selectedIds()); });
    connect(a->downloads, &QAction::triggered, this,
            [this] { m_saveFlow->openTransferSettings(); });
    // Each says what it did, so an earlier "Saving … to …" does not stay on under a pause.
    connect(a->pause, &QAction::triggered, this, [this] {
        const int paused =
            actOnSelectedTransfers(&TransferProgress::isRunning, &JobTransfers::pause);
        m_notifier->showMessage(
            tr("Paused %n download(s); Resume picks up where they stopped.", nullptr, paused));
    });
    connect(a->resume, &QAction::triggered, this, [this] {
        const int resumed =
            actOnSelectedTransfers(&TransferProgress::canResume, &JobTransfers::resume);
        m_notifier->showMessage(tr("Resuming %n download(s)…", nullptr, resumed));
    });
    connect(a->cancelTransfer, &QAction::triggered, this, [this] {
        const int cancelled =
            actOnSelectedTransfers(&TransferProgress::canCancel, &JobTransfers::cancel);
        m_notifier->showMessage(tr("Cancelled %n download(s); their unfinished files are removed.",
                                   nullptr, cancelled));
    });
    connect(a->openFile, &QAction::triggered, this,
            [this] { m_saveFlow->openSavedFile(selectedSavedPath()); });
    connect(a->showInFolder, &QAction::triggered, this,
            [this] { m_saveFlow->showInFolder(selectedSavedPath()); });
    a->autoSave->setChecked(m_account->settings()->autoSave());
    m_saveFlow->setAutoSave(a->autoSave->isChecked());
    connect(a->autoSave, &QAction::toggled, m_saveFlow, &SaveFlow::setAutoSave);
    a->notifications->setChecked(m_account->settings()->notificationsEnabled());
    m_notifier->setNotificationsEnabled(a->notifications->isChecked());
    connect(a->notifications, &QAction::toggled, this, [this](bool on) {
        m_account->settings()->setNotificationsEnabled(on);
        m_notifier->setNotificationsEnabled(on);
    });
    for (int tab = 0; tab < a->statusTabActions.size(); ++tab)
        connect(a->statusTabActions[tab], &QAction::triggered, this,
                [this, tab] { m_statusTabs->setCurrentIndex(tab); });
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(a->about, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        DialogSeam::exec(dialog);
    });
    connect(a->shortcuts, &QAction::triggered, this, &MainWindow::openShortcuts);
    connect(a->details, &QAction::toggled, m_detailsPane, &QWidget::setVisible);
}

QString MainWindow::selectedSavedPath() const {
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return {};
    // A file the user moved or deleted has nothing to open.
    const TransferProgress transfer = m_session->model()->transfer(ids.first());
    return transfer.isSaved() ? transfer.savedPath : QString();
}

void MainWindow::buildLayout() {
    m_actions->fillMenuBar(menuBar(), m_columnsMenu);
    auto *toolbar = addToolBar(tr("Actions"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->fillToolBar(toolbar);

    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search name or ID"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Search jobs"));
    m_searchEdit->setMinimumWidth(160);
    m_searchEdit->setMaximumWidth(360);
    m_searchEdit->installEventFilter(this);

    m_statusTabs->setObjectName(QStringLiteral("statusFilterTabs"));
    m_statusTabs->setAccessibleName(tr("Status filter"));
    m_statusTabs->setExpanding(false);
    m_statusTabs->setDrawBase(false);
    m_statusTabs->setUsesScrollButtons(true);
    for (int i = 0; i < 4; ++i)
        m_statusTabs->addTab(QString());
    connect(m_statusTabs, &QTabBar::currentChanged, this, [this](int tab) {
        m_proxy->setStatusFilter(tab == 0 ? std::nullopt
                                          : std::optional<JobStatus>(tabStatuses[tab - 1]));
        m_actions->statusTabActions.value(tab)->setChecked(true);
        updateListHint();
        selectRowIfNone(0);
    });

    m_table->setObjectName(QStringLiteral("jobTable"));
    m_table->setAccessibleName(tr("Download jobs"));
    m_table->setModel(m_proxy);
    m_proxy->followPaletteOf(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JobListModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Tab leaves the table for the next control; the arrows move within it.
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(JobListModel::TransferColumn,
                                      new TransferProgressDelegate(m_table));
    m_table->verticalHeader()->hide();
    // A fixed row height: measuring 100,000 rows would stall the first paint.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    // Sized so that every column fits a 1024-pixel window; Message takes what is left.
    header->resizeSection(JobListModel::NameColumn, 220);
    header->resizeSection(JobListModel::StatusColumn, 160);
    header->resizeSection(JobListModel::CreatedColumn, 120);
    header->resizeSection(JobListModel::IdColumn, 110);
    header->resizeSection(JobListModel::TransferColumn, 280);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this, header](const QPoint &position) {
                m_columnsMenu->exec(header->mapToGlobal(position));
            });
    connect(header, &QHeaderView::sectionResized, &m_saveDebounce, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sectionMoved, &m_saveDebounce, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sortIndicatorChanged, &m_saveDebounce,
            qOverload<>(&QTimer::start));
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_table, &QAbstractItemView::activated, this, &MainWindow::runDefaultAction);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::scheduleActionUpdate);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::scheduleActionUpdate);
    m_table->installEventFilter(this);
    // Qt maps only the Menu key to a context menu; Shift+F10 is the other one people know.
    auto *menuKey = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10), m_table, nullptr, nullptr,
                                  Qt::WidgetShortcut);
    connect(menuKey, &QShortcut::activated, this, [this] { showContextMenu(QPoint(-1, -1)); });

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_statusTabs, 1);
    filterRow->addWidget(m_searchEdit);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_banner);
    layout->addLayout(filterRow);
    // The details sit under the table, closed until asked for, and keep their height.
    m_detailsPane->setObjectName(QStringLiteral("detailsPane"));
    m_detailsPane->setTransferDatabase(m_session->transferDatabase());
    m_detailsPane->hide();
    // The pane shows the current row when it is selected, else the first selected job; closed,
    // it reads nothing, so selecting through 100,000 rows costs it nothing.
    auto showSelectedDetails = [this] {
        if (m_detailsPane->isHidden())
            return;
        const QModelIndex current = m_table->currentIndex();
        const bool currentSelected =
            current.isValid() && m_table->selectionModel()->isRowSelected(current.row());
        m_detailsPane->showJob(currentSelected ? current.data(JobListModel::JobIdRole).toString()
                                               : selectedIds().value(0));
    };
    // Selecting a row changes both the current row and the selection: one update per turn.
    auto *detailsUpdate = new QTimer(this);
    detailsUpdate->setSingleShot(true);
    detailsUpdate->setInterval(0);
    connect(detailsUpdate, &QTimer::timeout, m_detailsPane, showSelectedDetails);
    const auto updateDetailsSoon = [detailsUpdate] { detailsUpdate->start(); };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, detailsUpdate,
            updateDetailsSoon);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, detailsUpdate,
            updateDetailsSoon);
    connect(m_actions->details, &QAction::toggled, detailsUpdate, updateDetailsSoon);
    // A search or tab can hide the shown job without a selection change.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, detailsUpdate, updateDetailsSoon);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, detailsUpdate, updateDetailsSoon);
    connect(m_proxy, &QAbstractItemModel::modelReset, detailsUpdate, updateDetailsSoon);
    connect(m_detailsPane, &JobDetailsPane::openFileRequested, m_saveFlow,
            &SaveFlow::openSavedFile);
    connect(m_detailsPane, &JobDetailsPane::showInFolderRequested, m_saveFlow,
            &SaveFlow::showInFolder);
    auto *splitter = new QSplitter(Qt::Vertical, central);
    splitter->setObjectName(QStringLiteral("detailsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detailsPane);
    splitter->setStretchFactor(0, 1);
    // Opened, the pane takes a third of the height: enough for its fields, and the list keeps
    // most rows at 800 x 600 and at 2x scale alike.
    connect(m_actions->details, &QAction::toggled, splitter, [splitter](bool shown) {
        const int height = splitter->height();
        if (shown)
            splitter->setSizes({height - height / 3, height / 3});
    });
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    // Keyboard order follows the eye: tabs, search, the table.
    setTabOrder(m_statusTabs, m_searchEdit);
    setTabOrder(m_searchEdit, m_table);
    // The list is what the arrows and Return are for when the window opens.
    m_table->setFocus(Qt::OtherFocusReason);

    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    statusBar()->addPermanentWidget(m_totalsLabel);
    if (isDemo()) {
        m_demoLabel = new QLabel(tr("Demo: a local emulator, no account needed"), this);
        m_demoLabel->setObjectName(QStringLiteral("demoLabel"));
        applyDemoLabelColours();
        statusBar()->addPermanentWidget(m_demoLabel);
    }
    // Roomy where there is room; never larger than the screen, or the banner's button ends
    // up out of reach.
    const QSize available = screen()->availableGeometry().size();
    resize(qMin(1200, available.width()), qMin(680, available.height()));
}

void MainWindow::buildColumnsMenu() {
    QHeaderView *header = m_table->horizontalHeader();
    const char *names[] = {"actionColumnName", "actionColumnStatus",   "actionColumnCreated",
                           "actionColumnId",   "actionColumnDownload", "actionColumnMessage"};
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        QAction *action =
            m_columnsMenu->addAction(m_proxy->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QLatin1String(names[column]));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // Without the name a row says nothing about which job it is.
        action->setEnabled(column != JobListModel::NameColumn);
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            m_saveDebounce.start();
        });
    }
}

void MainWindow::applyDemoLabelColours() {
    if (!m_demoLabel)
        return;
    // From the palette, so it reads in dark and high-contrast themes too.
    const StatusPalette::Tone tone = StatusPalette(palette()).information();
    m_demoLabel->setStyleSheet(
        QStringLiteral(
            "QLabel { background: %1; color: %2; padding: 1px 8px; border-radius: 3px; }")
            .arg(tone.background.name(), tone.text.name()));
}

void MainWindow::changeEvent(QEvent *event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyDemoLabelColours();
}

void MainWindow::openShortcuts() {
    // Made from the actions each time, so it lists what the menus hold now.
    QList<ShortcutsDialog::Group> groups;
    for (const WindowActions::Menu &menu : m_actions->menus()) {
        QList<QAction *> actions = menu.actions;
        actions.removeAll(nullptr);
        groups.append({menu.title, actions, {}});
    }
    groups.append({tr("In the list"),
                   {},
                   {{tr("Open a saved file, save a done job, or show the details"),
                     {QKeySequence(Qt::Key_Return)}},
                    {tr("Open the menu of the selected jobs"),
                     {QKeySequence(Qt::Key_Menu), QKeySequence(Qt::SHIFT | Qt::Key_F10)}},
                    {tr("Clear the search"), {QKeySequence(Qt::Key_Escape)}}}});
    ShortcutsDialog dialog(groups, this);
    DialogSeam::exec(dialog);
}

void MainWindow::showModeBanner() {
    // The desktop appends the application's display name, so it is not repeated here.
    setWindowTitle(isDemo() ? tr("Demo") : tr("VideoDB Downloads"));
    if (m_demoLabel)
        m_demoLabel->setVisible(isDemo());
    if (!isDemo()) {
        m_demoBanner->hide();
        return;
    }
    m_demoBanner->showProblem(tr("This is a demo: the jobs come from a local emulator on this "
                                 "computer, and nothing reaches VideoDB."),
                              tr("Enter your API &key…"));
}

void MainWindow::start() {
    if (m_session->config().apiKey.trimmed().isEmpty() && !isDemo()) {
        if (!openAccountDialog(true)) {
            m_banner->showProblem(tr("No API key is configured, so no jobs can be listed."),
                                  tr("Enter key…"));
            m_bannerKind = ApiError::Kind::Authentication;
            return;
        }
        // A saved account refreshes by itself.
        return;
    }
    m_notifier->showLoading();
    m_session->board()->refresh();
}

QStringList MainWindow::selectedIds() const {
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(JobListModel::IdColumn);
    for (const QModelIndex &index : rows) {
        // A filter change hides rows without unselecting them; what is hidden is not acted on.
        if (index.isValid() && index.model() == m_proxy)
            ids.append(index.data(JobListModel::JobIdRole).toString());
    }
    return ids;
}

void MainWindow::revealJob(const QString &id) {
    // Whoever keeps the window in the tray brings it back; a maximised window stays so.
    if (isHidden() || isMinimized())
        emit restoreRequested();
    raise();
    activateWindow();
    if (!m_proxy->indexOfJob(id).isValid() && m_session->model()->job(id)) {
        m_statusTabs->setCurrentIndex(0);
        clearSearch();
    }
    selectJob(id);
}

void MainWindow::clearSearch() {
    m_searchEdit->clear();
    // At once, not after the typing pause.
    m_searchDebounce.stop();
    m_proxy->setSearchText(QString());
    updateCounts();
}

void MainWindow::selectJob(const QString &id) {
    const QModelIndex index = m_proxy->indexOfJob(id);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MainWindow::deleteSelected() {
    // Captured now, shown in the dialog, and exactly these are deleted: a refresh or re-sort
    // while the dialog is open cannot change what the user agreed to.
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QVector<DownloadJob> jobs;
    for (const QString &id : ids) {
        if (const DownloadJob *job = m_session->model()->job(id))
            jobs.append(*job);
    }
    DeleteConfirmationDialog dialog(jobs, m_session->withFileUnderWay(ids), this);
    DialogSeam::exec(dialog);
    if (!dialog.confirmed()) {
        m_notifier->showMessage(tr("Nothing was deleted."));
        return;
    }
    m_rowAfterDeletion = m_proxy->rowCount();
    for (const QString &id : ids)
        m_rowAfterDeletion = qMin(m_rowAfterDeletion, m_proxy->indexOfJob(id).row());
    m_session->deleteJobs(ids);
}

void MainWindow::selectRowIfNone(int row) {
    if (row < 0 || m_proxy->rowCount() == 0 || !selectedIds().isEmpty())
        return;
    const QModelIndex index = m_proxy->index(qMin(row, m_proxy->rowCount() - 1), 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MainWindow::retrySelected() {
    QStringList failed;
    for (const QString &id : selectedIds()) {
        const DownloadJob *job = m_session->model()->job(id);
        if (job && job->status == JobStatus::Failed)
            failed.append(id);
    }
    for (const QString &id : failed)
        m_session->board()->retryJob(id);
    m_notifier->showMessage(tr("Retrying %n job(s)…", nullptr, int(failed.size())));
}

int MainWindow::actOnSelectedTransfers(bool (TransferProgress::*applies)() const,
                                       void (JobTransfers::*act)(const QString &)) {
    int applied = 0;
    for (const QString &id : selectedIds()) {
        applied += (m_session->model()->transfer(id).*applies)() ? 1 : 0;
        (m_session->transfers()->*act)(id);
    }
    return applied;
}

void MainWindow::copySelectedIds() {
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    m_notifier->showMessage(tr("Copied %n job ID(s).", nullptr, int(ids.size())));
}

void MainWindow::copySelectedUrl() {
    const QStringList ids = selectedIds();
    const DownloadJob *job = ids.size() == 1 ? m_session->model()->job(ids.first()) : nullptr;
    if (!job || job->encodedDownloadUrl.isEmpty())
        return;
    QApplication::clipboard()->setText(QString::fromUtf8(job->encodedDownloadUrl));
    m_notifier->showMessage(
        tr("Copied the download URL. It expires 24 hours after the job finished."));
}

void MainWindow::pasteStreamUrl() {
    const QString text = QApplication::clipboard()->text().trimmed();
    if (CreateJobDialog::problemWith(text).isEmpty())
        openCreateDialog(text);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    const QMimeData *mime = event->mimeData();
    const QString text = mime->hasUrls() && !mime->urls().isEmpty()
                             ? mime->urls().first().toString()
                             : mime->text().trimmed();
    event->acceptProposedAction();
    openCreateDialog(text);
}

void MainWindow::openCreateDialog(const QString &streamUrl) {
    CreateJobDialog dialog(streamUrl.isEmpty() ? m_pendingStreamUrl : streamUrl, this);
    if (DialogSeam::exec(dialog) != QDialog::Accepted)
        return;
    // Nothing is sent without a usable key: ask for one, and keep the link meanwhile.
    m_pendingStreamUrl = dialog.streamUrl();
    if (!m_session->config().problem().isEmpty() && !openAccountDialog(true)) {
        m_notifier->showMessage(
            tr("The job was not created: enter your API key first. New job keeps your link."));
        return;
    }
    m_pendingStreamUrl.clear();
    m_notifier->showMessage(tr("Creating job…"));
    m_session->board()->createJob(dialog.streamUrl(), dialog.jobName());
}

bool MainWindow::openAccountDialog(bool firstRun) {
    const AccountStore::Account &saved = m_account->account();
    AccountDialog::Values current;
    // The demo's own server and key are never offered as the account.
    current.apiKey = isDemo() ? saved.config.apiKey : m_session->config().apiKey;
    current.baseUrl = isDemo() ? m_account->settings()->baseUrl() : m_session->config().baseUrl;
    current.refreshIntervalS = m_account->settings()->refreshIntervalS();
    if (saved.keySource == AccountStore::KeySource::SettingsFile)
        current.storage = AccountStore::KeyStorage::SettingsFile;
    AccountDialog::Context context;
    context.firstRun = firstRun;
    context.keyringAvailable = saved.keyringAvailable;
    context.keyringProblem = saved.keyringError;
    context.keySource = saved.keySource;
    context.settingsPath = m_account->settings()->fileName();
    AccountDialog dialog(current, context, this);
    if (DialogSeam::exec(dialog) != QDialog::Accepted)
        return false;
    applyAccount(dialog.values());
    return m_session->config().problem().isEmpty();
}

void MainWindow::applyAccount(const AccountStore::Change &change) {
    const QPointer<MainWindow> self(this);
    m_account->save(change, [self](const QString &keyringError) {
        if (!self || keyringError.isEmpty())
            return;
        self->m_notifier->showMessage(
            tr("The keyring could not keep the key (%1). Choose where to keep it.")
                .arg(keyringError));
        // The keyring counts as unavailable now, so the dialog offers the other places.
        QTimer::singleShot(0, self, [self] { self->openAccountDialog(false); });
    });
    if (isDemo()) {
        // The demo's session remembers nothing and talks to an in-process server: the real
        // account gets a session and a window of its own.
        emit demoLeft();
        return;
    }
    ClientConfig config = m_session->config();
    config.apiKey = change.apiKey;
    config.baseUrl = change.baseUrl;
    m_session->setConfig(config);
    m_session->board()->setRefreshIntervalMs(change.refreshIntervalS * 1000);
    m_banner->hide();
    m_bannerKind = ApiError::Kind::None;
    m_notifier->showLoading();
    m_session->board()->refresh();
}

void MainWindow::showContextMenu(const QPoint &position) {
    QPoint at = position;
    // From the keyboard (Menu key, Shift+F10) the position is not on a row: open the menu at
    // the current row instead.
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && !m_table->selectionModel()->isSelected(m_table->indexAt(position)))
        at = m_table->visualRect(current).bottomLeft();
    QMenu menu(this);
    m_actions->fillContextMenu(&menu);
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

void MainWindow::runDefaultAction(const QModelIndex &index) {
    const QString id = index.data(JobListModel::JobIdRole).toString();
    const TransferProgress transfer = m_session->model()->transfer(id);
    const DownloadJob *job = m_session->model()->job(id);
    if (transfer.isSaved())
        m_saveFlow->openSavedFile(transfer.savedPath);
    else if (job && job->status == JobStatus::Done && !transfer.isRunning())
        m_saveFlow->save({id});
    else
        m_actions->details->setChecked(true);
}

void MainWindow::scheduleActionUpdate() {
    if (!m_actionUpdate.isActive())
        m_actionUpdate.start();
}

void MainWindow::updateActions() {
    const QStringList ids = selectedIds();
    const JobListModel *model = m_session->model();
    bool anyFailed = false;
    bool anyDone = false;
    bool anyRunning = false;
    bool anyResumable = false;
    bool anyCancellable = false;
    for (const QString &id : ids) {
        if (const DownloadJob *job = model->job(id)) {
            anyFailed = anyFailed || job->status == JobStatus::Failed;
            anyDone = anyDone || job->status == JobStatus::Done;
        }
        const TransferProgress transfer = model->transfer(id);
        anyRunning = anyRunning || transfer.isRunning();
        anyResumable = anyResumable || transfer.canResume();
        anyCancellable = anyCancellable || transfer.canCancel();
    }
    const DownloadJob *single = ids.size() == 1 ? model->job(ids.first()) : nullptr;
    WindowActions *a = m_actions;
    a->remove->setEnabled(!ids.isEmpty());
    a->remove->setText(ids.size() > 1 ? tr("&Delete %n job(s)…", nullptr, int(ids.size()))
                                      : tr("&Delete…"));
    a->retry->setEnabled(anyFailed);
    a->copyId->setEnabled(!ids.isEmpty());
    a->copyUrl->setEnabled(single && !single->encodedDownloadUrl.isEmpty());
    a->save->setEnabled(anyDone);
    a->saveTo->setEnabled(anyDone);
    a->pause->setEnabled(anyRunning);
    a->resume->setEnabled(anyResumable);
    a->cancelTransfer->setEnabled(anyCancellable);
    const bool saved = !selectedSavedPath().isEmpty();
    a->openFile->setEnabled(saved);
    a->showInFolder->setEnabled(saved);
    a->selectAll->setEnabled(m_proxy->rowCount() > 0);
    updateListHint();
}

void MainWindow::updateCounts() {
    const JobListModel *model = m_session->model();
    const QLocale locale;
    const int total = model->rowCount();
    const int byStatus[] = {model->count(JobStatus::Processing), model->count(JobStatus::Done),
                            model->count(JobStatus::Failed)};
    const int all[] = {total, byStatus[0], byStatus[1], byStatus[2]};
    if (!m_proxy->hasSearch()) {
        const QString labels[] = {tr("All (%1)"), tr("Processing (%1)"), tr("Done (%1)"),
                                  tr("Failed (%1)")};
        for (int tab = 0; tab < 4; ++tab)
            m_statusTabs->setTabText(tab, labels[tab].arg(locale.toString(all[tab])));
    } else {
        // The tabs count what the search lets through, and say of how many.
        int matching[] = {0, 0, 0, 0};
        for (int row = 0; row < total; ++row) {
            const DownloadJob &job = model->jobAt(row);
            if (!m_proxy->matchesSearch(job))
                continue;
            ++matching[0];
            for (int tab = 1; tab < 4; ++tab)
                matching[tab] += job.status == tabStatuses[tab - 1] ? 1 : 0;
        }
        const QString labels[] = {tr("All (%1 of %2)"), tr("Processing (%1 of %2)"),
                                  tr("Done (%1 of %2)"), tr("Failed (%1 of %2)")};
        for (int tab = 0; tab < 4; ++tab)
            m_statusTabs->setTabText(
                tab, labels[tab].arg(locale.toString(matching[tab]), locale.toString(all[tab])));
    }
    m_totalsLabel->setText(tr("%n job(s)", nullptr, total));
    m_totalsLabel->setToolTip(tr("%1 processing · %2 done · %3 failed")
                                  .arg(locale.toString(byStatus[0]), locale.toString(byStatus[1]),
                                       locale.toString(byStatus[2])));
    updateListHint();
}

void MainWindow::updateListHint() {
    if (m_proxy->rowCount() > 0 || m_session->model()->rowCount() == 0) {
        m_listHint->showHint(QString());
        return;
    }
    if (m_proxy->hasSearch())
        m_listHint->showHint(
            tr("No job matches “%1”. Press Escape to clear the search.").arg(m_searchEdit->text()));
    else
        m_listHint->showHint(tr("No jobs with this status."));
}

void MainWindow::showProblem(const ApiError &error) {
    m_bannerKind = error.kind();
    switch (error.kind()) {
    case ApiError::Kind::Authentication:
        m_banner->showProblem(tr("VideoDB did not accept the API key: %1").arg(error.describe()),
                              tr("Change key…"));
        break;
    case ApiError::Kind::Timeout:
        // It did answer, only too slowly or not to the end: "cannot reach" would mislead.
        m_banner->showProblem(
            tr("VideoDB is answering too slowly (%1). Showing the last known list.")
                .arg(error.describe()),
            tr("Try again"));
        break;
    case ApiError::Kind::Network:
        m_banner->showProblem(
            tr("Cannot reach VideoDB (%1). Showing the last known list.").arg(error.describe()),
            tr("Try again"));
        break;
    default:
        m_banner->showProblem(tr("VideoDB answered with an error: %1").arg(error.describe()),
                              tr("Try again"));
    }
}

void MainWindow::saveWindowState() {
    m_windowState.setGeometry(saveGeometry());
    m_windowState.setHeaderState(m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    m_saveDebounce.stop();
    saveWindowState();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        !m_searchEdit->text().isEmpty() && (watched == m_searchEdit || watched == m_table)) {
        clearSearch();
        m_table->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::resizeEvent(QResizeEvent *event) {
    QMainWindow::resizeEvent(event);
    m_saveDebounce.start();
}

void MainWindow::moveEvent(QMoveEvent *event) {
    QMainWindow::moveEvent(event);
    m_saveDebounce.start();
}
