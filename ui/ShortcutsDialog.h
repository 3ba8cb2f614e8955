#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QLineEdit;
class QTreeWidget;

// Every keyboard shortcut, read from the actions themselves when the dialog is built, so the
// list cannot go stale: an action added, renamed or given another key is listed as it is.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
public:
    // A key the window handles without an action, such as Escape in the search field.
    struct Extra {
        QString description;
        QList<QKeySequence> keys;
    };
    // A menu's title and its actions (those without a shortcut are left out), then the keys of
    // that part of the window that are not actions.
    struct Group {
        QString title;
        QList<QAction *> actions;
        QList<Extra> extras;
    };

    explicit ShortcutsDialog(const QList<Group> &groups, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    // The action's text as a person reads it: no mnemonic '&', no "\tShortcut" suffix.
    static QString plainText(const QString &actionText);

private:
    void fill(const QList<Group> &groups);
    void applyFilter(const QString &term);

    QLineEdit *m_search;
    QTreeWidget *m_list;
};
