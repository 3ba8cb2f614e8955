#include "core/jobs/JobBoard.h"

#include "core/api/RequestWindow.h"
#include "core/api/VideoDbClient.h"

#include <utility>

JobBoard::JobBoard(const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_client(std::make_shared<VideoDbClient>(config))
    , m_poller(&m_model) {
    m_poller.setClient(m_client.get());
    m_removeTimer.setSingleShot(true);
    m_removeTimer.setInterval(0);
    connect(&m_removeTimer, &QTimer::timeout, this,
            [this] { m_model.removeJobs(std::exchange(m_rowsToRemove, {})); });
    connect(&m_model, &JobListModel::jobFinished, this, &JobBoard::jobFinished);
    connect(&m_refreshTimer, &QTimer::timeout, this, &JobBoard::refresh);
    m_refreshTimer.setInterval(60 * 1000);
}

JobBoard::~JobBoard() = default;

void JobBoard::setConfig(const ClientConfig &config) {
    const bool otherAccount =
        config.baseUrl != m_config.baseUrl || config.apiKey != m_config.apiKey;
    m_config = config;
    // Dropping the old client aborts its refresh and polls; delete batches keep it alive.
    m_client = std::make_shared<VideoDbClient>(config);
    m_poller.setClient(m_client.get());
    m_model.abandonRefresh();
    m_refreshing = false;
    m_refreshAgain = false;
    if (otherAccount) {
        // Another account's jobs, or none: never show the old list under the new key.
        m_model.clear();
        m_hasProblem = false;
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
    // A weak handle: the answer of a client that setConfig replaced is not ours any more.
    const std::weak_ptr<VideoDbClient> client = m_client;
    m_client->streamJobs(
        [this, client](const QVector<DownloadJob> &page) {
            if (client.lock() == m_client)
                m_model.mergePage(page);
        },
        [this, client](const ApiError &error) {
            if (client.lock() != m_client)
                return;
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
        // Job ids name jobs on one server only: answers for another server leave rows alone.
        bool touchesModel(const ClientConfig &current) const {
            return client->config().baseUrl == current.baseUrl;
        }
    };
    auto batch = std::make_shared<Batch>();
    batch->client = m_client;
    auto *window = new RequestWindow(
        ids, deleteWindow,
        [this, batch](const QString &id, std::function<void()> finished) {
            batch->client->deleteJob(
                id, [this, batch, id, finished](const ApiResult<QString> &result) {
                    const bool ours = batch->touchesModel(m_config);
                    if (result.ok() || result.error().kind() == ApiError::Kind::NotFound) {
                        ++(result.ok() ? batch->deleted : batch->alreadyGone);
                        if (ours)
                            removeSoon(id);
                    } else {
                        ++batch->failed;
                        if (ours)
                            m_model.setActivity(id, JobListModel::Activity::None,
                                                {JobListModel::Activity::Deleting, result.error()});
                        const ApiError::Kind kind = result.error().kind();
                        if (ours && batch->client == m_client &&
                            (kind == ApiError::Kind::Authentication ||
                             kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout))
                            reportResult(result.error());
                    }
                    finished();
                });
        },
        this);
    connect(window, &RequestWindow::allFinished, this, [this, batch, window] {
        window->deleteLater();
        emit deletionFinished(batch->deleted, batch->alreadyGone, batch->failed);
    });
    window->start();
}

void JobBoard::removeSoon(const QString &id) {
    // Answers of a bulk delete arrive one by one; rows leave in one batch per event-loop turn.
    m_rowsToRemove.insert(id);
    if (!m_removeTimer.isActive())
        m_removeTimer.start();
}

void JobBoard::createJob(const QString &streamLink, const QString &name) {
    m_client->createJob(streamLink, name, [this](const ApiResult<DownloadJob> &result) {
        if (!result.ok()) {
            emit createFailed(result.error());
            return;
        }
        emit jobCreated(result.value().id);
        refresh();
    });
}

void JobBoard::retryJob(const QString &id) {
    m_model.setActivity(id, JobListModel::Activity::Retrying);
    m_client->retryJob(id, [this, id](const ApiResult<DownloadJob> &result) {
        if (!result.ok()) {
            m_model.setActivity(id, JobListModel::Activity::None,
                                {JobListModel::Activity::Retrying, result.error()});
            emit retryFailed(id, result.error());
            return;
        }
        m_model.setActivity(id, JobListModel::Activity::None);
        m_model.updateJob(result.value());
        m_poller.start();
    });
}
