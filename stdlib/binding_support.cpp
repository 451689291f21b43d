#include "stdlib/binding_support.h"

#include "runtime/abstract_operations.h"
#include "runtime/builtins/array_buffer/array_buffer_object.h"
#include "runtime/atom_table.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "stdlib/node_host.h"

#include <uv.h>

#include <cstring>

namespace sable::stdlib {

using namespace runtime;

PropertyKey key(VM& vm, std::string_view name) { return PropertyKey::from_atom(vm.atoms().intern_utf8(name)); }

Value string_value(VM& vm, std::string_view utf8) { return Value::string(String::from_utf8(vm.heap(), utf8)); }

ThrowCompletionOr<std::string> utf8_argument(VM& vm, Value value)
{
    return TRY(to_string(vm, value))->to_utf8(vm.heap());
}

void define_native_method(VM& vm, Realm& realm, Object& object, std::string_view name, NativeFunctionPointer function,
    uint32_t length)
{
    String* atom = vm.atoms().intern_utf8(name);
    NativeFunction* native = NativeFunction::create(vm, realm, function, atom, length);
    MUST(define_property_or_throw(vm, object, PropertyKey::from_atom(atom), PropertyDescriptor::data(Value::object(native), true, false, true)));
}

void define_data(VM& vm, Object& object, std::string_view name, Value value)
{
    MUST(create_data_property(vm, object, key(vm, name), value));
}

ThrowCompletion throw_uv_error(VM& vm, Realm& realm, int error, std::string_view syscall, std::string_view path)
{
    std::string code = uv_err_name(error);
    std::string message = code + ": " + uv_strerror(error) + ", " + std::string(syscall);
    if (!path.empty())
        message += " '" + std::string(path) + "'";
    (void)vm.throw_error(realm, ErrorKind::Error, message);
    Value thrown = vm.pending_exception();
    Object& object = *thrown.as_object();
    define_data(vm, object, "errno", Value::number(error));
    define_data(vm, object, "code", string_value(vm, code));
    define_data(vm, object, "syscall", string_value(vm, syscall));
    if (!path.empty())
        define_data(vm, object, "path", string_value(vm, path));
    return ThrowCompletion {};
}

}

namespace sable::stdlib {

Object* create_binding_object(NodeHost& host, std::span<BindingMethod const> methods)
{
    Object* binding = Object::create(host.vm(), host.realm().object_prototype());
    for (BindingMethod const& method : methods)
        define_native_method(host.vm(), host.realm(), *binding, method.name, method.function, method.length);
    return binding;
}

ThrowCompletionOr<Value> array_buffer_of(VM& vm, std::span<uint8_t const> bytes)
{
    Realm& realm = NodeHost::from(vm).realm();
    ArrayBufferObject* buffer = TRY(ArrayBufferObject::create(vm, ObjectKind::ArrayBuffer, realm.array_buffer_prototype(), bytes.size()));
    if (!bytes.empty())
        std::memcpy(buffer->data(), bytes.data(), bytes.size());
    return Value::object(buffer);
}

Value stat_array(VM& vm, uv_stat_t const& stat)
{
    Value fields[] = {
        Value::number(double(stat.st_dev)), Value::number(double(stat.st_mode)),
        Value::number(double(stat.st_nlink)), Value::number(double(stat.st_uid)),
        Value::number(double(stat.st_gid)), Value::number(double(stat.st_rdev)),
        Value::number(double(stat.st_blksize)), Value::number(double(stat.st_ino)),
        Value::number(double(stat.st_size)), Value::number(double(stat.st_blocks)),
        Value::number(double(stat.st_atim.tv_sec)), Value::number(double(stat.st_atim.tv_nsec)),
        Value::number(double(stat.st_mtim.tv_sec)), Value::number(double(stat.st_mtim.tv_nsec)),
        Value::number(double(stat.st_ctim.tv_sec)), Value::number(double(stat.st_ctim.tv_nsec)),
        Value::number(double(stat.st_birthtim.tv_sec)), Value::number(double(stat.st_birthtim.tv_nsec)),
    };
    return Value::object(create_array_from_list(vm, fields));
}

}
