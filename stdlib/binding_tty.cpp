// internalBinding('tty'): what kind of handle a file descriptor is, from libuv, and terminal
// handles (stream_handle.h; their stream operations are internalBinding('stream_wrap')'s): raw
// mode and the window size.

#include "runtime/abstract_operations.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"
#include "stdlib/stream_handle.h"

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

// create ( owner, fd ): a terminal handle's id for fd, or a negative libuv error.
ThrowCompletionOr<Value> create(VM& vm, Arguments const& arguments)
{
    auto fd = uv_file(TRY(to_number(vm, arguments.at(1))));
    StreamHandle* handle = new_stream_handle(vm, arguments.at(0));
    return adopt_stream_handle(vm, handle, uv_tty_init(NodeHost::from(vm).loop().uv(), &handle->uv.tty, fd, 0));
}

// setRawMode ( id, raw ): 0 or a negative libuv error.
ThrowCompletionOr<Value> set_raw_mode(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    return Value::number(uv_tty_set_mode(&handle->uv.tty, to_boolean(arguments.at(1)) ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
}

// getWindowSize ( id ): [columns, rows], or a negative libuv error.
ThrowCompletionOr<Value> get_window_size(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    int columns = 0;
    int rows = 0;
    int error = uv_tty_get_winsize(&handle->uv.tty, &columns, &rows);
    if (error < 0)
        return Value::number(error);
    Value size[] = { Value::number(columns), Value::number(rows) };
    return Value::object(create_array_from_list(vm, size));
}

}

Object* create_tty_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "guessHandleType", guess_handle_type, 1);
    define_native_method(vm, realm, *binding, "create", create, 2);
    define_native_method(vm, realm, *binding, "setRawMode", set_raw_mode, 2);
    define_native_method(vm, realm, *binding, "getWindowSize", get_window_size, 1);
    return binding;
}

}
