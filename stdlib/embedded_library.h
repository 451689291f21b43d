#pragma once
// The JS half of the Node runtime: every file of stdlib/lib, compiled into the binary at build
// time (stdlib/tools/embed_library.cpp) deflated with zlib, so start-up reads no library files
// and the library costs little resident memory. A module's id is its path under stdlib/lib
// without ".js": "events", "internal/timers".

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace sable::stdlib {

struct EmbeddedSource {
    std::string_view id;
    std::span<unsigned char const> deflated; // zlib format
    size_t text_size;
};

// Sorted by id.
std::span<EmbeddedSource const> embedded_library();

// The source of the module `id`, or null.
EmbeddedSource const* find_embedded_source(std::string_view id);

// The module's source text (inflated).
std::string embedded_source_text(EmbeddedSource const&);

}
