#include "hostile/DeflatedWhitespace.h"

#include <zlib.h>

namespace {

QByteArray deflateMebibyte(z_stream &stream) {
    QByteArray spaces(1024 * 1024, ' ');
    QByteArray out(64 * 1024, '\0');
    QByteArray compressed;
    stream.next_in = reinterpret_cast<Bytef *>(spaces.data());
    stream.avail_in = uInt(spaces.size());
    do {
        stream.next_out = reinterpret_cast<Bytef *>(out.data());
        stream.avail_out = uInt(out.size());
        deflate(&stream, Z_FULL_FLUSH);
        compressed.append(out.constData(), out.size() - qsizetype(stream.avail_out));
    } while (stream.avail_out == 0);
    return compressed;
}

} // namespace

DeflatedWhitespace DeflatedWhitespace::make() {
    z_stream stream{};
    // 16 + MAX_WBITS: a gzip header rather than zlib's.
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    DeflatedWhitespace whitespace;
    whitespace.opening = deflateMebibyte(stream);
    whitespace.unit = deflateMebibyte(stream);
    deflateEnd(&stream);
    return whitespace;
}
