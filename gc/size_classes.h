#pragma once
// Size classes of small cells. Each Block holds cells of one class. Sizes are multiples of the
// 16-byte atom: every atom up to 256 bytes, then steps of about 25%. Each class is stretched
// to the largest size that still fits the same number of cells in a block, so the block's
// unusable tail stays smaller than one cell. Cells above the largest class are
// LargeAllocations.

#include "gc/block.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace sable::gc {

struct SizeClassTable {
    std::array<uint32_t, 64> sizes {};
    size_t count { 0 };
};

consteval SizeClassTable make_size_class_table()
{
    SizeClassTable table;
    auto add = [&](size_t size) {
        size_t cells_per_block = kBlockPayloadSize / size;
        size_t stretched = (kBlockPayloadSize / cells_per_block) & ~(kAtomSize - 1);
        if (table.count == 0 || table.sizes[table.count - 1] < stretched)
            table.sizes[table.count++] = uint32_t(stretched);
    };
    for (size_t size = kAtomSize; size <= 256; size += kAtomSize)
        add(size);
    for (size_t size = 256; size <= 8192; size = (size + size / 4 + kAtomSize - 1) & ~(kAtomSize - 1))
        add(size);
    add(8192);
    return table;
}

inline constexpr SizeClassTable kSizeClassTable = make_size_class_table();
inline constexpr size_t kSizeClassCount = kSizeClassTable.count;
inline constexpr size_t kMaxSmallCellSize = kSizeClassTable.sizes[kSizeClassCount - 1];

// The class of each size, indexed by the size in atoms (rounded up).
consteval std::array<uint8_t, kMaxSmallCellSize / kAtomSize + 1> make_size_class_lookup()
{
    std::array<uint8_t, kMaxSmallCellSize / kAtomSize + 1> lookup {};
    size_t size_class = 0;
    for (size_t atoms = 0; atoms < lookup.size(); ++atoms) {
        while (kSizeClassTable.sizes[size_class] < atoms * kAtomSize)
            ++size_class;
        lookup[atoms] = uint8_t(size_class);
    }
    return lookup;
}

inline constexpr auto kSizeClassLookup = make_size_class_lookup();

// The smallest class holding `size` bytes; size must be at most kMaxSmallCellSize.
constexpr size_t size_class_of(size_t size) { return kSizeClassLookup[(size + kAtomSize - 1) / kAtomSize]; }
constexpr uint32_t size_class_cell_size(size_t size_class) { return kSizeClassTable.sizes[size_class]; }

}
