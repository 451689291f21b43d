#include "runtime/utf8.h"

namespace sable::runtime {

// WHATWG Encoding, "UTF-8 decoder": the lead byte fixes how many continuation bytes follow and
// the range the first of them may take (this excludes overlong forms, surrogates and code points
// above U+10FFFF). A byte that breaks the pattern ends the sequence without being consumed.
size_t decode_utf8_code_point(std::string_view text, size_t position, char32_t& code_point)
{
    auto byte = [&](size_t i) { return static_cast<uint8_t>(text[i]); };
    uint8_t lead = byte(position);
    if (lead < 0x80) {
        code_point = lead;
        return 1;
    }
    size_t needed;
    uint8_t lower = 0x80;
    uint8_t upper = 0xBF;
    char32_t value;
    if (lead >= 0xC2 && lead <= 0xDF) {
        needed = 1;
        value = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        needed = 2;
        value = lead & 0x0F;
        if (lead == 0xE0)
            lower = 0xA0;
        else if (lead == 0xED)
            upper = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        needed = 3;
        value = lead & 0x07;
        if (lead == 0xF0)
            lower = 0x90;
        else if (lead == 0xF4)
            upper = 0x8F;
    } else {
        code_point = kReplacementCharacter;
        return 1;
    }
    size_t length = 1;
    for (size_t i = 0; i < needed; ++i) {
        size_t index = position + length;
        if (index >= text.size() || byte(index) < lower || byte(index) > upper) {
            code_point = kReplacementCharacter;
            return length;
        }
        value = (value << 6) | (byte(index) & 0x3F);
        lower = 0x80;
        upper = 0xBF;
        ++length;
    }
    code_point = value;
    return length;
}

Utf8Measure measure_utf8(std::string_view text)
{
    Utf8Measure measure;
    for (size_t position = 0; position < text.size();) {
        // Fast path: ASCII bytes are one code unit each.
        if (static_cast<uint8_t>(text[position]) < 0x80) {
            ++measure.utf16_length;
            ++position;
            continue;
        }
        char32_t code_point;
        position += decode_utf8_code_point(text, position, code_point);
        measure.utf16_length += code_point >= 0x10000 ? 2 : 1;
        if (code_point >= 0x100)
            measure.fits_in_one_byte = false;
    }
    return measure;
}

void decode_utf8(std::string_view text, char16_t* out)
{
    for (size_t position = 0; position < text.size();) {
        char32_t code_point;
        position += decode_utf8_code_point(text, position, code_point);
        if (code_point >= 0x10000) {
            code_point -= 0x10000;
            *out++ = static_cast<char16_t>(0xD800 + (code_point >> 10));
            *out++ = static_cast<char16_t>(0xDC00 + (code_point & 0x3FF));
        } else {
            *out++ = static_cast<char16_t>(code_point);
        }
    }
}

void decode_utf8(std::string_view text, uint8_t* out)
{
    for (size_t position = 0; position < text.size();) {
        char32_t code_point;
        position += decode_utf8_code_point(text, position, code_point);
        assert(code_point < 0x100);
        *out++ = static_cast<uint8_t>(code_point);
    }
}

void append_utf8_code_point(char32_t code_point, std::string& out)
{
    if (code_point < 0x80) {
        out.push_back(static_cast<char>(code_point));
    } else if (code_point < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
        out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    } else if (code_point < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
        out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
        out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    }
}

void append_utf8(CodeUnitView text, std::string& out)
{
    if (text.is_one_byte() && text.is_ascii()) {
        // Fast path: ASCII is its own UTF-8.
        out.append(reinterpret_cast<char const*>(text.one_byte_chars()), text.length());
        return;
    }
    for (char32_t code_point : text.code_points())
        append_utf8_code_point(is_surrogate(code_point) ? kReplacementCharacter : code_point, out);
}

}
