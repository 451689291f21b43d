// Compiles every .js file under a directory (test262's test/language by default) to bytecode
// and checks the result: no generator error on any program that parses, and every template
// passes the structural verifier (bytecode/verifier.h). Constructs the generator does not
// support yet compile to a run-time "not implemented" throw; they are counted, not failed.
//
//   sable_compile_corpus [--gc-stress N] [--limit N] [DIR]

#include "bytecode/function_template.h"
#include "bytecode/generator.h"
#include "bytecode/verifier.h"
#include "parser/parser.h"
#include "runtime/string.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace sable;

namespace {

std::map<std::string, size_t> g_reasons;

bool mentions_not_implemented(gc::Heap& heap, bytecode::FunctionTemplate const& function)
{
    bool found = false;
    std::vector<bytecode::FunctionTemplate const*> pending { &function };
    while (!pending.empty()) {
        auto const* next = pending.back();
        pending.pop_back();
        for (uint32_t i = 0; i < next->constant_count(); ++i) {
            runtime::Value value = next->constant(i);
            if (value.is_string() && value.as_string()->to_utf8(heap).find("is not implemented yet") != std::string::npos) {
                if (!found)
                    ++g_reasons[value.as_string()->to_utf8(heap)];
                found = true;
            }
            if (value.is_internal_cell() && value.as_internal_cell()->cell_kind() == gc::CellKind::FunctionTemplate)
                pending.push_back(static_cast<bytecode::FunctionTemplate const*>(value.as_internal_cell()));
            if (value.is_internal_cell() && value.as_internal_cell()->cell_kind() == gc::CellKind::ValueArray) {
                auto* array = static_cast<runtime::ValueArray const*>(value.as_internal_cell());
                for (uint32_t k = 0; k < array->size(); ++k) {
                    if (array->at(k).is_internal_cell() && array->at(k).as_internal_cell()->cell_kind() == gc::CellKind::FunctionTemplate)
                        pending.push_back(static_cast<bytecode::FunctionTemplate const*>(array->at(k).as_internal_cell()));
                }
            }
        }
    }
    return found;
}

}

int main(int argc, char** argv)
{
    std::string directory = "/work/shared/test262/test/language";
    uint32_t stress = 0;
    size_t limit = SIZE_MAX;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--gc-stress" && i + 1 < argc)
            stress = uint32_t(std::atoi(argv[++i]));
        else if (arg == "--limit" && i + 1 < argc)
            limit = size_t(std::atoll(argv[++i]));
        else
            directory = arg;
    }
    if (!std::filesystem::is_directory(directory)) {
        std::printf("compile_corpus: %s is not a directory; nothing to do\n", directory.c_str());
        return 0;
    }
    std::vector<std::filesystem::path> files;
    for (auto const& entry : std::filesystem::recursive_directory_iterator(directory)) {
        if (entry.is_regular_file() && entry.path().extension() == ".js" && entry.path().string().find("_FIXTURE") == std::string::npos)
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    if (files.size() > limit)
        files.resize(limit);

    gc::HeapOptions options;
    options.stress_interval = stress;
    runtime::VM vm(options);
    size_t compiled = 0, skipped = 0, failures = 0, not_implemented = 0;
    for (auto const& path : files) {
        std::ifstream stream(path, std::ios::binary);
        std::stringstream buffer;
        buffer << stream.rdbuf();
        std::string text = buffer.str();
        bool module = text.find("flags: [module]") != std::string::npos || (text.find("flags:") != std::string::npos && text.find("module]") != std::string::npos && text.find("[module") != std::string::npos);
        bool strict = text.find("onlyStrict") != std::string::npos;
        if (strict && !module)
            text = "\"use strict\";\n" + text;
        parser::ParseOptions parse_options;
        parse_options.goal = module ? parser::Goal::Module : parser::Goal::Script;
        auto source = std::make_shared<parser::SourceFile const>(path.string(), text);
        parser::ParsedProgram parsed = parser::parse_program(*source, parse_options);
        if (!parsed.ok()) {
            ++skipped;
            continue;
        }
        auto result = bytecode::generate_program(vm, parsed, source,
            module ? bytecode::FunctionTemplateKind::Module : bytecode::FunctionTemplateKind::Script);
        ++compiled;
        if (auto* error = std::get_if<bytecode::GeneratorError>(&result)) {
            ++failures;
            std::printf("FAIL %s:%u:%u: generator error: %s\n", path.c_str(), error->position.line, error->position.column, error->message.c_str());
            continue;
        }
        auto* function = std::get<bytecode::FunctionTemplate*>(result);
        if (auto problem = bytecode::verify_function_template(*function)) {
            ++failures;
            std::printf("FAIL %s: invalid bytecode: %s\n", path.c_str(), problem->c_str());
            continue;
        }
        if (mentions_not_implemented(vm.heap(), *function))
            ++not_implemented;
    }
    std::printf("compiled %zu files (%zu that do not parse skipped): %zu failures, %zu with not-implemented constructs\n",
        compiled, skipped, failures, not_implemented);
    if (stress) {
        auto statistics = vm.heap().statistics();
        std::printf("collections during generation: %llu young, %llu full\n", (unsigned long long)statistics.young_collections,
            (unsigned long long)statistics.full_collections);
    }
    for (auto const& [reason, count] : g_reasons)
        std::printf("  %6zu  %s\n", count, reason.c_str());
    return failures ? 1 : 0;
}
