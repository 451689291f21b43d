#include "runtime/builtins/generator/async_generator_prototype.h"

#include "interpreter/async_generator.h"
#include "interpreter/generator_resume.h"
#include "runtime/atom_table.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::async_generator_prototype {

using interpreter::ResumeKind;

// %AsyncGeneratorPrototype%.next ( value ) — https://tc39.es/ecma262/#sec-asyncgenerator-prototype-next
ThrowCompletionOr<Value> next(VM& vm, Arguments const& arguments)
{
    return interpreter::async_generator_request(vm, function_realm(vm, arguments), arguments.this_value, arguments.at(0), ResumeKind::Next);
}

// %AsyncGeneratorPrototype%.return ( value ) — https://tc39.es/ecma262/#sec-asyncgenerator-prototype-return
ThrowCompletionOr<Value> return_(VM& vm, Arguments const& arguments)
{
    return interpreter::async_generator_request(vm, function_realm(vm, arguments), arguments.this_value, arguments.at(0), ResumeKind::Return);
}

// %AsyncGeneratorPrototype%.throw ( exception ) — https://tc39.es/ecma262/#sec-asyncgenerator-prototype-throw
ThrowCompletionOr<Value> throw_(VM& vm, Arguments const& arguments)
{
    return interpreter::async_generator_request(vm, function_realm(vm, arguments), arguments.this_value, arguments.at(0), ResumeKind::Throw);
}

namespace {

void define_tag(VM& vm, Object& target, std::string_view tag)
{
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1(tag)), false, false, true)));
}

}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/generator/async_generator_prototype.def"
    // 27.6.1.1 and 27.4.3.2: the constructor / prototype links, configurable only.
    Object& function_prototype = *realm.async_generator_function_prototype();
    define_value(vm, target, "constructor", Value::object(&function_prototype), kConfigurableOnly);
    define_value(vm, function_prototype, "prototype", Value::object(&target), kConfigurableOnly);
    define_tag(vm, target, "AsyncGenerator");
    define_tag(vm, function_prototype, "AsyncGeneratorFunction");
    define_tag(vm, *realm.async_function_prototype(), "AsyncFunction");
}

}
