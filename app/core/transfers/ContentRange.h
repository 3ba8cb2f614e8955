#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringBuilder>

#include <algorithm>
#include <optional>

// What a 206 or 416 answer says it carries (RFC 9110 §14.4): "bytes 100-199/1000",
// "bytes 100-199/*" or "bytes */1000". Read by hand and checked as a whole, so a header that
// contradicts itself (last before first, a range past the total, a number too large to hold)
// is no range at all rather than a wrong offset. Header-only: the transfer and its fuzz target
// share it without linking the core.
class ContentRange final {
public:
    // -1 in "bytes */total".
    qint64 first = -1;
    qint64 last = -1;
    // -1 when the server does not know it ("/*").
    qint64 total = -1;

    static std::optional<ContentRange> parse(QByteArrayView header) {
        header = header.trimmed();
        if (!header.startsWith("bytes") || header.size() < 6 || !isBlank(header.at(5)))
            return std::nullopt;
        header = header.sliced(6).trimmed();
        const qsizetype slash = header.indexOf('/');
        if (slash < 0)
            return std::nullopt;
        const QByteArrayView span = header.first(slash);
        const QByteArrayView totalText = header.sliced(slash + 1);
        ContentRange range;
        if (totalText != "*" && !readNumber(totalText, &range.total))
            return std::nullopt;
        if (span == "*")
            return range.total >= 0 ? std::optional(range) : std::nullopt;
        const qsizetype dash = span.indexOf('-');
        if (dash < 0 || !readNumber(span.first(dash), &range.first) ||
            !readNumber(span.sliced(dash + 1), &range.last))
            return std::nullopt;
        if (range.last < range.first || (range.total >= 0 && range.last >= range.total))
            return std::nullopt;
        return range;
    }

    // The one shape of request a transfer sends: everything from offset on.
    static QByteArray requestFrom(qint64 offset) {
        return QByteArrayLiteral("bytes=") + QByteArray::number(offset) + '-';
    }

    // A 206 is the rest of our file only when it starts where our bytes end.
    bool continuesAt(qint64 offset) const { return first >= 0 && first == offset; }

private:
    static bool isBlank(char c) { return c == ' ' || c == '\t'; }

    // Plain decimal digits that fit in a qint64: no sign, no blanks, no base prefix.
    static bool readNumber(QByteArrayView text, qint64 *number) {
        // Qt's own reading allows a sign and blanks, so the digits are checked first; it
        // refuses what does not fit.
        const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
        if (text.isEmpty() || !std::all_of(text.begin(), text.end(), isDigit))
            return false;
        bool fits = false;
        *number = text.toLongLong(&fits);
        return fits;
    }
};
