#include "ui/SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>

namespace {
constexpr int connectTimeoutMs = 1000;
constexpr char received = '\1';
constexpr QDataStream::Version streamVersion = QDataStream::Qt_6_0;
} // namespace

SingleInstance::SingleInstance(const QString &configFolder, QObject *parent)
    : QObject(parent)
    , m_configFolder(configFolder)
    , m_serverName(serverNameFor(configFolder)) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &configFolder) {
    // Short, because a socket path has about a hundred bytes; the user is in the hash too, as
    // two users' sockets share the temporary folder.
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    const QByteArray key = (user + QLatin1Char('\n') + QDir(configFolder).absolutePath()).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
    return QStringLiteral("videodb-downloads-") + QString::fromLatin1(hash.left(24));
}

QString SingleInstance::decisionLockFor(const QString &configFolder) {
    return QDir(configFolder).filePath(QStringLiteral("instance.lock"));
}

std::optional<SingleInstance::Role>
SingleInstance::roleAfterHandOver(const QStringList &streamUrls) {
    switch (handOver(streamUrls)) {
    case Handover::Delivered:
        return Role::Forwarded;
    case Handover::Unanswered:
        return Role::Unanswered;
    case Handover::NobodyListens:
        break;
    }
    return std::nullopt;
}

SingleInstance::Role SingleInstance::claim(const QStringList &streamUrls) {
    if (const std::optional<Role> role = roleAfterHandOver(streamUrls))
        return *role;
    // Two launches at once, or a socket left by a crash: only one process at a time decides,
    // so a socket is never removed under a server that has just started listening on it.
    QDir().mkpath(m_configFolder);
    QLockFile decision(decisionLockFor(m_configFolder));
    if (!decision.tryLock(answerTimeoutMs)) {
        m_error = tr("Another start of the app holds %1.").arg(decision.fileName());
        return Role::Alone;
    }
    if (const std::optional<Role> role = roleAfterHandOver(streamUrls))
        return *role;
    return listen() ? Role::Primary : Role::Alone;
}

SingleInstance::Handover SingleInstance::handOver(const QStringList &streamUrls) {
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    // Refused: a socket file whose process died.
    if (!socket.waitForConnected(connectTimeoutMs))
        return Handover::NobodyListens;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(streamVersion);
    out << streamUrls;
    socket.write(message);
    // The running app answers once it has the whole message; until then it may be busy.
    while (socket.bytesAvailable() == 0) {
        if (!socket.waitForReadyRead(answerTimeoutMs)) {
            m_error = tr("VideoDB Downloads is already running but does not answer.");
            return Handover::Unanswered;
        }
    }
    socket.disconnectFromServer();
    return Handover::Delivered;
}

bool SingleInstance::listen() {
    m_server = new QLocalServer(this);
    // Only this user may hand the app URLs.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // Under the decision lock, after a refused connection: what is left is stale.
    QLocalServer::removeServer(m_serverName);
    if (!m_server->listen(m_serverName)) {
        m_error = tr("Cannot listen on %1: %2").arg(m_serverName, m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
    return true;
}

void SingleInstance::accept() {
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        read(socket);
    }
}

void SingleInstance::read(QLocalSocket *socket) {
    QDataStream in(socket);
    in.setVersion(streamVersion);
    in.startTransaction();
    QStringList streamUrls;
    in >> streamUrls;
    if (!in.commitTransaction()) {
        // Not all there yet, unless it is not a message of ours at all.
        if (in.status() == QDataStream::ReadCorruptData)
            socket->abort();
        return;
    }
    socket->write(QByteArray(1, received));
    socket->flush();
    emit activated(streamUrls);
}
