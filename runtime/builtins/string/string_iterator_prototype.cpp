#include "runtime/builtins/string/string_iterator_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtin_iterator.h"
#include "runtime/error_types.h"
#include "runtime/iteration.h"
#include "runtime/object_operations.h"
#include "runtime/string.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::string_iterator_prototype {

// %StringIteratorPrototype%.next ( ) — https://tc39.es/ecma262/#sec-%stringiteratorprototype%.next
// (The closure of String.prototype [ %Symbol.iterator% ], one code point at a time.)
ThrowCompletionOr<Value> next(VM& vm, Arguments const& arguments)
{
    Value this_value = arguments.this_value;
    if (!this_value.is_object() || this_value.as_object()->kind() != ObjectKind::StringIterator)
        return vm.throw_type_error(ErrorType::NotA, { "%StringIteratorPrototype%.next", "String Iterator" });
    auto& iterator = static_cast<BuiltinIterator&>(*this_value.as_object());
    Value iterated = iterator.iterated();
    if (iterated.is_undefined())
        return Value::object(create_iter_result_object(vm, Value::undefined(), true));
    String* string = iterated.as_string();
    // a. Let len be the length of s. b. Let position be 0.
    auto position = uint32_t(iterator.index());
    // c. Repeat, while position < len,
    if (position >= string->length()) {
        // d. Return NormalCompletion(undefined).
        iterator.set_iterated(vm.heap(), Value::undefined());
        return Value::object(create_iter_result_object(vm, Value::undefined(), true));
    }
    // i. Let cp be CodePointAt(s, position).
    auto code_point = code_point_at(string->flatten(vm.heap()), position);
    // ii. Let nextIndex be position + cp.[[CodeUnitCount]].
    uint32_t next_index = position + code_point.code_unit_count;
    // iii. Let resultString be the substring of s from position to nextIndex.
    String* result = substring_of(vm, string, position, next_index);
    // iv. Set position to nextIndex.
    iterator.set_index(next_index);
    // v. Perform ? GeneratorYield(CreateIteratorResultObject(resultString, false)).
    return Value::object(create_iter_result_object(vm, Value::string(result), false));
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/string/string_iterator_prototype.def"
    // 22.1.5.1.2 %StringIteratorPrototype% [ %Symbol.toStringTag% ]: "String Iterator".
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("String Iterator")), kConfigurableOnly)));
}

}
