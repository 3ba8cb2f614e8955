#include "core/api/RetryPolicy.h"

#include <QtGlobal>

RetryPolicy::RetryPolicy(int maxRetries, int backoffBaseMs)
    : m_maxRetries(maxRetries)
    , m_backoffBaseMs(backoffBaseMs) {}

int RetryPolicy::delayMs(int retriesDone, const QByteArray &retryAfterHeader,
                         const QDateTime &now) const {
    const QByteArray header = retryAfterHeader.trimmed();
    if (!header.isEmpty()) {
        bool isNumber = false;
        const qint64 seconds = header.toLongLong(&isNumber);
        // Capped before the multiplication: a 16-digit header would overflow it.
        if (isNumber && seconds >= 0)
            return int(qMin<qint64>(seconds, maxDelayMs / 1000) * 1000);
        // An HTTP-date ends in "GMT", which Qt's RFC 2822 parser only takes as a numeric zone.
        QString httpDate = QString::fromLatin1(header);
        if (httpDate.endsWith(QLatin1String(" GMT")))
            httpDate = httpDate.chopped(4) + QStringLiteral(" +0000");
        const QDateTime when = QDateTime::fromString(httpDate, Qt::RFC2822Date);
        if (when.isValid())
            return int(qBound<qint64>(0, now.msecsTo(when), qint64(maxDelayMs)));
    }
    const qint64 backoff = qint64(m_backoffBaseMs) << qBound(0, retriesDone, 16);
    return int(qMin<qint64>(backoff, qint64(maxDelayMs)));
}
