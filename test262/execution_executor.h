#pragma once
// Runs each test in a fresh VM and realm (test262 INTERPRETING.md): the harness includes
// (assert.js and sta.js unless the test is raw, doneprintHandle.js for async tests, then the
// test's own includes) as scripts in the same realm, the host functions of --expose-test262,
// then the test source of the variant. Negative tests pass when the expected error constructor
// is thrown in the expected phase; async tests pass when they print Test262:AsyncTestComplete.

#include "gc/heap.h"
#include "test262/executor.h"

#include <map>
#include <string>

namespace sable::runtime {
class Realm;
class VM;
}

namespace sable::stdlib {
class AgentGroup;
class ModuleLoader;
}

namespace sable::test262 {

class ExecutionExecutor final : public Executor {
public:
    // Reads every harness file under `harness_dir` up front (runs then share them read-only).
    ExecutionExecutor(std::string const& harness_dir, gc::HeapOptions const& heap_options);
    bool load(std::string& error);

    RunOutcome run(RunInput const&) const override;

private:
    RunOutcome run_script(runtime::VM&, runtime::Realm&, stdlib::AgentGroup&, RunInput const&) const;
    RunOutcome run_module(runtime::VM&, runtime::Realm&, stdlib::ModuleLoader&, stdlib::AgentGroup&, RunInput const&) const;
    // The test file's path, which import() specifiers are relative to.
    std::string test_file_path(RunInput const&) const;

    std::string m_harness_dir;
    gc::HeapOptions m_heap_options;
    std::map<std::string, std::string, std::less<>> m_harness; // file name -> source text
};

}
