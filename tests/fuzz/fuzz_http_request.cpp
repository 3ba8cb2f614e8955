// The emulator's file host reads request heads from any client on its port.
// Input: a request head (request line and header fields, without the ending blank line).
#include "FuzzProperty.h"

#include "emulator/HttpRequestHead.h"

#include <QByteArray>

#include <cstdint>
#include <limits>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray head(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<HttpRequestHead> request = HttpRequestHead::parse(head);
    if (!request)
        return 0;
    requireProperty(!request->method.isEmpty() && !request->target.isEmpty(),
                    "a request names a method and a target");
    requireProperty(!request->method.contains(' ') && !request->target.contains(' '),
                    "the request line's parts hold no space");
    for (auto it = request->headers.cbegin(); it != request->headers.cend(); ++it)
        requireProperty(!it.key().isEmpty() && it.key() == it.key().toLower(),
                        "header names are lower case and not empty");

    for (const qint64 fileSize : {qint64(0), qint64(1), qint64(1000), qint64(1) << 40,
                                  std::numeric_limits<qint64>::max()}) {
        HttpRequestHead::ByteRange range{-7, -7};
        const HttpRequestHead::RangeAnswer answer = request->range(fileSize, &range);
        if (answer != HttpRequestHead::RangeAnswer::Partial) {
            requireProperty(range.first == -7 && range.last == -7,
                            "only a partial answer sets the range");
            continue;
        }
        requireProperty(range.first >= 0 && range.first <= range.last && range.last < fileSize,
                        "a partial range lies inside the file");
    }
    return 0;
}
