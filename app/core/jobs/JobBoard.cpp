#include "core/jobs/JobBoard.h"

#include "core/api/RequestWindow.h"
#include "core/api/VideoDbClient.h"

#include <QPointer>

#include <utility>

JobBoard::JobBoard(const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , m_poller(&m_model) {
    setConfig(config);
    m_removeTimer.setSingleShot(true);
    m_removeTimer.setInterval(0);
    connect(&m_removeTimer, &QTimer::timeout, this, &JobBoard::removePendingRows);
    connect(&m_model, &JobListModel::jobFinished, this, &JobBoard::jobFinished);
    connect(&m_model, &JobListModel::jobFailed, this, &JobBoard::jobFailed);
    connect(&m_refreshTimer, &QTimer::timeout, this, &JobBoard::refresh);
    m_refreshTimer.setInterval(60 * 1000);
}

JobBoard::~JobBoard() = default;

void JobBoard::setConfig(const ClientConfig &config) {
    const bool otherAccount =
        !m_readClient || config.baseUrl != m_config.baseUrl || config.apiKey != m_config.apiKey;
    m_config = config;
    m_readClient.reset(new VideoDbClient(config));
    connect(m_readClient.get(), &VideoDbClient::unreadableJobsSkipped, this,
            &JobBoard::unreadableJobs);
    m_actionClient = std::make_shared<VideoDbClient>(config);
    m_poller.setClient(m_readClient.get());
    m_model.abandonRefresh();
    m_refreshing = false;
    m_refreshAgain = false;
    if (otherAccount && m_model.rowCount() > 0) {
        // Another account's jobs, or none: never show the old list under the new key.
        m_model.clear();
        if (std::exchange(m_hasProblem, false))
            emit problemCleared();
    }
}

void JobBoard::setRefreshIntervalMs(int ms) {
    m_refreshTimer.setInterval(qMax(1000, ms));
    if (m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void JobBoard::reportResult(const ApiError &error) {
    if (error.isError()) {
        m_hasProblem = true;
        emit problem(error);
    } else if (m_hasProblem) {
        m_hasProblem = false;
        emit problemCleared();
    }
}

void JobBoard::refresh() {
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_model.beginRefresh();
    // Callbacks die with the read client, which setConfig and the destructor replace.
    m_readClient->streamJobs([this](const QVector<DownloadJob> &page) { m_model.mergePage(page); },
                             [this](const ApiError &error) {
                                 m_refreshing = false;
                                 if (error.isError()) {
                                     // Keep the last known list on screen.
                                     m_model.abandonRefresh();
                                 } else {
                                     m_model.endRefresh();
                                     emit refreshFinished(m_model.rowCount());
                                 }
                                 reportResult(error);
                                 if (!m_refreshTimer.isActive())
                                     m_refreshTimer.start();
                                 m_poller.start();
                                 if (m_refreshAgain) {
                                     m_refreshAgain = false;
                                     refresh();
                                 }
                             });
}

void JobBoard::deleteJobs(const QStringList &ids) {
    for (const QString &id : ids)
        m_model.setActivity(id, JobListModel::Activity::Deleting);
    struct Batch {
        std::shared_ptr<VideoDbClient> client;
        int deleted = 0;
        int alreadyGone = 0;
        int failed = 0;
    };
    m_deletesInFlight += int(ids.size());
    auto batch = std::make_shared<Batch>();
    batch->client = m_actionClient;
    // The batch may outlive this board (its client holds it): late answers then only count.
    const QPointer<JobBoard> self(this);
    auto *window = new RequestWindow(
        ids, deleteWindow,
        [self, batch](const QString &id, std::function<void()> finished) {
            batch->client->deleteJob(
                id, [self, batch, id, finished](const ApiResult<QString> &result) {
                    if (self) {
                        --self->m_deletesInFlight;
                        self->applyDeleteAnswer(id, result, batch->client.get());
                    }
                    ++(result.ok()                                         ? batch->deleted
                       : result.error().kind() == ApiError::Kind::NotFound ? batch->alreadyGone
                                                                           : batch->failed);
                    finished();
                });
        },
        this);
    connect(window, &RequestWindow::allFinished, this, [this, batch, window] {
        window->deleteLater();
        // The last answers' rows leave first: whoever hears the end sees the list without them.
        m_removeTimer.stop();
        removePendingRows();
        emit deletionFinished(batch->deleted, batch->alreadyGone, batch->failed);
    });
    window->start();
}

void JobBoard::applyDeleteAnswer(const QString &id, const ApiResult<QString> &result,
                                 const VideoDbClient *client) {
    // Job ids name jobs on one server only: answers for another server leave rows alone.
    if (client->config().baseUrl != m_config.baseUrl)
        return;
    if (result.ok() || result.error().kind() == ApiError::Kind::NotFound)
        return removeSoon(id);
    m_model.setActivity(id, JobListModel::Activity::None,
                        {JobListModel::Activity::Deleting, result.error()});
    const ApiError::Kind kind = result.error().kind();
    if (client == m_actionClient.get() &&
        (kind == ApiError::Kind::Authentication || kind == ApiError::Kind::Network ||
         kind == ApiError::Kind::Timeout))
        reportResult(result.error());
}

void JobBoard::removePendingRows() {
    if (!m_rowsToRemove.isEmpty())
        m_model.removeJobs(std::exchange(m_rowsToRemove, {}));
}

void JobBoard::removeSoon(const QString &id) {
    // Answers of a bulk delete arrive one by one; rows leave in one batch per event-loop turn.
    m_rowsToRemove.insert(id);
    if (!m_removeTimer.isActive())
        m_removeTimer.start();
}

void JobBoard::createJob(const QString &streamLink, const QString &name) {
    // The client lives until its answer, even across a config change.
    const std::shared_ptr<VideoDbClient> client = m_actionClient;
    const QPointer<JobBoard> self(this);
    client->createJob(streamLink, name,
                      [self, client, streamLink](const ApiResult<DownloadJob> &result) {
                          if (!self)
                              return;
                          if (!result.ok())
                              return emit self->createFailed(result.error());
                          emit self->jobCreated(result.value().id, streamLink);
                          self->refresh();
                      });
}

void JobBoard::retryJob(const QString &id) {
    m_model.setActivity(id, JobListModel::Activity::Retrying);
    const std::shared_ptr<VideoDbClient> client = m_actionClient;
    const QPointer<JobBoard> self(this);
    client->retryJob(id, [self, client, id](const ApiResult<DownloadJob> &result) {
        if (!self)
            return;
        JobListModel &model = self->m_model;
        if (!result.ok()) {
            model.setActivity(id, JobListModel::Activity::None,
                              {JobListModel::Activity::Retrying, result.error()});
            return emit self->retryFailed(id, result.error());
        }
        model.setActivity(id, JobListModel::Activity::None);
        model.updateJob(result.value());
        self->m_poller.start();
    });
}
