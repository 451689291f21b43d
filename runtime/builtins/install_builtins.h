// Included (with no include guard) inside a built-in's initialize function, before its .def
// file: each entry defines its property on `target` (an Object&) with functions of `realm`.
// See declare_builtins.h for the entry forms.
#define JS_METHOD(cpp_name, js_name, length, attributes) \
    ::sable::runtime::builtins::define_method(vm, realm, target, js_name, cpp_name, length, attributes);
#define JS_SYMBOL_METHOD(cpp_name, symbol, js_name, length, attributes)                                 \
    ::sable::runtime::builtins::define_symbol_method(vm, realm, target, vm.symbols().symbol, js_name, cpp_name, \
        length, attributes);
#define JS_GETTER(cpp_name, js_name, attributes) \
    ::sable::runtime::builtins::define_accessor(vm, realm, target, js_name, cpp_name, nullptr, attributes);
#define JS_SYMBOL_GETTER(cpp_name, symbol, js_name, attributes)                                               \
    ::sable::runtime::builtins::define_symbol_accessor(vm, realm, target, vm.symbols().symbol, js_name, cpp_name, \
        attributes);
#define JS_ACCESSOR(getter, setter, js_name, attributes) \
    ::sable::runtime::builtins::define_accessor(vm, realm, target, js_name, getter, setter, attributes);
