#include "ui/FolderChooser.h"

#include "ui/DialogSeam.h"

#include <QFileDialog>

QString FolderChooser::choose(QWidget *parent, const QString &startFolder, const QString &reason) {
    QFileDialog dialog(parent, reason.isEmpty() ? tr("Save the files into") : reason, startFolder);
    dialog.setObjectName(QStringLiteral("folderDialog"));
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    if (DialogSeam::exec(dialog) != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().first();
}
