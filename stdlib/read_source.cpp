#include "stdlib/read_source.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace sable::stdlib {

bool read_source_file(std::string const& path, std::string& out, std::string& error)
{
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) {
        error = std::strerror(errno);
        return false;
    }
    out.clear();
    char buffer[64 * 1024];
    size_t count;
    while ((count = std::fread(buffer, 1, sizeof buffer, file)) > 0)
        out.append(buffer, count);
    // Reading a directory fails here (EISDIR), not at fopen.
    bool failed = std::ferror(file);
    int saved_errno = errno;
    std::fclose(file);
    if (failed) {
        error = std::strerror(saved_errno);
        return false;
    }
    return true;
}

}
