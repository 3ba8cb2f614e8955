#pragma once

#include <csignal>
#include <sys/resource.h>

// Makes writes past a size fail as on a full disk, without root, for as long as it lives.
class FileSizeLimit final {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_original);
        rlimit limited = m_original;
        limited.rlim_cur = bytes;
        m_applied = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit() { lift(); }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool isApplied() const { return m_applied; }
    void lift() {
        if (m_applied)
            setrlimit(RLIMIT_FSIZE, &m_original);
        m_applied = false;
    }

private:
    rlimit m_original{};
    bool m_applied = false;
};
