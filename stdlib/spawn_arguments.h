#pragma once
// The argument and environment lists the spawn bindings (spawn_sync, process_wrap) take from
// lib/child_process.js: one string whose parts are separated by NUL characters, turned into the
// NULL-terminated char* arrays uv_spawn wants.

#include <string>
#include <vector>

namespace sable::stdlib {

// The parts of `text` between NUL characters (none for the empty string).
std::vector<std::string> split_at_nul(std::string const& text);

// Pointers to the strings' characters, then a null pointer; valid while `strings` is unchanged.
std::vector<char*> c_strings(std::vector<std::string>& strings);

}
