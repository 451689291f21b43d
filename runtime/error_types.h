#pragma once
// ErrorType: the messages of runtime/error_types.def, by name, so a message is written once and
// callers say what went wrong rather than how to word it.

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace sable::gc {
class Heap;
}

namespace sable::runtime {

class PropertyKey;

enum class ErrorType : uint16_t {
#define ERROR_TYPE(name, text) name,
#include "runtime/error_types.def"
    Count,
};

std::string_view error_template(ErrorType);
// The template with each %s replaced by the next argument (missing arguments leave "%s").
std::string format_error(ErrorType, std::initializer_list<std::string_view> arguments = {});
// How a message names a property key: its string, or "Symbol(description)".
std::string describe_property_key(gc::Heap&, PropertyKey);

}
