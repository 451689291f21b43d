#include "runtime/builtins/builtins.h"

#include "runtime/builtins/array/array_iterator_prototype.h"
#include "runtime/builtins/array/array_prototype.h"
#include "runtime/builtins/array_buffer/array_buffer_prototype.h"
#include "runtime/builtins/array_buffer/shared_array_buffer_prototype.h"
#include "runtime/builtins/atomics/atomics.h"
#include "runtime/builtins/bigint/bigint_prototype.h"
#include "runtime/builtins/boolean/boolean_prototype.h"
#include "runtime/builtins/data_view/data_view_prototype.h"
#include "runtime/builtins/date/date_prototype.h"
#include "runtime/builtins/error/call_site_prototype.h"
#include "runtime/builtins/error/error_prototype.h"
#include "runtime/builtins/generator/async_generator_prototype.h"
#include "runtime/builtins/generator/generator_prototype.h"
#include "runtime/builtins/global/global_functions.h"
#include "runtime/builtins/iterator/async_iterator_prototype.h"
#include "runtime/builtins/iterator/iterator_prototype.h"
#include "runtime/builtins/json/json.h"
#include "runtime/builtins/map/map_iterator_prototype.h"
#include "runtime/builtins/map/map_prototype.h"
#include "runtime/builtins/math/math.h"
#include "runtime/builtins/number/number_prototype.h"
#include "runtime/builtins/object/object_prototype.h"
#include "runtime/builtins/promise/promise_prototype.h"
#include "runtime/builtins/reflect/reflect.h"
#include "runtime/builtins/regexp/regexp_prototype.h"
#include "runtime/builtins/regexp/regexp_string_iterator.h"
#include "runtime/builtins/set/set_iterator_prototype.h"
#include "runtime/builtins/set/set_prototype.h"
#include "runtime/builtins/string/string_iterator_prototype.h"
#include "runtime/builtins/string/string_prototype.h"
#include "runtime/builtins/symbol/symbol_prototype.h"
#include "runtime/builtins/typed_array/typed_array_prototype.h"
#include "runtime/builtins/typed_array/uint8_array_base64.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins {

void initialize_builtins(VM& vm, Realm& realm)
{
    // Function.prototype first: every other built-in function's [[Prototype]] is it, and
    // %ThrowTypeError% is set up with it.
    function_prototype::initialize(vm, realm, *realm.function_prototype());
    object_prototype::initialize(vm, realm, *realm.object_prototype());
    object_constructor::initialize(vm, realm, *realm.object_constructor());
    // The global object's own functions (parseInt...) before Number, which shares two of them.
    global_object::initialize(vm, realm);
    boolean_prototype::initialize(vm, realm, *realm.boolean_prototype());
    number_constructor::initialize(vm, realm, *realm.number_constructor());
    number_prototype::initialize(vm, realm, *realm.number_prototype());
    symbol_constructor::initialize(vm, realm, *realm.symbol_constructor());
    symbol_prototype::initialize(vm, realm, *realm.symbol_prototype());
    bigint_constructor::initialize(vm, realm, *realm.bigint_constructor());
    bigint_prototype::initialize(vm, realm, *realm.bigint_prototype());
    error_constructor::initialize(vm, realm, *realm.error_constructor());
    error_prototype::initialize(vm, realm, *realm.error_prototype());
    call_site_prototype::initialize(vm, realm, *realm.call_site_prototype());
    iterator_prototype::initialize(vm, realm, *realm.iterator_prototype());
    iterator_constructor::initialize(vm, realm, *realm.iterator_constructor());
    iterator_helper_prototype::initialize(vm, realm, *realm.iterator_helper_prototype());
    wrap_for_valid_iterator_prototype::initialize(vm, realm, *realm.wrap_for_valid_iterator_prototype());
    async_iterator_prototype::initialize(vm, realm, *realm.async_iterator_prototype());
    generator_prototype::initialize(vm, realm, *realm.generator_prototype());
    async_generator_prototype::initialize(vm, realm, *realm.async_generator_prototype());
    function_constructor::initialize(vm, realm);
    async_from_sync_iterator_prototype::initialize(vm, realm, *realm.async_from_sync_iterator_prototype());
    string_constructor::initialize(vm, realm, *realm.string_constructor());
    string_prototype::initialize(vm, realm, *realm.string_prototype());
    string_iterator_prototype::initialize(vm, realm, *realm.string_iterator_prototype());
    array_constructor::initialize(vm, realm, *realm.array_constructor());
    array_prototype::initialize(vm, realm, *realm.array_prototype());
    array_iterator_prototype::initialize(vm, realm, *realm.array_iterator_prototype());
    reflect::initialize(vm, realm, *realm.reflect());
    math::initialize(vm, realm, *realm.math());
    json::initialize(vm, realm, *realm.json());
    date_constructor::initialize(vm, realm, *realm.date_constructor());
    date_prototype::initialize(vm, realm, *realm.date_prototype());
    map_constructor::initialize(vm, realm, *realm.map_constructor());
    map_prototype::initialize(vm, realm, *realm.map_prototype());
    map_iterator_prototype::initialize(vm, realm, *realm.map_iterator_prototype());
    set_constructor::initialize(vm, realm, *realm.set_constructor());
    set_prototype::initialize(vm, realm, *realm.set_prototype());
    set_iterator_prototype::initialize(vm, realm, *realm.set_iterator_prototype());
    weak_map_prototype::initialize(vm, realm, *realm.weak_map_prototype());
    disposable_stack_prototype::initialize(vm, realm, *realm.disposable_stack_prototype());
    async_disposable_stack_prototype::initialize(vm, realm, *realm.async_disposable_stack_prototype());
    weak_set_prototype::initialize(vm, realm, *realm.weak_set_prototype());
    weak_ref_prototype::initialize(vm, realm, *realm.weak_ref_prototype());
    finalization_registry_prototype::initialize(vm, realm, *realm.finalization_registry_prototype());
    regexp_constructor::initialize(vm, realm, *realm.regexp_constructor());
    regexp_prototype::initialize(vm, realm, *realm.regexp_prototype());
    regexp_string_iterator_prototype::initialize(vm, realm, *realm.regexp_string_iterator_prototype());
    promise_constructor::initialize(vm, realm, *realm.promise_constructor());
    promise_prototype::initialize(vm, realm, *realm.promise_prototype());
    // Binary data; %TypedArray.prototype% after Array.prototype, whose toString it shares.
    array_buffer_constructor::initialize(vm, realm, *realm.array_buffer_constructor());
    array_buffer_prototype::initialize(vm, realm, *realm.array_buffer_prototype());
    shared_array_buffer_constructor::initialize(vm, realm, *realm.shared_array_buffer_constructor());
    shared_array_buffer_prototype::initialize(vm, realm, *realm.shared_array_buffer_prototype());
    typed_array_constructor::initialize(vm, realm, *realm.typed_array_constructor());
    typed_array_prototype::initialize(vm, realm, *realm.typed_array_prototype());
    typed_array_constructor::initialize_concrete_constructors(vm, realm);
    uint8_array_constructor::initialize(vm, realm, *realm.uint8_array_constructor());
    uint8_array_prototype::initialize(vm, realm, *realm.uint8_array_prototype());
    data_view_prototype::initialize(vm, realm, *realm.data_view_prototype());
    atomics::initialize(vm, realm, *realm.atomics());
    proxy_constructor::initialize(vm, realm, *realm.proxy_constructor());
}

}
