#pragma once

#include <cstdio>
#include <cstdlib>

// A property every input must keep. A violation aborts, which libFuzzer reports as a crash and
// saves the input, and which fails the corpus replay's ctest.
inline void requireProperty(bool holds, const char *property) {
    if (holds)
        return;
    std::fprintf(stderr, "fuzz property violated: %s\n", property);
    std::abort();
}
