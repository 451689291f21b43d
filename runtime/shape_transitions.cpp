#include "runtime/shape_transitions.h"

#include "gc/heap.h"
#include "runtime/object.h"
#include "runtime/shape.h"

namespace sable::runtime {

ShapeTransitions::ShapeTransitions(gc::Heap& heap)
    : m_heap(heap)
{
    m_weak_callback_id = heap.add_weak_callback([this](gc::Heap& heap) {
        remove_dead([&heap](gc::Cell const* cell) { return heap.is_marked(cell); });
    });
}

ShapeTransitions::~ShapeTransitions() { m_heap.remove_weak_callback(m_weak_callback_id); }

size_t ShapeTransitions::KeyHash::operator()(Key const& key) const
{
    uint64_t h = reinterpret_cast<uintptr_t>(key.source) * 0x9E3779B97F4A7C15ull;
    h ^= key.payload + 0x632BE59BD9B4E019ull + (h << 6) + (h >> 2);
    h ^= (uint64_t(key.kind) << 8 | key.detail) * 0xFF51AFD7ED558CCDull;
    return size_t(h ^ (h >> 32));
}

Shape* ShapeTransitions::find(Key const& key)
{
    RecentEntry& recent = m_recent[KeyHash {}(key) % kRecentSize];
    if (recent.target && recent.key == key)
        return recent.target;
    auto it = m_transitions.find(key);
    if (it == m_transitions.end())
        return nullptr;
    recent = { key, it->second };
    return it->second;
}

// Each function looks the transition up, and on a miss makes the target (which may collect,
// pruning the table: no iterator is held across it) and records it.

Shape* ShapeTransitions::root(Object* prototype, ObjectKind kind)
{
    Key key { nullptr, reinterpret_cast<uintptr_t>(prototype), Kind::Root, uint8_t(kind) };
    if (Shape* shape = find(key))
        return shape;
    Shape* shape = Shape::create_root(m_heap, prototype, kind);
    m_transitions.emplace(key, shape);
    return shape;
}

Shape* ShapeTransitions::add_property(Shape* shape, PropertyKey property, PropertyAttributes attributes)
{
    Key key { shape, property.bits(), Kind::AddProperty, attributes.bits() };
    if (Shape* target = find(key))
        return target;
    Shape* target = Shape::create_with_added_property(m_heap, shape, property, attributes);
    m_transitions.emplace(key, target);
    return target;
}

Shape* ShapeTransitions::change_attributes(Shape* shape, PropertyKey property, PropertyAttributes attributes)
{
    Key key { shape, property.bits(), Kind::ChangeAttributes, attributes.bits() };
    if (Shape* target = find(key))
        return target;
    auto existing = shape->lookup(property);
    assert(existing);
    Shape* target = Shape::create_with_changed_attributes(m_heap, shape, existing->position, attributes);
    m_transitions.emplace(key, target);
    return target;
}

Shape* ShapeTransitions::set_prototype(Shape* shape, Object* prototype)
{
    Key key { shape, reinterpret_cast<uintptr_t>(prototype), Kind::SetPrototype, 0 };
    if (Shape* target = find(key))
        return target;
    Shape* target = Shape::create_with_prototype(m_heap, shape, prototype);
    m_transitions.emplace(key, target);
    return target;
}

Shape* ShapeTransitions::prevent_extensions(Shape* shape)
{
    Key key { shape, 0, Kind::PreventExtensions, 0 };
    if (Shape* target = find(key))
        return target;
    Shape* target = Shape::create_non_extensible(m_heap, shape);
    m_transitions.emplace(key, target);
    return target;
}

void ShapeTransitions::remove_dead(std::function<bool(gc::Cell const*)> const& is_live)
{
    m_recent.fill({});
    std::erase_if(m_transitions, [&](auto const& entry) {
        Shape const* source = entry.first.source;
        return (source && !is_live(source)) || !is_live(entry.second);
    });
}

}
