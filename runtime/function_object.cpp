#include "runtime/function_object.h"

#include "bytecode/function_template.h"
#include "gc/heap.h"
#include "interpreter/interpreter.h"
#include "runtime/atom_table.h"
#include "parser/source.h"
#include "runtime/environment.h"
#include "runtime/string.h"
#include "runtime/object_operations.h"
#include "runtime/ordinary_object.h"
#include "runtime/realm.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <algorithm>

namespace sable::runtime {

using bytecode::FunctionTemplateKind;

namespace {

ThrowCompletionOr<Value> function_call(VM& vm, Object& object, Value this_argument, std::span<Value const> arguments)
{
    return interpreter::call_function(vm, static_cast<FunctionObject&>(object), this_argument, arguments);
}

ThrowCompletionOr<Object*> function_construct(VM& vm, Object& object, std::span<Value const> arguments, Object* new_target)
{
    return interpreter::construct_function(vm, static_cast<FunctionObject&>(object), arguments, new_target);
}

constexpr ObjectInternalMethods with_call(ObjectInternalMethods methods, bool constructor)
{
    methods.call = function_call;
    if (constructor)
        methods.construct = function_construct;
    return methods;
}

// Whether closures of the template are constructors (10.2.5 MakeConstructor is applied to
// ordinary function declarations and expressions, and to class constructors).
bool is_constructor_kind(bytecode::FunctionTemplate const& function_template)
{
    auto const& info = function_template.info();
    switch (info.kind) {
    case FunctionTemplateKind::Normal:
        return !info.is_generator && !info.is_async;
    case FunctionTemplateKind::ClassConstructor:
    case FunctionTemplateKind::DerivedClassConstructor:
        return true;
    default:
        return false;
    }
}

}

ObjectInternalMethods const kFunctionInternalMethods = with_call(kOrdinaryInternalMethods, false);
ObjectInternalMethods const kConstructorFunctionInternalMethods = with_call(kOrdinaryInternalMethods, true);

// OrdinaryFunctionCreate — https://tc39.es/ecma262/#sec-ordinaryfunctioncreate
FunctionObject* FunctionObject::create(VM& vm, Realm& realm, bytecode::FunctionTemplate* function_template,
    Environment* environment, Object* prototype)
{
    auto const& template_info = function_template->info();
    bool generator = template_info.is_generator && !template_info.is_async;
    bool async_generator = template_info.is_generator && template_info.is_async;
    if (!prototype) {
        prototype = generator             ? realm.generator_function_prototype()
            : async_generator             ? realm.async_generator_function_prototype()
            : template_info.is_async      ? realm.async_function_prototype()
                                          : realm.function_prototype();
    }
    bool constructor = is_constructor_kind(*function_template);
    Shape* shape = vm.shapes().root(prototype, constructor ? ObjectKind::ConstructorFunction : ObjectKind::Function);
    auto* function = vm.heap().allocate_with_size<FunctionObject>(
        allocation_size(sizeof(FunctionObject), kDefaultInlineSlots), shape, function_template, environment, &realm);

    AtomTable& atoms = vm.atoms();
    auto const& info = function_template->info();
    function->m_inlinable_call = !function->is_class_constructor() && !info.is_generator && !info.is_async;
    function->m_binds_this_as_is = info.is_strict || function_template->kind() == FunctionTemplateKind::Arrow;
    // The object is new: its properties are stored without DefinePropertyOrThrow's validation.
    constexpr auto kConfigurableOnly = PropertyAttributes::data(false, false, true);
    // 23. SetFunctionLength ( F, len ).
    function->store_own_property(vm, PropertyKey::from_atom(atoms.length), Value::int32(int32_t(info.expected_argument_count)),
        kConfigurableOnly);
    // SetFunctionName ( F, name ): the template's name (the binding or property it was defined
    // as, fixed by the generator's NamedEvaluation); anonymous functions get "".
    String* name = function_template->name();
    function->store_own_property(vm, PropertyKey::from_atom(atoms.name), Value::string(name ? name : atoms.empty), kConfigurableOnly);
    // MakeConstructor ( F ): a fresh prototype object whose "constructor" is F (class
    // constructors get their prototype from ClassDefinitionEvaluation instead).
    if (info.kind == FunctionTemplateKind::Normal && constructor) {
        Object* instance_prototype = Object::create(vm, realm.object_prototype());
        instance_prototype->store_own_property(vm, PropertyKey::from_atom(atoms.constructor), Value::object(function),
            PropertyAttributes::data(true, false, true));
        function->store_own_property(vm, PropertyKey::from_atom(atoms.prototype), Value::object(instance_prototype),
            PropertyAttributes::data(true, false, false));
    }
    // 15.5.3 InstantiateGeneratorFunctionObject step 5: a generator's "prototype" inherits from
    // %GeneratorPrototype% and has no "constructor".
    // 15.6.3 InstantiateAsyncGeneratorFunctionObject step 5: likewise from %AsyncGeneratorPrototype%.
    if (generator || async_generator) {
        Object* instance_prototype = Object::create(vm, generator ? realm.generator_prototype() : realm.async_generator_prototype());
        MUST(define_property_or_throw(vm, *function, PropertyKey::from_atom(atoms.prototype),
            PropertyDescriptor::data(Value::object(instance_prototype), true, false, false)));
    }
    return function;
}

void FunctionObject::set_home_object(gc::Heap& heap, Object* home_object)
{
    m_home_object = home_object;
    heap.write_barrier(this, home_object);
}

namespace {

// Appends `values` to a growable list kept in a ValueArray (size() entries in use).
void append_to_list(gc::Heap& heap, gc::Cell* owner, ValueArray*& list, std::initializer_list<Value> values)
{
    uint32_t size = list ? list->size() : 0;
    uint32_t needed = size + uint32_t(values.size());
    if (!list || list->capacity() < needed) {
        list = ValueArray::copy(heap, list, size, std::max<uint32_t>(4, needed * 2), Value::undefined());
        heap.write_barrier(owner, list);
    }
    for (Value value : values)
        list->set(heap, size++, value);
    list->set_size(size);
}

}

void FunctionObject::append_field(gc::Heap& heap, Value key, Value initializer)
{
    append_to_list(heap, this, m_fields, { key, initializer });
}

void FunctionObject::append_private_method(gc::Heap& heap, Value private_name)
{
    append_to_list(heap, this, m_private_methods, { private_name });
}

bool FunctionObject::is_class_constructor() const
{
    auto kind = m_template->kind();
    return kind == FunctionTemplateKind::ClassConstructor || kind == FunctionTemplateKind::DerivedClassConstructor;
}

String* FunctionObject::source_text(VM& vm) const
{
    auto const* source = m_template->source();
    auto const& info = m_template->info();
    if (!source || info.source_end <= info.source_start || info.source_end > source->text().size())
        return nullptr;
    return String::from_utf8(vm.heap(), source->text().substr(info.source_start, info.source_end - info.source_start));
}

bool FunctionObject::is_strict() const { return m_template->is_strict(); }

void FunctionObject::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* function = static_cast<FunctionObject*>(cell);
    visitor.visit(function->m_template);
    visitor.visit(function->m_environment);
    visitor.visit(function->m_realm);
    visitor.visit(function->m_home_object);
    visitor.visit(function->m_fields);
    visitor.visit(function->m_private_methods);
    Object::visit_children(cell, visitor);
}

}
