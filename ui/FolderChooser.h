#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// The folder chooser every "where to save" question uses, answered through DialogSeam in tests.
class FolderChooser final {
    Q_DECLARE_TR_FUNCTIONS(FolderChooser)

public:
    // The chosen folder, or empty when the user cancelled. A reason (why the current folder
    // will not do) replaces the plain title, so the user sees why they are asked.
    static QString choose(QWidget *parent, const QString &startFolder, const QString &reason = {});
};
