#include "runtime/error_types.h"

#include "runtime/property_key.h"
#include "runtime/string.h"
#include "runtime/symbol.h"

#include <cassert>

namespace sable::runtime {

namespace {

constexpr std::string_view kTemplates[] = {
#define ERROR_TYPE(name, text) text,
#include "runtime/error_types.def"
};
static_assert(std::size(kTemplates) == size_t(ErrorType::Count));

}

std::string_view error_template(ErrorType type)
{
    assert(type < ErrorType::Count);
    return kTemplates[size_t(type)];
}

std::string format_error(ErrorType type, std::initializer_list<std::string_view> arguments)
{
    std::string_view text = error_template(type);
    std::string result;
    auto argument = arguments.begin();
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 1 < text.size() && text[i + 1] == 's' && argument != arguments.end()) {
            result += *argument++;
            ++i;
            continue;
        }
        result += text[i];
    }
    return result;
}

std::string describe_property_key(gc::Heap& heap, PropertyKey key)
{
    if (key.is_index())
        return std::to_string(key.as_index());
    if (key.is_atom())
        return key.as_atom()->to_utf8(heap);
    Value description = key.as_symbol()->description();
    return "Symbol(" + (description.is_string() ? description.as_string()->to_utf8(heap) : std::string()) + ")";
}

}
