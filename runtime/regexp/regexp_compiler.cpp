#include "runtime/regexp/regexp_compiler.h"

#include "runtime/regexp/regexp_canonicalize.h"
#include "runtime/regexp/regexp_char_set.h"

#include <algorithm>

namespace sable::regexp {

namespace {

class RegExpCompiler {
public:
    explicit RegExpCompiler(RegExpTree const& tree)
        : m_tree(tree)
        , m_program(std::make_unique<RegExpProgram>())
        , m_unicode(tree.flags().either_unicode())
        , m_unicode_sets(tree.flags().unicode_sets())
    {
        RegExpFlags flags = tree.flags();
        if (flags.ignore_case())
            m_modifiers |= kIgnoreCase;
        if (flags.multiline())
            m_modifiers |= kMultiline;
        if (flags.dot_all())
            m_modifiers |= kDotAll;
    }

    std::unique_ptr<RegExpProgram> compile()
    {
        RegExpProgram& program = *m_program;
        program.flags = m_tree.flags();
        program.capture_count = m_tree.capture_count() + 1;
        m_next_register = program.capture_count * 2;
        compute_capture_ranges();
        for (uint32_t i = 1; i < program.capture_count; ++i)
            program.capture_name_ids.push_back(m_tree.capture_name(i) == kNoName ? -1 : int32_t(m_tree.capture_name(i)));
        program.capture_name_ids.insert(program.capture_name_ids.begin(), -1);
        for (uint32_t name = 0; name < m_tree.name_count(); ++name)
            program.group_names.emplace_back(std::u16string(m_tree.name(name)), m_tree.captures_with_name(name));
        compile_node(m_tree.root(), false);
        emit({ RegExpOp::Match });
        program.register_count = m_next_register;
        find_start_hints();
        return std::move(m_program);
    }

private:
    uint32_t here() const { return uint32_t(m_program->code.size()); }
    uint32_t emit(RegExpInstruction instruction)
    {
        m_program->code.push_back(instruction);
        return here() - 1;
    }
    RegExpInstruction& at(uint32_t pc) { return m_program->code[pc]; }

    // The capture numbers inside every node, [first, last] (first > last when none): capture
    // groups are numbered by their left parentheses, so a subtree's groups are consecutive.
    void compute_capture_ranges()
    {
        m_first_capture.assign(m_tree.node_count(), UINT32_MAX);
        m_last_capture.assign(m_tree.node_count(), 0);
        if (m_tree.root() != kNoNode)
            capture_range(m_tree.root());
    }
    void capture_range(RegExpNodeIndex index)
    {
        RegExpNode const& node = m_tree.node(index);
        uint32_t first = UINT32_MAX;
        uint32_t last = 0;
        auto take = [&](RegExpNodeIndex child) {
            capture_range(child);
            first = std::min(first, m_first_capture[child]);
            last = std::max(last, m_last_capture[child]);
        };
        switch (node.kind()) {
        case RegExpNodeKind::Disjunction:
        case RegExpNodeKind::Alternative:
            for (RegExpNodeIndex child : m_tree.children(node))
                take(child);
            break;
        case RegExpNodeKind::CaptureGroup:
            first = last = node.capture_index();
            take(node.body());
            break;
        case RegExpNodeKind::Lookaround:
        case RegExpNodeKind::Quantifier:
        case RegExpNodeKind::NonCapturingGroup:
        case RegExpNodeKind::ModifierGroup:
            take(node.body());
            break;
        default:
            break;
        }
        m_first_capture[index] = first;
        m_last_capture[index] = last;
    }

    uint8_t flags_with(uint8_t flags, bool backward) const { return flags | (backward ? kBackward : 0); }
    bool ignore_case() const { return m_modifiers & kIgnoreCase; }

