#pragma once
// Driving async generators (ECMA-262 27.6.3): next/return/throw enqueue a request and return
// its promise; the body runs for the request at the front of the queue until it yields (which
// completes that request), awaits (resumed from a promise job), returns or throws (which
// complete the generator and then every queued request).

#include "runtime/completion.h"
#include "runtime/value.h"

#include <cstdint>

namespace sable::runtime {
class AsyncGeneratorObject;
class Promise;
class Realm;
class VM;
}

namespace sable::interpreter {

struct Frame;
enum class ResumeKind : uint8_t;

// %AsyncGeneratorPrototype%.next / return / throw: AsyncGeneratorValidate, AsyncGeneratorEnqueue,
// then resume the generator if it is suspended. Returns the request's promise.
runtime::Value async_generator_request(runtime::VM&, runtime::Realm&, runtime::Value generator, runtime::Value value, ResumeKind);

// AsyncGeneratorYield ( value ): completes the front request with { value, done: false } and
// saves `frame` (suspended at the yield, to resume at `resume_offset`).
void async_generator_yield(runtime::VM&, runtime::AsyncGeneratorObject&, Frame&, runtime::Value value, uint32_t resume_offset);

// An await inside an async generator's body: saves `frame` and resumes it when `promise` settles.
void async_generator_await(runtime::VM&, runtime::AsyncGeneratorObject&, Frame&, runtime::Promise&, uint32_t kind_register,
    uint32_t resume_offset);

}
