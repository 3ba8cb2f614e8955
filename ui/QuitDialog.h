#pragma once

#include <QDialog>

class QCheckBox;
class QPushButton;

// Asks before a quit would cut work in flight: files being saved (a quit pauses them) and
// deletes waiting for their answer. Answered with a Choice through DialogSeam.
class QuitDialog final : public QDialog {
    Q_OBJECT
public:
    // The dialog's result; Cancel is also what closing it without a choice means.
    enum Choice { Cancel = QDialog::Rejected, Quit = 100, KeepRunning };

    // keepRunningOffered: only where a system tray can hold the app while its window is hidden.
    QuitDialog(int transfersInFlight, int deletesInFlight, bool keepRunningOffered,
               QWidget *parent = nullptr);

    // The user ticked "Do not ask again".
    bool remembersChoice() const;

private:
    QCheckBox *m_remember;
};
