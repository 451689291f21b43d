#pragma once
// SpawnCommand: what the spawn bindings (spawn_sync, process_wrap) take from
// lib/child_process.js to start a child: the file, its argument vector (argv[0] first) and
// environment as NUL-separated strings (the environment undefined for ours), and the working
// directory ("" for ours), turned into the options uv_spawn wants.

#include "runtime/completion.h"
#include "runtime/value.h"

#include <uv.h>

#include <string>
#include <vector>

namespace sable::runtime {
class VM;
}

namespace sable::stdlib {

class SpawnCommand {
public:
    static runtime::ThrowCompletionOr<SpawnCommand> read(runtime::VM&, runtime::Value file, runtime::Value args,
        runtime::Value cwd, runtime::Value env);

    // uv_spawn's options for this command (pointing into it: valid while it lives, unmoved);
    // the caller adds stdio and flags.
    uv_process_options_t options(uv_exit_cb);

private:
    std::string m_file;
    std::string m_cwd;
    std::vector<std::string> m_args;
    std::vector<std::string> m_env;
    bool m_inherit_environment { true };
    std::vector<char*> m_argv;
    std::vector<char*> m_envp;
};

}
