#include "bytecode/global_declarations.h"

#include "bytecode/function_template.h"
#include "runtime/value_array.h"

namespace sable::bytecode {

using runtime::Value;

namespace {
constexpr uint32_t kHeaderSize = 3;
}

runtime::ValueArray* GlobalDeclarations::create(gc::Heap& heap, std::span<GlobalFunctionDeclaration const> functions,
    std::span<runtime::String* const> var_names, std::span<GlobalLexicalDeclaration const> lexicals)
{
    uint32_t size = kHeaderSize + uint32_t(functions.size() * 2 + var_names.size() + lexicals.size() * 2);
    auto* array = runtime::ValueArray::create(heap, size, Value::undefined());
    uint32_t index = 0;
    array->set_non_cell(index++, Value::int32(int32_t(functions.size())));
    array->set_non_cell(index++, Value::int32(int32_t(var_names.size())));
    array->set_non_cell(index++, Value::int32(int32_t(lexicals.size())));
    for (auto const& function : functions) {
        array->set(heap, index++, Value::string(function.name));
        array->set(heap, index++, Value::internal_cell(function.function));
    }
    for (runtime::String* name : var_names)
        array->set(heap, index++, Value::string(name));
    for (auto const& lexical : lexicals) {
        array->set(heap, index++, Value::string(lexical.name));
        array->set_non_cell(index++, Value::boolean(lexical.is_constant));
    }
    array->set_size(size);
    return array;
}

uint32_t GlobalDeclarations::function_count() const { return uint32_t(m_array.at(0).as_int32()); }
uint32_t GlobalDeclarations::var_count() const { return uint32_t(m_array.at(1).as_int32()); }
uint32_t GlobalDeclarations::lexical_count() const { return uint32_t(m_array.at(2).as_int32()); }

GlobalFunctionDeclaration GlobalDeclarations::function(uint32_t index) const
{
    uint32_t at = kHeaderSize + index * 2;
    return { m_array.at(at).as_string(), static_cast<FunctionTemplate*>(m_array.at(at + 1).as_internal_cell()) };
}

runtime::String* GlobalDeclarations::var_name(uint32_t index) const
{
    return m_array.at(kHeaderSize + function_count() * 2 + index).as_string();
}

GlobalLexicalDeclaration GlobalDeclarations::lexical(uint32_t index) const
{
    uint32_t at = kHeaderSize + function_count() * 2 + var_count() + index * 2;
    return { m_array.at(at).as_string(), m_array.at(at + 1).as_bool() };
}

}
