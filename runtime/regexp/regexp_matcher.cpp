#include "runtime/regexp/regexp_matcher.h"

#include "runtime/regexp/regexp_canonicalize.h"
#include "runtime/regexp/regexp_char_set.h"

#include <cstring>
#include <vector>

namespace sable::regexp {

namespace {

// A backtrack stack entry: the kind in the top three bits of `word`, a program counter or a
// register number below them, and one value.
struct BacktrackEntry {
    uint32_t word;
    int32_t value;
};

enum BacktrackKind : uint32_t {
    kChoice = 0,      // resume at pc with position = value
    kUndo = 1,        // register = value
    kLoopEnter = 2,   // (lazy loop) enter the body of the LoopHead at pc; position = value
    kGreedyLimit = 3, // below a kGreedyStep: the position after the minimum repetitions
    kGreedyStep = 4,  // give back one repetition of the GreedyRepeat at pc; position = value
};
constexpr uint32_t kKindShift = 29;
constexpr uint32_t kPayloadMask = (uint32_t(1) << kKindShift) - 1;

constexpr bool is_lead(char32_t c) { return c >= 0xD800 && c <= 0xDBFF; }
constexpr bool is_trail(char32_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

template<typename CharT>
class Executor {
public:
    Executor(RegExpProgram const& program, CharT const* input, uint32_t length, std::vector<int32_t>& registers,
        std::vector<BacktrackEntry>& stack)
        : m_program(program)
        , m_code(program.code.data())
        , m_input(input)
        , m_length(length)
        , m_registers(registers.data())
        , m_stack(stack)
        , m_unicode(program.flags.either_unicode())
    {
    }

    bool overflowed() const { return m_overflow; }

    // Runs from `pc` at `position` until Match or LookEnd (true, with the position in
    // `end`), or until every choice above `base` failed (false).
    bool run(uint32_t pc, uint32_t position, size_t base, uint32_t& end);

private:
    void push(BacktrackKind kind, uint32_t payload, int32_t value)
    {
        m_stack.push_back({ (uint32_t(kind) << kKindShift) | payload, value });
    }
    void set_register(uint32_t index, int32_t value)
    {
        if (m_registers[index] == value)
            return;
        push(kUndo, index, m_registers[index]);
        m_registers[index] = value;
    }

    bool read_forward(uint32_t position, char32_t& c, uint32_t& next) const
    {
        if (position >= m_length)
            return false;
        c = m_input[position];
        next = position + 1;
        if (m_unicode && is_lead(c) && next < m_length && is_trail(m_input[next])) {
            c = 0x10000 + ((c - 0xD800) << 10) + (char32_t(m_input[next]) - 0xDC00);
            ++next;
        }
        return true;
    }
    bool read_backward(uint32_t position, char32_t& c, uint32_t& previous) const
    {
        if (position == 0)
            return false;
        c = m_input[position - 1];
        previous = position - 1;
        if (m_unicode && is_trail(c) && previous > 0 && is_lead(m_input[previous - 1])) {
            c = 0x10000 + ((char32_t(m_input[previous - 1]) - 0xD800) << 10) + (c - 0xDC00);
            --previous;
        }
        return true;
    }

    char32_t canonical(char32_t c) const { return canonicalize(c, m_unicode); }

    // Char, Any and Class: one character at `position` (before it, backwards).
    bool match_character(RegExpInstruction const& instruction, uint32_t position, uint32_t& next) const
    {
        char32_t c = 0;
        if (instruction.flags & kBackward) {
            if (!read_backward(position, c, next))
                return false;
        } else if (!read_forward(position, c, next)) {
            return false;
        }
        switch (instruction.op) {
        case RegExpOp::Char:
            return (instruction.flags & kIgnoreCase ? canonical(c) : c) == instruction.a;
        case RegExpOp::Any:
            return (instruction.flags & kDotAll) || !is_line_terminator(c);
        case RegExpOp::Class:
            return m_program.classes[instruction.a].contains(instruction.flags & kIgnoreCase ? canonical(c) : c);
        default:
            return false;
        }
    }

    bool is_word_at(int64_t position, bool unicode_ignore_case) const
    {
        // IsWordChar ( rer, Input, e ): false outside the input.
        if (position < 0 || position >= int64_t(m_length))
            return false;
        return is_word_character(m_input[position], unicode_ignore_case);
    }

    bool match_backreference(RegExpInstruction const& instruction, uint32_t& position) const;

    RegExpProgram const& m_program;
    RegExpInstruction const* m_code;
    CharT const* m_input;
    uint32_t m_length;
    int32_t* m_registers;
    std::vector<BacktrackEntry>& m_stack;
    bool m_unicode;
    bool m_overflow { false };
};

template<typename CharT>
bool Executor<CharT>::match_backreference(RegExpInstruction const& instruction, uint32_t& position) const
{
    // 22.2.2.7.2 BackreferenceMatcher: the first of the named groups that participated.
    int32_t start = -1;
    int32_t end = -1;
    for (uint32_t capture : m_program.backreference_lists[instruction.a]) {
        if (m_registers[capture * 2] >= 0 && m_registers[capture * 2 + 1] >= 0) {
            start = m_registers[capture * 2];
            end = m_registers[capture * 2 + 1];
            break;
        }
    }
    // An undefined group matches the empty string.
    if (start < 0)
        return true;
    uint32_t length = uint32_t(end - start);
    bool backward = instruction.flags & kBackward;
    // Steps 4-6: the input must hold `length` more characters in the direction of matching.
    if (backward ? position < length : uint64_t(position) + length > m_length)
        return false;
    uint32_t from = backward ? position - length : position;
    if (!(instruction.flags & kIgnoreCase)) {
        for (uint32_t i = 0; i < length; ++i) {
            if (m_input[uint32_t(start) + i] != m_input[from + i])
                return false;
        }
    } else {
        // Compared after Canonicalize, a character (code point in Unicode mode) at a time.
        uint32_t a = uint32_t(start);
        uint32_t b = from;
        while (a < uint32_t(end)) {
            char32_t ca = 0;
            char32_t cb = 0;
            uint32_t next_a = a + 1;
            uint32_t next_b = b + 1;
            read_forward(a, ca, next_a);
            if (next_a > uint32_t(end)) {
                ca = m_input[a];
                next_a = a + 1;
            }
            read_forward(b, cb, next_b);
            if (next_b > from + length) {
                cb = m_input[b];
                next_b = b + 1;
            }
            if (canonical(ca) != canonical(cb))
                return false;
            a = next_a;
            b = next_b;
        }
        if (b != from + length)
            return false;
    }
    position = backward ? from : from + length;
    return true;
}

template<typename CharT>
bool Executor<CharT>::run(uint32_t pc, uint32_t position, size_t base, uint32_t& end)
{
    while (true) {
        RegExpInstruction const& instruction = m_code[pc];
        switch (instruction.op) {
        case RegExpOp::Char:
        case RegExpOp::Any:
        case RegExpOp::Class: {
            uint32_t next;
            if (!match_character(instruction, position, next))
                goto fail;
            position = next;
            ++pc;
            continue;
        }
        case RegExpOp::AssertStart:
            // 22.2.2.4 Assertion :: ^
            if (position == 0 || ((instruction.flags & kMultiline) && is_line_terminator(m_input[position - 1]))) {
                ++pc;
                continue;
            }
            goto fail;
        case RegExpOp::AssertEnd:
            // Assertion :: $
            if (position == m_length || ((instruction.flags & kMultiline) && is_line_terminator(m_input[position]))) {
                ++pc;
                continue;
            }
            goto fail;
        case RegExpOp::WordBoundary:
        case RegExpOp::NotWordBoundary: {
            // Assertion :: \b and \B: whether exactly one side is a word character.
            bool unicode_ignore_case = m_unicode && (instruction.flags & kIgnoreCase);
            bool boundary = is_word_at(int64_t(position) - 1, unicode_ignore_case) != is_word_at(position, unicode_ignore_case);
            if (boundary != (instruction.op == RegExpOp::WordBoundary))
                goto fail;
            ++pc;
            continue;
        }
        case RegExpOp::Save:
            set_register(instruction.a, int32_t(position));
            ++pc;
            continue;
        case RegExpOp::ClearRegisters:
            for (uint32_t i = 0; i < instruction.b; ++i)
                set_register(instruction.a + i, -1);
            ++pc;
            continue;
        case RegExpOp::SetZero:
            set_register(instruction.a, 0);
            ++pc;
            continue;
        case RegExpOp::Split:
            push(kChoice, instruction.b, int32_t(position));
            pc = instruction.a;
            break;
        case RegExpOp::Jump:
            pc = instruction.a;
            break;
        case RegExpOp::LoopHead: {
            uint32_t count = uint32_t(m_registers[instruction.a]);
            if (count < instruction.b) {
                // Below the minimum: the body must match again.
                set_register(instruction.a, int32_t(count + 1));
                ++pc;
                continue;
            }
            if (instruction.c != kInfinity && count >= instruction.c) {
                pc = instruction.d;
                break;
            }
            if (instruction.flags & kLazy) {
                // RepeatMatcher step 3 (not greedy): try the continuation first.
                push(kLoopEnter, pc, int32_t(position));
                pc = instruction.d;
                break;
            }
            // Greedy: try another iteration first, the continuation on failure.
            push(kChoice, instruction.d, int32_t(position));
            set_register(instruction.a, int32_t(count + 1));
            ++pc;
            continue;
        }
        case RegExpOp::CheckEmpty:
            if (int32_t(position) == m_registers[instruction.a]
                && (instruction.b == kNoRegister || uint32_t(m_registers[instruction.b]) > instruction.c))
                goto fail;
            ++pc;
            continue;
        case RegExpOp::GreedyRepeat: {
            RegExpInstruction const& atom = m_code[pc + 1];
            uint32_t count = 0;
            uint32_t limit_position = position;
            uint32_t next;
            while (count < instruction.c && match_character(atom, position, next)) {
                position = next;
                ++count;
                if (count == instruction.b)
                    limit_position = position;
            }
            if (count < instruction.b)
                goto fail;
            if (count > instruction.b) {
                push(kGreedyLimit, 0, int32_t(limit_position));
                push(kGreedyStep, pc, int32_t(position));
            }
            pc = instruction.d;
            break;
        }
        case RegExpOp::Backreference:
            if (!match_backreference(instruction, position))
                goto fail;
            ++pc;
            continue;
        case RegExpOp::Look: {
            // 22.2.2.4 Assertion :: (?= ...) etc.: the body runs on its own; its choice points
            // are dropped once it matched. The captures it may set are saved first, so that
            // backtracking past the lookaround restores them.
            auto kind = LookaroundKind(instruction.a);
            bool negative = kind == LookaroundKind::NegativeLookahead || kind == LookaroundKind::NegativeLookbehind;
            for (uint32_t i = 0; i < instruction.d; ++i)
                push(kUndo, instruction.c + i, m_registers[instruction.c + i]);
            size_t body_base = m_stack.size();
            uint32_t body_end;
            bool matched = run(pc + 1, position, body_base, body_end);
            if (m_overflow)
                return false;
            if (matched)
                m_stack.resize(body_base);
            if (matched == negative)
                goto fail;
            pc = instruction.b;
            continue;
        }
        case RegExpOp::LookEnd:
        case RegExpOp::Match:
            end = position;
            return true;
        }
        if (m_stack.size() > kMaxBacktrackEntries) {
            m_overflow = true;
            return false;
        }
        continue;

    fail:
        while (true) {
            if (m_stack.size() <= base)
                return false;
            BacktrackEntry entry = m_stack.back();
            uint32_t payload = entry.word & kPayloadMask;
            switch (BacktrackKind(entry.word >> kKindShift)) {
            case kUndo:
                m_registers[payload] = entry.value;
                m_stack.pop_back();
                continue;
            case kChoice:
                m_stack.pop_back();
                pc = payload;
                position = uint32_t(entry.value);
                break;
            case kLoopEnter: {
                m_stack.pop_back();
                RegExpInstruction const& head = m_code[payload];
                position = uint32_t(entry.value);
                set_register(head.a, m_registers[head.a] + 1);
                pc = payload + 1;
                break;
            }
            case kGreedyLimit:
                m_stack.pop_back();
                continue;
            case kGreedyStep: {
                // Give back one character: the repetition ends one character earlier.
                RegExpInstruction const& repeat = m_code[payload];
                uint32_t limit = uint32_t(m_stack[m_stack.size() - 2].value);
                uint32_t current = uint32_t(entry.value);
                char32_t c = 0;
                uint32_t shorter = current;
                if (repeat.flags & kBackward) {
                    read_forward(current, c, shorter);
                    if (shorter > limit)
                        shorter = current + 1;
                } else {
                    read_backward(current, c, shorter);
                    if (shorter < limit)
                        shorter = current - 1;
                }
                if (shorter == limit)
                    m_stack.resize(m_stack.size() - 2);
                else
                    m_stack.back().value = int32_t(shorter);
                position = shorter;
                pc = repeat.d;
                break;
            }
            }
            break;
        }
    }
}

// Backtrack entries a thread keeps allocated between matches (8 bytes each).
constexpr size_t kRetainedBacktrackEntries = size_t(1) << 16;

template<typename CharT>
MatchStatus match(RegExpProgram const& program, CharT const* input, uint32_t length, uint32_t start, bool sticky,
    std::span<int32_t> captures)
{
    // The registers and the backtrack stack are kept for the thread's next match (no user code
    // runs during one, so matches never nest); a stack grown large is given back afterwards.
    thread_local std::vector<int32_t> registers;
    thread_local std::vector<BacktrackEntry> stack;
    registers.assign(program.register_count, -1);
    struct ReleaseLargeStack {
        ~ReleaseLargeStack()
        {
            if (stack.capacity() > kRetainedBacktrackEntries)
                std::vector<BacktrackEntry>().swap(stack);
        }
    } release_large_stack;
    Executor<CharT> executor(program, input, length, registers, stack);
    bool unicode = program.flags.either_unicode();
    for (uint32_t position = start; position <= length;) {
        // Fast path: a pattern that starts with a literal code unit can only match where it is.
        if (program.first_code_unit >= 0 && !sticky) {
            while (position < length && input[position] != CharT(program.first_code_unit)) {
                if (program.first_code_unit > 0xFF && sizeof(CharT) == 1) {
                    position = length;
                    break;
                }
                ++position;
            }
            if (position >= length)
                return MatchStatus::NoMatch;
        }
        // Fast path: a pattern that starts with a class skips code units below 0x100 outside it.
        if (program.first_class >= 0 && !sticky) {
            RegExpClass const& first_class = program.classes[size_t(program.first_class)];
            while (position < length && input[position] < 0x100 && !first_class.contains(input[position]))
                ++position;
            if (position >= length)
                return MatchStatus::NoMatch;
        }
        std::fill(registers.begin(), registers.end(), -1);
        stack.clear();
        registers[0] = int32_t(position);
        uint32_t end;
        if (executor.run(0, position, 0, end)) {
            registers[1] = int32_t(end);
            std::memcpy(captures.data(), registers.data(), sizeof(int32_t) * program.capture_count * 2);
            return MatchStatus::Match;
        }
        if (executor.overflowed())
            return MatchStatus::BacktrackLimit;
        // A leading `^` (without `m`) fails everywhere but at 0; sticky tries one position.
        if (sticky || program.anchored_at_start)
            break;
        // AdvanceStringIndex: past a whole surrogate pair in Unicode mode.
        if (unicode && position + 1 < length && is_lead(input[position]) && is_trail(input[position + 1]))
            position += 2;
        else
            ++position;
    }
    return MatchStatus::NoMatch;
}

}

MatchStatus match_regexp(RegExpProgram const& program, runtime::CodeUnitView input, uint32_t start, bool sticky, std::span<int32_t> captures)
{
    if (start > input.length())
        return MatchStatus::NoMatch;
    if (input.is_one_byte())
        return match(program, input.one_byte_chars(), input.length(), start, sticky, captures);
    return match(program, input.two_byte_chars(), input.length(), start, sticky, captures);
}

}
