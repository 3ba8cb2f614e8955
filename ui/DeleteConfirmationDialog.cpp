#include "ui/DeleteConfirmationDialog.h"

#include <QPushButton>

DeleteConfirmationDialog::DeleteConfirmationDialog(const QVector<DownloadJob> &jobs,
                                                   const QStringList &savingIds, QWidget *parent)
    : QMessageBox(parent) {
    setObjectName(QStringLiteral("deleteConfirmation"));
    setIcon(QMessageBox::Warning);
    const int count = int(jobs.size());
    setWindowTitle(tr("Delete download jobs"));
    setText(count == 1 ? tr("Delete this download job?")
                       : tr("Delete these %1 download jobs?").arg(count));

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
        lines.append(tr("… and %1 more").arg(count - namesListed));
    QString details = lines.join(QLatin1Char('\n'));
    if (processing > 0)
        details +=
            QStringLiteral("\n\n") +
            (processing == 1
                 ? tr("1 job is still processing and will be cancelled.")
                 : tr("%1 jobs are still processing and will be cancelled.").arg(processing));
    if (!saving.isEmpty()) {
        QStringList quoted;
        for (const QString &name : saving.mid(0, namesListed))
            quoted.append(tr("“%1”").arg(name));
        const QString listed = quoted.join(QStringLiteral(", "));
        details += QStringLiteral("\n\n") +
                   (saving.size() == 1
                        ? tr("The file of %1 is being saved: that download will be cancelled and "
                             "its partial file removed.")
                              .arg(listed)
                        : tr("The files of %1 jobs are being saved (%2): those downloads will be "
                             "cancelled and their partial files removed.")
                              .arg(saving.size())
                              .arg(listed)) +
                   QLatin1Char(' ') + tr("Files already saved are kept.");
    }
    details += QStringLiteral("\n\n") +
               tr("Deletion is permanent: the job records cannot be recovered, and this cannot "
                  "be undone.");
    setInformativeText(details);

    setStandardButtons(QMessageBox::Cancel);
    // Spelled out rather than %n: no English plural translation ships, and "job(s)" reads badly.
    m_deleteButton = addButton(count == 1 ? tr("Delete 1 job") : tr("Delete %1 jobs").arg(count),
                               QMessageBox::DestructiveRole);
    m_deleteButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    setDefaultButton(QMessageBox::Cancel);
    setEscapeButton(QMessageBox::Cancel);
}