    void compile_node(RegExpNodeIndex index, bool backward)
    {
        if (index == kNoNode)
            return;
        RegExpNode const& node = m_tree.node(index);
        switch (node.kind()) {
        case RegExpNodeKind::Disjunction:
            compile_disjunction(m_tree.children(node), backward);
            return;
        case RegExpNodeKind::Alternative: {
            // 22.2.2.3 Alternative: the terms in order; backwards (in lookbehind) from the last.
            auto terms = m_tree.children(node);
            if (backward) {
                for (size_t i = terms.size(); i-- > 0;)
                    compile_node(terms[i], backward);
            } else {
                for (RegExpNodeIndex term : terms)
                    compile_node(term, backward);
            }
            return;
        }
        case RegExpNodeKind::Assertion:
            compile_assertion(node);
            return;
        case RegExpNodeKind::Lookaround:
            compile_lookaround(index, node);
            return;
        case RegExpNodeKind::Quantifier:
            compile_quantifier(index, node, backward);
            return;
        case RegExpNodeKind::Character:
            compile_character(node.code_point(), backward);
            return;
        case RegExpNodeKind::AnyCharacter:
            emit({ RegExpOp::Any, flags_with(m_modifiers & kDotAll, backward) });
            return;
        case RegExpNodeKind::CharacterClass:
        case RegExpNodeKind::ClassEscape:
        case RegExpNodeKind::UnicodeProperty:
            compile_char_set(char_set_of(index), backward);
            return;
        case RegExpNodeKind::Backreference:
            compile_backreference(node, backward);
            return;
        case RegExpNodeKind::CaptureGroup: {
            // 22.2.2.8 Atom :: ( GroupSpecifier Disjunction ): record where the group starts
            // and ends (backwards, the end is reached first).
            uint32_t start = node.capture_index() * 2;
            emit({ RegExpOp::Save, 0, backward ? start + 1 : start });
            compile_node(node.body(), backward);
            emit({ RegExpOp::Save, 0, backward ? start : start + 1 });
            return;
        }
        case RegExpNodeKind::NonCapturingGroup:
            compile_node(node.body(), backward);
            return;
        case RegExpNodeKind::ModifierGroup: {
            // (?ims-ims:...): the body sees the modified flags (rer with them changed).
            uint8_t saved = m_modifiers;
            auto bits = [](uint8_t modifiers) {
                uint8_t result = 0;
                if (modifiers & kModifierIgnoreCase)
                    result |= kIgnoreCase;
                if (modifiers & kModifierMultiline)
                    result |= kMultiline;
                if (modifiers & kModifierDotAll)
                    result |= kDotAll;
                return result;
            };
            m_modifiers = uint8_t((m_modifiers | bits(node.modifiers_added())) & ~bits(node.modifiers_removed()));
            compile_node(node.body(), backward);
            m_modifiers = saved;
            return;
        }
        case RegExpNodeKind::ClassRange:
        case RegExpNodeKind::ClassStringDisjunction:
        case RegExpNodeKind::ClassString:
            // Only inside classes, handled by char_set_of.
            return;
        }
    }

    // 22.2.2.3 Disjunction :: Alternative | Disjunction: try each alternative in turn.
    template<typename Alternatives, typename CompileOne>
    void compile_alternatives(Alternatives const& alternatives, CompileOne compile_one)
    {
        std::vector<uint32_t> jumps_to_end;
        size_t count = alternatives.size();
        for (size_t i = 0; i < count; ++i) {
            if (i + 1 < count) {
                uint32_t split = emit({ RegExpOp::Split });
                at(split).a = here();
                compile_one(alternatives[i]);
                jumps_to_end.push_back(emit({ RegExpOp::Jump }));
                at(split).b = here();
            } else {
                compile_one(alternatives[i]);
            }
        }
        for (uint32_t jump : jumps_to_end)
            at(jump).a = here();
    }

    void compile_disjunction(std::span<RegExpNodeIndex const> alternatives, bool backward)
    {
        compile_alternatives(alternatives, [&](RegExpNodeIndex alternative) { compile_node(alternative, backward); });
    }

