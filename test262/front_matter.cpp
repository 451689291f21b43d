#include "test262/front_matter.h"

#include <algorithm>
#include <span>

namespace sable::test262 {

namespace {

constexpr std::string_view kOpen = "/*---";
constexpr std::string_view kClose = "---*/";

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view text)
{
    while (!text.empty() && is_blank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && (is_blank(text.back()) || text.back() == '\r' || text.back() == '\n'))
        text.remove_suffix(1);
    return text;
}

size_t indent_of(std::string_view line)
{
    size_t n = 0;
    while (n < line.size() && is_blank(line[n]))
        ++n;
    return n;
}

bool is_empty_line(std::string_view line) { return trim(line).empty(); }

// Splits on LF, CR and CRLF (some tests use CR line ends on purpose).
std::vector<std::string_view> split_lines(std::string_view text)
{
    std::vector<std::string_view> lines;
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r')
            continue;
        lines.push_back(text.substr(start, i - start));
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            ++i;
        start = i + 1;
    }
    if (start < text.size())
        lines.push_back(text.substr(start));
    return lines;
}

// A plain scalar ends at ` #` (a YAML comment); quoted scalars are taken whole.
std::string_view strip_comment(std::string_view text)
{
    if (!text.empty() && (text.front() == '"' || text.front() == '\''))
        return text;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '#' && (i == 0 || is_blank(text[i - 1])))
            return trim(text.substr(0, i));
    }
    return text;
}

std::string unquote(std::string_view text)
{
    text = trim(text);
    if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'') {
        std::string out;
        text = text.substr(1, text.size() - 2);
        for (size_t i = 0; i < text.size(); ++i) {
            out.push_back(text[i]);
            if (text[i] == '\'' && i + 1 < text.size() && text[i + 1] == '\'')
                ++i; // '' is one quote
        }
        return out;
    }
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
        std::string out;
        text = text.substr(1, text.size() - 2);
        for (size_t i = 0; i < text.size(); ++i) {
            if (text[i] != '\\' || i + 1 == text.size()) {
                out.push_back(text[i]);
                continue;
            }
            char c = text[++i];
            out.push_back(c == 'n' ? '\n' : c == 't' ? '\t' : c);
        }
        return out;
    }
    return std::string(text);
}

// `rest` is what follows `key:`; `children` are the more-indented lines below it.
std::vector<std::string> read_list(std::string_view rest, std::span<std::string_view const> children)
{
    std::vector<std::string> items;
    if (!rest.empty() && rest.front() == '[') {
        // Flow list, possibly continued on the following lines.
        std::string flow(rest);
        for (auto line : children)
            flow.append(" ").append(trim(line));
        size_t close = flow.find(']');
        std::string_view body = std::string_view(flow).substr(1, close == std::string::npos ? std::string::npos : close - 1);
        while (!body.empty()) {
            size_t comma = body.find(',');
            auto item = trim(body.substr(0, comma));
            if (!item.empty())
                items.push_back(unquote(item));
            if (comma == std::string_view::npos)
                break;
            body.remove_prefix(comma + 1);
        }
        return items;
    }
    if (!rest.empty()) {
        items.push_back(unquote(strip_comment(rest)));
        return items;
    }
    for (auto line : children) {
        auto item = trim(line);
        if (item.empty() || item.front() != '-')
            continue;
        item = strip_comment(trim(item.substr(1)));
        if (!item.empty())
            items.push_back(unquote(item));
    }
    return items;
}

// A scalar: plain or quoted on one or more lines, or a `|` (literal) / `>` (folded) block.
std::string read_scalar(std::string_view rest, std::span<std::string_view const> children)
{
    if (!rest.empty() && (rest.front() == '|' || rest.front() == '>')) {
        bool literal = rest.front() == '|';
        size_t first = 0;
        while (first < children.size() && is_empty_line(children[first]))
            ++first;
        size_t base_indent = first < children.size() ? indent_of(children[first]) : 0;
        std::string out;
        bool at_paragraph_start = true;
        for (size_t i = first; i < children.size(); ++i) {
            auto line = children[i];
            line.remove_prefix(std::min(base_indent, indent_of(line)));
            if (literal) {
                out.append(line).push_back('\n');
                continue;
            }
            if (is_empty_line(line)) {
                out.push_back('\n');
                at_paragraph_start = true;
                continue;
            }
            if (!at_paragraph_start)
                out.push_back(' ');
            out.append(trim(line));
            at_paragraph_start = false;
        }
        while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
            out.pop_back();
        return out;
    }
    std::string joined(rest);
    for (auto line : children) {
        if (is_empty_line(line))
            continue;
        joined.append(" ").append(trim(line));
    }
    return unquote(joined);
}

