// Date (runtime/builtins/date/). The tests pin TZ to UTC or to a fixed offset zone so local time
// is known.

#include "builtins_test_support.h"

#include <cmath>
#include <cstdlib>
#include <ctime>

namespace sable::runtime::test {
namespace {

class DateTest : public BuiltinsTest {
protected:
    DateTest()
    {
        char const* old = std::getenv("TZ");
        m_old_tz = old ? old : "";
        m_had_tz = old != nullptr;
        setenv("TZ", "UTC", 1);
        tzset();
    }
    ~DateTest() override
    {
        if (m_had_tz)
            setenv("TZ", m_old_tz.c_str(), 1);
        else
            unsetenv("TZ");
        tzset();
    }
    Value make(std::initializer_list<Value> arguments) { return construct_with(global("Date"), arguments); }

    std::string m_old_tz;
    bool m_had_tz { false };
};

TEST_F(DateTest, ConstructAndRead)
{
    Value date = make({ number(2026), number(10), number(26), number(16), number(19), number(28), number(5) });
    EXPECT_EQ(num(method(date, "getFullYear")), 2026);
    EXPECT_EQ(num(method(date, "getMonth")), 10);
    EXPECT_EQ(num(method(date, "getDate")), 26);
    EXPECT_EQ(num(method(date, "getDay")), 4);
    EXPECT_EQ(num(method(date, "getHours")), 16);
    EXPECT_EQ(num(method(date, "getMilliseconds")), 5);
    EXPECT_EQ(num(method(date, "getTimezoneOffset")), 0);
    EXPECT_EQ(str(method(date, "toISOString")), "2026-11-26T16:19:28.005Z");
    EXPECT_EQ(str(method(date, "toUTCString")), "Thu, 26 Nov 2026 16:19:28 GMT");
    EXPECT_EQ(str(method(date, "toString")), "Thu Nov 26 2026 16:19:28 GMT+0000 (Coordinated Universal Time)");
    EXPECT_EQ(str(method(date, "toDateString")), "Thu Nov 26 2026");
    EXPECT_EQ(str(method(date, "toLocaleString")), "11/26/2026, 4:19:28 PM");
    EXPECT_EQ(num(make({ number(0) })), 0);
    EXPECT_EQ(num(method(make({ number(99), number(0) }), "getFullYear")), 1999);
    EXPECT_EQ(str(method(make({ number(-1) }), "toISOString")), "1969-12-31T23:59:59.999Z");
    EXPECT_EQ(str(method(make({ number(-62198755200000.0) }), "toISOString")), "-000001-01-01T00:00:00.000Z");
    Value invalid = make({ string("nonsense") });
    EXPECT_TRUE(std::isnan(num(invalid)));
    EXPECT_EQ(str(method(invalid, "toString")), "Invalid Date");
    EXPECT_EQ(method_throws(invalid, "toISOString"), "RangeError: Invalid time value");
    EXPECT_TRUE(std::isnan(num(make({ number(8.64e15 + 1) }))));
    EXPECT_TRUE(call_function(global("Date"), Value::undefined()).is_string());
    EXPECT_GT(num(method(global("Date"), "now")), 1.7e12);
    EXPECT_EQ(str(call_function(path("Object.prototype.toString"), date)), "[object Date]");
}

TEST_F(DateTest, Parse)
{
    auto parse = [&](std::string_view text) { return num(method(global("Date"), "parse", { string(text) })); };
    EXPECT_EQ(parse("1970-01-01T00:00:00Z"), 0);
    EXPECT_EQ(parse("1970-01-02"), 86400000);
    EXPECT_EQ(parse("1970-01-01T00:00:00.5+01:00"), -3600000 + 500);
    EXPECT_EQ(parse("+010000-01-01T00:00:00Z"), 253402300800000.0);
    EXPECT_EQ(parse("2026-11"), parse("2026-11-01"));
    EXPECT_TRUE(std::isnan(parse("2026-13-01")));
    EXPECT_TRUE(std::isnan(parse("-000000-01-01T00:00:00Z")));
    EXPECT_EQ(parse("Thu Nov 26 2026 16:19:28 GMT+0000 (Coordinated Universal Time)"), parse("2026-11-26T16:19:28Z"));
    EXPECT_EQ(parse("Thu, 26 Nov 2026 16:19:28 GMT"), parse("2026-11-26T16:19:28Z"));
    EXPECT_EQ(num(method(global("Date"), "UTC", { number(1970), number(0), number(2) })), 86400000);
    // Round trips.
    Value date = make({ number(1234567890123.0) });
    EXPECT_EQ(parse(str(method(date, "toISOString"))), 1234567890123.0);
    EXPECT_EQ(parse(str(method(date, "toString"))), 1234567890000.0);
}

TEST_F(DateTest, SettersAndConversions)
{
    Value date = make({ number(2020), number(0), number(31) });
    EXPECT_EQ(num(method(date, "setMonth", { number(1) })), num(make({ number(2020), number(2), number(2) })))
        << "Feb 31 overflows into March";
    method(date, "setFullYear", { number(2021), number(5), number(15) });
    EXPECT_EQ(str(method(date, "toISOString")), "2021-06-15T00:00:00.000Z");
    method(date, "setHours", { number(25) });
    EXPECT_EQ(str(method(date, "toISOString")), "2021-06-16T01:00:00.000Z");
    method(date, "setUTCMinutes", { number(30), number(15) });
    EXPECT_EQ(str(method(date, "toISOString")), "2021-06-16T01:30:15.000Z");
    method(date, "setTime", { Value::raw_double(std::nan("")) });
    EXPECT_TRUE(std::isnan(num(method(date, "setDate", { number(1) }))));
    EXPECT_EQ(num(method(date, "setFullYear", { number(2000) })), 946684800000.0) << "setFullYear starts from +0 when invalid";
    // @@toPrimitive: "default" prefers strings, so + concatenates.
    EXPECT_EQ(str(MUST(add(vm, date, number(1)))).substr(0, 15), "Sat Jan 01 2000");
    EXPECT_EQ(num(MUST(subtract(vm, date, number(1)))), 946684799999.0);
    EXPECT_EQ(str(method(global("JSON"), "stringify", { date })), "\"2000-01-01T00:00:00.000Z\"");
    EXPECT_EQ(path("Date.prototype.toGMTString"), path("Date.prototype.toUTCString"));
}

TEST_F(DateTest, LocalTimeFollowsTheTimeZone)
{
    setenv("TZ", "<+0530>-05:30", 1);
    tzset();
    Value date = make({ string("2026-01-01T00:00:00Z") });
    EXPECT_EQ(num(method(date, "getHours")), 5);
    EXPECT_EQ(num(method(date, "getMinutes")), 30);
    EXPECT_EQ(num(method(date, "getTimezoneOffset")), -330);
    Value local = make({ number(2026), number(0), number(1), number(5), number(30) });
    EXPECT_EQ(num(local), num(date));
    EXPECT_EQ(str(method(date, "toTimeString")).substr(0, 17), "05:30:00 GMT+0530");
}

}
}
