#pragma once

#include <QByteArray>

// An endless gzip stream of spaces in two parts: the opening (gzip header and the first
// mebibyte) and a unit that, sent over and over, inflates to another mebibyte each time. A
// full flush after every mebibyte resets the compressor, so every later mebibyte compresses
// to the same bytes: about a thousandfold inflation on the wire.
struct DeflatedWhitespace final {
    QByteArray opening;
    QByteArray unit;

    static DeflatedWhitespace make();
};