    void compile_assertion(RegExpNode const& node)
    {
        switch (node.assertion_kind()) {
        case AssertionKind::StartOfInput:
            emit({ RegExpOp::AssertStart, uint8_t(m_modifiers & kMultiline) });
            return;
        case AssertionKind::EndOfInput:
            emit({ RegExpOp::AssertEnd, uint8_t(m_modifiers & kMultiline) });
            return;
        case AssertionKind::WordBoundary:
            emit({ RegExpOp::WordBoundary, uint8_t(m_modifiers & kIgnoreCase) });
            return;
        case AssertionKind::NotWordBoundary:
            emit({ RegExpOp::NotWordBoundary, uint8_t(m_modifiers & kIgnoreCase) });
            return;
        }
    }

    // 22.2.2.4 Assertion :: (?= ...) (?! ...) (?<= ...) (?<! ...): the body is matched on its
    // own (forwards for lookahead, backwards for lookbehind); only its captures survive.
    void compile_lookaround(RegExpNodeIndex index, RegExpNode const& node)
    {
        uint32_t look = emit({ RegExpOp::Look, 0, uint32_t(node.lookaround_kind()) });
        if (m_first_capture[index] <= m_last_capture[index]) {
            at(look).c = m_first_capture[index] * 2;
            at(look).d = (m_last_capture[index] - m_first_capture[index] + 1) * 2;
        }
        compile_node(node.body(), node.is_lookbehind());
        emit({ RegExpOp::LookEnd });
        at(look).b = here();
    }

    // Whether `index` is one character matched by a single instruction (Char, Any or Class).
    bool is_single_character(RegExpNodeIndex index)
    {
        RegExpNode const& node = m_tree.node(index);
        switch (node.kind()) {
        case RegExpNodeKind::Character:
        case RegExpNodeKind::AnyCharacter:
        case RegExpNodeKind::ClassEscape:
            return true;
        case RegExpNodeKind::CharacterClass:
        case RegExpNodeKind::UnicodeProperty:
            return !node.may_contain_strings();
        default:
            return false;
        }
    }

    // 22.2.2.3.1 RepeatMatcher, as a loop.
    void compile_quantifier(RegExpNodeIndex index, RegExpNode const& node, bool backward)
    {
        uint32_t min = node.min();
        uint32_t max = node.max();
        // RepeatMatcher step 1: with max 0 the body never runs.
        if (max == 0)
            return;
        if (min == 1 && max == 1) {
            compile_node(node.body(), backward);
            return;
        }
        uint32_t first_register = (node.first_capture() + 1) * 2;
        uint32_t capture_registers = node.capture_count() * 2;
        // Fast path: a greedy repetition of one character (`a*`, `\d+`, `[^"]*`, `.*`) consumes
        // characters in a tight loop and backtracks one character at a time from a single
        // choice point. Such a body has no captures and cannot match empty.
        if (node.greedy() && is_single_character(node.body())) {
            uint32_t repeat = emit({ RegExpOp::GreedyRepeat, flags_with(0, backward), 0, min, max });
            compile_node(node.body(), backward);
            at(repeat).d = here();
            return;
        }
        bool single = is_single_character(node.body());
        uint32_t position_register = single ? kNoRegister : m_next_register++;
        if (min == 0 && max == kInfinity) {
            // x* and x*?: one choice per iteration, no counter.
            uint32_t head = emit({ RegExpOp::Split });
            uint32_t body_start = here();
            compile_iteration(node, position_register, kNoRegister, 0, first_register, capture_registers, backward);
            emit({ RegExpOp::Jump, 0, head });
            uint32_t exit = here();
            at(head).a = node.greedy() ? body_start : exit;
            at(head).b = node.greedy() ? exit : body_start;
            return;
        }
        // The general case counts iterations in a register.
        uint32_t counter = m_next_register++;
        emit({ RegExpOp::SetZero, 0, counter });
        uint32_t head = emit({ RegExpOp::LoopHead, uint8_t(node.greedy() ? 0 : kLazy), counter, min, max });
        compile_iteration(node, position_register, counter, min, first_register, capture_registers, backward);
        emit({ RegExpOp::Jump, 0, head });
        at(head).d = here();
        (void)index;
    }

