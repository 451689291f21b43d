// internalBinding('fs'): the synchronous file system calls the module loader needs, on libuv's
// uv_fs_* (the full fs module builds on these later).

#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

#include <uv.h>

#include <fcntl.h>

namespace sable::stdlib {

using namespace runtime;

namespace {

// A synchronous uv_fs request, cleaned up when it goes out of scope.
struct FsRequest {
    uv_fs_t request;
    ~FsRequest() { uv_fs_req_cleanup(&request); }
};

// readFileUtf8 ( path ): the file's text.
ThrowCompletionOr<Value> read_file_utf8(VM& vm, Arguments const& arguments)
{
    std::string path = TRY(utf8_argument(vm, arguments.at(0)));
    uv_loop_t* loop = NodeHost::from(vm).loop().uv();
    FsRequest open;
    int fd = uv_fs_open(loop, &open.request, path.c_str(), O_RDONLY, 0, nullptr);
    if (fd < 0)
        return throw_uv_error(vm, vm.current_realm(), fd, "open", path);
    std::string text;
    char buffer[65536];
    for (;;) {
        FsRequest read;
        uv_buf_t slice = uv_buf_init(buffer, sizeof buffer);
        int count = uv_fs_read(loop, &read.request, fd, &slice, 1, -1, nullptr);
        if (count < 0) {
            FsRequest close;
            uv_fs_close(loop, &close.request, fd, nullptr);
            return throw_uv_error(vm, vm.current_realm(), count, "read", path);
        }
        if (count == 0)
            break;
        text.append(buffer, size_t(count));
    }
    FsRequest close;
    uv_fs_close(loop, &close.request, fd, nullptr);
    return string_value(vm, text);
}

// internalModuleStat ( path ): 0 for a file, 1 for a directory, a negative error otherwise.
ThrowCompletionOr<Value> internal_module_stat(VM& vm, Arguments const& arguments)
{
    std::string path = TRY(utf8_argument(vm, arguments.at(0)));
    FsRequest stat;
    int result = uv_fs_stat(NodeHost::from(vm).loop().uv(), &stat.request, path.c_str(), nullptr);
    if (result < 0)
        return Value::number(result);
    return Value::number(S_ISDIR(stat.request.statbuf.st_mode) ? 1 : 0);
}

// realpath ( path ): the path with symbolic links resolved.
ThrowCompletionOr<Value> realpath(VM& vm, Arguments const& arguments)
{
    std::string path = TRY(utf8_argument(vm, arguments.at(0)));
    FsRequest request;
    int result = uv_fs_realpath(NodeHost::from(vm).loop().uv(), &request.request, path.c_str(), nullptr);
    if (result < 0)
        return throw_uv_error(vm, vm.current_realm(), result, "realpath", path);
    return string_value(vm, static_cast<char const*>(request.request.ptr));
}

}

Object* create_fs_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "readFileUtf8", read_file_utf8, 1);
    define_native_method(vm, realm, *binding, "internalModuleStat", internal_module_stat, 1);
    define_native_method(vm, realm, *binding, "realpath", realpath, 1);
    return binding;
}

}
