#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// Asks for a stream URL (validated as it is typed) and a name, suggested from the URL until
// the user types their own.
class CreateJobDialog final : public QDialog {
    Q_OBJECT
public:
    explicit CreateJobDialog(const QString &streamUrl = {}, QWidget *parent = nullptr);

    QString streamUrl() const;
    QString jobName() const;

    // Empty when the text is a usable stream URL (core/api/StreamLink decides); otherwise why
    // not, in words for the user.
    static QString problemWith(const QString &streamUrl);

private:
    void revalidate();

    QLineEdit *m_urlEdit;
    QLineEdit *m_nameEdit;
    QLabel *m_problemLabel;
    QPushButton *m_createButton;
    bool m_nameEditedByUser = false;
};
