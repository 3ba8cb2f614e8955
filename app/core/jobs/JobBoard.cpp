#include "core/jobs/JobBoard.h"

#include "core/api/RequestWindow.h"
#include "core/api/VideoDbClient.h"

#include <QFileInfo>
#include <QPointer>

#include <utility>

#include <memory>

JobBoard::JobBoard(const ClientConfig &config, const QString &transferDatabase, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_client(new VideoDbClient(config, this))
    , m_poller(m_client, &m_model)
    , m_transferStore(
          transferDatabase.isEmpty() ? nullptr : std::make_unique<TransferStore>(transferDatabase))
    , m_transfers(new TransferQueue(
          m_transferStore && m_transferStore->isOpen() ? m_transferStore.get() : nullptr,
          [this](const QString &id, std::function<void(const QByteArray &, const QString &)> done) {
              m_client->getJob(id, [done](const ApiResult<DownloadJob> &result) {
                  done(result.ok() ? result.value().encodedDownloadUrl : QByteArray(),
                       result.ok() ? QString() : result.error().describe());
              });
          },
          this)) {
    connect(m_transfers, &TransferQueue::transferProgressed, this, [this](const QString &id) {
        m_transfersToShow.insert(id);
        if (!m_transferViewTimer.isActive())
            m_transferViewTimer.start();
    });
    connect(m_transfers, &TransferQueue::transferFinished, this, [this](const QString &id) {
        showTransfer(id);
        const TransferRecord &record = m_transfers->transfer(id)->record();
        if (record.state == TransferRecord::State::Done)
            emit fileSaved(id, record.finalPath);
        else if (record.state == TransferRecord::State::Failed)
            emit saveFailed(id, record.error);
    });
    m_removeTimer.setSingleShot(true);
    m_removeTimer.setInterval(0);
    connect(&m_removeTimer, &QTimer::timeout, this,
            [this] { m_model.removeJobs(std::exchange(m_rowsToRemove, {})); });
    m_transferViewTimer.setSingleShot(true);
    m_transferViewTimer.setInterval(250);
    connect(&m_transferViewTimer, &QTimer::timeout, this, [this] {
        const QSet<QString> ids = std::exchange(m_transfersToShow, {});
        for (const QString &id : ids)
            showTransfer(id);
    });
    connect(&m_model, &JobListModel::jobFinished, this, [this](const QString &id) {
        if (!m_autoSaveFolder.isEmpty())
            saveJobs({id}, m_autoSaveFolder);
    });
    m_transfers->resumeUnfinished();
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
                    removeSoon(id);
                } else if (result.error().kind() == ApiError::Kind::NotFound) {
                    ++tally->alreadyGone;
                    removeSoon(id);
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

void JobBoard::removeSoon(const QString &id) {
    // Answers of a bulk delete arrive one by one; rows leave in one batch per event-loop turn.
    m_rowsToRemove.insert(id);
    if (!m_removeTimer.isActive())
        m_removeTimer.start();
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

void JobBoard::saveJobs(const QStringList &ids, const QString &folder) {
    for (const QString &id : ids) {
        // A fresh look: the listed download_url may be hours old, and it lives 24 hours.
        m_client->getJob(id, [this, id, folder](const ApiResult<DownloadJob> &result) {
            if (!result.ok())
                return emit saveFailed(id, result.error().describe());
            const DownloadJob &job = result.value();
            if (job.status != JobStatus::Done || job.encodedDownloadUrl.isEmpty())
                return emit saveFailed(
                    id,
                    tr("The job is %1, so there is no file to save yet.").arg(job.statusText()));
            const DownloadJob *listed = m_model.job(id);
            const QString name = !job.name.isEmpty() ? job.name : listed ? listed->name : QString();
            m_transfers->enqueue(id, job.encodedDownloadUrl, folder, name);
            showTransfer(id);
        });
    }
}

void JobBoard::pauseTransfer(const QString &id) {
    if (FileTransfer *transfer = m_transfers->transfer(id))
        transfer->pause();
}

void JobBoard::resumeTransfer(const QString &id) {
    FileTransfer *transfer = m_transfers->transfer(id);
    if (!transfer || transfer->isActive())
        return;
    const TransferRecord &record = transfer->record();
    m_transfers->enqueue(id, record.url, QFileInfo(record.finalPath).absolutePath(), {});
    showTransfer(id);
}

void JobBoard::cancelTransfer(const QString &id) {
    if (FileTransfer *transfer = m_transfers->transfer(id))
        transfer->cancel();
    m_model.setTransfer(id, JobListModel::TransferView{-1, tr("Cancelled"), {}, false});
}

void JobBoard::showTransfer(const QString &id) {
    const FileTransfer *transfer = m_transfers->transfer(id);
    if (!transfer)
        return;
    const TransferRecord &record = transfer->record();
    JobListModel::TransferView view;
    view.active = transfer->isActive();
    view.percent = record.totalBytes > 0    ? int(record.bytesDone * 100 / record.totalBytes)
                   : record.totalBytes == 0 ? 100
                                            : -1;
    const QString percent = view.percent >= 0 ? tr("%1%").arg(view.percent) : tr("…");
    switch (record.state) {
    case TransferRecord::State::Queued:
        view.text = tr("Waiting");
        break;
    case TransferRecord::State::Running: {
        view.text = percent;
        if (transfer->bytesPerSecond() > 0)
            view.text += tr(" · %1 MB/s").arg(double(transfer->bytesPerSecond()) / 1e6, 0, 'f', 1);
        const qint64 left = transfer->secondsLeft();
        if (left >= 0)
            view.text += tr(" · %1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
        break;
    }
    case TransferRecord::State::Paused:
        view.text = tr("Paused at %1").arg(percent);
        break;
    case TransferRecord::State::Done:
        view.text = tr("Saved");
        view.savedPath = record.finalPath;
        break;
    case TransferRecord::State::Failed:
        view.text = tr("Failed: %1").arg(record.error);
        break;
    }
    m_model.setTransfer(id, view);
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
