// Included (with no include guard) before a built-in's .def file in its header: each entry
// declares its C++ function. See install_builtins.h for the other half.
//
//   JS_METHOD(cpp_name, "jsName", length, attributes)            a method
//   JS_SYMBOL_METHOD(cpp_name, symbol, "[Symbol.x]", length, attributes)
//                                                                a method keyed by a well-known
//                                                                symbol (SymbolRegistry member)
//   JS_GETTER(cpp_name, "jsName", attributes)                    an accessor with only a getter
//   JS_SYMBOL_GETTER(cpp_name, symbol, "[Symbol.x]", attributes)
//   JS_ACCESSOR(getter, setter, "jsName", attributes)            an accessor with both
//
// Every .def ends by including builtin_macros_end.h.
#define JS_METHOD(cpp_name, js_name, length, attributes) \
    ThrowCompletionOr<Value> cpp_name(VM&, Arguments const&);
#define JS_SYMBOL_METHOD(cpp_name, symbol, js_name, length, attributes) \
    ThrowCompletionOr<Value> cpp_name(VM&, Arguments const&);
#define JS_GETTER(cpp_name, js_name, attributes) ThrowCompletionOr<Value> cpp_name(VM&, Arguments const&);
#define JS_SYMBOL_GETTER(cpp_name, symbol, js_name, attributes) \
    ThrowCompletionOr<Value> cpp_name(VM&, Arguments const&);
#define JS_ACCESSOR(getter, setter, js_name, attributes)      \
    ThrowCompletionOr<Value> getter(VM&, Arguments const&); \
    ThrowCompletionOr<Value> setter(VM&, Arguments const&);
