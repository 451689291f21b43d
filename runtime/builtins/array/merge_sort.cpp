#include "runtime/builtins/array/merge_sort.h"

#include "runtime/value_list.h"
#include "runtime/vm.h"

#include <algorithm>

namespace sable::runtime::builtins {

ThrowCompletionOr<void> merge_sort(VM& vm, ValueList& list, Value comparator, SortCompare compare)
{
    uint32_t size = list.size();
    if (size < 2)
        return {};
    ValueList buffer(vm.heap(), size);
    for (uint32_t i = 0; i < size; ++i)
        buffer.append(Value::undefined());
    // Bottom-up: runs of width 1, 2, 4... merged from `list` into `buffer`, then copied back.
    for (uint32_t width = 1; width < size; width *= 2) {
        for (uint32_t left = 0; left < size; left += 2 * width) {
            uint32_t middle = std::min(left + width, size);
            uint32_t right = std::min(left + 2 * width, size);
            uint32_t i = left;
            uint32_t j = middle;
            uint32_t k = left;
            while (i < middle && j < right) {
                // Take from the right run only when strictly less: equal elements keep their
                // order (stability).
                double order = TRY(compare(vm, list.at(j), list.at(i), comparator));
                if (order < 0)
                    buffer.set(k++, list.at(j++));
                else
                    buffer.set(k++, list.at(i++));
            }
            while (i < middle)
                buffer.set(k++, list.at(i++));
            while (j < right)
                buffer.set(k++, list.at(j++));
        }
        for (uint32_t i = 0; i < size; ++i)
            list.set(i, buffer.at(i));
    }
    return {};
}

}
