// internalBinding('fs'): one function per libuv uv_fs_* call, for lib/fs.js and the module
// loader. Each takes the call's arguments and then `callback`: undefined runs the call now and
// returns its result; a function runs it on the loop and calls callback(result) when it is done.
// A result is a negative libuv error number when the call failed (JS builds the error, with the
// paths it knows), else what the call gives: a number (fd, byte count, 0), a string (readlink,
// realpath, mkdtemp), an array (stat fields, directory entries).

#include "runtime/abstract_operations.h"
#include "runtime/builtins/typed_array/typed_array_object.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

#include <uv.h>

#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <memory>
#include <vector>

namespace sable::stdlib {

using namespace runtime;

namespace {

struct FsCall;
// What a finished call gives to JS (called only when the call succeeded).
using ResultFunction = Value (*)(VM&, FsCall&);

// One uv_fs request with what its result needs. While it runs on the loop, its callback and
// read's destination are rooted.
struct FsCall {
    uv_fs_t request {};
    NodeHost* host { nullptr };
    ResultFunction result { nullptr };
    Value callback { Value::undefined() };
    Value destination { Value::undefined() }; // read: the Uint8Array the bytes go to
    size_t destination_offset { 0 };
    std::vector<char> bytes; // read: where the bytes land; write: a copy of the bytes to write
    uint64_t root_provider_id { 0 };

    ~FsCall()
    {
        uv_fs_req_cleanup(&request);
        if (root_provider_id)
            host->vm().heap().remove_root_provider(root_provider_id);
    }

