// internalBinding('pipe_wrap'): pipe handles (stream_handle.h) for UNIX domain sockets and the
// standard streams when they are pipes: create, open an fd, bind, connect, chmod. The stream
// operations are internalBinding('stream_wrap')'s. Results are 0 or a negative libuv error.

#include "runtime/abstract_operations.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"
#include "stdlib/stream_handle.h"

namespace sable::stdlib {

using namespace runtime;

namespace {

// create ( owner ): a new pipe handle's id.
ThrowCompletionOr<Value> create(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = new_stream_handle(vm, arguments.at(0));
    return adopt_stream_handle(vm, handle, uv_pipe_init(NodeHost::from(vm).loop().uv(), &handle->uv.pipe, 0));
}

// open ( id, fd ): the handle takes over an open pipe or socket descriptor.
ThrowCompletionOr<Value> open(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    return Value::number(uv_pipe_open(&handle->uv.pipe, uv_file(TRY(to_number(vm, arguments.at(1))))));
}

// bind ( id, path )
ThrowCompletionOr<Value> bind(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    std::string path = TRY(utf8_argument(vm, arguments.at(1)));
    return Value::number(uv_pipe_bind(&handle->uv.pipe, path.c_str()));
}

// chmod ( id, readable, writable ): lets every user read from and/or write to the bound socket.
ThrowCompletionOr<Value> chmod(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    int flags = (to_boolean(arguments.at(1)) ? UV_READABLE : 0) | (to_boolean(arguments.at(2)) ? UV_WRITABLE : 0);
    return Value::number(uv_pipe_chmod(&handle->uv.pipe, flags));
}

void on_connect(uv_connect_t* request, int status) { complete_request(request, status); }

// connect ( id, path, req ): req.oncomplete(status) when done (failures too).
ThrowCompletionOr<Value> connect(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    std::string path = TRY(utf8_argument(vm, arguments.at(1)));
    auto* pending = new_pending_request<uv_connect_t>(vm, arguments.at(2));
    uv_pipe_connect(&pending->request, &handle->uv.pipe, path.c_str(), on_connect);
    return Value::number(0);
}

}

Object* create_pipe_wrap_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "create", create, 1);
    define_native_method(vm, realm, *binding, "open", open, 2);
    define_native_method(vm, realm, *binding, "bind", bind, 2);
    define_native_method(vm, realm, *binding, "connect", connect, 3);
    define_native_method(vm, realm, *binding, "chmod", chmod, 3);
    return binding;
}

}
