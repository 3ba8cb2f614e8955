#pragma once

#include <QString>

#include <optional>

// fetch --limit-rate, spelt as curl spells it: bytes per second, with an optional K, M or G
// (powers of 1024, either case), as in 500K or 1.5M.
class LimitRate final {
public:
    // Bytes per second, or nothing when text is not such a rate or is not above zero.
    static std::optional<qint64> parse(const QString &text);
};
