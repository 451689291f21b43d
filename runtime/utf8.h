#pragma once
// UTF-8 at the engine's edges: source text, file contents, printing. Decoding follows the WHATWG
// Encoding Standard's UTF-8 decoder (what Node's Buffer#toString does): each maximal ill-formed
// subsequence becomes one U+FFFD. Encoding turns lone surrogates into U+FFFD.

#include "runtime/code_unit_view.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace sable::runtime {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// Decodes the code point starting at text[position] (position < text.size()); stores it in
// code_point (U+FFFD for an ill-formed sequence) and returns how many bytes it used (>= 1).
size_t decode_utf8_code_point(std::string_view text, size_t position, char32_t& code_point);

struct Utf8Measure {
    size_t utf16_length { 0 };
    bool fits_in_one_byte { true }; // every decoded code point is below U+0100
};
// What decoding text yields, without storing it.
Utf8Measure measure_utf8(std::string_view text);

// Decodes text to code units; `out` has room for measure_utf8(text).utf16_length units, and the
// one-byte form needs measure_utf8(text).fits_in_one_byte.
void decode_utf8(std::string_view text, char16_t* out);
void decode_utf8(std::string_view text, uint8_t* out);

// Appends the UTF-8 encoding of the code units to out (lone surrogates become U+FFFD).
void append_utf8(CodeUnitView text, std::string& out);
void append_utf8_code_point(char32_t code_point, std::string& out);

}
