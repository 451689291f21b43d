// The VM and the realm: the pending exception (thrown through ThrowCompletionOr, rooted while
// pending), errors made from error_types.def with their realm's prototypes, the intrinsics of
// intrinsics.def, and several realms in one VM.
#include "tests/runtime/runtime_test_support.h"

#include "runtime/array.h"
#include "runtime/error_object.h"
#include "runtime/error_types.h"

#include <string>

namespace sable::runtime::test {
namespace {

class VMExceptionTest : public VMTest {
protected:
    // Throws a TypeError when `fail`; otherwise returns 42.
    ThrowCompletionOr<int> might_throw(bool fail)
    {
        if (fail)
            return vm.throw_type_error(*realm, "it failed");
        return 42;
    }
    // Propagates with TRY; adds one.
    ThrowCompletionOr<int> propagate(bool fail)
    {
        int value = TRY(might_throw(fail));
        return value + 1;
    }
    ThrowCompletionOr<void> propagate_void(bool fail)
    {
        TRY(propagate(fail));
        return {};
    }
};

TEST_F(VMExceptionTest, ThrowValueAndTake)
{
    EXPECT_FALSE(vm.has_pending_exception());
    ThrowCompletionOr<Value> result = vm.throw_value(Value::int32(7));
    EXPECT_TRUE(result.is_throw());
    EXPECT_TRUE(vm.has_pending_exception());
    EXPECT_EQ(vm.pending_exception(), Value::int32(7));
    EXPECT_EQ(vm.take_pending_exception(), Value::int32(7));
    EXPECT_FALSE(vm.has_pending_exception());
}

TEST_F(VMExceptionTest, TryPropagatesAndMustPasses)
{
    EXPECT_EQ(MUST(propagate(false)), 43);
    auto result = propagate(true);
    EXPECT_TRUE(result.is_throw());
    EXPECT_EQ(take_type_error(), "it failed");
    EXPECT_TRUE(propagate_void(true).is_throw());
    EXPECT_EQ(take_type_error(), "it failed");
    EXPECT_FALSE(propagate_void(false).is_throw());
    EXPECT_FALSE(vm.has_pending_exception());
}

TEST_F(VMExceptionTest, PendingExceptionIsARoot)
{
    {
        // Only the VM's slot refers to the error once this scope is left.
        ThrowCompletionOr<Value> result = vm.throw_type_error(ErrorType::CannotRedefineProperty, { "x" });
        EXPECT_TRUE(result.is_throw());
    }
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 1000; ++j)
            new_object();
        heap().collect(i == 2 ? gc::CollectionKind::Full : gc::CollectionKind::Young);
    }
    EXPECT_EQ(take_type_error(), "Cannot redefine property: x");
}

TEST_F(VMExceptionTest, EachErrorKindUsesItsPrototype)
{
    EXPECT_TRUE(ThrowCompletionOr<int>(vm.throw_range_error(*realm, "r")).is_throw());
    EXPECT_EQ(take_error(realm->range_error_prototype()), "r");
    EXPECT_TRUE(ThrowCompletionOr<int>(vm.throw_reference_error(*realm, "x is not defined")).is_throw());
    EXPECT_EQ(take_error(realm->reference_error_prototype()), "x is not defined");
    EXPECT_TRUE(ThrowCompletionOr<int>(vm.throw_syntax_error(*realm, "Unexpected token")).is_throw());
    EXPECT_EQ(take_error(realm->syntax_error_prototype()), "Unexpected token");
    EXPECT_TRUE(ThrowCompletionOr<int>(vm.throw_error(*realm, ErrorKind::URIError, "URI malformed")).is_throw());
    EXPECT_EQ(take_error(realm->uri_error_prototype()), "URI malformed");
    EXPECT_TRUE(ThrowCompletionOr<int>(vm.throw_range_error(ErrorType::InvalidArrayLength)).is_throw());
    EXPECT_EQ(take_range_error(), "Invalid array length");
    // Non-ASCII messages survive (UTF-8 in, UTF-16 string).
    EXPECT_TRUE(ThrowCompletionOr<int>(vm.throw_type_error(*realm, "caf\xC3\xA9 \xE2\x98\x83")).is_throw());
    EXPECT_EQ(take_type_error(), "caf\xC3\xA9 \xE2\x98\x83");
}

