#include "emulator/FileHost.h"

#include "emulator/FileHostConnection.h"

#include <QTcpServer>
#include <QTextStream>

#include <utility>

FileHost::FileHost(const FileUrlSigner &signer, qint64 fileSize, QObject *parent)
    : QObject(parent)
    , m_signer(signer)
    , m_fileSize(fileSize)
    , m_server(new QTcpServer(this)) {
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            new FileHostConnection(socket, this);
    });
}

bool FileHost::listen(quint16 port) {
    return m_server->listen(QHostAddress::LocalHost, port);
}

QUrl FileHost::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

void FileHost::dropResponsesAtRandom(double rate, quint32 seed) {
    m_dropRate = rate;
    m_drops.seed(seed);
}

qint64 FileHost::takeDropAfterBytes() {
    if (m_dropAfterBytes >= 0) {
        ++m_responsesChosenToDrop;
        return std::exchange(m_dropAfterBytes, -1);
    }
    if (m_dropRate <= 0 || m_fileSize <= 0 || m_drops.generateDouble() >= m_dropRate)
        return -1;
    ++m_responsesChosenToDrop;
    return qint64(m_drops.bounded(quint64(m_fileSize)));
}

void FileHost::noteRequest(bool carriedApiKey) {
    ++m_requestCount;
    if (!carriedApiKey)
        return;
    ++m_requestsCarryingApiKey;
    // Loud on purpose: a leaked key is a bug the emulator exists to catch.
    QTextStream(stderr) << "file host: a request carried x-access-token (the API key leaked "
                           "to the file host)\n";
}
