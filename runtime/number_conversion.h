#pragma once
// Number <-> string conversions (DESIGN.md decision 11): Number::toString for every radix,
// StringToNumber, CanonicalNumericIndexString, and the digit formatting of
// Number.prototype.toFixed / toExponential / toPrecision. Radix-10 digit generation and decimal
// parsing come from double-conversion; the rest is here.
//
// These functions produce ASCII text; String::from_latin1 turns it into a String.

#include "runtime/code_unit_view.h"

#include <optional>
#include <string>
#include <string_view>

namespace sable::gc {
class Heap;
}

namespace sable::runtime {

class String;

// Room for any radix-10 Number::toString result: "-1.2345678901234567e-308" is 24 characters.
struct NumberToStringBuffer {
    char chars[32];
};

// Number::toString ( x, 10 ). The result points into buffer (or at a literal).
std::string_view number_to_string(double x, NumberToStringBuffer& buffer);
// Number::toString ( x, radix ), 2 <= radix <= 36. Radix 10 is exact; other radixes give the
// digits V8 gives (the spec leaves their choice to the implementation).
std::string number_to_string(double x, int radix);
// Number::toString as a String.
String* number_to_js_string(gc::Heap&, double x, int radix = 10);

// StringToNumber ( str ): the String numeric literal grammar after trimming white space and
// line terminators; NaN when the text is not one.
double string_to_number(CodeUnitView str);
inline double string_to_number(std::string_view latin1) { return string_to_number(CodeUnitView(latin1)); }

// WhiteSpace or LineTerminator: what StringToNumber and String.prototype.trim strip.
bool is_str_white_space_char(char16_t);

// CanonicalNumericIndexString ( argument ): the Number the string canonically spells (with
// "-0" as -0), or std::nullopt for undefined.
std::optional<double> canonical_numeric_index_string(CodeUnitView argument);

// The formatting steps of Number.prototype.toFixed, toExponential and toPrecision, after the
// caller has checked the argument (and thrown its RangeError):
//   number_to_fixed        0 <= fraction_digits <= 100 (steps 6-12; any x)
//   number_to_exponential  0 <= fraction_digits <= 100, or std::nullopt when the argument was
//                          undefined (as many digits as needed) (steps 4 and 6-15; any x)
//   number_to_precision    1 <= precision <= 100 (steps 4 and 6-13; any x)
std::string number_to_fixed(double x, int fraction_digits);
std::string number_to_exponential(double x, std::optional<int> fraction_digits);
std::string number_to_precision(double x, int precision);

}
