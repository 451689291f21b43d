#pragma once
// The built-ins of a realm: the behaviours intrinsics.def names (so realm.cpp can create the
// constructors), and initialize_builtins, which installs every built-in property once the
// realm's intrinsic objects exist.

#include "runtime/builtins/array/array_constructor.h"
#include "runtime/builtins/array_buffer/array_buffer_constructor.h"
#include "runtime/builtins/array_buffer/shared_array_buffer_constructor.h"
#include "runtime/builtins/bigint/bigint_constructor.h"
#include "runtime/builtins/boolean/boolean_constructor.h"
#include "runtime/builtins/data_view/data_view_constructor.h"
#include "runtime/builtins/date/date_constructor.h"
#include "runtime/builtins/error/error_constructor.h"
#include "runtime/builtins/function/function_constructor.h"
#include "runtime/builtins/function/function_prototype.h"
#include "runtime/builtins/iterator/iterator_constructor.h"
#include "runtime/builtins/map/map_constructor.h"
#include "runtime/builtins/regexp/regexp_constructor.h"
#include "runtime/builtins/number/number_constructor.h"
#include "runtime/builtins/object/object_constructor.h"
#include "runtime/builtins/promise/promise_constructor.h"
#include "runtime/builtins/proxy/proxy_constructor.h"
#include "runtime/builtins/set/set_constructor.h"
#include "runtime/builtins/string/string_constructor.h"
#include "runtime/builtins/symbol/symbol_constructor.h"
#include "runtime/builtins/typed_array/typed_array_constructor.h"
#include "runtime/builtins/disposable_stack/disposable_stack.h"
#include "runtime/builtins/weak/weak_map.h"
#include "runtime/builtins/weak/weak_ref.h"
#include "runtime/builtins/weak/weak_set.h"

namespace sable::runtime::builtins {

// Installs the properties of every intrinsic of `realm` and of its global object.
void initialize_builtins(VM&, Realm&);

}
