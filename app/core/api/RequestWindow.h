#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

// Runs one asynchronous operation per id with at most maxInFlight outstanding, so a bulk
// delete of thousands of jobs neither floods the server nor serialises into a crawl.
class RequestWindow final : public QObject {
    Q_OBJECT
public:
    // The operation must call finished exactly once.
    using Operation = std::function<void(const QString &id, std::function<void()> finished)>;

    RequestWindow(QStringList ids, int maxInFlight, Operation operation, QObject *parent = nullptr);

    void start();
    int peakInFlight() const { return m_peakInFlight; }

signals:
    void allFinished();

private:
    void launchMore();

    QStringList m_pending;
    int m_maxInFlight;
    Operation m_operation;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
};
