#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

#include <algorithm>
#include <limits>
#include <optional>

// The file host's reading of a request head (request line and header fields, without the
// blank line that ends them) and of its single Range. Pure and header-only, so the fuzz target
// reads requests exactly as the host does without a socket or the emulator's library.
class HttpRequestHead final {
public:
    QByteArray method;
    QByteArray target;
    // Names in lower case; of a repeated field, the last one counts.
    QHash<QByteArray, QByteArray> headers;

    static std::optional<HttpRequestHead> parse(const QByteArray &head) {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || requestLine[0].isEmpty() || requestLine[1].isEmpty())
            return std::nullopt;
        HttpRequestHead parsed;
        parsed.method = requestLine[0];
        parsed.target = requestLine[1];
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            const QByteArray name = lines[i].left(qMax<qsizetype>(colon, 0)).trimmed().toLower();
            // A line without a name (" : x") names nothing.
            if (!name.isEmpty())
                parsed.headers.insert(name, lines[i].mid(colon + 1).trimmed());
        }
        return parsed;
    }

    struct ByteRange {
        qint64 first = 0;
        qint64 last = 0;
    };
    enum class RangeAnswer { WholeFile, Partial, Unsatisfiable };

    // A single "bytes=a-b", "bytes=a-" or "bytes=-n" against a file of size bytes; anything
    // else is ignored, as RFC 9110 allows, and the whole file is sent. partial is set only for
    // Partial, and then 0 <= first <= last < size.
    RangeAnswer range(qint64 size, ByteRange *partial) const {
        const QByteArray value = headers.value("range");
        if (!value.startsWith("bytes=") || value.contains(','))
            return RangeAnswer::WholeFile;
        const QByteArray spec = value.mid(6).trimmed();
        const qsizetype dash = spec.indexOf('-');
        if (dash < 0)
            return RangeAnswer::WholeFile;
        const QByteArray firstText = spec.left(dash).trimmed();
        const QByteArray lastText = spec.mid(dash + 1).trimmed();
        qint64 first = 0;
        qint64 last = 0;
        if (firstText.isEmpty()) {
            qint64 suffix = 0;
            if (!readNumber(lastText, &suffix))
                return RangeAnswer::WholeFile;
            if (suffix == 0 || size == 0)
                return RangeAnswer::Unsatisfiable;
            *partial = ByteRange{qMax<qint64>(0, size - suffix), size - 1};
            return RangeAnswer::Partial;
        }
        if (!readNumber(firstText, &first))
            return RangeAnswer::WholeFile;
        if (lastText.isEmpty())
            last = std::numeric_limits<qint64>::max();
        else if (!readNumber(lastText, &last) || last < first)
            return RangeAnswer::WholeFile;
        if (first >= size)
            return RangeAnswer::Unsatisfiable;
        *partial = ByteRange{first, qMin(last, size - 1)};
        return RangeAnswer::Partial;
    }

private:
    // Plain decimal digits that fit in a qint64: "+5", "-5" and " 5" are not byte positions.
    static bool readNumber(const QByteArray &text, qint64 *number) {
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
