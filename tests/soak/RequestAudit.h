#pragma once

#include "emulator/ApiServer.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <array>

// What the emulator's API was asked, read from its request log: every DELETE checked against
// the ids the user confirmed, and how each kind of request was answered.
class RequestAudit final {
public:
    enum class Endpoint { List, Get, Create, Retry, Delete, AsyncResponse, Other, Count };
    struct Tally {
        int requests = 0;
        // Answered with a fault the emulator injected.
        int injected = 0;
        // Answered with anything but 2xx, injected or not.
        int failed = 0;
    };

    // The user confirmed these ids for deletion: DELETEs for them are allowed from now on.
    void confirmDeletion(const QStringList &ids);
    bool isConfirmed(const QString &id) const { return m_confirmed.contains(id); }
    int confirmedCount() const { return int(m_confirmed.size()); }

    // Reads the requests answered since the last call.
    void read(const QList<ApiServer::AnsweredRequest> &log);

    // DELETEs that named an id nobody confirmed, each as "id (request n)".
    const QStringList &strayDeletes() const { return m_strayDeletes; }
    // Confirmed ids by how the last DELETE naming them was answered; the rest were never asked.
    int idsDeletedByServer() const { return countLastAnswers(Answer::Deleted); }
    int idsAlreadyGone() const { return countLastAnswers(Answer::Gone); }
    int idsLeftUndeleted() const { return countLastAnswers(Answer::Failed); }
    int idsNeverAsked() const { return confirmedCount() - int(m_lastAnswer.size()); }

    // Requests answered 401: the key they carried was not accepted.
    int refusedForTheirKey() const { return m_refusedForTheirKey; }
    const Tally &tally(Endpoint endpoint) const { return m_tallies[size_t(endpoint)]; }
    Tally total() const;
    static const char *nameOf(Endpoint endpoint);

private:
    enum class Answer { Deleted, Gone, Failed };
    static Endpoint endpointOf(const ApiServer::AnsweredRequest &request);
    int countLastAnswers(Answer answer) const;

    QSet<QString> m_confirmed;
    QHash<QString, Answer> m_lastAnswer;
    QStringList m_strayDeletes;
    std::array<Tally, size_t(Endpoint::Count)> m_tallies{};
    int m_requestsRead = 0;
    int m_refusedForTheirKey = 0;
};