    void compile_iteration(RegExpNode const& node, uint32_t position_register, uint32_t counter, uint32_t min,
        uint32_t first_register, uint32_t capture_registers, bool backward)
    {
        if (position_register != kNoRegister)
            emit({ RegExpOp::Save, 0, position_register });
        // RepeatMatcher step 4: each iteration starts with the body's captures undefined.
        if (capture_registers)
            emit({ RegExpOp::ClearRegisters, 0, first_register, capture_registers });
        compile_node(node.body(), backward);
        // RepeatMatcher step 2.b: an iteration beyond the minimum may not match the empty string.
        if (position_register != kNoRegister)
            emit({ RegExpOp::CheckEmpty, 0, position_register, counter, min });
    }

    void compile_character(char32_t c, bool backward)
    {
        // 22.2.2.7.3 CharacterSetMatcher for one character: compared after Canonicalize.
        if (ignore_case())
            emit({ RegExpOp::Char, flags_with(kIgnoreCase, backward), canonicalize(c, m_unicode) });
        else
            emit({ RegExpOp::Char, flags_with(0, backward), c });
    }

    void compile_backreference(RegExpNode const& node, bool backward)
    {
        // 22.2.2.7.2 BackreferenceMatcher: the groups a name refers to, or the one number.
        std::vector<uint32_t> captures;
        if (node.is_named_backreference())
            captures = m_tree.captures_with_name(node.backreference_name());
        else
            captures.push_back(node.backreference_number());
        m_program->backreference_lists.push_back(std::move(captures));
        emit({ RegExpOp::Backreference, flags_with(m_modifiers & kIgnoreCase, backward), uint32_t(m_program->backreference_lists.size() - 1) });
    }

    // CompileToCharSet of a class, escape or property, with the strings of `v` classes. Under
    // ignoreCase the result holds canonical forms (matching compares Canonicalize(ch) with
    // them): leaves are folded, and complements are taken after folding, so that CharacterComplement
    // and the invert flag of CharacterSetMatcher agree on canonical forms.
    CharSet char_set_of(RegExpNodeIndex index)
    {
        RegExpNode const& node = m_tree.node(index);
        CharSet set;
        auto fold = [&] {
            if (ignore_case())
                set.fold(m_unicode);
        };
        switch (node.kind()) {
        case RegExpNodeKind::Character:
            set.add(node.code_point());
            fold();
            break;
        case RegExpNodeKind::ClassRange:
            set.add_range(node.range_from(), node.range_to());
            fold();
            break;
        case RegExpNodeKind::ClassEscape:
            set = CharSet::from_class_escape(node.class_escape_kind(), m_unicode && ignore_case());
            fold();
            break;
        case RegExpNodeKind::UnicodeProperty:
            set = CharSet::from_unicode_property(node.property_kind(), node.property(), node.property_value(), false);
            // `v` mode folds before CharacterComplement (MaybeSimpleCaseFolding); `u` mode
            // complements the property and compares canonical forms of its members.
            if (m_unicode_sets) {
                fold();
                if (node.negated())
                    set.complement();
            } else {
                if (node.negated())
                    set.complement();
                fold();
            }
            break;
        case RegExpNodeKind::ClassStringDisjunction:
            for (RegExpNodeIndex child : m_tree.children(node))
                set.add_string(std::u32string(m_tree.class_string(m_tree.node(child))));
            fold();
            break;
        case RegExpNodeKind::ClassString:
            set.add_string(std::u32string(m_tree.class_string(node)));
            fold();
            break;
        case RegExpNodeKind::CharacterClass: {
            bool first = true;
            for (RegExpNodeIndex child : m_tree.children(node)) {
                CharSet operand = char_set_of(child);
                if (first) {
                    set = std::move(operand);
                    first = false;
                    continue;
                }
                switch (node.set_operation()) {
                case ClassSetOperation::Union:
                    set.unite(operand);
                    break;
                case ClassSetOperation::Intersection:
                    set.intersect(operand);
                    break;
                case ClassSetOperation::Subtraction:
                    set.subtract(operand);
                    break;
                }
            }
            if (node.negated())
                set.complement();
            break;
        }
        default:
            break;
        }
        return set;
    }

