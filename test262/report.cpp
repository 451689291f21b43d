#include "test262/report.h"

#include <algorithm>

namespace sable::test262 {

namespace {

// Without --verbose, new failures are listed up to this many.
constexpr size_t kListedFailures = 50;

void append_json_string(std::string& out, std::string_view text)
{
    out.push_back('"');
    for (char c : text) {
        unsigned char u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (c == '\n') {
            out.append("\\n");
        } else if (u < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", u);
            out.append(escape);
        } else {
            out.push_back(c);
        }
    }
    out.push_back('"');
}

// Messages are printed on one line.
std::string one_line(std::string_view text)
{
    std::string out(text);
    std::replace_if(out.begin(), out.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    return out;
}

}

std::string_view group_of(std::string_view path)
{
    size_t first = path.find('/');
    if (first == std::string_view::npos)
        return path;
    size_t second = path.find('/', first + 1);
    if (second == std::string_view::npos)
        return path.substr(0, first); // a file right inside a top folder
    return path.substr(0, second);
}

Report::Report(std::vector<std::string> const& paths, std::vector<TestResult> const& results, Expectations const& expectations)
    : m_paths(paths)
    , m_results(results)
    , m_expectations(expectations)
{
    for (size_t test = 0; test < paths.size(); ++test) {
        auto const& result = results[test];
        if (result.skipped) {
            ++m_tests_skipped;
            continue;
        }
        ++m_tests_run;
        // Paths are sorted, but files right inside a top folder sort among its subfolders.
        auto group_name = group_of(paths[test]);
        auto group_it = std::find_if(m_groups.rbegin(), m_groups.rend(), [&](Group const& g) { return g.name == group_name; });
        if (group_it == m_groups.rend()) {
            m_groups.push_back({ std::string(group_name) });
            group_it = m_groups.rbegin();
        }
        auto& group = *group_it;
        for (size_t run = 0; run < result.run_count; ++run) {
            auto const& record = result.runs[run];
            bool expected_failure = expectations.is_expected_failure(paths[test], record.variant);
            ++group.total;
            if (record.passed) {
                ++m_passed;
                ++group.passed;
                if (expected_failure)
                    m_unexpected_passes.push_back({ test, run });
            } else {
                ++m_failed;
                (expected_failure ? m_expected_failures : m_unexpected_failures).push_back({ test, run });
            }
        }
    }

    std::sort(m_groups.begin(), m_groups.end(), [](Group const& a, Group const& b) { return a.name < b.name; });

    // A listed variant that a test which ran does not have (e.g. `strict` for a noStrict test).
    for (auto const& entry : expectations.entries()) {
        auto it = std::lower_bound(paths.begin(), paths.end(), entry.path);
        if (it == paths.end() || *it != entry.path)
            continue;
        auto const& result = results[it - paths.begin()];
        if (result.skipped)
            continue;
        bool runs_variant = false;
        for (size_t run = 0; run < result.run_count; ++run)
            runs_variant |= result.runs[run].variant == entry.variant;
        if (!runs_variant)
            m_mismatched_expectations.push_back(entry.path + " " + std::string(variant_name(entry.variant)));
    }
}

void Report::print(std::FILE* out, ReportOptions const& options) const
{
    for (auto const& group : m_groups)
        std::fprintf(out, "%s: %zu/%zu\n", group.name.c_str(), group.passed, group.total);

    auto describe = [&](RunRef ref) {
        auto const& record = m_results[ref.test].runs[ref.run];
        return m_paths[ref.test] + " (" + std::string(variant_name(record.variant)) + "): " + one_line(record.message);
    };

    if (!m_unexpected_failures.empty()) {
        std::fprintf(out, "\nnew failures (not in the expectations file):\n");
        size_t limit = options.verbose ? m_unexpected_failures.size() : std::min(kListedFailures, m_unexpected_failures.size());
        for (size_t i = 0; i < limit; ++i)
            std::fprintf(out, "  FAIL %s\n", describe(m_unexpected_failures[i]).c_str());
        if (limit < m_unexpected_failures.size())
            std::fprintf(out, "  ... and %zu more (--verbose lists all, --print-failures as expectations lines)\n",
                m_unexpected_failures.size() - limit);
    }
    if (options.verbose && !m_expected_failures.empty()) {
        std::fprintf(out, "\nexpected failures:\n");
        for (auto ref : m_expected_failures)
            std::fprintf(out, "  fail %s\n", describe(ref).c_str());
    }
    if (!m_unexpected_passes.empty()) {
        std::fprintf(out, "\n");
        for (auto ref : m_unexpected_passes) {
            std::fprintf(out, "unexpected pass: %s %s — remove it from the expectations file\n", m_paths[ref.test].c_str(),
                variant_name(m_results[ref.test].runs[ref.run].variant).data());
        }
    }
    if (!m_mismatched_expectations.empty()) {
        std::fprintf(out, "\n");
        for (auto const& entry : m_mismatched_expectations)
            std::fprintf(out, "warning: expectation `%s` names a variant this test does not run\n", entry.c_str());
    }
    if (options.print_failures) {
        std::fprintf(out, "\n# failing runs, in expectations-file format (review each reason before pasting):\n");
        for (size_t test = 0; test < m_paths.size(); ++test) {
            auto const& result = m_results[test];
            for (size_t run = 0; run < result.run_count; ++run) {
                auto const& record = result.runs[run];
                if (!record.passed)
                    std::fprintf(out, "%s\n", format_expectation_line(m_paths[test], record.variant, record.message).c_str());
            }
        }
    }

    std::fprintf(out, "\n%zu tests (%zu skipped by feature filters), %zu runs in %.2fs on %u threads\n", m_tests_run,
        m_tests_skipped, m_passed + m_failed, options.seconds, options.jobs);
    std::fprintf(out, "expected failures: %zu, new failures: %zu, unexpected passes: %zu\n", m_expected_failures.size(),
        m_unexpected_failures.size(), m_unexpected_passes.size());
    std::fprintf(out, "%zu passed, %zu failed\n", m_passed, m_failed);
    std::fflush(out);
}

bool Report::write_json(std::string const& file, std::string_view mode, std::string& error) const
{
    std::string json;
    json.reserve(m_paths.size() * 128);
    json.append("{\n  \"mode\": ");
    append_json_string(json, mode);
    json.append(",\n  \"passed\": ").append(std::to_string(m_passed));
    json.append(",\n  \"failed\": ").append(std::to_string(m_failed));
    json.append(",\n  \"runs\": [");
    bool first = true;
    for (size_t test = 0; test < m_paths.size(); ++test) {
        auto const& result = m_results[test];
        for (size_t run = 0; run < result.run_count; ++run) {
            auto const& record = result.runs[run];
            json.append(first ? "\n    {\"path\": " : ",\n    {\"path\": ");
            first = false;
            append_json_string(json, m_paths[test]);
            json.append(", \"variant\": \"").append(variant_name(record.variant)).append("\"");
            json.append(", \"passed\": ").append(record.passed ? "true" : "false");
            bool expected = m_expectations.is_expected_failure(m_paths[test], record.variant);
            json.append(", \"expected_failure\": ").append(expected ? "true" : "false");
            if (!record.passed) {
                json.append(", \"message\": ");
                append_json_string(json, record.message);
            }
            json.append("}");
        }
    }
    json.append("\n  ]\n}\n");

    std::FILE* out = std::fopen(file.c_str(), "wb");
    if (!out) {
        error = "cannot write " + file;
        return false;
    }
    bool ok = std::fwrite(json.data(), 1, json.size(), out) == json.size();
    ok &= std::fclose(out) == 0;
    if (!ok)
        error = "cannot write " + file;
    return ok;
}

}
