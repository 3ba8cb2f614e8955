#pragma once

#include <QDialog>

class QLabel;

// Which program this is: its version, its license, the Qt it runs on, and where to read more.
class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The text with the version lines, for tests.
    QLabel *versionLabel() const { return m_versionLabel; }
    QLabel *linksLabel() const { return m_linksLabel; }

private:
    QLabel *m_versionLabel;
    QLabel *m_linksLabel;
};
