#pragma once

#include "emulator/FileContent.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <optional>

class FileHost;
class HttpRequestHead;
class QTcpSocket;

// One client connection of the file host: reads a request head, answers it, and streams the
// body only as fast as the socket drains, so a slow reader costs no memory.
class FileHostConnection final : public QObject {
    Q_OBJECT
public:
    FileHostConnection(QTcpSocket *socket, FileHost *host);

private:
    void readRequestHead();
    void answer(const HttpRequestHead &request);
    void sendError(int status, const QByteArray &reason, const QByteArray &message,
                   const QByteArray &extraHeaders = {});
    void pumpBody();

    QTcpSocket *m_socket;
    FileHost *m_host;
    QByteArray m_head;
    std::optional<FileContent> m_content;
    qint64 m_nextOffset = 0;
    qint64 m_endOffset = 0;
    qint64 m_dropAtOffset = -1;
    QElapsedTimer m_rateClock;
    qint64 m_rateSent = 0;
    QByteArray m_chunk;
};
