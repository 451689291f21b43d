// internalBinding('tty'): what kind of handle a file descriptor is, from libuv.

#include "runtime/object.h"
#include "runtime/realm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

#include <uv.h>

namespace sable::stdlib {

using namespace runtime;

namespace {

// guessHandleType ( fd ): 'TTY', 'FILE', 'PIPE', 'TCP', 'UDP' or 'UNKNOWN' (also for a closed or
// negative fd).
ThrowCompletionOr<Value> guess_handle_type(VM& vm, Arguments const& arguments)
{
    Value fd = arguments.at(0);
    if (!fd.is_number() || fd.as_number() < 0 || fd.as_number() > 2147483647)
        return string_value(vm, "UNKNOWN");
    switch (uv_guess_handle(int(fd.as_number()))) {
    case UV_TTY:
        return string_value(vm, "TTY");
    case UV_FILE:
        return string_value(vm, "FILE");
    case UV_NAMED_PIPE:
        return string_value(vm, "PIPE");
    case UV_TCP:
        return string_value(vm, "TCP");
    case UV_UDP:
        return string_value(vm, "UDP");
    default:
        return string_value(vm, "UNKNOWN");
    }
}

}

Object* create_tty_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "guessHandleType", guess_handle_type, 1);
    return binding;
}

}
