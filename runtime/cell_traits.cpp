#include "runtime/cell_traits.h"

#include "bytecode/function_template.h"
#include "interpreter/async_function.h"
#include "interpreter/suspended_frame.h"
#include "runtime/accessor.h"
#include "runtime/async_generator_object.h"
#include "runtime/bigint.h"
#include "runtime/bound_function.h"
#include "runtime/contextified_global.h"
#include "runtime/builtin_iterator.h"
#include "runtime/builtins/array_buffer/array_buffer_object.h"
#include "runtime/builtins/data_view/data_view_object.h"
#include "runtime/builtins/disposable_stack/disposable_stack_object.h"
#include "runtime/builtins/map/map_object.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/builtins/typed_array/typed_array_object.h"
#include "runtime/builtins/regexp/regexp_object.h"
#include "runtime/builtins/weak/weak_collection.h"
#include "runtime/builtins/weak/weak_ref.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/environment.h"
#include "runtime/function_object.h"
#include "runtime/generator_object.h"
#include "runtime/mapped_arguments.h"
#include "runtime/module_namespace.h"
#include "runtime/module_record.h"
#include "runtime/proxy_object.h"
#include "runtime/native_function.h"
#include "runtime/object.h"
#include "runtime/private_name.h"
#include "runtime/property_key_list.h"
#include "runtime/property_table.h"
#include "runtime/realm.h"
#include "runtime/scope_descriptor.h"
#include "runtime/shape.h"
#include "runtime/sparse_elements.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/value_array.h"

#include <iterator>

namespace sable::runtime {

namespace {

template<typename T>
constexpr gc::CellTraits traits_of(char const* name)
{
    if constexpr (requires(gc::Cell* cell) { T::finalize(cell); })
        return { name, &T::visit_children, &T::finalize };
    else
        return { name, &T::visit_children, nullptr };
}

constexpr gc::CellTraits kCellTraits[] = {
#define CELL_KIND(name, type) traits_of<type>(#name),
#include "runtime/cell_kinds.def"
};
static_assert(std::size(kCellTraits) == size_t(gc::CellKind::Count));

// Each type names its own kind, so a kind and its C++ type cannot drift apart.
#define CELL_KIND(name, type) static_assert(type::kKind == gc::CellKind::name);
#include "runtime/cell_kinds.def"

}

std::span<gc::CellTraits const> cell_traits() { return kCellTraits; }

}
