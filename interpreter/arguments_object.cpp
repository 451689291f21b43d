#include "interpreter/arguments_object.h"

#include "bytecode/function_template.h"
#include "interpreter/frame.h"
#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/atom_table.h"
#include "runtime/environment.h"
#include "runtime/mapped_arguments.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/symbol_registry.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <algorithm>

namespace sable::interpreter {

using namespace runtime;

namespace {

// Argument `index` of the frame (index < argument_count).
Value argument_at(Frame& frame, uint32_t index)
{
    uint32_t parameter_count = frame.function_template->parameter_count();
    if (index < parameter_count)
        return frame.registers()[1 + index];
    return frame.extra_arguments()[index - parameter_count];
}

// The properties both forms share: "length", the indices, @@iterator; then "callee".
Object* fill_arguments_object(VM& vm, Frame& frame, Object* arguments, bool mapped)
{
    Realm& realm = *frame.realm;
    AtomTable& atoms = vm.atoms();
    uint32_t length = frame.argument_count;
    // "length": writable, not enumerable, configurable.
    MUST(define_property_or_throw(vm, *arguments, PropertyKey::from_atom(atoms.length),
        PropertyDescriptor::data(Value::int32(int32_t(length)), true, false, true)));
    for (uint32_t index = 0; index < length; ++index)
        MUST(create_data_property_or_throw(vm, *arguments, PropertyKey::from_index(index), argument_at(frame, index)));
    // @@iterator is %Array.prototype.values%.
    Value values = MUST(get(vm, *realm.array_prototype(), PropertyKey::from_atom(atoms.intern_latin1("values"))));
    MUST(define_property_or_throw(vm, *arguments, PropertyKey::from_symbol(vm.symbols().iterator),
        PropertyDescriptor::data(values, true, false, true)));
    if (mapped) {
        // Mapped: "callee" is the function.
        MUST(define_property_or_throw(vm, *arguments, PropertyKey::from_atom(atoms.callee),
            PropertyDescriptor::data(Value::object(frame.callee), true, false, true)));
    } else {
        // Unmapped: "callee" throws on access (%ThrowTypeError%).
        Value thrower = Value::object(realm.throw_type_error());
        MUST(define_property_or_throw(vm, *arguments, PropertyKey::from_atom(atoms.callee),
            PropertyDescriptor::accessor(thrower, thrower, false, false)));
    }
    return arguments;
}

}

// CreateUnmappedArgumentsObject ( argumentsList ) — https://tc39.es/ecma262/#sec-createunmappedargumentsobject
Object* create_unmapped_arguments_object(VM& vm, Frame& frame)
{
    Object* arguments = Object::create_with_kind(vm, ObjectKind::Arguments, frame.realm->object_prototype());
    return fill_arguments_object(vm, frame, arguments, false);
}

// CreateMappedArgumentsObject ( func, formals, argumentsList, env ) — https://tc39.es/ecma262/#sec-createmappedargumentsobject
Object* create_mapped_arguments_object(VM& vm, Frame& frame, ValueArray& parameter_map)
{
    // 15-17. Only the indices of arguments actually passed are mapped.
    uint32_t mapped_count = std::min(parameter_map.size(), frame.argument_count);
    ValueArray* map = ValueArray::copy(vm.heap(), &parameter_map, mapped_count, std::max(mapped_count, 1u), Value::empty());
    auto* environment = static_cast<DeclarativeEnvironment*>(frame.environment);
    Object* arguments = MappedArguments::create(vm, frame.realm->object_prototype(), mapped_count ? environment : nullptr, map);
    return fill_arguments_object(vm, frame, arguments, true);
}

Object* create_rest_array(VM& vm, Frame& frame)
{
    uint32_t parameter_count = frame.function_template->parameter_count();
    uint32_t count = frame.argument_count > parameter_count ? frame.argument_count - parameter_count : 0;
    Object* array = MUST(array_create(vm, 0, frame.realm->array_prototype()));
    for (uint32_t index = 0; index < count; ++index)
        MUST(create_data_property_or_throw(vm, *array, PropertyKey::from_index(index), frame.extra_arguments()[index]));
    return array;
}

}