bool read_negative(std::string_view rest, std::span<std::string_view const> children, Negative& out, std::string& error)
{
    std::vector<std::string_view> pairs;
    std::string flow;
    if (!rest.empty() && rest.front() == '{') {
        // Flow mapping: {phase: parse, type: SyntaxError}
        flow = std::string(rest.substr(1));
        if (auto close = flow.find('}'); close != std::string::npos)
            flow.resize(close);
        std::string_view body = flow;
        while (!body.empty()) {
            size_t comma = body.find(',');
            pairs.push_back(body.substr(0, comma));
            if (comma == std::string_view::npos)
                break;
            body.remove_prefix(comma + 1);
        }
    } else {
        pairs.assign(children.begin(), children.end());
    }

    std::string phase;
    bool has_type = false;
    for (auto pair : pairs) {
        pair = trim(pair);
        if (pair.empty() || pair.front() == '#')
            continue;
        size_t colon = pair.find(':');
        if (colon == std::string_view::npos) {
            error = "malformed line in `negative`: " + std::string(pair);
            return false;
        }
        auto key = trim(pair.substr(0, colon));
        auto value = unquote(strip_comment(trim(pair.substr(colon + 1))));
        if (key == "phase") {
            phase = value;
        } else if (key == "type") {
            out.type = value;
            has_type = true;
        }
    }
    if (phase == "parse") {
        out.phase = NegativePhase::Parse;
    } else if (phase == "resolution") {
        out.phase = NegativePhase::Resolution;
    } else if (phase == "runtime") {
        out.phase = NegativePhase::Runtime;
    } else {
        error = "unknown negative phase `" + phase + "`";
        return false;
    }
    if (!has_type || out.type.empty()) {
        error = "`negative` without a `type`";
        return false;
    }
    return true;
}

bool apply_flag(TestFlags& flags, std::string_view flag)
{
    if (flag == "onlyStrict")
        flags.only_strict = true;
    else if (flag == "noStrict")
        flags.no_strict = true;
    else if (flag == "module")
        flags.module = true;
    else if (flag == "raw")
        flags.raw = true;
    else if (flag == "async")
        flags.async = true;
    else if (flag == "generated")
        flags.generated = true;
    else if (flag == "CanBlockIsFalse")
        flags.can_block_is_false = true;
    else if (flag == "CanBlockIsTrue")
        flags.can_block_is_true = true;
    else if (flag == "non-deterministic")
        flags.non_deterministic = true;
    else
        return false;
    return true;
}

}

bool FrontMatter::has_feature(std::string_view feature) const
{
    return std::find(features.begin(), features.end(), feature) != features.end();
}

std::string_view negative_phase_name(NegativePhase phase)
{
    switch (phase) {
    case NegativePhase::Parse:
        return "parse";
    case NegativePhase::Resolution:
        return "resolution";
    case NegativePhase::Runtime:
        return "runtime";
    }
    return "?";
}

bool parse_front_matter(std::string_view source, FrontMatter& out, std::string& error)
{
    size_t open = source.find(kOpen);
    if (open == std::string_view::npos) {
        error = "no /*--- ---*/ metadata block";
        return false;
    }
    size_t body_start = open + kOpen.size();
    size_t close = source.find(kClose, body_start);
    if (close == std::string_view::npos) {
        error = "metadata block is not closed with ---*/";
        return false;
    }
    auto lines = split_lines(source.substr(body_start, close - body_start));

    // Keys sit at the indentation of the first one (a few tests indent the whole block).
    size_t key_indent = 0;
    for (auto line : lines) {
        if (!is_empty_line(line)) {
            key_indent = indent_of(line);
            break;
        }
    }

    size_t i = 0;
    while (i < lines.size()) {
        auto line = lines[i++];
        if (is_empty_line(line) || indent_of(line) > key_indent || trim(line).front() == '#')
            continue;
        size_t colon = line.find(':');
        if (colon == std::string_view::npos) {
            error = "metadata line without a key: " + std::string(trim(line));
            return false;
        }
        auto key = trim(line.substr(0, colon));
        auto rest = trim(line.substr(colon + 1));

        // The key's value may continue on the more-indented (or blank) lines below it.
        size_t end = i;
        while (end < lines.size() && (is_empty_line(lines[end]) || indent_of(lines[end]) > key_indent))
            ++end;
        std::span<std::string_view const> children(lines.data() + i, end - i);
        i = end;

        if (key == "description") {
            out.description = read_scalar(rest, children);
        } else if (key == "includes") {
            out.includes = read_list(rest, children);
        } else if (key == "features") {
            out.features = read_list(rest, children);
        } else if (key == "locale") {
            out.locale = read_list(rest, children);
        } else if (key == "flags") {
            for (auto const& flag : read_list(rest, children)) {
                if (!apply_flag(out.flags, flag)) {
                    error = "unknown flag `" + flag + "`";
                    return false;
                }
            }
        } else if (key == "negative") {
            Negative negative;
            if (!read_negative(rest, children, negative, error))
                return false;
            out.negative = std::move(negative);
        }
        // Other keys (esid, info, author, es5id, es6id, ...) do not change how a test runs.
    }
    return true;
}

}
