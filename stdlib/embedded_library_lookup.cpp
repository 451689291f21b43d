#include "stdlib/embedded_library.h"

#include <algorithm>

namespace sable::stdlib {

EmbeddedSource const* find_embedded_source(std::string_view id)
{
    auto library = embedded_library();
    auto found = std::lower_bound(library.begin(), library.end(), id,
        [](EmbeddedSource const& source, std::string_view wanted) { return source.id < wanted; });
    return found != library.end() && found->id == id ? &*found : nullptr;
}

}
