#include "test262/test_run.h"

#include "test262/front_matter.h"

namespace sable::test262 {

std::string_view variant_name(Variant variant)
{
    switch (variant) {
    case Variant::Sloppy:
        return "sloppy";
    case Variant::Strict:
        return "strict";
    case Variant::Module:
        return "module";
    }
    return "?";
}

std::optional<Variant> variant_from_name(std::string_view name)
{
    if (name == "sloppy")
        return Variant::Sloppy;
    if (name == "strict")
        return Variant::Strict;
    if (name == "module")
        return Variant::Module;
    return std::nullopt;
}

size_t variants_for(FrontMatter const& meta, Variant (&out)[2])
{
    if (meta.flags.module) {
        out[0] = Variant::Module;
        return 1;
    }
    if (meta.flags.only_strict) {
        out[0] = Variant::Strict;
        return 1;
    }
    if (meta.flags.no_strict || meta.flags.raw) {
        out[0] = Variant::Sloppy;
        return 1;
    }
    out[0] = Variant::Sloppy;
    out[1] = Variant::Strict;
    return 2;
}

std::string variant_source(std::string_view source, Variant variant)
{
    std::string text;
    if (variant == Variant::Strict) {
        text.reserve(kUseStrictPrefix.size() + source.size());
        text.append(kUseStrictPrefix);
    }
    text.append(source);
    return text;
}

}
