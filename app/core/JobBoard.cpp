#include "JobBoard.h"

#include "RequestWindow.h"
#include "VideoDbClient.h"

#include <QPointer>

#include <memory>

JobBoard::JobBoard(const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_client(new VideoDbClient(config, this))
    , m_poller(m_client, &m_model) {
    connect(&m_model, &JobListModel::jobFinished, this, &JobBoard::jobFinished);
    connect(&m_refreshTimer, &QTimer::timeout, this, &JobBoard::refresh);
    m_refreshTimer.setInterval(60 * 1000);
}

JobBoard::~JobBoard() = default;

void JobBoard::setConfig(const ClientConfig &config) {
    m_config = config;
    // Callbacks of the old client die with it, so a late answer for the old key is ignored.
    delete m_client;
    m_client = new VideoDbClient(config, this);
    m_refreshing = false;
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
    QPointer<VideoDbClient> client(m_client);
    m_client->streamJobs([this](const QVector<DownloadJob> &page) { m_model.mergePage(page); },
                         [this, client](const ApiError &error) {
                             if (client != m_client)
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
    struct Tally {
        int deleted = 0;
        int alreadyGone = 0;
        int failed = 0;
    };
    auto tally = std::make_shared<Tally>();
    auto *window = new RequestWindow(
        ids, deleteWindow,
        [this, tally](const QString &id, std::function<void()> finished) {
            m_client->deleteJob(id, [this, tally, id, finished](const ApiResult<QString> &result) {
                if (result.ok()) {
                    ++tally->deleted;
                    m_model.removeJob(id);
                } else if (result.error().kind() == ApiError::Kind::NotFound) {
                    ++tally->alreadyGone;
                    m_model.removeJob(id);
                } else {
                    ++tally->failed;
                    m_model.setActivity(id, JobListModel::Activity::None,
                                        tr("Delete failed: %1").arg(result.error().describe()));
                    if (result.error().kind() == ApiError::Kind::Authentication ||
                        result.error().kind() == ApiError::Kind::Network ||
                        result.error().kind() == ApiError::Kind::Timeout)
                        reportResult(result.error());
                }
                finished();
            });
        },
        this);
    connect(window, &RequestWindow::allFinished, this, [this, tally, window] {
        window->deleteLater();
        emit deletionFinished(tally->deleted, tally->alreadyGone, tally->failed);
    });
    window->start();
}

void JobBoard::createJob(const QString &streamLink, const QString &name) {
    m_client->createJob(streamLink, name, [this](const ApiResult<DownloadJob> &result) {
        if (!result.ok()) {
            emit actionFailed(tr("Create"), result.error());
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
                                tr("Retry failed: %1").arg(result.error().describe()));
            emit actionFailed(tr("Retry"), result.error());
            return;
        }
        m_model.setActivity(id, JobListModel::Activity::None);
        m_model.updateJob(result.value());
        m_poller.start();
    });
}
