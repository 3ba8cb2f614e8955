#pragma once

// Whether this build runs under AddressSanitizer (gcc defines the macro, clang has the feature).
// Its shadow memory and quarantine add hundreds of megabytes to every process, so a test that
// measures resident memory cannot tell our buffering from the sanitizer's.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool underAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool underAddressSanitizer = true;
#else
inline constexpr bool underAddressSanitizer = false;
#endif
#else
inline constexpr bool underAddressSanitizer = false;
#endif
