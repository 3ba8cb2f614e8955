#include "ui/CloseGuard.h"

#include "core/account/AppSettings.h"
#include "core/jobs/JobSession.h"
#include "ui/DialogSeam.h"
#include "ui/QuitDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

CloseGuard::CloseGuard(QWidget *window, JobSession *session, AppSettings *settings)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_settings(settings) {
    window->installEventFilter(this);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &CloseGuard::pauseTransfers);
}

CloseGuard::~CloseGuard() {
    // The app quits on its last window again once no tray holds it.
    if (m_tray)
        QApplication::setQuitOnLastWindowClosed(true);
}

bool CloseGuard::eventFilter(QObject *watched, QEvent *event) {
    if (watched != m_window || event->type() != QEvent::Close)
        return QObject::eventFilter(watched, event);
    switch (answerForClose()) {
    case Answer::Quit:
        pauseTransfers();
        return false;
    case Answer::KeepRunning:
        keepRunningInTray();
        break;
    case Answer::Cancel:
        break;
    }
    event->ignore();
    return true;
}

CloseGuard::Answer CloseGuard::answerForClose() {
    if (!m_session->hasWorkInFlight())
        return Answer::Quit;
    const bool trayAvailable = QSystemTrayIcon::isSystemTrayAvailable();
    switch (m_settings->closeAction()) {
    case AppSettings::CloseAction::Quit:
        return Answer::Quit;
    case AppSettings::CloseAction::KeepInTray:
        // Remembered on a desktop that had a tray; without one, hiding would lose the window.
        if (trayAvailable)
            return Answer::KeepRunning;
        break;
    case AppSettings::CloseAction::Ask:
        break;
    }
    return ask(trayAvailable);
}

CloseGuard::Answer CloseGuard::ask(bool keepRunningOffered) {
    QuitDialog dialog(m_session->transfers()->inFlightCount(),
                      m_session->board()->deletesInFlight(), keepRunningOffered, m_window);
    const int choice = DialogSeam::exec(dialog);
    if (choice == QuitDialog::Quit) {
        if (dialog.remembersChoice())
            m_settings->setCloseAction(AppSettings::CloseAction::Quit);
        return Answer::Quit;
    }
    if (choice == QuitDialog::KeepRunning && keepRunningOffered) {
        if (dialog.remembersChoice())
            m_settings->setCloseAction(AppSettings::CloseAction::KeepInTray);
        return Answer::KeepRunning;
    }
    return Answer::Cancel;
}

void CloseGuard::quit() {
    const bool asks =
        m_session->hasWorkInFlight() && m_settings->closeAction() != AppSettings::CloseAction::Quit;
    // aboutToQuit pauses the transfers.
    if (!asks || ask(false) == Answer::Quit)
        QCoreApplication::quit();
}

void CloseGuard::keepRunningInTray() {
    // Hidden, the window is no longer the last one open: a dialog closed meanwhile must not
    // end the app.
    QApplication::setQuitOnLastWindowClosed(false);
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        auto *menu = new QMenu(m_window);
        menu->addAction(tr("Show"), this, &CloseGuard::showWindow);
        menu->addAction(tr("Quit"), qApp, &QCoreApplication::quit);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger)
                        showWindow();
                });
    }
    m_tray->show();
    m_window->hide();
}

void CloseGuard::showWindow() {
    if (m_tray) {
        m_tray->contextMenu()->deleteLater();
        m_tray->deleteLater();
        m_tray = nullptr;
        QApplication::setQuitOnLastWindowClosed(true);
    }
    // A maximised window stays maximised; only a minimised one is restored.
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void CloseGuard::pauseTransfers() {
    m_session->transfers()->pauseAll();
}
