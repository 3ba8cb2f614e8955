#include "support/TestEnvironment.h"
#include "support/UrlRecorder.h"
#include "ui/AboutDialog.h"
#include "ui/ShortcutsDialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScreen>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

// The About and keyboard-shortcut dialogs, offscreen.
class HelpDialogsTest final : public QObject {
    Q_OBJECT

    // Every listed row as "text = keys", group by group.
    static QStringList listedRows(const ShortcutsDialog &dialog, bool visibleOnly = false) {
        QStringList rows;
        const QTreeWidget *list = dialog.list();
        for (int g = 0; g < list->topLevelItemCount(); ++g) {
            const QTreeWidgetItem *heading = list->topLevelItem(g);
            if (visibleOnly && heading->isHidden())
                continue;
            rows.append(u"# "_s + heading->text(0));
            for (int r = 0; r < heading->childCount(); ++r) {
                const QTreeWidgetItem *row = heading->child(r);
                if (!visibleOnly || !row->isHidden())
                    rows.append(row->text(0) + u" = "_s + row->text(1));
            }
        }
        return rows;
    }
    static QAction *addAction(QMenu *menu, const QString &text, const QList<QKeySequence> &keys) {
        QAction *action = menu->addAction(text);
        action->setShortcuts(keys);
        return action;
    }
    static QString native(const QKeySequence &key) {
        return key.toString(QKeySequence::NativeText);
    }

private slots:
    void initTestCase() {
        TestEnvironment::makeHermetic();
        QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    }

    void aboutShowsVersionLicenseAndQt() {
        AboutDialog dialog;
        const QString text = dialog.versionLabel()->text();
        QVERIFY2(text.contains(u"9.8.7"_s), qPrintable(text));
        QVERIFY2(text.contains(u"MIT License"_s), qPrintable(text));
        // Both versions, each in its place: a check for either number alone would pass with
        // the other, since tests run on the Qt they were built with.
        const QString qtLine = u"Running on Qt %1 (built with Qt %2)"_s.arg(
            QString::fromLatin1(qVersion()), QString::fromLatin1(QT_VERSION_STR));
        QVERIFY2(text.split(u'\n').contains(qtLine), qPrintable(text));
    }

    void aboutLinksOpenInTheBrowser() {
        UrlRecorder browser;
        QDesktopServices::setUrlHandler(u"https"_s, &browser, "open");
        AboutDialog dialog;
        const QString links = dialog.linksLabel()->text();
        QVERIFY(links.contains(u"href=\"https://videodb.io\""_s));
        QVERIFY(links.contains(u"href=\"https://docs.videodb.io\""_s));
        emit dialog.linksLabel()->linkActivated(u"https://docs.videodb.io"_s);
        QDesktopServices::unsetUrlHandler(u"https"_s);
        QCOMPARE(browser.urls, QList<QUrl>{QUrl(u"https://docs.videodb.io"_s)});
    }

    void shortcutsListEveryActionWithAKey() {
        QMenu jobs(u"&Jobs"_s);
        addAction(&jobs, u"&Refresh"_s, {QKeySequence(Qt::Key_F5), QKeySequence(u"Ctrl+R"_s)});
        addAction(&jobs, u"&Delete…"_s, {QKeySequence::Delete});
        addAction(&jobs, u"Copy &URL"_s, {});
        jobs.addSeparator();
        addAction(&jobs, u"Save && &open"_s, {QKeySequence(u"Ctrl+Shift+O"_s)});
        QAction *hidden = addAction(&jobs, u"Hidden"_s, {QKeySequence(u"Ctrl+H"_s)});
        hidden->setVisible(false);
        QMenu help(u"&Help"_s);
        addAction(&help, u"&About"_s, {});

        const ShortcutsDialog::Extra tabs{u"Show a status tab"_s,
                                          {QKeySequence(u"Alt+1"_s), QKeySequence(u"Alt+2"_s),
                                           QKeySequence(u"Alt+3"_s), QKeySequence(u"Alt+4"_s)}};
        ShortcutsDialog dialog(
            {{jobs.title(), jobs.actions(), {tabs}}, {help.title(), help.actions(), {}}});
        const QStringList expected{
            u"# Jobs"_s,
            u"Refresh = "_s + native(Qt::Key_F5) + u", "_s + native(QKeySequence(u"Ctrl+R"_s)),
            u"Delete… = "_s + QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText),
            u"Save & open = "_s + native(QKeySequence(u"Ctrl+Shift+O"_s)),
            u"Show a status tab = "_s + native(QKeySequence(u"Alt+1"_s)) + u", "_s +
                native(QKeySequence(u"Alt+2"_s)) + u", "_s + native(QKeySequence(u"Alt+3"_s)) +
                u", "_s + native(QKeySequence(u"Alt+4"_s))};
        QCOMPARE(listedRows(dialog), expected);

        // A new action is listed without anyone touching the dialog's code.
        addAction(&jobs, u"&Details…"_s, {QKeySequence(u"Ctrl+I"_s)});
        ShortcutsDialog again({{jobs.title(), jobs.actions(), {}}});
        QVERIFY(listedRows(again).contains(u"Details… = "_s + native(QKeySequence(u"Ctrl+I"_s))));
    }

    void shortcutsAreSearchable() {
        QMenu jobs(u"&Jobs"_s);
        addAction(&jobs, u"&Refresh"_s, {QKeySequence(Qt::Key_F5)});
        addAction(&jobs, u"&Delete…"_s, {QKeySequence::Delete});
        QMenu view(u"&View"_s);
        addAction(&view, u"&Find"_s, {QKeySequence(u"Ctrl+F"_s)});
        ShortcutsDialog dialog(
            {{jobs.title(), jobs.actions(), {}}, {view.title(), view.actions(), {}}});
        dialog.searchField()->setText(u"refr"_s);
        QCOMPARE(listedRows(dialog, true),
                 (QStringList{u"# Jobs"_s, u"Refresh = "_s + native(Qt::Key_F5)}));
        dialog.searchField()->setText(u"view"_s);
        QCOMPARE(listedRows(dialog, true),
                 (QStringList{u"# View"_s, u"Find = "_s + native(QKeySequence(u"Ctrl+F"_s))}));
        dialog.searchField()->clear();
        QCOMPARE(listedRows(dialog, true).size(), 5);
    }

    void plainTextDropsMnemonics() {
        QCOMPARE(ShortcutsDialog::plainText(u"&Save to…"_s), u"Save to…"_s);
        QCOMPARE(ShortcutsDialog::plainText(u"Tom && &Jerry"_s), u"Tom & Jerry"_s);
        QCOMPARE(ShortcutsDialog::plainText(u"&Open\tCtrl+O"_s), u"Open"_s);
        QCOMPARE(ShortcutsDialog::plainText(u"Trailing&"_s), u"Trailing"_s);
    }

    void shortcutsFitTheScreen() {
        ShortcutsDialog dialog({});
        dialog.show();
        const QRect available = dialog.screen()->availableGeometry();
        QVERIFY(dialog.frameGeometry().width() <= available.width());
        QVERIFY(dialog.frameGeometry().height() <= available.height());
    }
};

QTEST_MAIN(HelpDialogsTest)
#include "tst_helpdialogs.moc"
