#include "support/EmulatorProcess.h"

#include <QRegularExpression>

EmulatorProcess::~EmulatorProcess() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString EmulatorProcess::executablePath() {
    return QStringLiteral(VIDEODB_EMULATOR_PATH);
}

bool EmulatorProcess::start(const QStringList &arguments) {
    m_process.start(executablePath(), arguments);
    if (!m_process.waitForStarted(10000)) {
        m_errorText = m_process.errorString();
        return false;
    }
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(10000)) {
            m_errorText = QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
    }
    m_firstLine = QString::fromUtf8(m_process.readLine()).chopped(1);
    static const QRegularExpression pattern(
        QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$"));
    const QRegularExpressionMatch match = pattern.match(m_firstLine);
    if (!match.hasMatch()) {
        m_errorText = QStringLiteral("unexpected first line: ") + m_firstLine;
        return false;
    }
    m_apiUrl = QUrl(match.captured(1));
    return true;
}
