// internalBinding('modules'): compiling CommonJS modules, require() of ES modules, the names
// of the built-in modules, and what the command line asked to run.

#include "runtime/abstract_operations.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/embedded_library.h"
#include "stdlib/module_loader.h"
#include "stdlib/node_host.h"

namespace sable::stdlib {

using namespace runtime;

namespace {

// compileFunction ( source, filename, parameters ): the module wrapper around `source`, with
// positions as in the file.
ThrowCompletionOr<Value> compile_function(VM& vm, Arguments const& arguments)
{
    std::string source = TRY(utf8_argument(vm, arguments.at(0)));
    std::string filename = TRY(utf8_argument(vm, arguments.at(1)));
    std::string parameters = TRY(utf8_argument(vm, arguments.at(2)));
    return NodeHost::from(vm).compile_function(filename, parameters, std::move(source));
}

// requireModule ( filename ): require() of an ES module: its namespace.
ThrowCompletionOr<Value> require_module(VM& vm, Arguments const& arguments)
{
    std::string filename = TRY(utf8_argument(vm, arguments.at(0)));
    NodeHost& host = NodeHost::from(vm);
    return host.module_loader()->require_module(host.realm(), filename);
}

// syncBuiltinExports ( key, values ): the export bindings of the imported built-in module `key`
// become the array `values`.
ThrowCompletionOr<Value> sync_builtin_exports(VM& vm, Arguments const& arguments)
{
    std::string module_key = TRY(utf8_argument(vm, arguments.at(0)));
    Object& list = *arguments.at(1).as_object();
    ValueList values(vm.heap());
    auto length = TRY(length_of_array_like(vm, list));
    for (uint64_t index = 0; index < length; ++index)
        values.append(TRY(get(vm, list, PropertyKey::from_index(index))));
    NodeHost& host = NodeHost::from(vm);
    if (host.module_loader())
        host.module_loader()->set_builtin_exports(host.realm(), module_key, values.array());
    return Value::undefined();
}

// moduleLoadList ( ): the library modules and bindings loaded so far, in order.
ThrowCompletionOr<Value> module_load_list(VM& vm, Arguments const&)
{
    ValueList entries(vm.heap());
    for (auto const& entry : NodeHost::from(vm).module_load_list())
        entries.append(string_value(vm, entry));
    return Value::object(create_array_from_list(vm, entries.span()));
}

}

Object* create_modules_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "compileFunction", compile_function, 3);
    define_native_method(vm, realm, *binding, "requireModule", require_module, 1);
    define_native_method(vm, realm, *binding, "moduleLoadList", module_load_list, 0);
    define_native_method(vm, realm, *binding, "syncBuiltinExports", sync_builtin_exports, 2);
    // The public built-in modules: every library file outside internal/.
    ValueList ids(vm.heap());
    for (auto const& source : embedded_library()) {
        if (!source.id.starts_with("internal/"))
            ids.append(string_value(vm, source.id));
    }
    define_data(vm, *binding, "builtinIds", Value::object(create_array_from_list(vm, ids.span())));
    return binding;
}

}
