#include "runtime/builtins/weak/weak_set.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/weak/weak_collection.h"
#include "runtime/error_types.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::weak_set_constructor {

// WeakSet ( [ iterable ] ) — https://tc39.es/ecma262/#sec-weakset-iterable
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!arguments.new_target)
        return vm.throw_type_error(ErrorType::ConstructorRequiresNew, { "WeakSet" });
    // 2. Let set be ? OrdinaryCreateFromConstructor(NewTarget, "%WeakSet.prototype%", « [[WeakSetData]] »).
    Object* prototype = TRY(get_prototype_from_constructor(vm, *arguments.new_target, &Realm::weak_set_prototype));
    // 3. Set set.[[WeakSetData]] to a new empty List.
    WeakCollection* set_object = WeakCollection::create(vm, ObjectKind::WeakSet, prototype);
    Value iterable = arguments.at(0);
    // 4. If iterable is either undefined or null, return set.
    if (iterable.is_nullish())
        return Value::object(set_object);
    // 5. Let adder be ? Get(set, "add").
    Value adder = TRY(get(vm, *set_object, to_property_key(vm.atoms(), CodeUnitView(std::string_view("add")))));
    // 6. If IsCallable(adder) is false, throw a TypeError exception.
    if (!is_callable(adder))
        return vm.throw_type_error(ErrorType::NotAFunction, { "'add' of the WeakSet" });
    // 7. Let iteratorRecord be ? GetIterator(iterable, sync).
    IteratorRecord record = TRY(get_iterator(vm, iterable));
    // 8. Repeat,
    while (true) {
        // a-b. Let next be ? IteratorStepValue(iteratorRecord); if done, return set.
        auto next = TRY(iterator_step_value(vm, record));
        if (!next)
            return Value::object(set_object);
        // c-d. Let status be Completion(Call(adder, set, « next »)); IfAbruptCloseIterator.
        Value call_arguments[] = { *next };
        if (call(vm, adder, Value::object(set_object), call_arguments).is_throw())
            return iterator_close_with_throw(vm, record);
    }
}

}

namespace sable::runtime::builtins::weak_set_prototype {

namespace {

ThrowCompletionOr<WeakCollection*> this_weak_set(VM& vm, Arguments const& arguments, std::string_view method)
{
    Value value = arguments.this_value;
    if (!value.is_object() || value.as_object()->kind() != ObjectKind::WeakSet)
        return vm.throw_type_error(ErrorType::NotA, { method, "WeakSet" });
    return static_cast<WeakCollection*>(value.as_object());
}

}

// WeakSet.prototype.add ( value ) — https://tc39.es/ecma262/#sec-weakset.prototype.add
ThrowCompletionOr<Value> add(VM& vm, Arguments const& arguments)
{
    WeakCollection* set = TRY(this_weak_set(vm, arguments, "WeakSet.prototype.add"));
    // 3. If CanBeHeldWeakly(value) is false, throw a TypeError exception.
    gc::Cell* key = can_be_held_weakly(arguments.at(0));
    if (!key)
        return vm.throw_type_error(ErrorType::NotA, { "Invalid value used in weak set: WeakSet value", "object or non-registered symbol" });
    // 4-6. Append it unless present; return S.
    if (!set->has(key))
        set->set(vm.heap(), key, Value::undefined());
    return Value::object(set);
}

// WeakSet.prototype.delete ( value ) — https://tc39.es/ecma262/#sec-weakset.prototype.delete
ThrowCompletionOr<Value> delete_(VM& vm, Arguments const& arguments)
{
    WeakCollection* set = TRY(this_weak_set(vm, arguments, "WeakSet.prototype.delete"));
    gc::Cell* key = can_be_held_weakly(arguments.at(0));
    return Value::boolean(key && set->remove(key));
}

// WeakSet.prototype.has ( value ) — https://tc39.es/ecma262/#sec-weakset.prototype.has
ThrowCompletionOr<Value> has(VM& vm, Arguments const& arguments)
{
    WeakCollection* set = TRY(this_weak_set(vm, arguments, "WeakSet.prototype.has"));
    gc::Cell* key = can_be_held_weakly(arguments.at(0));
    return Value::boolean(key && set->has(key));
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/weak/weak_set_prototype.def"
    // 24.4.3.5 WeakSet.prototype [ %Symbol.toStringTag% ]: "WeakSet".
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("WeakSet")), kConfigurableOnly)));
}

}
