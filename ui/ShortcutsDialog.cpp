#include "ui/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString keysText(const QList<QKeySequence> &keys) {
    QStringList texts;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty())
            texts.append(key.toString(QKeySequence::NativeText));
    }
    return texts.join(u", "_s);
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<Group> &groups, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QTreeWidget(this)) {
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_search->setObjectName(u"shortcutsSearch"_s);
    m_search->setPlaceholderText(tr("Search shortcuts"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    m_list->setObjectName(u"shortcutsList"_s);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    // Several keys for one action wrap rather than run out of a narrow dialog.
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    fill(groups);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(buttons);

    // Never larger than the screen: it must fit 800 px at twice the scale.
    const QSize available = screen()->availableGeometry().size();
    resize(qMin(640, available.width() * 9 / 10), qMin(520, available.height() * 9 / 10));
}

QString ShortcutsDialog::plainText(const QString &actionText) {
    const QString withoutSuffix = actionText.section(u'\t', 0, 0);
    QString plain;
    plain.reserve(withoutSuffix.size());
    for (qsizetype i = 0; i < withoutSuffix.size(); ++i) {
        // "&&" is a literal ampersand; a single '&' marks the mnemonic.
        if (withoutSuffix[i] == u'&' && ++i >= withoutSuffix.size())
            break;
        plain.append(withoutSuffix[i]);
    }
    return plain;
}

void ShortcutsDialog::fill(const QList<Group> &groups) {
    for (const Group &group : groups) {
        QList<QTreeWidgetItem *> rows;
        for (const QAction *action : group.actions) {
            // A hidden action's shortcut does nothing, so it is not offered.
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QString keys = keysText(action->shortcuts());
            if (!keys.isEmpty())
                rows.append(new QTreeWidgetItem({plainText(action->text()), keys}));
        }
        for (const Extra &extra : group.extras)
            rows.append(new QTreeWidgetItem({extra.description, keysText(extra.keys)}));
        if (rows.isEmpty())
            continue;
        auto *heading = new QTreeWidgetItem(m_list, {plainText(group.title)});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        heading->addChildren(rows);
    }
    m_list->expandAll();
}

void ShortcutsDialog::applyFilter(const QString &term) {
    const QString needle = term.trimmed();
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *heading = m_list->topLevelItem(g);
        const bool headingMatches = heading->text(0).contains(needle, Qt::CaseInsensitive);
        bool anyShown = false;
        for (int r = 0; r < heading->childCount(); ++r) {
            QTreeWidgetItem *row = heading->child(r);
            const bool shown = headingMatches ||
                               row->text(0).contains(needle, Qt::CaseInsensitive) ||
                               row->text(1).contains(needle, Qt::CaseInsensitive);
            row->setHidden(!shown);
            anyShown = anyShown || shown;
        }
        heading->setHidden(!anyShown);
    }
}
