// Promise, its job queue (VM::run_jobs) and the C++ promise API of promise.h.

#include "builtins_test_support.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/iteration.h"

namespace sable::runtime::test {
namespace {

class PromiseTest : public BuiltinsTest {
protected:
    PromiseTest()
    {
        // The log of what reactions ran, as an Array (rooted through the global object).
        m_log = MUST(array_create(vm, 0));
        MUST(set(vm, *realm->global_object(), key("__log"), Value::object(m_log), true));
    }
    // A handler that appends "<tag>:<argument>" to the log and returns the argument.
    Value logger(std::string_view tag) { return native(log_handler, 1, string(tag)); }
    static ThrowCompletionOr<void> append_log(VM& vm, String* entry)
    {
        Object& global = *vm.current_realm().global_object();
        Value log = TRY(get(vm, global, to_property_key(vm.atoms(), CodeUnitView(std::string_view("__log")))));
        Value push_arguments[] = { Value::string(entry) };
        TRY(invoke(vm, log, to_property_key(vm.atoms(), CodeUnitView(std::string_view("push"))), push_arguments));
        return {};
    }
    static ThrowCompletionOr<Value> log_handler(VM& vm, Arguments const& arguments)
    {
        auto* self = static_cast<NativeFunction*>(arguments.callee);
        String* tag = self->data().as_string();
        String* text = TRY(to_string(vm, arguments.at(0)));
        String* entry = *String::concat(vm.heap(), *String::concat(vm.heap(), tag, vm.atoms().intern_latin1(":")), text);
        TRY(append_log(vm, entry));
        return arguments.at(0);
    }
    std::string log() { return joined(Value::object(m_log)); }
    void run_jobs()
    {
        auto result = vm.run_jobs();
        if (result.is_throw())
            ADD_FAILURE() << "job threw: " << describe_exception();
    }
    Value promise_static(std::string_view name, std::initializer_list<Value> arguments) { return method(global("Promise"), name, arguments); }