    Value finish(VM& vm) { return request.result < 0 ? Value::number(double(request.result)) : result(vm, *this); }
};

Value result_number(VM&, FsCall& call) { return Value::number(double(call.request.result)); }

// readlink, realpath: the path libuv gives in ptr.
Value result_pointer_path(VM& vm, FsCall& call) { return string_value(vm, static_cast<char const*>(call.request.ptr)); }

// mkdtemp: the directory made, in path.
Value result_request_path(VM& vm, FsCall& call) { return string_value(vm, call.request.path); }

// stat, lstat, fstat: the fields (binding_support.h's stat_array).
Value result_stat(VM& vm, FsCall& call) { return stat_array(vm, call.request.statbuf); }

// statfs: [type, bsize, blocks, bfree, bavail, files, ffree].
Value result_statfs(VM& vm, FsCall& call)
{
    auto const* stat = static_cast<uv_statfs_t const*>(call.request.ptr);
    Value fields[] = {
        Value::number(double(stat->f_type)), Value::number(double(stat->f_bsize)),
        Value::number(double(stat->f_blocks)), Value::number(double(stat->f_bfree)),
        Value::number(double(stat->f_bavail)), Value::number(double(stat->f_files)),
        Value::number(double(stat->f_ffree)),
    };
    return Value::object(create_array_from_list(vm, fields));
}

// scandir: [name, type, name, type...], type a UV_DIRENT_* number.
Value result_scandir(VM& vm, FsCall& call)
{
    ValueList entries(vm.heap());
    uv_dirent_t entry;
    while (uv_fs_scandir_next(&call.request, &entry) != UV_EOF) {
        entries.append(string_value(vm, entry.name));
        entries.append(Value::number(double(entry.type)));
    }
    return Value::object(create_array_from_list(vm, entries.span()));
}

// read: the bytes read are copied to the destination (looked up afresh: it may have moved or
// shrunk while the call ran); the count.
Value result_read(VM&, FsCall& call)
{
    TypedArrayObject* destination = as_typed_array(call.destination);
    size_t count = size_t(call.request.result);
    if (destination && call.destination_offset + count <= destination->byte_length())
        std::memcpy(destination->element_address(0) + call.destination_offset, call.bytes.data(), count);
    return Value::number(double(count));
}

void on_complete(uv_fs_t* request)
{
    std::unique_ptr<FsCall> call(static_cast<FsCall*>(request->data));
    VM& vm = call->host->vm();
    Value result = call->finish(vm);
    Value callback = call->callback;
    call.reset();
    NodeHost::from(vm).call_into_js(callback, Value::undefined(), { &result, 1 });
}

// Runs `start(loop, request, uv_callback)` now when `callback` is undefined, else on the loop.
template<typename Start>
ThrowCompletionOr<Value> run(VM& vm, std::unique_ptr<FsCall> call, Value callback, Start start)
{
    NodeHost& host = NodeHost::from(vm);
    uv_loop_t* loop = host.loop().uv();
    call->host = &host;
    if (callback.is_undefined()) {
        start(loop, &call->request, nullptr);
        return call->finish(vm);
    }
    if (!is_callable(callback))
        return vm.throw_type_error(vm.current_realm(), "fs binding: the callback is not a function");
    call->callback = callback;
    FsCall* pending = call.get();
    call->root_provider_id = vm.heap().add_root_provider([pending](gc::Visitor& visitor) {
        visitor.visit_value_bits(pending->callback.bits());
        visitor.visit_value_bits(pending->destination.bits());
    });
    call->request.data = pending;
    int error = start(loop, &call->request, on_complete);
    if (error < 0)
        return Value::number(error);
    call.release();
    return Value::undefined();
}

std::unique_ptr<FsCall> make_call(ResultFunction result)
{
    auto call = std::make_unique<FsCall>();
    call->result = result;
    return call;
}

ThrowCompletionOr<int64_t> integer_argument(VM& vm, Value value) { return int64_t(TRY(to_number(vm, value))); }

#define SABLE_PATH_CALL(function_name, uv_function, result_function)                              \
    ThrowCompletionOr<Value> function_name(VM& vm, Arguments const& arguments)                     \
    {                                                                                              \
        std::string path = TRY(utf8_argument(vm, arguments.at(0)));                               \
        return run(vm, make_call(result_function), arguments.at(1),                                \
            [&](uv_loop_t* loop, uv_fs_t* request, uv_fs_cb done) {                                \
                return uv_function(loop, request, path.c_str(), done);                             \
            });                                                                                    \
    }

// (path, callback)
SABLE_PATH_CALL(stat, uv_fs_stat, result_stat)
SABLE_PATH_CALL(lstat, uv_fs_lstat, result_stat)
SABLE_PATH_CALL(rmdir, uv_fs_rmdir, result_number)
SABLE_PATH_CALL(unlink, uv_fs_unlink, result_number)
SABLE_PATH_CALL(readlink, uv_fs_readlink, result_pointer_path)
SABLE_PATH_CALL(realpath, uv_fs_realpath, result_pointer_path)
SABLE_PATH_CALL(mkdtemp, uv_fs_mkdtemp, result_request_path)
SABLE_PATH_CALL(statfs, uv_fs_statfs, result_statfs)

#define SABLE_FD_CALL(function_name, uv_function, result_function)                                \
    ThrowCompletionOr<Value> function_name(VM& vm, Arguments const& arguments)                     \
    {                                                                                              \
        auto fd = uv_file(TRY(integer_argument(vm, arguments.at(0))));                            \
        return run(vm, make_call(result_function), arguments.at(1),                                \
            [&](uv_loop_t* loop, uv_fs_t* request, uv_fs_cb done) {                                \
                return uv_function(loop, request, fd, done);                                       \
            });                                                                                    \
    }

// (fd, callback)
SABLE_FD_CALL(close, uv_fs_close, result_number)
SABLE_FD_CALL(fstat, uv_fs_fstat, result_stat)
SABLE_FD_CALL(fsync, uv_fs_fsync, result_number)
SABLE_FD_CALL(fdatasync, uv_fs_fdatasync, result_number)

#define SABLE_TWO_PATH_CALL(function_name, uv_function)                                            \
    ThrowCompletionOr<Value> function_name(VM& vm, Arguments const& arguments)                     \
    {                                                                                              \
        std::string from = TRY(utf8_argument(vm, arguments.at(0)));                               \
        std::string to = TRY(utf8_argument(vm, arguments.at(1)));                                 \
        return run(vm, make_call(result_number), arguments.at(2),                                  \
            [&](uv_loop_t* loop, uv_fs_t* request, uv_fs_cb done) {                                \
                return uv_function(loop, request, from.c_str(), to.c_str(), done);                 \
            });                                                                                    \
    }

// (path, newPath, callback)
SABLE_TWO_PATH_CALL(rename, uv_fs_rename)
SABLE_TWO_PATH_CALL(link, uv_fs_link)

// (path, integer, callback): the calls with one integer after the path.
#define SABLE_PATH_INTEGER_CALL(function_name, uv_function)                                        \
    ThrowCompletionOr<Value> function_name(VM& vm, Arguments const& arguments)                     \
    {                                                                                              \
        std::string path = TRY(utf8_argument(vm, arguments.at(0)));                               \
        auto number = int(TRY(integer_argument(vm, arguments.at(1))));                            \
        return run(vm, make_call(result_number), arguments.at(2),                                  \
            [&](uv_loop_t* loop, uv_fs_t* request, uv_fs_cb done) {                                \
                return uv_function(loop, request, path.c_str(), number, done);                     \
            });                                                                                    \
    }

SABLE_PATH_INTEGER_CALL(access, uv_fs_access) // (path, mode)
SABLE_PATH_INTEGER_CALL(mkdir, uv_fs_mkdir)   // (path, mode)
SABLE_PATH_INTEGER_CALL(chmod, uv_fs_chmod)   // (path, mode)

// (fd, mode, callback)
ThrowCompletionOr<Value> fchmod(VM& vm, Arguments const& arguments)
{
    auto fd = uv_file(TRY(integer_argument(vm, arguments.at(0))));
    auto mode = int(TRY(integer_argument(vm, arguments.at(1))));
    return run(vm, make_call(result_number), arguments.at(2),
        [&](uv_loop_t* loop, uv_fs_t* request, uv_fs_cb done) { return uv_fs_fchmod(loop, request, fd, mode, done); });
}

// (fd, length, callback)
ThrowCompletionOr<Value> ftruncate(VM& vm, Arguments const& arguments)
{
    auto fd = uv_file(TRY(integer_argument(vm, arguments.at(0))));
    int64_t length = TRY(integer_argument(vm, arguments.at(1)));
    return run(vm, make_call(result_number), arguments.at(2),
        [&](uv_loop_t* loop, uv_fs_t* request, uv_fs_cb done) { return uv_fs_ftruncate(loop, request, fd, length, done); });
}

// (target, path, flags, callback)
ThrowCompletionOr<Value> symlink(VM& vm, Arguments const& arguments)
{
    std::string target = TRY(utf8_argument(vm, arguments.at(0)));
    std::string path = TRY(utf8_argument(vm, arguments.at(1)));
    auto flags = int(TRY(integer_argument(vm, arguments.at(2))));
    return run(vm, make_call(result_number), arguments.at(3), [&](uv_loop_t* loop, uv_fs_t* request, uv_fs_cb done) {
        return uv_fs_symlink(loop, request, target.c_str(), path.c_str(), flags, done);
    });
}

// (source, destination, flags, callback)
ThrowCompletionOr<Value> copyfile(VM& vm, Arguments const& arguments)
{
    std::string source = TRY(utf8_argument(vm, arguments.at(0)));
    std::string destination = TRY(utf8_argument(vm, arguments.at(1)));
    auto flags = int(TRY(integer_argument(vm, arguments.at(2))));
    return run(vm, make_call(result_number), arguments.at(3), [&](uv_loop_t* loop, uv_fs_t* request, uv_fs_cb done) {
        return uv_fs_copyfile(loop, request, source.c_str(), destination.c_str(), flags, done);
    });
}

// (path, uid, gid, callback), and lchown the same; fchown takes an fd.
#define SABLE_CHOWN_CALL(function_name, uv_function, argument_function)                            \
    ThrowCompletionOr<Value> function_name(VM& vm, Arguments const& arguments)                     \
    {                                                                                              \
        auto target = TRY(argument_function(vm, arguments.at(0)));                                \
        auto uid = uv_uid_t(TRY(integer_argument(vm, arguments.at(1))));                          \
        auto gid = uv_gid_t(TRY(integer_argument(vm, arguments.at(2))));                          \
        return run(vm, make_call(result_number), arguments.at(3),                                  \
            [&](uv_loop_t* loop, uv_fs_t* request, uv_fs_cb done) {                                \
                return uv_function(loop, request, argument_c(target), uid, gid, done);             \
            });                                                                                    \
    }

char const* argument_c(std::string const& path) { return path.c_str(); }
uv_file argument_c(int64_t fd) { return uv_file(fd); }

SABLE_CHOWN_CALL(chown, uv_fs_chown, utf8_argument)
SABLE_CHOWN_CALL(lchown, uv_fs_lchown, utf8_argument)
SABLE_CHOWN_CALL(fchown, uv_fs_fchown, integer_argument)

// (path or fd, atime, mtime, callback): times in seconds.
#define SABLE_UTIME_CALL(function_name, uv_function, argument_function)                            \
    ThrowCompletionOr<Value> function_name(VM& vm, Arguments const& arguments)                     \
    {                                                                                              \
        auto target = TRY(argument_function(vm, arguments.at(0)));                                \
        double atime = TRY(to_number(vm, arguments.at(1)));                                       \
        double mtime = TRY(to_number(vm, arguments.at(2)));                                       \
        return run(vm, make_call(result_number), arguments.at(3),                                  \
            [&](uv_loop_t* loop, uv_fs_t* request, uv_fs_cb done) {                                \
                return uv_function(loop, request, argument_c(target), atime, mtime, done);         \
            });                                                                                    \
    }

SABLE_UTIME_CALL(utime, uv_fs_utime, utf8_argument)
SABLE_UTIME_CALL(lutime, uv_fs_lutime, utf8_argument)
SABLE_UTIME_CALL(futime, uv_fs_futime, integer_argument)

// (path, callback): [name, type...] of the directory's entries.
ThrowCompletionOr<Value> scandir(VM& vm, Arguments const& arguments)
{
    std::string path = TRY(utf8_argument(vm, arguments.at(0)));
    return run(vm, make_call(result_scandir), arguments.at(1),
        [&](uv_loop_t* loop, uv_fs_t* request, uv_fs_cb done) { return uv_fs_scandir(loop, request, path.c_str(), 0, done); });
}

// (path, flags, mode, callback): the fd.
ThrowCompletionOr<Value> open(VM& vm, Arguments const& arguments)
{
    std::string path = TRY(utf8_argument(vm, arguments.at(0)));
    auto flags = int(TRY(integer_argument(vm, arguments.at(1))));
    auto mode = int(TRY(integer_argument(vm, arguments.at(2))));
    return run(vm, make_call(result_number), arguments.at(3), [&](uv_loop_t* loop, uv_fs_t* request, uv_fs_cb done) {
        return uv_fs_open(loop, request, path.c_str(), flags, mode, done);
    });
}

// (fd, destination Uint8Array, offset, length, position (-1: the current one), callback): the
// count of bytes read.
ThrowCompletionOr<Value> read(VM& vm, Arguments const& arguments)
{
    auto fd = uv_file(TRY(integer_argument(vm, arguments.at(0))));
    TypedArrayObject* destination = as_typed_array(arguments.at(1));
    if (!destination)
        return vm.throw_type_error(vm.current_realm(), "fs binding: read needs a Uint8Array");
    size_t offset = size_t(TRY(integer_argument(vm, arguments.at(2))));
    size_t length = size_t(TRY(integer_argument(vm, arguments.at(3))));
    int64_t position = TRY(integer_argument(vm, arguments.at(4)));
    if (offset + length > destination->byte_length())
        return vm.throw_range_error(vm.current_realm(), "fs binding: the range is outside the buffer");
    auto call = make_call(result_read);
    call->destination = arguments.at(1);
    call->destination_offset = offset;
    call->bytes.resize(length);
    uv_buf_t slice = uv_buf_init(call->bytes.data(), unsigned(length));
    return run(vm, std::move(call), arguments.at(5), [&](uv_loop_t* loop, uv_fs_t* request, uv_fs_cb done) {
        return uv_fs_read(loop, request, fd, &slice, 1, position, done);
    });
}

// (fd, data Uint8Array, offset, length, position (-1: the current one), callback): the count of
// bytes written. The bytes are copied first (the array may move or change while the call runs).
ThrowCompletionOr<Value> write(VM& vm, Arguments const& arguments)
{
    auto fd = uv_file(TRY(integer_argument(vm, arguments.at(0))));
    TypedArrayObject* data = as_typed_array(arguments.at(1));
    if (!data)
        return vm.throw_type_error(vm.current_realm(), "fs binding: write needs a Uint8Array");
    size_t offset = size_t(TRY(integer_argument(vm, arguments.at(2))));
    size_t length = size_t(TRY(integer_argument(vm, arguments.at(3))));
    int64_t position = TRY(integer_argument(vm, arguments.at(4)));
    if (offset + length > data->byte_length())
        return vm.throw_range_error(vm.current_realm(), "fs binding: the range is outside the buffer");
    auto call = make_call(result_number);
    char const* start = reinterpret_cast<char const*>(data->element_address(0)) + offset;
    call->bytes.assign(start, start + length);
    uv_buf_t slice = uv_buf_init(call->bytes.data(), unsigned(length));
    return run(vm, std::move(call), arguments.at(5), [&](uv_loop_t* loop, uv_fs_t* request, uv_fs_cb done) {
        return uv_fs_write(loop, request, fd, &slice, 1, position, done);
    });
}

// errorName ( error ): [code, description] of a libuv error number ('ENOENT', 'no such file or
// directory').
ThrowCompletionOr<Value> error_name(VM& vm, Arguments const& arguments)
{
    auto error = int(TRY(integer_argument(vm, arguments.at(0))));
    Value name = string_value(vm, uv_err_name(error));
    Value parts[] = { name, string_value(vm, uv_strerror(error)) };
    return Value::object(create_array_from_list(vm, parts));
}

// readFileUtf8 ( path ): the file's text (the module loader's read; throws Node's error).
ThrowCompletionOr<Value> read_file_utf8(VM& vm, Arguments const& arguments)
{
    std::string path = TRY(utf8_argument(vm, arguments.at(0)));
    uv_loop_t* loop = NodeHost::from(vm).loop().uv();
    FsCall open;
    int fd = uv_fs_open(loop, &open.request, path.c_str(), O_RDONLY, 0, nullptr);
    if (fd < 0)
        return throw_uv_error(vm, vm.current_realm(), fd, "open", path);
    std::string text;
    char buffer[65536];
    int count;
    do {
        FsCall read;
        uv_buf_t slice = uv_buf_init(buffer, sizeof buffer);
        count = uv_fs_read(loop, &read.request, fd, &slice, 1, -1, nullptr);
        if (count > 0)
            text.append(buffer, size_t(count));
    } while (count > 0);
    FsCall close;
    uv_fs_close(loop, &close.request, fd, nullptr);
    if (count < 0)
        return throw_uv_error(vm, vm.current_realm(), count, "read", path);
    return string_value(vm, text);
}

// internalModuleStat ( path ): 0 for a file, 1 for a directory, a negative error otherwise.
ThrowCompletionOr<Value> internal_module_stat(VM& vm, Arguments const& arguments)
{
    std::string path = TRY(utf8_argument(vm, arguments.at(0)));
    FsCall stat;
    int result = uv_fs_stat(NodeHost::from(vm).loop().uv(), &stat.request, path.c_str(), nullptr);
    if (result < 0)
        return Value::number(result);
    return Value::number(S_ISDIR(stat.request.statbuf.st_mode) ? 1 : 0);
}

// realpathOrThrow ( path ): the module loader's realpath, throwing Node's error.
ThrowCompletionOr<Value> realpath_or_throw(VM& vm, Arguments const& arguments)
{
    Value result = TRY(realpath(vm, arguments));
    if (result.is_number())
        return throw_uv_error(vm, vm.current_realm(), int(result.as_number()), "realpath",
            TRY(utf8_argument(vm, arguments.at(0))));
    return result;
}

// fs.constants, in Node's order: the platform's open flags, file types and modes, libuv's own
// flags (COPYFILE_* the same as UV_FS_COPYFILE_*), and the module loader's format numbers.
Object* create_constants(VM& vm)
{
    struct Constant {
        char const* name;
        int value;
    };
    static constexpr Constant constants[] = {
        { "UV_FS_SYMLINK_DIR", UV_FS_SYMLINK_DIR },
        { "UV_FS_SYMLINK_JUNCTION", UV_FS_SYMLINK_JUNCTION },
        { "O_RDONLY", O_RDONLY },
        { "O_WRONLY", O_WRONLY },
        { "O_RDWR", O_RDWR },
        { "UV_DIRENT_UNKNOWN", UV_DIRENT_UNKNOWN },
        { "UV_DIRENT_FILE", UV_DIRENT_FILE },
        { "UV_DIRENT_DIR", UV_DIRENT_DIR },
        { "UV_DIRENT_LINK", UV_DIRENT_LINK },
        { "UV_DIRENT_FIFO", UV_DIRENT_FIFO },
        { "UV_DIRENT_SOCKET", UV_DIRENT_SOCKET },
        { "UV_DIRENT_CHAR", UV_DIRENT_CHAR },
        { "UV_DIRENT_BLOCK", UV_DIRENT_BLOCK },
        { "EXTENSIONLESS_FORMAT_JAVASCRIPT", 0 },
        { "EXTENSIONLESS_FORMAT_WASM", 1 },
        { "S_IFMT", S_IFMT },
        { "S_IFREG", S_IFREG },
        { "S_IFDIR", S_IFDIR },
        { "S_IFCHR", S_IFCHR },
        { "S_IFBLK", S_IFBLK },
        { "S_IFIFO", S_IFIFO },
        { "S_IFLNK", S_IFLNK },
        { "S_IFSOCK", S_IFSOCK },
        { "O_CREAT", O_CREAT },
        { "O_EXCL", O_EXCL },
        { "UV_FS_O_FILEMAP", UV_FS_O_FILEMAP },
        { "O_NOCTTY", O_NOCTTY },
        { "O_TRUNC", O_TRUNC },
        { "O_APPEND", O_APPEND },
        { "O_DIRECTORY", O_DIRECTORY },
        { "O_NOATIME", O_NOATIME },
        { "O_NOFOLLOW", O_NOFOLLOW },
        { "O_SYNC", O_SYNC },
        { "O_DSYNC", O_DSYNC },
        { "O_DIRECT", O_DIRECT },
        { "O_NONBLOCK", O_NONBLOCK },
        { "S_IRWXU", S_IRWXU },
        { "S_IRUSR", S_IRUSR },
        { "S_IWUSR", S_IWUSR },
        { "S_IXUSR", S_IXUSR },
        { "S_IRWXG", S_IRWXG },
        { "S_IRGRP", S_IRGRP },
        { "S_IWGRP", S_IWGRP },
        { "S_IXGRP", S_IXGRP },
        { "S_IRWXO", S_IRWXO },
        { "S_IROTH", S_IROTH },
        { "S_IWOTH", S_IWOTH },
        { "S_IXOTH", S_IXOTH },
        { "F_OK", F_OK },
        { "R_OK", R_OK },
        { "W_OK", W_OK },
        { "X_OK", X_OK },
        { "UV_FS_COPYFILE_EXCL", UV_FS_COPYFILE_EXCL },
        { "COPYFILE_EXCL", UV_FS_COPYFILE_EXCL },
        { "UV_FS_COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE },
        { "COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE },
        { "UV_FS_COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE },
        { "COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE },
    };
    Object* object = Object::create(vm, vm.current_realm().object_prototype());
    for (Constant const& constant : constants)
        define_data(vm, *object, constant.name, Value::number(constant.value));
    return object;
}

}

Object* create_fs_binding(NodeHost& host)
{
    static constexpr BindingMethod methods[] = {
        { "access", access, 3 }, { "chmod", chmod, 3 }, { "chown", chown, 4 }, { "close", close, 2 },
        { "copyfile", copyfile, 4 }, { "fchmod", fchmod, 3 }, { "fchown", fchown, 4 },
        { "fdatasync", fdatasync, 2 }, { "fstat", fstat, 2 }, { "fsync", fsync, 2 },
        { "ftruncate", ftruncate, 3 }, { "futime", futime, 4 }, { "lchown", lchown, 4 }, { "link", link, 3 },
        { "lstat", lstat, 2 }, { "lutime", lutime, 4 }, { "mkdir", mkdir, 3 }, { "mkdtemp", mkdtemp, 2 },
        { "open", open, 4 }, { "read", read, 6 }, { "readlink", readlink, 2 }, { "realpath", realpath, 2 },
        { "rename", rename, 3 }, { "rmdir", rmdir, 2 }, { "scandir", scandir, 2 }, { "stat", stat, 2 }, { "statfs", statfs, 2 },
        { "symlink", symlink, 4 }, { "unlink", unlink, 2 }, { "utime", utime, 4 }, { "write", write, 6 },
        { "errorName", error_name, 1 },
        { "readFileUtf8", read_file_utf8, 1 }, { "internalModuleStat", internal_module_stat, 1 },
        { "realpathOrThrow", realpath_or_throw, 1 },
    };
    Object* binding = create_binding_object(host, methods);
    define_data(host.vm(), *binding, "constants", Value::object(create_constants(host.vm())));
    return binding;
}

}
