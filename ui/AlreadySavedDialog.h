#pragma once

#include <QMessageBox>

class QPushButton;

// Asked before saving a job that is already saved and whose file is intact: open that file,
// save another copy, or do nothing (the default).
class AlreadySavedDialog final : public QMessageBox {
    Q_OBJECT
public:
    enum class Choice { Open, SaveAnotherCopy, Cancel };

    AlreadySavedDialog(const QString &jobName, const QString &savedPath, QWidget *parent = nullptr);

    Choice choice() const;
    QPushButton *openButton() const { return m_openButton; }
    QPushButton *anotherCopyButton() const { return m_anotherCopyButton; }

private:
    QPushButton *m_openButton;
    QPushButton *m_anotherCopyButton;
};
