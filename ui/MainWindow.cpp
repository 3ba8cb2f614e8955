#include "ui/MainWindow.h"

#include "core/account/AppSettings.h"
#include "core/account/CredentialStore.h"
#include "core/jobs/JobBoard.h"
#include "ui/CreateJobDialog.h"
#include "ui/DeleteConfirmationDialog.h"
#include "ui/DialogSeam.h"
#include "ui/JobFilterProxyModel.h"
#include "ui/ProblemBanner.h"
#include "ui/TransferProgressDelegate.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QStandardPaths>
#include <QSystemTrayIcon>

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
constexpr int messageTimeoutMs = 15000;
const JobStatus tabStatuses[] = {JobStatus::Processing, JobStatus::Done, JobStatus::Failed};

} // namespace

MainWindow::MainWindow(JobBoard *board, const Account &account, QWidget *parent)
    : QMainWindow(parent)
    , m_board(board)
    , m_account(account)
    , m_proxy(new JobFilterProxyModel(board->model(), this))
    , m_table(new QTableView(this))
    , m_statusTabs(new QTabBar(this))
    , m_searchEdit(new QLineEdit(this))
    , m_banner(new ProblemBanner(this))
    , m_totalsLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(account.demo ? tr("VideoDB Downloads — Demo") : tr("VideoDB Downloads"));
    setAcceptDrops(true);
    buildActions();
    buildLayout();

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(searchDebounceMs);
    connect(m_searchEdit, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    connect(&m_searchDebounce, &QTimer::timeout, this,
            [this] { m_proxy->setSearchText(m_searchEdit->text()); });
    m_saveDebounce.setSingleShot(true);
    m_saveDebounce.setInterval(saveDebounceMs);
    connect(&m_saveDebounce, &QTimer::timeout, this, &MainWindow::saveWindowState);

    connect(board->model(), &JobListModel::countsChanged, this, &MainWindow::updateCounts);
    connect(board->model(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(board->model(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(board, &JobBoard::problem, this, &MainWindow::showProblem);
    connect(board, &JobBoard::refreshFinished, this, [this] {
        if (statusBar()->currentMessage() == tr("Loading jobs…"))
            statusBar()->clearMessage();
    });
    connect(board, &JobBoard::problem, this, [this] {
        if (statusBar()->currentMessage() == tr("Loading jobs…"))
            statusBar()->clearMessage();
    });
    connect(board, &JobBoard::problemCleared, this, [this] {
        m_banner->hide();
        m_bannerKind = ApiError::Kind::None;
    });
    connect(board, &JobBoard::jobFinished, this, [this](const QString &id, const QString &name) {
        statusBar()->showMessage(
            tr("“%1” is done and ready to download.").arg(name.isEmpty() ? id : name),
            messageTimeoutMs);
    });
    connect(board, &JobBoard::deletionFinished, this, [this](int deleted, int gone, int failed) {
        QStringList parts;
        if (deleted > 0)
            parts << (deleted == 1 ? tr("Deleted 1 job.") : tr("Deleted %1 jobs.").arg(deleted));
        if (gone > 0)
            parts << (gone == 1 ? tr("1 job was already gone and was removed from the list.")
                                : tr("%1 jobs were already gone and were removed from the list.")
                                      .arg(gone));
        if (failed > 0)
            parts << (failed == 1 ? tr("1 job could not be deleted; see its Message column.")
                                  : tr("%1 jobs could not be deleted; see their Message column.")
                                        .arg(failed));
        statusBar()->showMessage(parts.join(QLatin1Char(' ')), messageTimeoutMs);
    });
    connect(board, &JobBoard::fileSaved, this, [this](const QString &id, const QString &path) {
        const DownloadJob *job = m_board->model()->job(id);
        const QString name = job && !job->name.isEmpty() ? job->name : id;
        statusBar()->showMessage(tr("Saved “%1” to %2.").arg(name, path), messageTimeoutMs);
        if (QSystemTrayIcon::isSystemTrayAvailable()) {
            if (!m_tray) {
                m_tray = new QSystemTrayIcon(windowIcon(), this);
                m_tray->show();
            }
            m_tray->showMessage(tr("Download complete"), tr("“%1” is saved.").arg(name));
        }
        updateActions();
    });
    connect(board, &JobBoard::saveFailed, this, [this](const QString &id, const QString &error) {
        statusBar()->showMessage(tr("Could not save %1: %2").arg(id, error), messageTimeoutMs);
    });
    connect(board, &JobBoard::jobCreated, this, [this](const QString &id) {
        statusBar()->showMessage(tr("Created job %1.").arg(id), messageTimeoutMs);
    });
    connect(board, &JobBoard::actionFailed, this,
            [this](const QString &what, const ApiError &error) {
                statusBar()->showMessage(tr("%1 failed: %2").arg(what, error.describe()),
                                         messageTimeoutMs);
                if (error.kind() == ApiError::Kind::Authentication)
                    showProblem(error);
            });
    connect(m_banner, &ProblemBanner::actionTriggered, this, [this] {
        if (m_bannerKind == ApiError::Kind::Authentication)
            openAccountDialog(false);
        else
            m_board->refresh();
    });

    if (m_account.settings) {
        restoreGeometry(m_account.settings->windowGeometry());
        m_table->horizontalHeader()->restoreState(m_account.settings->headerState());
    }
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
    m_refreshAction = addAction(QStringLiteral("actionRefresh"), tr("&Refresh"),
                                QKeySequence(Qt::Key_F5), [this] { m_board->refresh(); });
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
                             [this] { saveSelected(downloadFolder()); });
    m_saveAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_saveToAction = addAction(QStringLiteral("actionSaveTo"), tr("Save &to…"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] {
                                   const QString folder = chooseFolder();
                                   if (!folder.isEmpty())
                                       saveSelected(folder);
                               });
    m_pauseAction = addAction(QStringLiteral("actionPauseTransfer"), tr("&Pause download"),
                              QKeySequence(Qt::CTRL | Qt::Key_P), [this] {
                                  for (const QString &id : selectedIds())
                                      m_board->pauseTransfer(id);
                              });
    m_resumeAction = addAction(QStringLiteral("actionResumeTransfer"), tr("Res&ume download"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] {
                                   for (const QString &id : selectedIds())
                                       m_board->resumeTransfer(id);
                               });
    m_cancelTransferAction =
        addAction(QStringLiteral("actionCancelTransfer"), tr("Cancel download"),
                  QKeySequence(Qt::CTRL | Qt::Key_Period), [this] {
                      for (const QString &id : selectedIds())
                          m_board->cancelTransfer(id);
                  });
    m_openFileAction = addAction(QStringLiteral("actionOpenFile"), tr("&Open file"),
                                 QKeySequence(Qt::CTRL | Qt::Key_O), [this] {
                                     const QString path = selectedSavedPath();
                                     if (!path.isEmpty())
                                         QDesktopServices::openUrl(QUrl::fromLocalFile(path));
                                 });
    m_showInFolderAction = addAction(
        QStringLiteral("actionShowInFolder"), tr("Show in &folder"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] {
            const QString path = selectedSavedPath();
            if (!path.isEmpty())
                QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
        });
    m_autoSaveAction = addAction(QStringLiteral("actionAutoSave"),
                                 tr("Save finished jobs &automatically"), {}, [this] {
                                     const bool on = m_autoSaveAction->isChecked();
                                     if (m_account.settings)
                                         m_account.settings->setAutoSave(on);
                                     m_board->setAutoSaveFolder(on ? downloadFolder() : QString());
                                 });
    m_autoSaveAction->setCheckable(true);
    m_autoSaveAction->setChecked(m_account.settings && m_account.settings->autoSave());
    m_board->setAutoSaveFolder(m_autoSaveAction->isChecked() ? downloadFolder() : QString());
}

QString MainWindow::downloadFolder() const {
    return m_account.settings ? m_account.settings->downloadFolder()
                              : QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
}

QString MainWindow::chooseFolder() {
    QFileDialog dialog(this, tr("Save the files into"), downloadFolder());
    dialog.setObjectName(QStringLiteral("folderDialog"));
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    if (DialogSeam::exec(dialog) != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString folder = dialog.selectedFiles().first();
    if (m_account.settings)
        m_account.settings->setDownloadFolder(folder);
    return folder;
}

void MainWindow::saveSelected(const QString &folder) {
    QStringList ids;
    for (const QString &id : selectedIds()) {
        const DownloadJob *job = m_board->model()->job(id);
        if (job && job->status == JobStatus::Done)
            ids.append(id);
    }
    if (ids.isEmpty())
        return;
    if (!QFileInfo(folder).isDir()) {
        statusBar()->showMessage(tr("Cannot save: the folder %1 does not exist.").arg(folder),
                                 messageTimeoutMs);
        return;
    }
    m_board->saveJobs(ids, folder);
    statusBar()->showMessage(ids.size() == 1
                                 ? tr("Saving 1 file to %1…").arg(folder)
                                 : tr("Saving %1 files to %2…").arg(ids.size()).arg(folder),
                             messageTimeoutMs);
}

QString MainWindow::selectedSavedPath() const {
    const QStringList ids = selectedIds();
    return ids.size() == 1 ? m_board->model()->transfer(ids.first()).savedPath : QString();
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
    toolbar->addActions({m_saveAction, m_saveToAction});
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
            &MainWindow::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    auto *paste = new QShortcut(QKeySequence::Paste, m_table, nullptr, nullptr,
                                Qt::WidgetWithChildrenShortcut);
    connect(paste, &QShortcut::activated, this, &MainWindow::pasteStreamUrl);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
    layout->addWidget(m_statusTabs);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    statusBar()->addPermanentWidget(m_totalsLabel);
    if (m_account.demo) {
        auto *demo = new QLabel(tr("Demo: a local emulator, no account needed"), this);
        demo->setObjectName(QStringLiteral("demoLabel"));
        demo->setStyleSheet(
            QStringLiteral("QLabel { background: #e3f2fd; color: #0d47a1; padding: 1px 8px; "
                           "border-radius: 3px; }"));
        statusBar()->addPermanentWidget(demo);
    }
    resize(1200, 680);
}

void MainWindow::start() {
    if (m_board->config().apiKey.trimmed().isEmpty() && !m_account.demo) {
        openAccountDialog(true);
        if (m_board->config().apiKey.trimmed().isEmpty()) {
            m_banner->showProblem(tr("No API key is configured, so no jobs can be listed."),
                                  tr("Enter key…"));
            m_bannerKind = ApiError::Kind::Authentication;
            return;
        }
    }
    statusBar()->showMessage(tr("Loading jobs…"));
    m_board->refresh();
}

QStringList MainWindow::selectedIds() const {
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(JobListModel::IdColumn);
    for (const QModelIndex &index : rows)
        ids.append(index.data(JobListModel::JobIdRole).toString());
    return ids;
}

void MainWindow::deleteSelected() {
    // Captured now, shown in the dialog, and exactly these are deleted: a refresh or re-sort
    // while the dialog is open cannot change what the user agreed to.
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QVector<DownloadJob> jobs;
    for (const QString &id : ids) {
        if (const DownloadJob *job = m_board->model()->job(id))
            jobs.append(*job);
    }
    DeleteConfirmationDialog dialog(jobs, this);
    DialogSeam::exec(dialog);
    if (!dialog.confirmed()) {
        statusBar()->showMessage(tr("Nothing was deleted."), messageTimeoutMs);
        return;
    }
    m_board->deleteJobs(ids);
}

void MainWindow::retrySelected() {
    for (const QString &id : selectedIds()) {
        const DownloadJob *job = m_board->model()->job(id);
        if (job && job->status == JobStatus::Failed)
            m_board->retryJob(id);
    }
}

void MainWindow::copySelectedIds() {
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    statusBar()->showMessage(ids.size() == 1 ? tr("Copied the job ID.")
                                             : tr("Copied %1 job IDs.").arg(ids.size()),
                             messageTimeoutMs);
}

void MainWindow::copySelectedUrl() {
    const QStringList ids = selectedIds();
    const DownloadJob *job = ids.size() == 1 ? m_board->model()->job(ids.first()) : nullptr;
    if (!job || job->encodedDownloadUrl.isEmpty())
        return;
    QApplication::clipboard()->setText(QString::fromUtf8(job->encodedDownloadUrl));
    statusBar()->showMessage(
        tr("Copied the download URL. It expires 24 hours after the job finished."),
        messageTimeoutMs);
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
    CreateJobDialog dialog(streamUrl, this);
    if (DialogSeam::exec(dialog) != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Creating job…"));
    m_board->createJob(dialog.streamUrl(), dialog.jobName());
}

void MainWindow::openAccountDialog(bool firstRun) {
    AccountDialog::Values current;
    current.apiKey = m_board->config().apiKey;
    current.baseUrl = m_board->config().baseUrl;
    current.refreshIntervalS = m_account.settings ? m_account.settings->refreshIntervalS() : 60;
    if (m_account.settings && !m_account.settings->plainTextApiKey().isEmpty())
        current.storage = AccountDialog::KeyStorage::SettingsFile;
    const QString settingsPath = m_account.settings ? m_account.settings->fileName() : QString();
    AccountDialog dialog(current, m_account.keyringAvailable, settingsPath, firstRun, this);
    if (DialogSeam::exec(dialog) != QDialog::Accepted)
        return;
    applyAccount(dialog.values());
}

void MainWindow::applyAccount(const AccountDialog::Values &values) {
    if (m_account.settings) {
        m_account.settings->setBaseUrl(values.baseUrl);
        m_account.settings->setRefreshIntervalS(values.refreshIntervalS);
        // Plain text only when the user chose it; otherwise make sure no old copy lingers.
        m_account.settings->setPlainTextApiKey(
            values.storage == AccountDialog::KeyStorage::SettingsFile ? values.apiKey : QString());
    }
    if (values.storage == AccountDialog::KeyStorage::Keyring && m_account.store) {
        m_account.store->writeKey(values.apiKey, [this](bool ok, const QString &error) {
            if (!ok)
                statusBar()->showMessage(
                    tr("The key could not be saved in the keyring (%1); it is kept "
                       "for this session only.")
                        .arg(error),
                    messageTimeoutMs);
        });
    }
    ClientConfig config = m_board->config();
    config.apiKey = values.apiKey;
    config.baseUrl = values.baseUrl;
    m_board->setConfig(config);
    m_board->setRefreshIntervalMs(values.refreshIntervalS * 1000);
    m_banner->hide();
    m_bannerKind = ApiError::Kind::None;
    m_board->refresh();
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
    menu.addAction(m_autoSaveAction);
    menu.addSeparator();
    menu.addActions({m_newAction, m_refreshAction});
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void MainWindow::updateActions() {
    const QStringList ids = selectedIds();
    bool anyFailed = false;
    for (const QString &id : ids) {
        const DownloadJob *job = m_board->model()->job(id);
        anyFailed = anyFailed || (job && job->status == JobStatus::Failed);
    }
    const DownloadJob *single = ids.size() == 1 ? m_board->model()->job(ids.first()) : nullptr;
    m_deleteAction->setEnabled(!ids.isEmpty());
    m_deleteAction->setText(ids.size() > 1 ? tr("&Delete %1 jobs…").arg(ids.size())
                                           : tr("&Delete…"));
    m_retryAction->setEnabled(anyFailed);
    m_copyIdAction->setEnabled(!ids.isEmpty());
    m_copyUrlAction->setEnabled(single && !single->encodedDownloadUrl.isEmpty());
    bool anyDone = false;
    bool anyActive = false;
    bool anyResumable = false;
    for (const QString &id : ids) {
        const DownloadJob *job = m_board->model()->job(id);
        anyDone = anyDone || (job && job->status == JobStatus::Done);
        const FileTransfer *transfer = m_board->transfers()->transfer(id);
        if (!transfer)
            continue;
        anyActive = anyActive || transfer->isActive();
        anyResumable = anyResumable || (!transfer->isActive() &&
                                        transfer->record().state != TransferRecord::State::Done &&
                                        QFile::exists(transfer->record().partPath()));
    }
    m_saveAction->setEnabled(anyDone);
    m_saveToAction->setEnabled(anyDone);
    m_pauseAction->setEnabled(anyActive);
    m_resumeAction->setEnabled(anyResumable);
    m_cancelTransferAction->setEnabled(anyActive || anyResumable);
    m_openFileAction->setEnabled(!selectedSavedPath().isEmpty());
    m_showInFolderAction->setEnabled(!selectedSavedPath().isEmpty());
}

void MainWindow::updateCounts() {
    const JobListModel *model = m_board->model();
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
    if (!m_account.settings)
        return;
    m_account.settings->setWindowGeometry(saveGeometry());
    m_account.settings->setHeaderState(m_table->horizontalHeader()->saveState());
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
