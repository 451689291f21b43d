#pragma once
// Mapped arguments exotic objects (ECMA-262 10.4.4): the `arguments` object of a sloppy
// function with simple parameters, whose indices below the parameter count alias the
// parameters while they stay mapped. The parameters of such functions live in their
// environment (parser/scope_analysis.cpp places them there), so the [[ParameterMap]] is one
// environment slot number per mapped index; unmapping empties the entry.

#include "runtime/object.h"

#include <optional>

namespace sable::runtime {

class DeclarativeEnvironment;
class ValueArray;
class VM;

class MappedArguments final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::MappedArguments;

    // An object without properties yet; `map` holds, per index, the environment slot of the
    // parameter it aliases (int32) or the empty Value.
    static MappedArguments* create(VM&, Object* prototype, DeclarativeEnvironment*, ValueArray* map);

    // The slot index `key` is mapped to, if it is mapped.
    std::optional<uint32_t> mapped_slot(PropertyKey) const;
    Value mapped_value(uint32_t slot) const;
    void set_mapped_value(gc::Heap&, uint32_t slot, Value);
    void unmap(PropertyKey);

    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    MappedArguments(Shape* shape, DeclarativeEnvironment* environment, ValueArray* map)
        : Object(kKind, sizeof(MappedArguments), shape, kDefaultInlineSlots)
        , m_environment(environment)
        , m_map(map)
    {
    }

    DeclarativeEnvironment* m_environment;
    ValueArray* m_map;
};

extern ObjectInternalMethods const kMappedArgumentsInternalMethods;

}
