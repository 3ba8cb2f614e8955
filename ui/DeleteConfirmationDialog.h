#pragma once

#include "core/api/DownloadJob.h"

#include <QMessageBox>
#include <QPushButton>
#include <QVector>

// Asks before deleting: names the jobs, says which are still processing and will be
// cancelled, which have a file being saved (that download is cancelled too), that files
// already saved on this computer are kept, and that it cannot be undone; defaults to Cancel
// and puts the verb on the button.
class DeleteConfirmationDialog final : public QMessageBox {
    Q_OBJECT
public:
    // savingIds: those of jobs whose file is being saved (or is paused or failed part-way).
    DeleteConfirmationDialog(const QVector<DownloadJob> &jobs, const QStringList &savingIds = {},
                             QWidget *parent = nullptr);

    bool confirmed() const { return clickedButton() == m_deleteButton; }
    QPushButton *deleteButton() const { return m_deleteButton; }

    static constexpr int namesListed = 10;

private:
    QPushButton *m_deleteButton;
};
