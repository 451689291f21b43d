#pragma once
// Structural checks of a FunctionTemplate (tests and the corpus compiler): every instruction
// decodes inside the code, register operands are below register_count, constant operands inside
// the pool (Atom operands naming strings), slots below feedback_slot_count, jump targets and
// handler offsets on instruction boundaries, the code ends with an instruction that does not
// fall through. Nested templates are checked too.

#include <optional>
#include <string>

namespace sable::bytecode {

class FunctionTemplate;

// The first problem found, or nothing.
std::optional<std::string> verify_function_template(FunctionTemplate const&);

}
