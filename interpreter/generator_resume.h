#pragma once
// Resuming generators (ECMA-262 27.5.3.3 GeneratorResume, 27.5.3.4 GeneratorResumeAbrupt):
// what %GeneratorPrototype%.next, return and throw do.

#include "runtime/completion.h"
#include "runtime/value.h"

namespace sable::runtime {
class GeneratorObject;
class VM;
}

namespace sable::interpreter {

// How the generator is resumed; the frame reads it from the register after the generator's.
enum class ResumeKind : uint8_t { Next = 0, Throw = 1, Return = 2 };

// Resumes `generator` with `value`; returns the iterator result object of the next yield, or of
// the generator's completion.
runtime::ThrowCompletionOr<runtime::Value> generator_resume(runtime::VM&, runtime::GeneratorObject&, runtime::Value value, ResumeKind);

}
