#include "ui/AlreadySavedDialog.h"

#include <QDir>
#include <QPushButton>

AlreadySavedDialog::AlreadySavedDialog(const QString &jobName, const QString &savedPath,
                                       QWidget *parent)
    : QMessageBox(parent) {
    setObjectName(QStringLiteral("alreadySavedDialog"));
    setIcon(QMessageBox::Question);
    setWindowTitle(tr("Already saved"));
    setText(tr("“%1” is already saved.").arg(jobName));
    // The path on a line of its own: wrapped inside a sentence it breaks at every slash.
    setInformativeText(
        tr("Already saved as:\n%1\n\nOpen that file, or save another copy beside it?")
            .arg(QDir::toNativeSeparators(savedPath)));
    m_openButton = addButton(tr("Open"), QMessageBox::AcceptRole);
    m_openButton->setObjectName(QStringLiteral("openSavedButton"));
    m_anotherCopyButton = addButton(tr("Save another copy"), QMessageBox::ActionRole);
    m_anotherCopyButton->setObjectName(QStringLiteral("saveAnotherCopyButton"));
    addButton(QMessageBox::Cancel);
    setDefaultButton(QMessageBox::Cancel);
    setEscapeButton(QMessageBox::Cancel);
}

AlreadySavedDialog::Choice AlreadySavedDialog::choice() const {
    if (clickedButton() == m_openButton)
        return Choice::Open;
    if (clickedButton() == m_anotherCopyButton)
        return Choice::SaveAnotherCopy;
    return Choice::Cancel;
}
