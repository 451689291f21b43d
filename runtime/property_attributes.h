#pragma once
// PropertyAttributes: the attributes of an own property as shapes and element stores keep them
// (ECMA-262 6.1.7.1 Property Attributes), in one byte. A data property has [[Writable]]; an
// accessor property has the Accessor bit instead and its slot holds an Accessor cell (its
// [[Get]] and [[Set]]). [[Enumerable]] and [[Configurable]] apply to both.

#include <cstdint>

namespace sable::runtime {

class PropertyAttributes {
public:
    static constexpr uint8_t kWritable = 1;
    static constexpr uint8_t kEnumerable = 2;
    static constexpr uint8_t kConfigurable = 4;
    static constexpr uint8_t kAccessor = 8;

    constexpr PropertyAttributes() = default;
    constexpr explicit PropertyAttributes(uint8_t bits)
        : m_bits(bits)
    {
    }
    static constexpr PropertyAttributes data(bool writable, bool enumerable, bool configurable)
    {
        return PropertyAttributes(uint8_t((writable ? kWritable : 0) | (enumerable ? kEnumerable : 0)
            | (configurable ? kConfigurable : 0)));
    }
    static constexpr PropertyAttributes accessor(bool enumerable, bool configurable)
    {
        return PropertyAttributes(
            uint8_t(kAccessor | (enumerable ? kEnumerable : 0) | (configurable ? kConfigurable : 0)));
    }
    // What CreateDataProperty and ordinary assignment give a new property: writable, enumerable,
    // configurable.
    static constexpr PropertyAttributes default_data() { return data(true, true, true); }

    constexpr bool is_accessor() const { return m_bits & kAccessor; }
    constexpr bool is_data() const { return !is_accessor(); }
    constexpr bool is_writable() const { return m_bits & kWritable; }
    constexpr bool is_enumerable() const { return m_bits & kEnumerable; }
    constexpr bool is_configurable() const { return m_bits & kConfigurable; }
    constexpr uint8_t bits() const { return m_bits; }

    constexpr bool operator==(PropertyAttributes const&) const = default;

private:
    uint8_t m_bits { 0 };
};

}
