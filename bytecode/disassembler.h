#pragma once
// Prints bytecode one instruction per line: offset, name, operands (`--print-bytecode`).

#include <cstdint>
#include <functional>
#include <span>
#include <string>

namespace sable::bytecode {

// Describes constant-pool entry `index` for Const and Atom operands (e.g. `"length"`).
using ConstantDescriber = std::function<std::string(uint32_t index)>;

std::string disassemble(std::span<uint8_t const> code, ConstantDescriber const& describe_constant = {});

}
