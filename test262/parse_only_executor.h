#pragma once
// `--parse-only`: a run passes when the source parses, or when it fails to parse exactly as its
// `negative: {phase: parse, type: SyntaxError}` says. Harness files are not parsed.

#include "test262/executor.h"

namespace sable::test262 {

class ParseOnlyExecutor final : public Executor {
public:
    RunOutcome run(RunInput const&) const override;
};

}