    Object* m_log;
};

ThrowCompletionOr<Value> resolve_with_seven(VM& vm, Arguments const& arguments)
{
    Value seven[] = { Value::int32(7) };
    TRY(call(vm, arguments.at(0), Value::undefined(), seven));
    return Value::undefined();
}

ThrowCompletionOr<Value> throw_in_executor(VM& vm, Arguments const&)
{
    return vm.throw_type_error(ErrorType::NotImplemented, { "executor" });
}

TEST_F(PromiseTest, JobsRunInFifoOrder)
{
    Value a = promise_static("resolve", { number(1) });
    Value b = promise_static("resolve", { number(2) });
    method(a, "then", { logger("a1") });
    method(b, "then", { logger("b1") });
    method(a, "then", { logger("a2") });
    EXPECT_EQ(log(), "") << "reactions wait for run_jobs";
    EXPECT_EQ(vm.job_queue().size(), 3u);
    run_jobs();
    EXPECT_EQ(log(), "a1:1,b1:2,a2:1");
    EXPECT_TRUE(vm.job_queue().is_empty());
}

TEST_F(PromiseTest, ChainsAndExecutor)
{
    Value p = construct_with(global("Promise"), { native(resolve_with_seven, 2) });
    Value chained = method(method(p, "then", { native([](VM&, Arguments const& arguments) -> ThrowCompletionOr<Value> {
        return Value::number(arguments.at(0).as_number() * 2);
    }, 1) }), "then", { logger("chained") });
    EXPECT_TRUE(is_promise(chained));
    run_jobs();
    EXPECT_EQ(log(), "chained:14");
    // A throwing executor rejects.
    Value rejected = construct_with(global("Promise"), { native(throw_in_executor) });
    method(rejected, "catch", { logger("caught") });
    run_jobs();
    EXPECT_EQ(log(), "chained:14,caught:TypeError: executor is not implemented yet");
    EXPECT_TRUE(call(vm, global("Promise"), Value::undefined(), std::vector<Value> { native(resolve_with_seven) }).is_throw());
    EXPECT_EQ(take_type_error(), "Constructor Promise requires 'new'");
}

TEST_F(PromiseTest, ThenablesAreAdoptedThroughAJob)
{
    // A thenable whose then calls resolve(5).
    Object* thenable = new_object();
    MUST(set(vm, *thenable, key("then"), native(resolve_with_seven, 2), true));
    Value p = promise_static("resolve", { Value::object(thenable) });
    method(p, "then", { logger("adopted") });
    run_jobs();
    EXPECT_EQ(log(), "adopted:7");
    // Promise.resolve of a promise returns it.
    EXPECT_EQ(promise_static("resolve", { p }), p);
}

TEST_F(PromiseTest, FinallyAndReject)
{
    Value p = promise_static("reject", { string("bad") });
    Value after = method(p, "finally", { logger("finally") });
    method(after, "then", { logger("fulfilled"), logger("rejected") });
    run_jobs();
    EXPECT_EQ(log(), "finally:undefined,rejected:bad");
}

TEST_F(PromiseTest, Combinators)
{
    Value all = promise_static("all", { array({ promise_static("resolve", { number(1) }), number(2), promise_static("resolve", { number(3) }) }) });
    method(all, "then", { logger("all") });
    Value rejected = promise_static("all", { array({ number(1), promise_static("reject", { string("no") }) }) });
    method(rejected, "catch", { logger("allRejected") });
    Value settled = promise_static("allSettled", { array({ number(1), promise_static("reject", { string("no") }) }) });
    method(settled, "then", { native([](VM& vm, Arguments const& arguments) -> ThrowCompletionOr<Value> {
        // Log each status.
        Object& results = *arguments.at(0).as_object();
        std::string text;
        for (uint32_t i = 0; i < 2; ++i) {
            Value entry = TRY(get(vm, results, PropertyKey::from_index(i)));
            Value status = TRY(get(vm, *entry.as_object(), to_property_key(vm.atoms(), CodeUnitView(std::string_view("status")))));
            text += TRY(to_string(vm, status))->to_utf8(vm.heap()) + ";";
        }
        TRY(append_log(vm, String::from_utf8(vm.heap(), "settled:" + text)));
        return Value::undefined();
    }) });
    Value any = promise_static("any", { array({ promise_static("reject", { number(1) }), promise_static("resolve", { number(2) }) }) });
    method(any, "then", { logger("any") });
    Value none = promise_static("any", { array({}) });
    method(none, "catch", { logger("none") });
    Value race = promise_static("race", { array({ promise_static("resolve", { string("first") }), promise_static("resolve", { string("second") }) }) });
    method(race, "then", { logger("race") });
    Value not_iterable = promise_static("all", { number(5) });
    method(not_iterable, "catch", { logger("notIterable") });
    run_jobs();
    std::string text = log();
    EXPECT_NE(text.find("all:1,2,3"), std::string::npos) << text;
    EXPECT_NE(text.find("allRejected:no"), std::string::npos) << text;
    EXPECT_NE(text.find("any:2"), std::string::npos) << text;
    EXPECT_NE(text.find("settled:fulfilled;rejected;"), std::string::npos) << text;
    EXPECT_NE(text.find("none:AggregateError: All promises were rejected"), std::string::npos) << text;
    EXPECT_NE(text.find("race:first"), std::string::npos) << text;
    EXPECT_NE(text.find("notIterable:TypeError: 5 is not iterable"), std::string::npos) << text;
}

TEST_F(PromiseTest, WithResolversAndTry)
{
    Value record = promise_static("withResolvers", {});
    Value p = get_value(record.as_object(), "promise");
    method(p, "then", { logger("resolved") });
    call_function(get_value(record.as_object(), "resolve"), Value::undefined(), { string("v") });
    call_function(get_value(record.as_object(), "resolve"), Value::undefined(), { string("again") });
    Value tried = promise_static("try", { native(throw_in_executor) });
    method(tried, "catch", { logger("tried") });
    run_jobs();
    EXPECT_EQ(log(), "resolved:v,tried:TypeError: executor is not implemented yet");
}

ThrowCompletionOr<Value> native_on_fulfilled(VM& vm, Value argument, Value data)
{
    Value arguments[] = { argument };
    return call(vm, data, Value::undefined(), arguments);
}

TEST_F(PromiseTest, CppApiForAwait)
{
    // What `await v` does: PromiseResolve(%Promise%, v), then native reactions.
    Object* promise = MUST(promise_resolve(vm, *realm->promise_constructor(), number(3)));
    perform_promise_then_native(vm, static_cast<Promise&>(*promise), native_on_fulfilled, nullptr, logger("await"));
    run_jobs();
    EXPECT_EQ(log(), "await:3");
    // A pending promise settled from C++.
    Promise* pending = Promise::create(vm);
    perform_promise_then_native(vm, *pending, nullptr, native_on_fulfilled, logger("rejectedAwait"));
    EXPECT_EQ(pending->state(), Promise::State::Pending);
    reject_promise(vm, *pending, string("err"));
    EXPECT_EQ(pending->state(), Promise::State::Rejected);
    run_jobs();
    EXPECT_EQ(log(), "await:3,rejectedAwait:err");
    // Capabilities of %Promise%.
    PromiseCapability capability = MUST(new_promise_capability(vm, Value::object(realm->promise_constructor())));
    EXPECT_TRUE(is_promise(Value::object(capability.promise)));
    EXPECT_TRUE(is_callable(capability.resolve));
    // Self-resolution is a TypeError.
    Promise* self = Promise::create(vm);
    resolve_promise(vm, *self, Value::object(self));
    EXPECT_EQ(self->state(), Promise::State::Rejected);
    EXPECT_EQ(str(self->result()), "TypeError: Chaining cycle detected for promise #<Promise>");
}

TEST_F(PromiseTest, RejectionTrackerAndUncaughtJobErrors)
{
    struct Events {
        int rejected = 0;
        int handled = 0;
    };
    static Events events;
    events = {};
    vm.set_promise_rejection_tracker([](VM&, Object&, PromiseRejectionOperation operation) {
        if (operation == PromiseRejectionOperation::Reject)
            ++events.rejected;
        else
            ++events.handled;
    });
    Value p = promise_static("reject", { number(1) });
    EXPECT_EQ(events.rejected, 1);
    method(p, "catch", { logger("late") });
    EXPECT_EQ(events.handled, 1);
    run_jobs();
    // A native reaction without a capability that throws surfaces from run_jobs, and the jobs
    // after it stay queued.
    auto* promise = static_cast<Promise*>(MUST(promise_resolve(vm, *realm->promise_constructor(), number(1))));
    perform_promise_then_native(vm, *promise, [](VM& vm, Value, Value) -> ThrowCompletionOr<Value> {
        return vm.throw_type_error(ErrorType::NotImplemented, { "handler" });
    }, nullptr, Value::undefined());
    method(Value::object(promise), "then", { logger("after") });
    EXPECT_TRUE(vm.run_jobs().is_throw());
    EXPECT_EQ(take_type_error(), "handler is not implemented yet");
    run_jobs();
    EXPECT_EQ(log(), "late:1,after:1");
    vm.set_promise_rejection_tracker(nullptr);
}

}
}

