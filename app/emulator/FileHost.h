#pragma once

#include "emulator/FileUrlSigner.h"

#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <functional>

class QTcpServer;

// The emulator's stand-in for VideoDB's CDN: a separate origin that serves each job's bytes
// with HEAD, single Range requests and backpressure. QtHttpServer 6.4 has none of those (and a
// 512-byte write buffer), hence this small server.
class FileHost final : public QObject {
    Q_OBJECT
public:
    FileHost(const FileUrlSigner &signer, qint64 fileSize, QObject *parent = nullptr);

    bool listen(quint16 port);
    QUrl baseUrl() const;
    qint64 fileSize() const { return m_fileSize; }
    const FileUrlSigner &signer() const { return m_signer; }

    // Requests that arrived with an API key: must stay zero, the key belongs to the API only.
    int requestsCarryingApiKey() const { return m_requestsCarryingApiKey; }
    int requestCount() const { return m_requestCount; }

    void noteRequest(bool carriedApiKey);
    // Body bytes handed to sockets over all responses: what clients were sent in total.
    qint64 bodyBytesSent() const { return m_bodyBytesSent; }
    void noteBodyBytes(qint64 bytes) { m_bodyBytesSent += bytes; }

    // Misbehaviour on request, for tests of clients: drop the next response's connection
    // after this many body bytes, or answer Range requests with the whole file (200).
    void dropNextResponseAfter(qint64 bytes) { m_dropAfterBytes = bytes; }
    // Cuts each response's connection with this probability, after a random number of body
    // bytes short of the file's size: a flaky CDN, the same on every run with the same seed.
    void dropResponsesAtRandom(double rate, quint32 seed);
    // Where the response about to start is cut, in body bytes; -1 leaves it whole.
    qint64 takeDropAfterBytes();
    // Responses that takeDropAfterBytes chose to cut (a shorter body ends before its cut).
    int responsesChosenToDrop() const { return m_responsesChosenToDrop; }
    void setIgnoreRange(bool ignore) { m_ignoreRange = ignore; }
    // Sends each response no faster than this (0: as fast as the socket drains).
    void setBytesPerSecond(qint64 rate) { m_bytesPerSecond = rate; }
    qint64 bytesPerSecond() const { return m_bytesPerSecond; }
    bool ignoresRange() const { return m_ignoreRange; }

private:
    const FileUrlSigner &m_signer;
    qint64 m_fileSize;
    QTcpServer *m_server;
    int m_requestsCarryingApiKey = 0;
    int m_requestCount = 0;
    qint64 m_bodyBytesSent = 0;
    qint64 m_dropAfterBytes = -1;
    double m_dropRate = 0.0;
    QRandomGenerator m_drops;
    int m_responsesChosenToDrop = 0;
    bool m_ignoreRange = false;
    qint64 m_bytesPerSecond = 0;
};