    void compile_char_set(CharSet const& set, bool backward)
    {
        uint8_t flags = flags_with(m_modifiers & kIgnoreCase, backward);
        auto emit_class = [&] {
            m_program->classes.push_back(set.to_class());
            emit({ RegExpOp::Class, flags, uint32_t(m_program->classes.size() - 1) });
        };
        if (set.strings().empty()) {
            emit_class();
            return;
        }
        // 22.2.2.7 CompileAtom for a `v` class with strings: the strings longest first, then
        // the single characters, then the empty string.
        std::vector<std::u32string> strings = set.strings();
        std::stable_sort(strings.begin(), strings.end(), [](auto const& a, auto const& b) { return a.size() > b.size(); });
        struct Alternative {
            std::u32string const* string;
        };
        std::vector<Alternative> alternatives;
        for (auto const& string : strings) {
            if (!string.empty())
                alternatives.push_back({ &string });
        }
        bool has_characters = !set.ranges().empty();
        if (has_characters)
            alternatives.push_back({ nullptr });
        bool has_empty = std::any_of(strings.begin(), strings.end(), [](auto const& s) { return s.empty(); });
        std::u32string empty;
        if (has_empty)
            alternatives.push_back({ &empty });
        compile_alternatives(alternatives, [&](Alternative const& alternative) {
            if (!alternative.string) {
                emit_class();
                return;
            }
            std::u32string const& string = *alternative.string;
            if (backward) {
                for (size_t i = string.size(); i-- > 0;)
                    emit({ RegExpOp::Char, flags, string[i] });
            } else {
                for (char32_t c : string)
                    emit({ RegExpOp::Char, flags, c });
            }
        });
    }

    // Cheap facts that let the matcher skip start positions.
    void find_start_hints()
    {
        RegExpProgram& program = *m_program;
        RegExpInstruction const& first = program.code[0];
        if (first.op == RegExpOp::AssertStart && !(first.flags & kMultiline))
            program.anchored_at_start = true;
        if (first.op == RegExpOp::Char && !(first.flags & kIgnoreCase) && first.a < 0x10000 && !(m_unicode && first.a >= 0xD800 && first.a <= 0xDFFF))
            program.first_code_unit = int32_t(first.a);
        // A leading class, alone or repeated at least once (`[a-z]`, `\d+`), case-sensitive.
        RegExpInstruction const* leading = &first;
        if (first.op == RegExpOp::GreedyRepeat && first.b >= 1 && program.code.size() > 1)
            leading = &program.code[1];
        if (leading->op == RegExpOp::Class && !(leading->flags & (kIgnoreCase | kBackward)))
            program.first_class = int32_t(leading->a);
    }

    RegExpTree const& m_tree;
    std::unique_ptr<RegExpProgram> m_program;
    bool m_unicode;
    bool m_unicode_sets;
    uint8_t m_modifiers { 0 };
    uint32_t m_next_register { 0 };
    std::vector<uint32_t> m_first_capture;
    std::vector<uint32_t> m_last_capture;
};

}

std::unique_ptr<RegExpProgram> compile_regexp(RegExpTree const& tree)
{
    return RegExpCompiler(tree).compile();
}

}
