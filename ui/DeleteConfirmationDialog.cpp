#include "ui/DeleteConfirmationDialog.h"

#include <QPushButton>

DeleteConfirmationDialog::DeleteConfirmationDialog(const QVector<DownloadJob> &jobs,
                                                   const QStringList &savingIds, QWidget *parent)
    : QMessageBox(parent) {
    setObjectName(QStringLiteral("deleteConfirmation"));
    setIcon(QMessageBox::Warning);
    const int count = int(jobs.size());
    setWindowTitle(tr("Delete download jobs"));
    setText(tr("Delete %n download job(s)?", nullptr, count));

    QStringList lines;
    QStringList saving;
    int processing = 0;
    for (const DownloadJob &job : jobs) {
        const QString name = job.name.isEmpty() ? job.id : job.name;
        if (job.status == JobStatus::Processing)
            ++processing;
        if (savingIds.contains(job.id))
            saving.append(name);
        if (lines.size() < namesListed)
            lines.append(QStringLiteral("• %1").arg(name));
    }
    if (count > namesListed)
        lines.append(tr("… and %n more", nullptr, count - namesListed));
    QStringList paragraphs{lines.join(QLatin1Char('\n'))};
    if (processing > 0)
        paragraphs.append(
            tr("%n job(s) are still processing and will be cancelled.", nullptr, processing));
    if (!saving.isEmpty()) {
        QStringList quoted;
        for (const QString &name : saving.mid(0, namesListed))
            quoted.append(tr("“%1”").arg(name));
        //: %1 the quoted names of the jobs; the singular names the one job without a number
        paragraphs.append(tr("The files of %n job(s) are being saved (%1): those downloads will be "
                             "cancelled and their partial files removed.",
                             nullptr, int(saving.size()))
                              .arg(quoted.join(QStringLiteral(", "))));
    }
    paragraphs.append(tr("Files already saved are kept on this computer."));
    paragraphs.append(tr("Deletion is permanent: the job records cannot be recovered, and this "
                         "cannot be undone."));
    setInformativeText(paragraphs.join(QStringLiteral("\n\n")));

    setStandardButtons(QMessageBox::Cancel);
    m_deleteButton =
        addButton(tr("Delete %n job(s)", nullptr, count), QMessageBox::DestructiveRole);
    m_deleteButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    setDefaultButton(QMessageBox::Cancel);
    setEscapeButton(QMessageBox::Cancel);
}
