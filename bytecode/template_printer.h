#pragma once
// Prints a FunctionTemplate for `sable --print-bytecode`: a header (name, kind, counts), the
// disassembly with constants described, the constant pool's nested cells, the exception
// handler table, then every nested template, depth first.

#include <string>

namespace sable::gc {
class Heap;
}

namespace sable::bytecode {

class FunctionTemplate;

std::string print_function_template(gc::Heap&, FunctionTemplate const&);

char const* function_template_kind_name(uint8_t kind);

}
