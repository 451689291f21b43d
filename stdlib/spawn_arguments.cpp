#include "stdlib/spawn_arguments.h"

#include "stdlib/binding_support.h"

namespace sable::stdlib {

using namespace runtime;

namespace {

// The parts of `text` between NUL characters (none for the empty string).
std::vector<std::string> split_at_nul(std::string const& text)
{
    std::vector<std::string> parts;
    if (text.empty())
        return parts;
    size_t start = 0;
    for (size_t end; (end = text.find('\0', start)) != std::string::npos; start = end + 1)
        parts.push_back(text.substr(start, end - start));
    parts.push_back(text.substr(start));
    return parts;
}

// Pointers to the strings' characters, then a null pointer.
std::vector<char*> c_strings(std::vector<std::string>& strings)
{
    std::vector<char*> pointers;
    for (auto& string : strings)
        pointers.push_back(string.data());
    pointers.push_back(nullptr);
    return pointers;
}

}

ThrowCompletionOr<SpawnCommand> SpawnCommand::read(VM& vm, Value file, Value args, Value cwd, Value env)
{
    SpawnCommand command;
    command.m_file = TRY(utf8_argument(vm, file));
    command.m_args = split_at_nul(TRY(utf8_argument(vm, args)));
    command.m_cwd = TRY(utf8_argument(vm, cwd));
    command.m_inherit_environment = env.is_undefined();
    if (!command.m_inherit_environment)
        command.m_env = split_at_nul(TRY(utf8_argument(vm, env)));
    return command;
}

uv_process_options_t SpawnCommand::options(uv_exit_cb on_exit)
{
    m_argv = c_strings(m_args);
    m_envp = c_strings(m_env);
    uv_process_options_t options {};
    options.exit_cb = on_exit;
    options.file = m_file.c_str();
    options.args = m_argv.data();
    options.env = m_inherit_environment ? nullptr : m_envp.data();
    options.cwd = m_cwd.empty() ? nullptr : m_cwd.c_str();
    return options;
}

}
