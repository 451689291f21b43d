#pragma once
// The flags of a regular expression (`dgimsuvy`), as one byte.

#include <cstdint>
#include <string>

namespace sable::regexp {

enum class RegExpFlag : uint8_t {
    HasIndices = 1 << 0,  // d
    Global = 1 << 1,      // g
    IgnoreCase = 1 << 2,  // i
    Multiline = 1 << 3,   // m
    DotAll = 1 << 4,      // s
    Unicode = 1 << 5,     // u
    UnicodeSets = 1 << 6, // v
    Sticky = 1 << 7,      // y
};

class RegExpFlags {
public:
    constexpr RegExpFlags() = default;
    constexpr explicit RegExpFlags(uint8_t bits)
        : m_bits(bits)
    {
    }

    constexpr bool has(RegExpFlag flag) const { return (m_bits & uint8_t(flag)) != 0; }
    constexpr void set(RegExpFlag flag) { m_bits |= uint8_t(flag); }
    constexpr uint8_t bits() const { return m_bits; }

    constexpr bool has_indices() const { return has(RegExpFlag::HasIndices); }
    constexpr bool global() const { return has(RegExpFlag::Global); }
    constexpr bool ignore_case() const { return has(RegExpFlag::IgnoreCase); }
    constexpr bool multiline() const { return has(RegExpFlag::Multiline); }
    constexpr bool dot_all() const { return has(RegExpFlag::DotAll); }
    constexpr bool unicode() const { return has(RegExpFlag::Unicode); }
    constexpr bool unicode_sets() const { return has(RegExpFlag::UnicodeSets); }
    constexpr bool sticky() const { return has(RegExpFlag::Sticky); }

    // HasEitherUnicodeFlag: the pattern is parsed and matched as code points.
    constexpr bool either_unicode() const { return unicode() || unicode_sets(); }

    // The flags in the canonical order of RegExp.prototype.flags ("dgimsuvy").
    std::string to_string() const
    {
        std::string result;
        static constexpr struct {
            RegExpFlag flag;
            char letter;
        } kOrder[] = {
            { RegExpFlag::HasIndices, 'd' }, { RegExpFlag::Global, 'g' }, { RegExpFlag::IgnoreCase, 'i' },
            { RegExpFlag::Multiline, 'm' }, { RegExpFlag::DotAll, 's' }, { RegExpFlag::Unicode, 'u' },
            { RegExpFlag::UnicodeSets, 'v' }, { RegExpFlag::Sticky, 'y' },
        };
        for (auto const& entry : kOrder) {
            if (has(entry.flag))
                result += entry.letter;
        }
        return result;
    }

    constexpr bool operator==(RegExpFlags const&) const = default;

private:
    uint8_t m_bits { 0 };
};

}