namespace sable::runtime::test {
namespace {

class AsyncIterationTest : public BuiltinsTest {
};

TEST_F(AsyncIterationTest, AsyncFromSyncIteratorWrapsSyncIterables)
{
    // A sync iterable whose second value is a promise: the async iterator awaits it.
    Value p = method(global("Promise"), "resolve", { string("b") });
    Value iterable = array({ string("a"), p });
    IteratorRecord record = MUST(get_iterator(vm, iterable, IteratorHint::Async));
    EXPECT_EQ(record.iterator->prototype(), realm->async_from_sync_iterator_prototype());
    EXPECT_EQ(realm->async_from_sync_iterator_prototype()->prototype(), realm->async_iterator_prototype());
    Object* log = MUST(array_create(vm, 0));
    MUST(set(vm, *realm->global_object(), key("__log"), Value::object(log), true));
    Value push = path("Array.prototype.push");
    Value bound_push = method(push, "bind", { Value::object(log) });
    for (int i = 0; i < 3; ++i) {
        Value promise = MUST(call(vm, record.next_method, Value::object(record.iterator), {}));
        ASSERT_TRUE(is_promise(promise));
        method(promise, "then", { bound_push });
    }
    MUST(vm.run_jobs());
    ASSERT_EQ(array_length(*log), 3u);
    auto result_text = [&](uint32_t i) {
        Object& result = *get_value(log, i).as_object();
        return str(get_value(&result, "value")) + "/" + str(get_value(&result, "done"));
    };
    EXPECT_EQ(result_text(0), "a/false");
    EXPECT_EQ(result_text(1), "b/false");
    EXPECT_EQ(result_text(2), "undefined/true");
    // return() without a sync "return" resolves { value, done: true }.
    Value returned = MUST(invoke(vm, Value::object(record.iterator), key("return"), std::vector<Value> { string("r") }));
    method(returned, "then", { bound_push });
    MUST(vm.run_jobs());
    EXPECT_EQ(result_text(3), "r/true");
    // %AsyncIteratorPrototype%[@@asyncIterator] returns this.
    Value self = MUST(get(vm, *record.iterator, PropertyKey::from_symbol(vm.symbols().async_iterator)));
    EXPECT_EQ(call_function(self, Value::object(record.iterator)), Value::object(record.iterator));
}

}
}
