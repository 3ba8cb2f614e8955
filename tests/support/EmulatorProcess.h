#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

// videodb-emulator as a child process, started on a free port that it reports on its first
// stdout line. Killed when this object goes away.
class EmulatorProcess final {
public:
    EmulatorProcess() = default;
    ~EmulatorProcess();
    EmulatorProcess(const EmulatorProcess &) = delete;
    EmulatorProcess &operator=(const EmulatorProcess &) = delete;

    // Blocks until the emulator listens; false (with the child's stderr in errorText) if not.
    bool start(const QStringList &arguments);
    QUrl apiUrl() const { return m_apiUrl; }
    QString firstLine() const { return m_firstLine; }
    qint64 pid() const { return m_process.processId(); }
    QString errorText() const { return m_errorText; }
    QByteArray takeStderr() { return m_process.readAllStandardError(); }

    static QString executablePath();

private:
    QProcess m_process;
    QUrl m_apiUrl;
    QString m_firstLine;
    QString m_errorText;
};
