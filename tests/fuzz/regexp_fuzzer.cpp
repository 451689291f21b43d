// libFuzzer target for the regular-expression parser, compiler and matcher.
// Input: the first byte picks the flags (one bit per flag, in RegExpFlag order; `u` and `v`
// together are kept as they are, which must be reported as an error); the second byte is the
// pattern's length in code units; the remaining bytes are the pattern and then the subject as
// UTF-16 code units, two bytes each (little-endian), so that lone and paired surrogates are
// reached. The parser must never crash, hang, or exhaust the stack, and a tree it returns must
// be well formed; the program compiled from it must match the subject from every start position
// without crashing, and report captures inside the subject.

#include "runtime/regexp/regexp_compiler.h"
#include "runtime/regexp/regexp_matcher.h"
#include "runtime/regexp/regexp_parser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using namespace sable::regexp;

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// Walks the tree iteratively and checks that every reference stays inside it.
void check_tree(RegExpTree const& tree)
{
    check(tree.root() < tree.node_count());
    std::vector<RegExpNodeIndex> pending { tree.root() };
    size_t visited = 0;
    while (!pending.empty()) {
        RegExpNodeIndex index = pending.back();
        pending.pop_back();
        check(index < tree.node_count());
        check(++visited <= tree.node_count());
        auto const& node = tree.node(index);
        switch (node.kind()) {
        case RegExpNodeKind::Disjunction:
        case RegExpNodeKind::Alternative:
        case RegExpNodeKind::CharacterClass:
        case RegExpNodeKind::ClassStringDisjunction:
            for (auto child : tree.children(node))
                pending.push_back(child);
            break;
        case RegExpNodeKind::Lookaround:
        case RegExpNodeKind::CaptureGroup:
        case RegExpNodeKind::NonCapturingGroup:
        case RegExpNodeKind::ModifierGroup:
            pending.push_back(node.body());
            break;
        case RegExpNodeKind::Quantifier:
            check(node.min() <= node.max());
            check(node.first_capture() + node.capture_count() <= tree.capture_count());
            pending.push_back(node.body());
            break;
        case RegExpNodeKind::ClassRange:
            check(node.range_from() <= node.range_to());
            break;
        case RegExpNodeKind::Backreference:
            if (node.is_named_backreference())
                check(!tree.captures_with_name(node.backreference_name()).empty());
            else
                check(node.backreference_number() >= 1 && node.backreference_number() <= tree.capture_count());
            break;
        case RegExpNodeKind::ClassString:
            (void)tree.class_string(node);
            break;
        default:
            break;
        }
    }
}

// Matches from every start position and checks what a match reports.
void check_matches(RegExpProgram const& program, std::u16string const& subject, bool sticky)
{
    std::vector<int32_t> captures(size_t(program.capture_count) * 2);
    sable::runtime::CodeUnitView input(subject);
    for (uint32_t start = 0; start <= subject.size(); ++start) {
        captures.assign(captures.size(), -2);
        auto status = match_regexp(program, input, start, sticky, captures);
        if (status != MatchStatus::Match)
            continue;
        check(captures[0] >= int32_t(start) && captures[0] <= captures[1] && captures[1] <= int32_t(subject.size()));
        check(!sticky || captures[0] == int32_t(start));
        for (size_t group = 1; group < program.capture_count; ++group) {
            int32_t from = captures[group * 2];
            int32_t to = captures[group * 2 + 1];
            check((from == -1 && to == -1) || (from >= 0 && from <= to && to <= int32_t(subject.size())));
        }
    }
}

}

extern "C" int LLVMFuzzerTestOneInput(uint8_t const* data, size_t size)
{
    if (size < 2)
        return 0;
    RegExpFlags flags(data[0]);
    size_t pattern_length = data[1];
    std::u16string pattern;
    std::u16string subject;
    for (size_t i = 2; i + 1 < size; i += 2)
        (pattern.size() < pattern_length ? pattern : subject) += char16_t(data[i] | (data[i + 1] << 8));

    auto result = parse_regexp(pattern, flags);
    if (flags.unicode() && flags.unicode_sets())
        check(!result.ok());
    if (result.ok()) {
        check_tree(result.tree);
        (void)result.tree.dump();
        check_matches(*compile_regexp(result.tree), subject, flags.sticky());
    } else {
        check(!result.error->message.empty());
        check(result.error->offset <= pattern.size());
    }
    return 0;
}
