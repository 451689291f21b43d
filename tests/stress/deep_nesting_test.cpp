// The parser on pathological inputs: deep nesting and very long chains must end in success or in
// the "nested too deeply" SyntaxError, never in a crash, also on a thread of a worker pool (the
// test262 runner parses on std::thread workers).

#include "parser/parser.h"

#include <gtest/gtest.h>

#include <functional>
#include <pthread.h>
#include <string>
#include <thread>

namespace {

using namespace sable::parser;

std::string repeat(std::string_view text, size_t count)
{
    std::string result;
    result.reserve(text.size() * count);
    for (size_t i = 0; i < count; ++i)
        result += text;
    return result;
}

// Joins the pieces (appending, not `"x" + std::string`, which trips GCC 12's bogus -Wrestrict).
std::string join(std::initializer_list<std::string_view> pieces)
{
    std::string result;
    for (auto piece : pieces)
        result += piece;
    return result;
}

struct Case {
    char const* name;
    std::function<std::string()> make;
};

// The inputs of the robustness brief: each must parse, or fail as too deeply nested.
std::vector<Case> const& cases()
{
    static std::vector<Case> const list {
        { "parentheses", [] { return join({ repeat("(", 100000), "x", repeat(")", 100000) }); } },
        { "open_parentheses", [] { return repeat("(", 100000); } },
        { "brackets", [] { return join({ repeat("[", 100000), repeat("]", 100000) }); } },
        { "assignments", [] { return join({ repeat("a=", 100000), "a" }); } },
        { "negations", [] { return join({ repeat("!", 100000), "x" }); } },
        { "functions", [] { return join({ repeat("function f(){", 50000), repeat("}", 50000) }); } },
        { "blocks", [] { return join({ repeat("{", 50000), repeat("}", 50000) }); } },
        { "arrows", [] { return join({ repeat("a=>", 50000), "a" }); } },
        { "conditionals", [] { return join({ repeat("a?a:", 100000), "a" }); } },
        { "exponents", [] { return join({ "x", repeat("**x", 100000) }); } },
        { "else_if", [] { return join({ "if(a){}", repeat("else if(a){}", 100000) }); } },
        { "templates", [] { return join({ repeat("`${", 50000), "1", repeat("}`", 50000) }); } },
        { "object_patterns", [] { return join({ "(", repeat("{a:", 50000), "b", repeat("}", 50000), "=x)" }); } },
        { "member_chain", [] { return join({ "a", repeat(".b", 1000000) }); } },
        { "call_chain", [] { return join({ "f", repeat("()", 1000000) }); } },
        { "additions", [] { return join({ "x", repeat("+x", 1000000) }); } },
        { "string_10mb", [] { return join({ "\"", std::string(10 * 1024 * 1024, 'a'), "\"" }); } },
    };
    return list;
}

// Empty when the outcome is acceptable, otherwise what went wrong.
std::string check(std::string source, Goal goal)
{
    SourceFile file("deep.js", std::move(source));
    ParseOptions options;
    options.goal = goal;
    ParsedProgram parsed = parse_program(file, options);
    if (parsed.ok())
        return {};
    if (parsed.error->message.find("nested too deeply") != std::string::npos)
        return {};
    return parsed.error->message;
}

void check_all()
{
    for (auto const& test : cases()) {
        std::string source = test.make();
        EXPECT_EQ(check(source, Goal::Script), "") << test.name << " (script)";
        EXPECT_EQ(check(source, Goal::Module), "") << test.name << " (module)";
    }
}

TEST(DeepNesting, MainThread)
{
    check_all();
}

TEST(DeepNesting, WorkerThread)
{
    std::thread worker(check_all);
    worker.join();
}

// The depth limit follows the thread's real stack: a 2 MB stack (std::thread's default when
// `ulimit -s` is unlimited) must not overflow either.
TEST(DeepNesting, SmallStackThread)
{
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstacksize(&attributes, 2 * 1024 * 1024);
    pthread_t thread;
    auto body = [](void*) -> void* {
        check_all();
        return nullptr;
    };
    ASSERT_EQ(pthread_create(&thread, &attributes, body, nullptr), 0);
    pthread_join(thread, nullptr);
    pthread_attr_destroy(&attributes);
}

// `new new new ... X` recurses through Parser::parse_new, which checks the stack too.
TEST(DeepNesting, NewChain)
{
    EXPECT_EQ(check(join({ repeat("new ", 100000), "X" }), Goal::Script), "");
}

}
