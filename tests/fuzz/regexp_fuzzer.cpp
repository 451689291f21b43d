// libFuzzer target for the regular-expression pattern parser.
// Input: the first byte picks the flags (one bit per flag, in RegExpFlag order; `u` and `v`
// together are kept as they are, which must be reported as an error); the remaining bytes are
// the pattern as UTF-16 code units, two bytes each (little-endian), so that lone and paired
// surrogates are reached. The parser must never crash, hang, or exhaust the stack, and a tree it
// returns must be well formed.

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

}

extern "C" int LLVMFuzzerTestOneInput(uint8_t const* data, size_t size)
{
    if (size == 0)
        return 0;
    RegExpFlags flags(data[0]);
    std::u16string pattern;
    for (size_t i = 1; i + 1 < size; i += 2)
        pattern += char16_t(data[i] | (data[i + 1] << 8));

    auto result = parse_regexp(pattern, flags);
    if (flags.unicode() && flags.unicode_sets())
        check(!result.ok());
    if (result.ok()) {
        check_tree(result.tree);
        (void)result.tree.dump();
    } else {
        check(!result.error->message.empty());
        check(result.error->offset <= pattern.size());
    }
    return 0;
}
