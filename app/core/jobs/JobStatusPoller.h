#pragma once

#include <QObject>
#include <QTimer>

class JobListModel;
class VideoDbClient;

// Asks GET /download/{id} for the newest processing jobs, backing off while nothing changes
// so a long render does not cost a request every few seconds. The full list refresh covers
// the jobs beyond the polled few.
class JobStatusPoller final : public QObject {
    Q_OBJECT
public:
    explicit JobStatusPoller(JobListModel *model, QObject *parent = nullptr);

    // Answers still on their way from an earlier client are ignored from now on.
    void setClient(VideoDbClient *client);
    void setBaseIntervalMs(int ms);
    void start();

    static constexpr int defaultIntervalMs = 3000;
    static constexpr int maxJobsPerRound = 8;
    static constexpr int maxIntervalMs = 30 * 1000;

private:
    void pollRound();

    VideoDbClient *m_client = nullptr;
    // Bumped with every new client: a round belongs to the client it was sent with.
    quint64 m_clientGeneration = 0;
    JobListModel *m_model;
    QTimer m_timer;
    int m_baseIntervalMs = defaultIntervalMs;
    int m_intervalMs = defaultIntervalMs;
    int m_outstanding = 0;
    bool m_changedThisRound = false;
};
