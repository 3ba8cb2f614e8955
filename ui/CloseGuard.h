#pragma once

#include <QObject>

class AppSettings;
class JobSession;
class QSystemTrayIcon;
class QWidget;

// Stands between the main window and a quit that would cut work in flight. Closing the window
// while files are saved or jobs deleted asks first (QuitDialog, or the answer the user chose
// to remember): quit with the transfers paused, keep running in the tray, or cancel. Any quit
// at all (the window, Ctrl+Q, a logout) pauses the transfers, so every .part file left behind
// is one the next start shows paused and resumes byte-exact.
class CloseGuard final : public QObject {
    Q_OBJECT
public:
    // A child of window: it watches the window's close events for as long as the window lives.
    CloseGuard(QWidget *window, JobSession *session, AppSettings *settings);
    ~CloseGuard() override;

    // Brings the window back: from the tray, minimised or behind others.
    void showWindow();
    // File → Quit: the app ends, asking first when work is in flight (never offering the tray,
    // which is what closing the window is for).
    void quit();
    bool isKeptInTray() const { return m_tray != nullptr; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Answer { Quit, KeepRunning, Cancel };
    Answer answerForClose();
    Answer ask(bool keepRunningOffered);
    void keepRunningInTray();
    void pauseTransfers();

    QWidget *m_window;
    JobSession *m_session;
    AppSettings *m_settings;
    QSystemTrayIcon *m_tray = nullptr;
};
