#pragma once
// The JS half of the Node runtime: every file of stdlib/lib, compiled into the binary at build
// time (stdlib/embed_library.cmake), so start-up reads no library files. A module's id is its
// path under stdlib/lib without ".js": "events", "internal/timers".

#include <span>
#include <string_view>

namespace sable::stdlib {

struct EmbeddedSource {
    std::string_view id;
    std::string_view text;
};

// Sorted by id.
std::span<EmbeddedSource const> embedded_library();

// The source of the module `id`, or null.
EmbeddedSource const* find_embedded_source(std::string_view id);

}
