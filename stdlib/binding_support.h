#pragma once
// Small helpers the C++ bindings share: property keys and strings from C++ text, defining
// native methods, reading arguments, and libuv errors as Node's system errors.

#include "runtime/completion.h"
#include "runtime/native_function.h"
#include "runtime/property_key.h"
#include "runtime/value.h"

#include <uv.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace sable::runtime {
class Object;
class Realm;
class VM;
}

namespace sable::stdlib {

class NodeHost;

runtime::PropertyKey key(runtime::VM&, std::string_view name);
runtime::Value string_value(runtime::VM&, std::string_view utf8);
// ToString of `value` as UTF-8.
runtime::ThrowCompletionOr<std::string> utf8_argument(runtime::VM&, runtime::Value value);

// A method (writable, not enumerable, configurable), as the bindings and globals define them.
void define_native_method(runtime::VM&, runtime::Realm&, runtime::Object&, std::string_view name,
    runtime::NativeFunctionPointer, uint32_t length);
// A binding object (of the host's realm) with these native methods.
struct BindingMethod {
    char const* name;
    runtime::NativeFunctionPointer function;
    uint32_t length;
};
runtime::Object* create_binding_object(NodeHost&, std::span<BindingMethod const>);

// A data property (writable, enumerable, configurable).
void define_data(runtime::VM&, runtime::Object&, std::string_view name, runtime::Value);

// A new ArrayBuffer (of the host's realm) holding a copy of `bytes`.
runtime::ThrowCompletionOr<runtime::Value> array_buffer_of(runtime::VM&, std::span<uint8_t const> bytes);
inline runtime::ThrowCompletionOr<runtime::Value> array_buffer_of(runtime::VM& vm, std::string_view bytes)
{
    return array_buffer_of(vm, { reinterpret_cast<uint8_t const*>(bytes.data()), bytes.size() });
}

// A uv_stat_t as the array lib/internal/fs/utils.js makes Stats from: [dev, mode, nlink, uid,
// gid, rdev, blksize, ino, size, blocks, then seconds and nanoseconds of atime, mtime, ctime,
// birthtime].
runtime::Value stat_array(runtime::VM&, uv_stat_t const&);

// Throws Node's system error for the libuv error `error` (negative): "ENOENT: no such file or
// directory, open 'x'" with code, errno, syscall and path.
runtime::ThrowCompletion throw_uv_error(runtime::VM&, runtime::Realm&, int error, std::string_view syscall,
    std::string_view path = {});

}
