#include "runtime/builtins/regexp/regexp_string_iterator.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtin_iterator.h"
#include "runtime/builtins/regexp/regexp_object.h"
#include "runtime/error_types.h"
#include "runtime/iteration.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol_registry.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

namespace sable::runtime {

namespace {

constexpr uint64_t kGlobal = 1;
constexpr uint64_t kFullUnicode = 2;

}

// CreateRegExpStringIterator ( R, S, global, fullUnicode ) — https://tc39.es/ecma262/#sec-createregexpstringiterator
Object* create_regexp_string_iterator(VM& vm, Object& matcher, String* string, bool global, bool full_unicode)
{
    ValueArray* state = ValueArray::create(vm.heap(), 2, Value::undefined());
    state->set_size(2);
    state->set(vm.heap(), 0, Value::object(&matcher));
    state->set(vm.heap(), 1, Value::string(string));
    BuiltinIterator* iterator = BuiltinIterator::create(vm, ObjectKind::RegExpStringIterator,
        vm.current_realm().regexp_string_iterator_prototype(), Value::internal_cell(state), IterationKind::Value);
    iterator->set_index((global ? kGlobal : 0) | (full_unicode ? kFullUnicode : 0));
    return iterator;
}

}

namespace sable::runtime::builtins::regexp_string_iterator_prototype {

// %RegExpStringIteratorPrototype%.next ( ) — https://tc39.es/ecma262/#sec-%regexpstringiteratorprototype%.next
// (The closure of CreateRegExpStringIterator, one match at a time.)
ThrowCompletionOr<Value> next(VM& vm, Arguments const& arguments)
{
    Value this_value = arguments.this_value;
    if (!this_value.is_object() || this_value.as_object()->kind() != ObjectKind::RegExpStringIterator)
        return vm.throw_type_error(ErrorType::NotA, { "%RegExpStringIteratorPrototype%.next", "RegExp String Iterator" });
    auto& iterator = static_cast<BuiltinIterator&>(*this_value.as_object());
    Value iterated = iterator.iterated();
    if (iterated.is_undefined())
        return Value::object(create_iter_result_object(vm, Value::undefined(), true));
    auto* state = static_cast<ValueArray*>(iterated.as_internal_cell());
    Object& regexp = *state->at(0).as_object();
    String* string = state->at(1).as_string();
    bool global = iterator.index() & kGlobal;
    bool full_unicode = iterator.index() & kFullUnicode;
    // i. Let match be ? RegExpExec(R, S).
    Value match = TRY(regexp_exec(vm, regexp, string));
    // ii. If match is null, return undefined (the iterator is done).
    if (match.is_null()) {
        iterator.set_iterated(vm.heap(), Value::undefined());
        return Value::object(create_iter_result_object(vm, Value::undefined(), true));
    }
    // iii. If global is false, yield match once and finish.
    if (!global) {
        iterator.set_iterated(vm.heap(), Value::undefined());
        return Value::object(create_iter_result_object(vm, match, false));
    }
    // iv.1. Let matchStr be ? ToString(? Get(match, "0")).
    String* match_string = TRY(to_string(vm, TRY(get(vm, *match.as_object(), PropertyKey::from_index(0)))));
    // iv.2. If matchStr is empty, advance lastIndex past the empty match.
    if (match_string->is_empty()) {
        PropertyKey last_index_key = PropertyKey::from_atom(vm.atoms().last_index);
        uint64_t this_index = TRY(to_length(vm, TRY(get(vm, regexp, last_index_key))));
        uint64_t next_index = advance_string_index(vm, string, this_index, full_unicode);
        TRY(set(vm, regexp, last_index_key, Value::number(double(next_index)), true));
    }
    // iv.3. Perform ? GeneratorYield(CreateIteratorResultObject(match, false)).
    return Value::object(create_iter_result_object(vm, match, false));
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/regexp/regexp_string_iterator_prototype.def"
    // 22.2.9.2.2 %RegExpStringIteratorPrototype% [ %Symbol.toStringTag% ]: "RegExp String Iterator".
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("RegExp String Iterator")), kConfigurableOnly)));
}

}
