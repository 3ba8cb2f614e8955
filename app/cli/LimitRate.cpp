#include "cli/LimitRate.h"

std::optional<qint64> LimitRate::parse(const QString &text) {
    QString number = text.trimmed();
    double multiplier = 1;
    if (!number.isEmpty()) {
        switch (number.back().toLower().unicode()) {
        case 'k':
            multiplier = 1024;
            break;
        case 'm':
            multiplier = 1024.0 * 1024;
            break;
        case 'g':
            multiplier = 1024.0 * 1024 * 1024;
            break;
        default:
            break;
        }
        if (multiplier > 1)
            number.chop(1);
    }
    bool ok = false;
    const double value = number.toDouble(&ok) * multiplier;
    if (!ok || !(value >= 1) || value > 1e15)
        return std::nullopt;
    return qint64(value);
}
