#pragma once
// Reading a program's source text from disk.

#include <string>

namespace sable::stdlib {

// Reads the whole file at `path` into `out`. On failure returns false with `error` set to the
// system's description of the failure (strerror), e.g. "No such file or directory".
bool read_source_file(std::string const& path, std::string& out, std::string& error);

}