TEST_F(VMExceptionTest, ErrorObjectsAreOrdinaryWithErrorData)
{
    Object* error = create_error_object(vm, *realm, ErrorKind::TypeError, "boom");
    EXPECT_EQ(error->kind(), ObjectKind::Error);
    EXPECT_EQ(error->prototype(), realm->type_error_prototype());
    auto message = MUST(error->internal_get_own_property(vm, key("message")));
    ASSERT_TRUE(message);
    EXPECT_EQ(utf8(*message->value), "boom");
    EXPECT_TRUE(*message->writable);
    EXPECT_FALSE(*message->enumerable);
    EXPECT_TRUE(*message->configurable);
    // "name" is inherited from the prototype.
    EXPECT_FALSE(MUST(has_own_property(vm, *error, key("name"))));
    EXPECT_EQ(utf8(get_value(error, "name")), "TypeError");
}

TEST_F(VMExceptionTest, ErrorPrototypes)
{
    struct Expected {
        Object* prototype;
        char const* name;
    };
    Expected expected[] = {
        { realm->error_prototype(), "Error" },
        { realm->eval_error_prototype(), "EvalError" },
        { realm->range_error_prototype(), "RangeError" },
        { realm->reference_error_prototype(), "ReferenceError" },
        { realm->syntax_error_prototype(), "SyntaxError" },
        { realm->type_error_prototype(), "TypeError" },
        { realm->uri_error_prototype(), "URIError" },
    };
    for (auto const& [prototype, name] : expected) {
        ASSERT_NE(prototype, nullptr) << name;
        EXPECT_EQ(prototype->kind(), ObjectKind::Ordinary) << "prototypes have no [[ErrorData]]";
        auto own_name = MUST(prototype->internal_get_own_property(vm, key("name")));
        ASSERT_TRUE(own_name) << name;
        EXPECT_EQ(utf8(*own_name->value), name);
        EXPECT_TRUE(*own_name->writable && !*own_name->enumerable && *own_name->configurable);
        EXPECT_EQ(utf8(get_value(prototype, "message")), "");
        Object* parent = prototype == realm->error_prototype() ? realm->object_prototype() : realm->error_prototype();
        EXPECT_EQ(prototype->prototype(), parent) << name;
    }
    EXPECT_EQ(realm->prototype_for_error(ErrorKind::TypeError), realm->type_error_prototype());
    EXPECT_EQ(error_kind_name(ErrorKind::SyntaxError), "SyntaxError");
}

TEST_F(VMExceptionTest, ErrorMessagesFromTheList)
{
    EXPECT_EQ(format_error(ErrorType::CannotRedefineProperty, { "foo" }), "Cannot redefine property: foo");
    EXPECT_EQ(format_error(ErrorType::CannotDeleteProperty, { "a", "b" }), "Cannot delete property 'a' of b");
    EXPECT_EQ(format_error(ErrorType::CannotRedefineProperty), "Cannot redefine property: %s") << "a missing argument stays visible";
    EXPECT_EQ(error_template(ErrorType::AccessorCallNotImplemented), "calling accessors is not implemented yet");
    EXPECT_EQ(describe_property_key(heap(), PropertyKey::from_index(12)), "12");
    EXPECT_EQ(describe_property_key(heap(), PropertyKey::from_symbol(vm.symbols().iterator)), "Symbol(Symbol.iterator)");
}

TEST_F(VMExceptionTest, SeveralRealms)
{
    EXPECT_EQ(&vm.current_realm(), realm);
    Realm* other = Realm::create(vm);
    EXPECT_EQ(&vm.current_realm(), realm) << "a new realm does not replace the current one";
    EXPECT_NE(other->object_prototype(), realm->object_prototype());
    EXPECT_NE(other->type_error_prototype(), realm->type_error_prototype());
    // Objects of both realms share shapes only where their prototypes agree.
    EXPECT_NE(Object::create(vm, other->object_prototype())->shape(), new_object()->shape());
    // Errors come from the realm asked for, or from the current one.
    EXPECT_TRUE(ThrowCompletionOr<int>(vm.throw_type_error(*other, "there")).is_throw());
    EXPECT_EQ(take_error(other->type_error_prototype()), "there");
    vm.set_current_realm(other);
    EXPECT_TRUE(ThrowCompletionOr<int>(vm.throw_type_error(ErrorType::InvalidArrayLength)).is_throw());
    EXPECT_EQ(take_error(other->type_error_prototype()), "Invalid array length");
    EXPECT_EQ(MUST(array_create(vm, 0))->prototype(), other->array_prototype());
    vm.set_current_realm(realm);
    // The other realm survives collections while referenced from the stack.
    heap().collect(gc::CollectionKind::Full);
    EXPECT_EQ(utf8(get_value(other->range_error_prototype(), "name")), "RangeError");
}

}
}
