#include "test262/expectations.h"

namespace sable::test262 {

namespace {

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

uint8_t bit_of(Variant variant) { return uint8_t(1u << static_cast<unsigned>(variant)); }

}

bool Expectations::parse(std::string_view text, std::string const& file_name, std::string& error)
{
    size_t line_number = 0;
    while (!text.empty()) {
        size_t newline = text.find('\n');
        auto line = text.substr(0, newline);
        text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
        ++line_number;

        auto fail = [&](std::string what) {
            error = file_name + ":" + std::to_string(line_number) + ": " + what;
            return false;
        };

        std::string_view reason;
        if (size_t hash = line.find('#'); hash != std::string_view::npos) {
            reason = trim(line.substr(hash + 1));
            line = line.substr(0, hash);
        }
        line = trim(line);
        if (line.empty())
            continue; // a comment or blank line

        size_t space = line.find_first_of(" \t");
        if (space == std::string_view::npos)
            return fail("expected `<path> <sloppy|strict|module> # reason`");
        auto path = line.substr(0, space);
        auto variant_text = trim(line.substr(space));
        auto variant = variant_from_name(variant_text);
        if (!variant)
            return fail("unknown variant `" + std::string(variant_text) + "` (use sloppy, strict or module)");
        if (reason.empty())
            return fail("every expected failure needs a `# reason`");

        uint8_t& bits = m_variants_by_path[std::string(path)];
        if (bits & bit_of(*variant))
            return fail("duplicate entry for " + std::string(path) + " " + std::string(variant_text));
        bits |= bit_of(*variant);
        m_entries.push_back({ std::string(path), *variant, std::string(reason), line_number });
    }
    return true;
}

bool Expectations::is_expected_failure(std::string_view path, Variant variant) const
{
    if (m_variants_by_path.empty())
        return false;
    auto it = m_variants_by_path.find(std::string(path));
    return it != m_variants_by_path.end() && (it->second & bit_of(variant));
}

std::string format_expectation_line(std::string_view path, Variant variant, std::string_view reason)
{
    std::string line;
    line.append(path).append(" ").append(variant_name(variant)).append(" # ");
    bool space = false;
    for (char c : reason) {
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            space = !line.ends_with("# ");
            continue;
        }
        if (space)
            line.push_back(' ');
        space = false;
        line.push_back(c);
    }
    if (line.ends_with("# "))
        line.append("fails");
    return line;
}

}
