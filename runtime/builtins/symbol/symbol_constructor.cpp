#include "runtime/builtins/symbol/symbol_constructor.h"

#include "runtime/abstract_operations.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::symbol_constructor {

// Symbol ( [ description ] ) — https://tc39.es/ecma262/#sec-symbol-description
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    // 1. If NewTarget is not undefined, throw a TypeError exception.
    if (arguments.new_target)
        return vm.throw_type_error(ErrorType::SymbolNotConstructor);
    // 2. If description is undefined, let descString be undefined.
    // 3. Else, let descString be ? ToString(description).
    Value description = Value::undefined();
    if (!arguments.at(0).is_undefined())
        description = Value::string(TRY(to_string(vm, arguments.at(0))));
    // 4. Return a new Symbol whose [[Description]] is descString.
    return Value::symbol(Symbol::create(vm.heap(), description));
}

// Symbol.for ( key ) — https://tc39.es/ecma262/#sec-symbol.for
ThrowCompletionOr<Value> for_(VM& vm, Arguments const& arguments)
{
    // 1. Let stringKey be ? ToString(key).
    String* key = TRY(to_string(vm, arguments.at(0)));
    // 2-6. The registered symbol for stringKey, created (and registered) on first use.
    return Value::symbol(vm.symbols().symbol_for(key));
}

// Symbol.keyFor ( sym ) — https://tc39.es/ecma262/#sec-symbol.keyfor
ThrowCompletionOr<Value> key_for(VM& vm, Arguments const& arguments)
{
    // 1. If sym is not a Symbol, throw a TypeError exception.
    if (!arguments.at(0).is_symbol())
        return vm.throw_type_error(ErrorType::SymbolKeyForNonSymbol, { "value" });
    // 2. Return KeyForSymbol(sym).
    return SymbolRegistry::key_for_symbol(arguments.at(0).as_symbol());
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/symbol/symbol_constructor.def"
    // 20.4.2: Symbol.asyncIterator, Symbol.hasInstance... each { [[Writable]]: false,
    // [[Enumerable]]: false, [[Configurable]]: false }. The property name is the description
    // without "Symbol.".
#define WELL_KNOWN_SYMBOL(member, description) \
    define_value(vm, target, std::string_view(description).substr(7), Value::symbol(vm.symbols().member), kConstant);
#include "runtime/well_known_symbols.def"
}

}
