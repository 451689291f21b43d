#include "runtime/error_object.h"

#include "runtime/atom_table.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"

namespace sable::runtime {

// NativeError ( message [ , options ] ) — https://tc39.es/ecma262/#sec-nativeerror, for a message
// that is already a String and no options.
Object* create_error_object(VM& vm, Realm& realm, ErrorKind kind, String* message)
{
    // 2. Let O be ? OrdinaryCreateFromConstructor(newTarget, "%NativeError.prototype%",
    //    « [[ErrorData]] »). (The realm's prototype: there is no newTarget to consult yet.)
    Object* object = Object::create_with_kind(vm, ObjectKind::Error, realm.prototype_for_error(kind));
    // 3. If message is not undefined, then
    //    a. Let msg be ? ToString(message).
    //    b. Perform CreateNonEnumerableDataPropertyOrThrow(O, "message", msg).
    create_non_enumerable_data_property_or_throw(vm, *object, PropertyKey::from_atom(vm.atoms().message), Value::string(message));
    vm.on_error_created(*object);
    // 5. Return O.
    return object;
}

Object* create_error_object(VM& vm, Realm& realm, ErrorKind kind, std::string_view message)
{
    String* string = String::from_utf8(vm.heap(), message);
    return create_error_object(vm, realm, kind, string);
}

}
