#pragma once
// RegExp String Iterator objects (ECMA-262 22.2.9): what RegExp.prototype[@@matchAll] returns.
// They are BuiltinIterators of kind RegExpStringIterator whose iterated value is a two-entry
// ValueArray (the matcher object and the string) and whose index holds the global and
// fullUnicode flags; the iterated value becomes undefined when the iterator is done.

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime {

// CreateRegExpStringIterator ( R, S, global, fullUnicode )
Object* create_regexp_string_iterator(VM&, Object& matcher, String* string, bool global, bool full_unicode);

}

namespace sable::runtime::builtins::regexp_string_iterator_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/regexp/regexp_string_iterator_prototype.def"
void initialize(VM&, Realm&, Object& target);

}
