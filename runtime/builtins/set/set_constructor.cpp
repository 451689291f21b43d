#include "runtime/builtins/set/set_constructor.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/map/map_object.h"
#include "runtime/error_types.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::set_constructor {

// Set ( [ iterable ] ) — https://tc39.es/ecma262/#sec-set-iterable
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!arguments.new_target)
        return vm.throw_type_error(ErrorType::ConstructorRequiresNew, { "Set" });
    // 2. Let set be ? OrdinaryCreateFromConstructor(NewTarget, "%Set.prototype%", « [[SetData]] »).
    Object* prototype = TRY(get_prototype_from_constructor(vm, *arguments.new_target, &Realm::set_prototype));
    // 3. Set set.[[SetData]] to a new empty List.
    MapObject* set_object = MapObject::create(vm, ObjectKind::Set, prototype);
    Value iterable = arguments.at(0);
    // 4. If iterable is either undefined or null, return set.
    if (iterable.is_nullish())
        return Value::object(set_object);
    // 5. Let adder be ? Get(set, "add").
    Value adder = TRY(get(vm, *set_object, to_property_key(vm.atoms(), CodeUnitView(std::string_view("add")))));
    // 6. If IsCallable(adder) is false, throw a TypeError exception.
    if (!is_callable(adder))
        return vm.throw_type_error(ErrorType::NotAFunction, { "'add' of the Set" });
    // 7. Let iteratorRecord be ? GetIterator(iterable, sync).
    IteratorRecord record = TRY(get_iterator(vm, iterable));
    // 8. Repeat,
    while (true) {
        // a. Let next be ? IteratorStepValue(iteratorRecord).
        auto next = TRY(iterator_step_value(vm, record));
        // b. If next is done, return set.
        if (!next)
            return Value::object(set_object);
        // c. Let status be Completion(Call(adder, set, « next »)).
        Value call_arguments[] = { *next };
        // d. IfAbruptCloseIterator(status, iteratorRecord).
        if (call(vm, adder, Value::object(set_object), call_arguments).is_throw())
            return iterator_close_with_throw(vm, record);
    }
}

// get Set [ %Symbol.species% ] — https://tc39.es/ecma262/#sec-get-set-%symbol.species%
ThrowCompletionOr<Value> symbol_species(VM&, Arguments const& arguments)
{
    // 1. Return the this value.
    return arguments.this_value;
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/set/set_constructor.def"
}

}
