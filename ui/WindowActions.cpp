#include "ui/WindowActions.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QWidget>

namespace {

// The desktop's binding where it has one; ours where it has none (Preferences has no binding
// on GNOME, so Ctrl+, as in most GTK and Electron apps).
QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback) {
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
    return bindings.isEmpty() ? QList<QKeySequence>{fallback} : bindings;
}

} // namespace

WindowActions::WindowActions(QWidget *window)
    : QObject(window) {
    QStyle *style = window->style();
    newJob = make("actionNewJob", tr("&New job…"), QKeySequence::keyBindings(QKeySequence::New));
    newJob->setIcon(style->standardIcon(QStyle::SP_FileDialogNewFolder));
    save = make("actionSave", tr("&Save"), QKeySequence::keyBindings(QKeySequence::Save));
    save->setIcon(style->standardIcon(QStyle::SP_DialogSaveButton));
    saveTo = make("actionSaveTo", tr("Save &to…"),
                  standardOr(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    openFile =
        make("actionOpenFile", tr("&Open file"), QKeySequence::keyBindings(QKeySequence::Open));
    showInFolder = make("actionShowInFolder", tr("Show in &folder"),
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    downloads = make("actionTransferSettings", tr("Do&wnloads…"),
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    downloads->setIcon(style->standardIcon(QStyle::SP_DirOpenIcon));
    downloads->setStatusTip(tr("Where files are saved, how many at once, and the speed limit"));
    account = make("actionSettings", tr("&Account and settings…"),
                   standardOr(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    quit = make("actionQuit", tr("&Quit"), QKeySequence::keyBindings(QKeySequence::Quit));

    // The desktop's main binding only: the Copy, Paste and Delete keys' other bindings (F16,
    // Shift+Insert, Ctrl+D) surprise more than they help in a list of jobs.
    copyId = make("actionCopyId", tr("Copy &ID"), {QKeySequence(QKeySequence::Copy)});
    copyUrl = make("actionCopyUrl", tr("Copy download &URL"),
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
    pasteLink =
        make("actionPasteLink", tr("&Paste stream link…"), {QKeySequence(QKeySequence::Paste)});
    selectAll = make("actionSelectAll", tr("Select &all"),
                     QKeySequence::keyBindings(QKeySequence::SelectAll));
    find = make("actionFocusSearch", tr("&Find…"), QKeySequence::keyBindings(QKeySequence::Find));

    // Ctrl+R as well: browsers taught it, and some desktops bind Refresh to F5 alone.
    QList<QKeySequence> refreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!refreshKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_R)))
        refreshKeys.append(QKeySequence(Qt::CTRL | Qt::Key_R));
    refresh = make("actionRefresh", tr("&Refresh"), refreshKeys);
    refresh->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    statusTabs = new QActionGroup(this);
    const QString tabNames[] = {tr("&All jobs"), tr("&Processing"), tr("D&one"), tr("&Failed")};
    const char *tabObjectNames[] = {"actionShowAll", "actionShowProcessing", "actionShowDone",
                                    "actionShowFailed"};
    for (int tab = 0; tab < 4; ++tab) {
        QAction *action = make(tabObjectNames[tab], tabNames[tab],
                               {QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + tab))});
        action->setCheckable(true);
        action->setChecked(tab == 0);
        statusTabs->addAction(action);
        statusTabActions.append(action);
    }
    details = make("actionDetails", tr("&Details"), {QKeySequence(Qt::CTRL | Qt::Key_I)});
    details->setCheckable(true);
    notifications = make("actionNotifications", tr("Desktop &notifications"));
    notifications->setCheckable(true);

    retry = make("actionRetry", tr("Re&try"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    retry->setIcon(style->standardIcon(QStyle::SP_MediaPlay));
    remove = make("actionDelete", tr("&Delete…"), {QKeySequence(QKeySequence::Delete)});
    remove->setIcon(style->standardIcon(QStyle::SP_TrashIcon));
    pause =
        make("actionPauseTransfer", tr("&Pause download"), {QKeySequence(Qt::CTRL | Qt::Key_P)});
    resume = make("actionResumeTransfer", tr("Res&ume download"),
                  {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    cancelTransfer = make("actionCancelTransfer", tr("&Cancel download"),
                          {QKeySequence(Qt::CTRL | Qt::Key_Period)});
    autoSave = make("actionAutoSave", tr("Save finished jobs &automatically"));
    autoSave->setCheckable(true);

    shortcuts = make("actionShortcuts", tr("&Keyboard shortcuts"),
                     QKeySequence::keyBindings(QKeySequence::HelpContents));
    about = make("actionAbout", tr("&About VideoDB Downloads"));
    aboutQt = make("actionAboutQt", tr("About &Qt"));
    window->addActions(findChildren<QAction *>());
}

QAction *WindowActions::make(const char *objectName, const QString &text,
                             const QList<QKeySequence> &keys) {
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcuts(keys);
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    action->setToolTip(
        keys.isEmpty() ? plain
                       : tr("%1 (%2)").arg(plain, keys.first().toString(QKeySequence::NativeText)));
    return action;
}

QList<WindowActions::Menu> WindowActions::menus() const {
    QList<Menu> all;
    all.append({tr("&File"),
                {newJob, nullptr, save, saveTo, openFile, showInFolder, nullptr, downloads, account,
                 nullptr, quit}});
    all.append({tr("&Edit"), {copyId, copyUrl, pasteLink, nullptr, selectAll, find}});
    QList<QAction *> view{refresh, nullptr};
    view += statusTabActions;
    view += {nullptr, details, nullptr, notifications};
    all.append({tr("&View"), view});
    all.append(
        {tr("&Jobs"), {retry, remove, nullptr, pause, resume, cancelTransfer, nullptr, autoSave}});
    all.append({tr("&Help"), {shortcuts, nullptr, about, aboutQt}});
    return all;
}

void WindowActions::fillMenuBar(QMenuBar *menuBar, QMenu *columnsMenu) const {
    for (const Menu &entry : menus()) {
        QMenu *menu = menuBar->addMenu(entry.title);
        for (QAction *action : entry.actions) {
            if (!action)
                menu->addSeparator();
            else
                menu->addAction(action);
            // The column chooser belongs with the other choices of what the view shows.
            if (action == details)
                menu->addMenu(columnsMenu);
        }
    }
}

void WindowActions::fillToolBar(QToolBar *toolBar) const {
    toolBar->addActions({refresh, newJob, retry, remove});
    toolBar->addSeparator();
    toolBar->addActions({save, saveTo, downloads});
}

void WindowActions::fillContextMenu(QMenu *menu) const {
    menu->addActions({retry, remove});
    menu->addSeparator();
    menu->addActions({save, saveTo, pause, resume, cancelTransfer, openFile, showInFolder});
    menu->addSeparator();
    menu->addActions({copyId, copyUrl});
    menu->addSeparator();
    menu->addActions({details, newJob, refresh});
}
