#include "runtime/builtins/symbol/symbol_prototype.h"

#include "runtime/atom_table.h"
#include "runtime/error_types.h"
#include "runtime/object_operations.h"
#include "runtime/object.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::symbol_prototype {

// get Symbol.prototype.description — https://tc39.es/ecma262/#sec-symbol.prototype.description
ThrowCompletionOr<Value> description(VM& vm, Arguments const& arguments)
{
    // 1. Let s be the this value.
    // 2. Let sym be ? ThisSymbolValue(s).
    Symbol* symbol = TRY(this_symbol_value(vm, arguments.this_value, "Symbol.prototype.description"));
    // 3. Return sym.[[Description]].
    return symbol->description();
}

// Symbol.prototype.toString ( ) — https://tc39.es/ecma262/#sec-symbol.prototype.tostring
ThrowCompletionOr<Value> to_string(VM& vm, Arguments const& arguments)
{
    // 1. Let sym be ? ThisSymbolValue(this value).
    Symbol* symbol = TRY(this_symbol_value(vm, arguments.this_value, "Symbol.prototype.toString"));
    // 2. Return SymbolDescriptiveString(sym).
    auto string = symbol->descriptive_string(vm.heap());
    if (!string)
        return vm.throw_range_error(ErrorType::InvalidStringLength);
    return Value::string(*string);
}

// Symbol.prototype.valueOf ( ) — https://tc39.es/ecma262/#sec-symbol.prototype.valueof
ThrowCompletionOr<Value> value_of(VM& vm, Arguments const& arguments)
{
    // 1. Return ? ThisSymbolValue(this value).
    return Value::symbol(TRY(this_symbol_value(vm, arguments.this_value, "Symbol.prototype.valueOf")));
}

// Symbol.prototype [ %Symbol.toPrimitive% ] ( hint ) — https://tc39.es/ecma262/#sec-symbol.prototype-%symbol.toprimitive%
ThrowCompletionOr<Value> symbol_to_primitive(VM& vm, Arguments const& arguments)
{
    // 1. Return ? ThisSymbolValue(this value).
    return Value::symbol(TRY(this_symbol_value(vm, arguments.this_value, "Symbol.prototype [ @@toPrimitive ]")));
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/symbol/symbol_prototype.def"
    // 20.4.3.6 Symbol.prototype [ %Symbol.toStringTag% ]: "Symbol", configurable only.
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("Symbol")), kConfigurableOnly)));
}

}
