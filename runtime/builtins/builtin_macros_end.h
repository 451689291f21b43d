// Included at the end of every built-in .def file.
#undef JS_METHOD
#undef JS_SYMBOL_METHOD
#undef JS_GETTER
#undef JS_SYMBOL_GETTER
#undef JS_ACCESSOR
