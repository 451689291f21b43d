#include "runtime/vm.h"

#include "runtime/builtins/weak/weak_collection.h"

#include "bytecode/function_template.h"
#include "interpreter/frame.h"
#include "interpreter/stack_trace.h"
#include "runtime/cell_traits.h"
#include "runtime/error_object.h"
#include "runtime/realm.h"

#include <cassert>

namespace sable::runtime {

VM::VM(gc::HeapOptions const& options)
    : m_heap(cell_traits(), options)
    , m_atoms(m_heap)
    , m_symbols(m_heap, m_atoms)
    , m_shapes(m_heap)
    , m_job_queue(m_heap)
    , m_async_waits(m_heap)
    , m_weak_collections(std::make_unique<WeakCollectionRegistry>(m_heap, m_job_queue))
    , m_interpreter_stack(std::make_unique<interpreter::InterpreterStack>())
{
    m_root_provider_id = m_heap.add_root_provider([this](gc::Visitor& visitor) {
        visitor.visit_value_bits(m_pending_exception.bits());
        visitor.visit(m_current_realm);
        visitor.visit(m_throw_site.function_template);
        m_interpreter_stack->visit(visitor);
        for (Value kept : m_kept_alive)
            visitor.visit_value_bits(kept.bits());
    });
}

VM::~VM() { m_heap.remove_root_provider(m_root_provider_id); }

void VM::on_error_created(Object& error, Object* skip_until)
{
    interpreter::attach_stack_trace(*this, error, skip_until);
}

ThrowCompletion VM::throw_value(Value value)
{
    assert(!has_pending_exception() && "an exception is already pending: propagate or take it first");
    assert(!value.is_empty() && !value.is_internal_cell());
    m_pending_exception = value;
    m_throw_site_recorded = false;
    return {};
}

Value VM::take_pending_exception()
{
    assert(has_pending_exception());
    Value value = m_pending_exception;
    m_pending_exception = Value::empty();
    return value;
}

ThrowCompletion VM::throw_error(Realm& realm, ErrorKind kind, std::string_view message)
{
    Object* error = create_error_object(*this, realm, kind, message);
    return throw_value(Value::object(error));
}

ThrowCompletion VM::throw_type_error(Realm& realm, std::string_view message)
{
    return throw_error(realm, ErrorKind::TypeError, message);
}

ThrowCompletion VM::throw_range_error(Realm& realm, std::string_view message)
{
    return throw_error(realm, ErrorKind::RangeError, message);
}

ThrowCompletion VM::throw_reference_error(Realm& realm, std::string_view message)
{
    return throw_error(realm, ErrorKind::ReferenceError, message);
}

ThrowCompletion VM::throw_syntax_error(Realm& realm, std::string_view message)
{
    return throw_error(realm, ErrorKind::SyntaxError, message);
}

ThrowCompletion VM::throw_type_error(ErrorType type, std::initializer_list<std::string_view> arguments)
{
    return throw_error(current_realm(), ErrorKind::TypeError, format_error(type, arguments));
}

ThrowCompletion VM::throw_range_error(ErrorType type, std::initializer_list<std::string_view> arguments)
{
    return throw_error(current_realm(), ErrorKind::RangeError, format_error(type, arguments));
}

ThrowCompletion VM::throw_reference_error(ErrorType type, std::initializer_list<std::string_view> arguments)
{
    return throw_error(current_realm(), ErrorKind::ReferenceError, format_error(type, arguments));
}

ThrowCompletion VM::throw_syntax_error(ErrorType type, std::initializer_list<std::string_view> arguments)
{
    return throw_error(current_realm(), ErrorKind::SyntaxError, format_error(type, arguments));
}

Realm& VM::current_realm() const
{
    assert(m_current_realm && "no current realm: create one with Realm::create");
    return *m_current_realm;
}

void VM::set_current_realm(Realm* realm) { m_current_realm = realm; }

}
