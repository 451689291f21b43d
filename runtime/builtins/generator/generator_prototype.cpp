#include "runtime/builtins/generator/generator_prototype.h"

#include "interpreter/generator_resume.h"
#include "runtime/atom_table.h"
#include "runtime/generator_object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::generator_prototype {

using interpreter::ResumeKind;

namespace {

// GeneratorValidate ( generator, generatorBrand ) steps 1-2: `this` must be a generator.
ThrowCompletionOr<GeneratorObject*> this_generator(VM& vm, Value this_value, std::string_view method)
{
    if (!this_value.is_object() || this_value.as_object()->kind() != ObjectKind::Generator)
        return vm.throw_type_error(ErrorType::NotA, { std::string(method), "Generator" });
    return static_cast<GeneratorObject*>(this_value.as_object());
}

ThrowCompletionOr<Value> resume(VM& vm, Arguments const& arguments, ResumeKind kind, std::string_view method)
{
    GeneratorObject* generator = TRY(this_generator(vm, arguments.this_value, method));
    return interpreter::generator_resume(vm, *generator, arguments.at(0), kind);
}

}

// %GeneratorPrototype%.next ( value ) — https://tc39.es/ecma262/#sec-generator.prototype.next
ThrowCompletionOr<Value> next(VM& vm, Arguments const& arguments)
{
    return resume(vm, arguments, ResumeKind::Next, "Generator.prototype.next");
}

// %GeneratorPrototype%.return ( value ) — https://tc39.es/ecma262/#sec-generator.prototype.return
ThrowCompletionOr<Value> return_(VM& vm, Arguments const& arguments)
{
    return resume(vm, arguments, ResumeKind::Return, "Generator.prototype.return");
}

// %GeneratorPrototype%.throw ( exception ) — https://tc39.es/ecma262/#sec-generator.prototype.throw
ThrowCompletionOr<Value> throw_(VM& vm, Arguments const& arguments)
{
    return resume(vm, arguments, ResumeKind::Throw, "Generator.prototype.throw");
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/generator/generator_prototype.def"
    // 27.5.1.1 and 27.3.3.2: %GeneratorPrototype%.constructor is %GeneratorFunction.prototype%,
    // whose "prototype" is %GeneratorPrototype% (both configurable, not writable).
    Object& function_prototype = *realm.generator_function_prototype();
    define_value(vm, target, "constructor", Value::object(&function_prototype), kConfigurableOnly);
    define_value(vm, function_prototype, "prototype", Value::object(&target), kConfigurableOnly);
    // 27.5.1.5 and 27.3.3.3: @@toStringTag "Generator" and "GeneratorFunction".
    auto tag = PropertyKey::from_symbol(vm.symbols().to_string_tag);
    MUST(define_property_or_throw(vm, target, tag,
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("Generator")), false, false, true)));
    MUST(define_property_or_throw(vm, function_prototype, tag,
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("GeneratorFunction")), false, false, true)));
}

}
