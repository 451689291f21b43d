#pragma once
// Reading a whole file with one read(2) (test262 has ~50,000 small files).

#include <string>

namespace sable::test262 {

// Reads `path` into `out`. On failure returns false and sets `error` (with strerror text).
bool read_file(std::string const& path, std::string& out, std::string& error);

}
