#pragma once
// The table the Heap is built with: one gc::CellTraits per CellKind, in CellKind order,
// generated from runtime/cell_kinds.def.

#include "gc/cell.h"

#include <span>

namespace sable::runtime {

std::span<gc::CellTraits const> cell_traits();

}
