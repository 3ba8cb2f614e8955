#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QToolBar;
class QWidget;

// Every command of the main window, made once with its name, shortcut and icon, and placed in
// the menu bar, the toolbar and the context menu from here, so the three cannot disagree. The
// window connects what they do and decides when each applies.
class WindowActions final : public QObject {
    Q_OBJECT
public:
    explicit WindowActions(QWidget *window);

    // One menu of the menu bar, for the menu bar itself and the keyboard shortcuts page.
    struct Menu {
        QString title;
        QList<QAction *> actions;
    };
    QList<Menu> menus() const;

    void fillMenuBar(QMenuBar *menuBar, QMenu *columnsMenu) const;
    void fillToolBar(QToolBar *toolBar) const;
    void fillContextMenu(QMenu *menu) const;

    // File
    QAction *newJob;
    QAction *save;
    QAction *saveTo;
    QAction *openFile;
    QAction *showInFolder;
    QAction *downloads;
    QAction *account;
    QAction *quit;
    // Edit
    QAction *copyId;
    QAction *copyUrl;
    QAction *pasteLink;
    QAction *selectAll;
    QAction *find;
    // View
    QAction *refresh;
    QActionGroup *statusTabs;
    QList<QAction *> statusTabActions;
    QAction *details;
    QAction *notifications;
    // Jobs
    QAction *retry;
    QAction *remove;
    QAction *pause;
    QAction *resume;
    QAction *cancelTransfer;
    QAction *autoSave;
    // Help
    QAction *shortcuts;
    QAction *about;
    QAction *aboutQt;

private:
    QAction *make(const char *objectName, const QString &text,
                  const QList<QKeySequence> &shortcuts = {});
};
