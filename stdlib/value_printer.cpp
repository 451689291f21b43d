#include "stdlib/value_printer.h"

#include "interpreter/stack_trace.h"
#include "runtime/accessor.h"
#include "runtime/array.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/typed_array/typed_array_object.h"
#include "runtime/number_conversion.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/property_key_list.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/bigint.h"
#include "runtime/vm.h"

#include <algorithm>
#include <vector>

namespace sable::stdlib {

using namespace runtime;

namespace {

// Nesting deeper than this prints as [Object] / [Array], as util.inspect's default depth 2.
constexpr uint32_t kMaxDepth = 2;

class Printer {
public:
    explicit Printer(VM& vm)
        : m_vm(vm)
    {
    }

    std::string print(Value value, uint32_t depth)
    {
        if (value.is_string())
            return quote(value.as_string()->to_utf8(m_vm.heap()));
        if (!value.is_object())
            return print_primitive(value);
        return print_object(*value.as_object(), depth);
    }

    std::string print_primitive(Value value)
    {
        if (value.is_undefined())
            return "undefined";
        if (value.is_null())
            return "null";
        if (value.is_boolean())
            return value.as_bool() ? "true" : "false";
        if (value.is_number()) {
            double number = value.as_number();
            if (number == 0 && std::signbit(number))
                return "-0";
            NumberToStringBuffer buffer;
            return std::string(number_to_string(number, buffer));
        }
        if (value.is_string())
            return value.as_string()->to_utf8(m_vm.heap());
        if (value.is_symbol()) {
            Value description = value.as_symbol()->description();
            return "Symbol(" + (description.is_string() ? description.as_string()->to_utf8(m_vm.heap()) : "") + ")";
        }
        return runtime::bigint_to_text(*value.as_bigint()) + "n";
    }

private:
    static std::string quote(std::string const& text)
    {
        std::string result = "'";
        for (char c : text) {
            if (c == '\'' || c == '\\')
                result += '\\';
            if (c == '\n') {
                result += "\\n";
                continue;
            }
            result += c;
        }
        return result + "'";
    }

    std::string own_string_property(Object& object, String* atom)
    {
        auto property = object.find_own_property(PropertyKey::from_atom(atom));
        if (!property || property->attributes.is_accessor() || !property->value.is_string())
            return {};
        return property->value.as_string()->to_utf8(m_vm.heap());
    }

    std::string key_text(PropertyKey key)
    {
        if (key.is_index())
            return "'" + std::to_string(key.as_index()) + "'";
        if (key.is_symbol())
            return "[" + print_primitive(Value::symbol(key.as_symbol())) + "]";
        std::string name = key.as_atom()->to_utf8(m_vm.heap());
        bool identifier = !name.empty() && !(name[0] >= '0' && name[0] <= '9');
        for (char c : name)
            identifier = identifier && (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$');
        return identifier ? name : quote(name);
    }

    std::string print_property_value(Object::OwnProperty const& property, uint32_t depth)
    {
        if (property.attributes.is_accessor()) {
            Accessor* accessor = Accessor::from_slot(property.value);
            bool getter = !accessor->getter().is_undefined();
            bool setter = !accessor->setter().is_undefined();
            return getter && setter ? "[Getter/Setter]" : getter ? "[Getter]" : "[Setter]";
        }
        return print(property.value, depth + 1);
    }

    std::string print_object(Object& object, uint32_t depth)
    {
        for (Object* seen : m_stack) {
            if (seen == &object)
                return "[Circular]";
        }
        if (object.is_callable()) {
            std::string name = own_string_property(object, m_vm.atoms().name);
            return name.empty() ? "[Function (anonymous)]" : "[Function: " + name + "]";
        }
        if (object.kind() == ObjectKind::Error) {
            std::string stack = interpreter::error_stack_text(m_vm, object);
            if (!stack.empty())
                return stack;
            std::string name = inherited_string_text(m_vm, object, m_vm.atoms().name);
            std::string message = inherited_string_text(m_vm, object, m_vm.atoms().message);
            return message.empty() ? name : name + ": " + message;
        }
        if (object.kind() == ObjectKind::TypedArray)
            return print_typed_array(static_cast<TypedArrayObject&>(object));
        bool array = is_array_exotic(object);
        if (depth > kMaxDepth)
            return array ? "[Array]" : "[Object]";

        m_stack.push_back(&object);
        std::vector<std::string> parts;
        PropertyKeyList* keys = object.own_keys_in_order(m_vm);
        uint32_t next_index = 0;
        bool elements_done = !array;
        // An array's holes after its last element come before its named properties.
        auto finish_elements = [&] {
            if (elements_done)
                return;
            elements_done = true;
            if (uint32_t length = array_length(object); length > next_index) {
                uint32_t holes = length - next_index;
                parts.push_back("<" + std::to_string(holes) + " empty item" + (holes > 1 ? "s>" : ">"));
            }
        };
        for (PropertyKey key : *keys) {
            auto property = key.is_index() ? object.find_own_element(key.as_index()) : object.find_own_property(key);
            if (!property || !property->attributes.is_enumerable())
                continue;
            if (array && key.is_index()) {
                if (key.as_index() > next_index) {
                    uint32_t holes = key.as_index() - next_index;
                    parts.push_back("<" + std::to_string(holes) + " empty item" + (holes > 1 ? "s>" : ">"));
                }
                next_index = key.as_index() + 1;
                parts.push_back(print_property_value(*property, depth));
                continue;
            }
            finish_elements();
            parts.push_back(key_text(key) + ": " + print_property_value(*property, depth));
        }
        finish_elements();
        m_stack.pop_back();

        if (parts.empty())
            return array ? "[]" : "{}";
        std::string joined;
        for (size_t i = 0; i < parts.size(); ++i)
            joined += (i ? ", " : "") + parts[i];
        return array ? "[ " + joined + " ]" : "{ " + joined + " }";
    }

    // Like Node: "Uint8Array(3) [ 1, 2, 3 ]", at most 100 elements.
    std::string print_typed_array(TypedArrayObject& typed_array)
    {
        size_t length = typed_array.length();
        std::string text = std::string(typed_array_name(typed_array.type())) + "(" + std::to_string(length) + ") [";
        size_t shown = std::min<size_t>(length, 100);
        for (size_t k = 0; k < shown; ++k) {
            auto element = typed_array.get_element(m_vm, double(k));
            if (element.is_throw()) {
                // BigInt elements cannot be read yet.
                m_vm.take_pending_exception();
                return text + " ... ]";
            }
            text += (k ? ", " : " ") + print(element.value(), 1);
        }
        if (length > shown)
            text += ", ... " + std::to_string(length - shown) + " more items";
        return text + (length ? " ]" : "]");
    }

    VM& m_vm;
    std::vector<Object*> m_stack;
};

}

std::string print_value(VM& vm, Value value)
{
    Printer printer(vm);
    if (value.is_string())
        return printer.print_primitive(value);
    return printer.print(value, 0);
}

}
