#include "core/api/RequestWindow.h"

#include <QPointer>
#include <QTimer>

RequestWindow::RequestWindow(QStringList ids, int maxInFlight, Operation operation, QObject *parent)
    : QObject(parent)
    , m_pending(std::move(ids))
    , m_maxInFlight(qMax(1, maxInFlight))
    , m_operation(std::move(operation)) {}

void RequestWindow::start() {
    if (m_pending.isEmpty()) {
        QTimer::singleShot(0, this, &RequestWindow::allFinished);
        return;
    }
    launchMore();
}

void RequestWindow::launchMore() {
    while (m_inFlight < m_maxInFlight && !m_pending.isEmpty()) {
        const QString id = m_pending.takeFirst();
        ++m_inFlight;
        m_peakInFlight = qMax(m_peakInFlight, m_inFlight);
        QPointer<RequestWindow> self(this);
        m_operation(id, [self] {
            if (!self)
                return;
            --self->m_inFlight;
            if (self->m_pending.isEmpty() && self->m_inFlight == 0)
                emit self->allFinished();
            else
                self->launchMore();
        });
    }
}
