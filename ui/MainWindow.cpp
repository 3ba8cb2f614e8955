#include "ui/MainWindow.h"

#include "core/account/AppSettings.h"
#include "core/jobs/JobSession.h"
#include "ui/AccountDialog.h"
#include "ui/CreateJobDialog.h"
#include "ui/DeleteConfirmationDialog.h"
#include "ui/DialogSeam.h"
#include "ui/JobFilterProxyModel.h"
#include "ui/ProblemBanner.h"
#include "ui/SaveFlow.h"
#include "ui/StatusNotifier.h"
#include "ui/TransferProgressDelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QScreen>
#include <QShortcut>
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
    , m_proxy(new JobFilterProxyModel(session->model(), this))
    , m_table(new QTableView(this))
    , m_statusTabs(new QTabBar(this))
    , m_searchEdit(new QLineEdit(this))
    , m_banner(new ProblemBanner(ProblemBanner::Tone::Problem, this))
    , m_demoBanner(new ProblemBanner(ProblemBanner::Tone::Information, this))
    , m_totalsLabel(new QLabel(this))
    , m_notifier(new StatusNotifier(session, statusBar(), this))
    , m_saveFlow(new SaveFlow(session, account->settings(), m_notifier, this)) {
    setObjectName(QStringLiteral("mainWindow"));
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    setAcceptDrops(true);
    buildActions();
    buildLayout();
    showModeBanner();
    JobTransfers *transfers = m_session->transfers();
    transfers->setMaxConcurrent(m_account->settings()->maxConcurrentTransfers());
    transfers->setSpeedLimit(m_account->settings()->speedLimit());

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(searchDebounceMs);
    connect(m_searchEdit, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    connect(&m_searchDebounce, &QTimer::timeout, this,
            [this] { m_proxy->setSearchText(m_searchEdit->text()); });
    m_saveDebounce.setSingleShot(true);
    m_saveDebounce.setInterval(saveDebounceMs);
    connect(&m_saveDebounce, &QTimer::timeout, this, &MainWindow::saveWindowState);
    m_actionUpdate.setSingleShot(true);
    m_actionUpdate.setInterval(0);
    connect(&m_actionUpdate, &QTimer::timeout, this, &MainWindow::updateActions);

    JobListModel *model = session->model();
    connect(model, &JobListModel::countsChanged, this, &MainWindow::updateCounts);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    // Another account empties the list without a selection change.
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleActionUpdate);
    JobBoard *board = session->board();
    connect(board, &JobBoard::problem, this, &MainWindow::showProblem);
    connect(board, &JobBoard::problemCleared, this, [this] {
        m_banner->hide();
        m_bannerKind = ApiError::Kind::None;
    });
    connect(board, &JobBoard::createFailed, this, [this](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Authentication)
            showProblem(error);
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
    updateCounts();
    updateActions();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::addAction(const QString &objectName, const QString &text,
                               const QKeySequence &shortcut, const std::function<void()> &handler) {
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setToolTip(QStringLiteral("%1 (%2)")
                               .arg(text, shortcut.toString(QKeySequence::NativeText))
                               .remove(QLatin1Char('&')));
    }
    connect(action, &QAction::triggered, this, handler);
    QMainWindow::addAction(action);
    return action;
}

void MainWindow::buildActions() {
    m_refreshAction =
        addAction(QStringLiteral("actionRefresh"), tr("&Refresh"), QKeySequence(Qt::Key_F5),
                  [this] { m_session->board()->refresh(); });
    m_refreshAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_newAction = addAction(QStringLiteral("actionNewJob"), tr("&New job…"), QKeySequence::New,
                            [this] { openCreateDialog(); });
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_retryAction =
        addAction(QStringLiteral("actionRetry"), tr("Re&try"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { retrySelected(); });
    m_retryAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_deleteAction = addAction(QStringLiteral("actionDelete"), tr("&Delete…"), QKeySequence::Delete,
                               [this] { deleteSelected(); });
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_copyIdAction = addAction(QStringLiteral("actionCopyId"), tr("Copy &ID"), QKeySequence::Copy,
                               [this] { copySelectedIds(); });
    m_copyUrlAction =
        addAction(QStringLiteral("actionCopyUrl"), tr("Copy download &URL"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { copySelectedUrl(); });
    m_settingsAction = addAction(QStringLiteral("actionSettings"), tr("&Account and settings…"),
                                 QKeySequence::Preferences, [this] { openAccountDialog(false); });
    addAction(QStringLiteral("actionFocusSearch"), tr("&Find"), QKeySequence::Find, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    addAction(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    m_saveAction = addAction(QStringLiteral("actionSave"), tr("&Save"), QKeySequence::Save,
                             [this] { m_saveFlow->save(selectedIds()); });
    m_saveAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_saveToAction = addAction(QStringLiteral("actionSaveTo"), tr("Save &to…"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                               [this] { m_saveFlow->saveTo(selectedIds()); });
    m_transferSettingsAction =
        addAction(QStringLiteral("actionTransferSettings"), tr("Do&wnloads…"), {},
                  [this] { m_saveFlow->openTransferSettings(); });
    m_transferSettingsAction->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    m_transferSettingsAction->setToolTip(
        tr("Where files are saved, how many at once, and the speed limit"));
    m_pauseAction = addAction(QStringLiteral("actionPauseTransfer"), tr("&Pause download"),
                              QKeySequence(Qt::CTRL | Qt::Key_P), [this] {
                                  for (const QString &id : selectedIds())
                                      m_session->transfers()->pause(id);
                              });
    m_resumeAction = addAction(QStringLiteral("actionResumeTransfer"), tr("Res&ume download"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] {
                                   for (const QString &id : selectedIds())
                                       m_session->transfers()->resume(id);
                               });
    m_cancelTransferAction =
        addAction(QStringLiteral("actionCancelTransfer"), tr("Cancel download"),
                  QKeySequence(Qt::CTRL | Qt::Key_Period), [this] {
                      for (const QString &id : selectedIds())
                          m_session->transfers()->cancel(id);
                  });
    m_openFileAction = addAction(QStringLiteral("actionOpenFile"), tr("&Open file"),
                                 QKeySequence(Qt::CTRL | Qt::Key_O),
                                 [this] { m_saveFlow->openSavedFile(selectedSavedPath()); });
    m_showInFolderAction = addAction(QStringLiteral("actionShowInFolder"), tr("Show in &folder"),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                     [this] { m_saveFlow->showInFolder(selectedSavedPath()); });
    m_autoSaveAction =
        addAction(QStringLiteral("actionAutoSave"), tr("Save finished jobs &automatically"), {},
                  [this] { m_saveFlow->setAutoSave(m_autoSaveAction->isChecked()); });
    m_autoSaveAction->setCheckable(true);
    m_autoSaveAction->setChecked(m_account->settings()->autoSave());
    m_saveFlow->setAutoSave(m_autoSaveAction->isChecked());
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
    auto *toolbar = addToolBar(tr("Actions"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_refreshAction, m_newAction, m_retryAction, m_deleteAction});
    toolbar->addSeparator();
    // Copy ID and Copy URL live in the context menu and on shortcuts: the toolbar keeps to
    // what changes jobs and files, so it fits a 1280-pixel screen.
    toolbar->addActions({m_saveAction, m_saveToAction, m_transferSettingsAction});
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search name or ID (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Search jobs"));
    m_searchEdit->setMinimumWidth(260);
    toolbar->addWidget(m_searchEdit);
    toolbar->addAction(m_settingsAction);

    m_statusTabs->setObjectName(QStringLiteral("statusFilterTabs"));
    m_statusTabs->setAccessibleName(tr("Status filter"));
    m_statusTabs->setExpanding(false);
    m_statusTabs->setDrawBase(false);
    for (int i = 0; i < 4; ++i)
        m_statusTabs->addTab(QString());
    connect(m_statusTabs, &QTabBar::currentChanged, this, [this](int tab) {
        m_proxy->setStatusFilter(tab == 0 ? std::nullopt
                                          : std::optional<JobStatus>(tabStatuses[tab - 1]));
    });
    for (int tab = 0; tab < 4; ++tab) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + tab)), this);
        connect(shortcut, &QShortcut::activated, this,
                [this, tab] { m_statusTabs->setCurrentIndex(tab); });
    }

    m_table->setObjectName(QStringLiteral("jobTable"));
    m_table->setAccessibleName(tr("Download jobs"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JobListModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
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
    header->resizeSection(JobListModel::NameColumn, 300);
    header->resizeSection(JobListModel::StatusColumn, 130);
    header->resizeSection(JobListModel::CreatedColumn, 250);
    header->resizeSection(JobListModel::IdColumn, 130);
    header->resizeSection(JobListModel::TransferColumn, 220);
    connect(header, &QHeaderView::sectionResized, &m_saveDebounce, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sectionMoved, &m_saveDebounce, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sortIndicatorChanged, &m_saveDebounce,
            qOverload<>(&QTimer::start));
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::scheduleActionUpdate);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::scheduleActionUpdate);
    auto *paste = new QShortcut(QKeySequence::Paste, m_table, nullptr, nullptr,
                                Qt::WidgetWithChildrenShortcut);
    connect(paste, &QShortcut::activated, this, &MainWindow::pasteStreamUrl);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_banner);
    layout->addWidget(m_statusTabs);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    statusBar()->addPermanentWidget(m_totalsLabel);
    if (isDemo()) {
        m_demoLabel = new QLabel(tr("Demo: a local emulator, no account needed"), this);
        m_demoLabel->setObjectName(QStringLiteral("demoLabel"));
        m_demoLabel->setStyleSheet(
            QStringLiteral("QLabel { background: #e3f2fd; color: #0d47a1; padding: 1px 8px; "
                           "border-radius: 3px; }"));
        statusBar()->addPermanentWidget(m_demoLabel);
    }
    // Roomy where there is room; never larger than the screen, or the banner's button and the
    // search box end up out of reach.
    const QSize available = screen()->availableGeometry().size();
    resize(qMin(1200, available.width()), qMin(680, available.height()));
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
                              tr("&Enter your API key…"));
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
    for (const QModelIndex &index : rows)
        ids.append(index.data(JobListModel::JobIdRole).toString());
    return ids;
}

void MainWindow::revealJob(const QString &id) {
    showNormal();
    raise();
    activateWindow();
    QModelIndex index = m_proxy->indexOfJob(id);
    if (!index.isValid() && m_session->model()->job(id)) {
        m_statusTabs->setCurrentIndex(0);
        m_searchEdit->clear();
        m_proxy->setSearchText(QString());
        index = m_proxy->indexOfJob(id);
    }
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
    m_session->deleteJobs(ids);
}

void MainWindow::retrySelected() {
    for (const QString &id : selectedIds()) {
        const DownloadJob *job = m_session->model()->job(id);
        if (job && job->status == JobStatus::Failed)
            m_session->board()->retryJob(id);
    }
}

void MainWindow::copySelectedIds() {
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    m_notifier->showMessage(ids.size() == 1 ? tr("Copied the job ID.")
                                            : tr("Copied %1 job IDs.").arg(ids.size()));
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
    QMenu menu(this);
    menu.addActions({m_retryAction, m_deleteAction});
    menu.addSeparator();
    menu.addActions({m_saveAction, m_saveToAction, m_pauseAction, m_resumeAction,
                     m_cancelTransferAction, m_openFileAction, m_showInFolderAction});
    menu.addSeparator();
    menu.addActions({m_copyIdAction, m_copyUrlAction});
    menu.addSeparator();
    menu.addActions({m_autoSaveAction, m_transferSettingsAction});
    menu.addSeparator();
    menu.addActions({m_newAction, m_refreshAction});
    menu.exec(m_table->viewport()->mapToGlobal(position));
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
    m_deleteAction->setEnabled(!ids.isEmpty());
    m_deleteAction->setText(ids.size() > 1 ? tr("&Delete %1 jobs…").arg(ids.size())
                                           : tr("&Delete…"));
    m_retryAction->setEnabled(anyFailed);
    m_copyIdAction->setEnabled(!ids.isEmpty());
    m_copyUrlAction->setEnabled(single && !single->encodedDownloadUrl.isEmpty());
    m_saveAction->setEnabled(anyDone);
    m_saveToAction->setEnabled(anyDone);
    m_pauseAction->setEnabled(anyRunning);
    m_resumeAction->setEnabled(anyResumable);
    m_cancelTransferAction->setEnabled(anyCancellable);
    const bool saved = !selectedSavedPath().isEmpty();
    m_openFileAction->setEnabled(saved);
    m_showInFolderAction->setEnabled(saved);
}

void MainWindow::updateCounts() {
    const JobListModel *model = m_session->model();
    const QLocale locale;
    const int total = model->rowCount();
    const int processing = model->count(JobStatus::Processing);
    const int done = model->count(JobStatus::Done);
    const int failed = model->count(JobStatus::Failed);
    m_statusTabs->setTabText(0, tr("All (%1)").arg(locale.toString(total)));
    m_statusTabs->setTabText(1, tr("Processing (%1)").arg(locale.toString(processing)));
    m_statusTabs->setTabText(2, tr("Done (%1)").arg(locale.toString(done)));
    m_statusTabs->setTabText(3, tr("Failed (%1)").arg(locale.toString(failed)));
    m_totalsLabel->setText(tr("%1 jobs · %2 processing · %3 done · %4 failed")
                               .arg(locale.toString(total), locale.toString(processing),
                                    locale.toString(done), locale.toString(failed)));
}

void MainWindow::showProblem(const ApiError &error) {
    m_bannerKind = error.kind();
    switch (error.kind()) {
    case ApiError::Kind::Authentication:
        m_banner->showProblem(tr("VideoDB did not accept the API key: %1").arg(error.describe()),
                              tr("Change key…"));
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
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

void MainWindow::resizeEvent(QResizeEvent *event) {
    QMainWindow::resizeEvent(event);
    m_saveDebounce.start();
}

void MainWindow::moveEvent(QMoveEvent *event) {
    QMainWindow::moveEvent(event);
    m_saveDebounce.start();
}
