#include "stdlib/embedded_library.h"

#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace sable::stdlib {

EmbeddedSource const* find_embedded_source(std::string_view id)
{
    auto library = embedded_library();
    auto found = std::lower_bound(library.begin(), library.end(), id,
        [](EmbeddedSource const& source, std::string_view wanted) { return source.id < wanted; });
    return found != library.end() && found->id == id ? &*found : nullptr;
}

std::string embedded_source_text(EmbeddedSource const& source)
{
    std::string text(source.text_size, '\0');
    uLongf size = uLongf(text.size());
    if (uncompress(reinterpret_cast<Bytef*>(text.data()), &size, source.deflated.data(), uLong(source.deflated.size())) != Z_OK
        || size != text.size()) {
        // The binary's own data is damaged: nothing sensible can run.
        std::fprintf(stderr, "sable: the embedded library module '%.*s' is damaged\n", int(source.id.size()), source.id.data());
        std::abort();
    }
    return text;
}

}
