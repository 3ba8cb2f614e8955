// Content-Range as a file host (or a CDN in between) answers it to the transfer's resume, and
// the transfer's Range as the emulator's file host reads it back.
// Input: the Content-Range header's value.
#include "FuzzProperty.h"

#include "core/transfers/ContentRange.h"
#include "emulator/HttpRequestHead.h"

#include <QByteArray>
#include <QStringBuilder>

#include <cstdint>

namespace {

QByteArray formatted(const ContentRange &range) {
    const QByteArray span =
        range.first < 0 ? QByteArray("*")
                        : QByteArray::number(range.first) + '-' + QByteArray::number(range.last);
    const QByteArray total = range.total < 0 ? QByteArray("*") : QByteArray::number(range.total);
    return "bytes " + span + '/' + total;
}

// What the transfer asks when it has `offset` bytes, as the file host reads it for a file of
// `size` bytes: the rest of the file, and an answer the transfer takes as its continuation.
void requireResumeRoundTrip(qint64 offset, qint64 size) {
    const std::optional<HttpRequestHead> request = HttpRequestHead::parse(
        "GET /files/job/f HTTP/1.1\r\nRange: " + ContentRange::requestFrom(offset) + '\r');
    requireProperty(request.has_value(), "the transfer's request is readable");
    HttpRequestHead::ByteRange range;
    requireProperty(request->range(size, &range) == HttpRequestHead::RangeAnswer::Partial,
                    "a range inside the file is partial");
    requireProperty(range.first == offset && range.last == size - 1,
                    "the host sends the rest of the file");
    const QByteArray contentRange = "bytes " + QByteArray::number(range.first) + '-' +
                                    QByteArray::number(range.last) + '/' + QByteArray::number(size);
    const std::optional<ContentRange> answer = ContentRange::parse(contentRange);
    requireProperty(answer && answer->continuesAt(offset), "the host's answer continues");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray header(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<ContentRange> range = ContentRange::parse(header);
    if (!range)
        return 0;
    requireProperty(range->total >= -1, "an unknown total is -1");
    if (range->first < 0) {
        requireProperty(range->first == -1 && range->last == -1 && range->total >= 0,
                        "an unsatisfied range names only the total");
    } else {
        requireProperty(range->first <= range->last, "a range does not end before it starts");
        requireProperty(range->total < 0 || range->last < range->total,
                        "a range ends inside the file");
    }
    const std::optional<ContentRange> again = ContentRange::parse(formatted(*range));
    requireProperty(again && again->first == range->first && again->last == range->last &&
                        again->total == range->total,
                    "a range reads back as it was written");
    requireProperty(!range->continuesAt(-1), "no range continues a negative offset");
    if (range->first >= 0 && range->total > range->first)
        requireResumeRoundTrip(range->first, range->total);
    return 0;
}
