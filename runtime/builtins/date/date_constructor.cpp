#include "runtime/builtins/date/date_constructor.h"

#include "runtime/abstract_operations.h"
#include "runtime/builtins/date/date_math.h"
#include "runtime/object.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <cmath>

namespace sable::runtime::builtins::date_constructor {

namespace {

// The time value of Date(year, month [ , date [ , hours [ , minutes [ , seconds [ , ms ] ] ] ] ])
// and Date.UTC's arguments (before UTC/TimeClip).
ThrowCompletionOr<double> time_from_components(VM& vm, Arguments const& arguments)
{
    // Let y be ? ToNumber(values[0]); m be ? ToNumber(values[1]) (or +0 when absent, for UTC).
    double y = TRY(to_number(vm, arguments.at(0)));
    double m = arguments.size() > 1 ? TRY(to_number(vm, arguments.at(1))) : 0;
    // dt, h, min, s, milli: ? ToNumber when present, else 1, 0, 0, 0, 0.
    double fields[5] = { 1, 0, 0, 0, 0 };
    for (size_t i = 0; i < 5; ++i) {
        if (arguments.size() > i + 2)
            fields[i] = TRY(to_number(vm, arguments.values[i + 2]));
    }
    // If y is NaN, let yr be NaN; else 0 ≤ ToIntegerOrInfinity(y) ≤ 99 means 1900 + it.
    double yr = date::make_full_year(y);
    // finalDate = MakeDate(MakeDay(yr, m, dt), MakeTime(h, min, s, milli)).
    return date::make_date(date::make_day(yr, m, fields[0]), date::make_time(fields[1], fields[2], fields[3], fields[4]));
}

}

// Date ( ...values ) — https://tc39.es/ecma262/#sec-date
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    // 1. If NewTarget is undefined, then
    if (!arguments.new_target) {
        // a. Let now be the time value (UTC) identifying the current time.
        // b. Return ToDateString(now).
        double now = date::now();
        double local = date::local_time(now);
        std::string text = date::to_date_string(local) + " " + date::to_time_string(local, now);
        return Value::string(String::from_utf8(vm.heap(), text));
    }
    // 2. Let numberOfArgs be the number of elements in values.
    double dv;
    // 3. If numberOfArgs = 0, then let dv be the current time.
    if (arguments.size() == 0) {
        dv = date::now();
    } else if (arguments.size() == 1) {
        // 4. Else if numberOfArgs = 1, then
        Value value = arguments.at(0);
        double tv;
        // b. If value is an Object and value has a [[DateValue]] internal slot, then
        if (auto date_value = wrapped_primitive(value, ObjectKind::Date)) {
            //    i. Let tv be value.[[DateValue]].
            tv = date_value->as_number();
        } else {
            // c. Else,
            //    i. Let v be ? ToPrimitive(value).
            Value v = TRY(to_primitive(vm, value));
            //    ii. If v is a String, then let tv be the result of parsing v as a date.
            if (v.is_string())
                tv = date::parse_date(v.as_string()->to_utf16(vm.heap()));
            else
                //    iii. Else, let tv be ? ToNumber(v).
                tv = TRY(to_number(vm, v));
        }
        // d. Let dv be TimeClip(tv).
        dv = date::time_clip(tv);
    } else {
        // 5. Else, let dv be TimeClip(UTC(finalDate)).
        dv = date::time_clip(date::utc(TRY(time_from_components(vm, arguments))));
    }
    // 6. Let O be ? OrdinaryCreateFromConstructor(NewTarget, "%Date.prototype%", « [[DateValue]] »).
    Object* prototype = TRY(get_prototype_from_constructor(vm, *arguments.new_target, &Realm::date_prototype));
    // 7. Set O.[[DateValue]] to dv. 8. Return O.
    return Value::object(PrimitiveWrapper::create(vm, ObjectKind::Date, Value::number(dv), prototype));
}

// Date.now ( ) — https://tc39.es/ecma262/#sec-date.now
ThrowCompletionOr<Value> now(VM&, Arguments const&)
{
    // 1. Return the time value (UTC) identifying the current time.
    return Value::number(date::now());
}

// Date.parse ( string ) — https://tc39.es/ecma262/#sec-date.parse
ThrowCompletionOr<Value> parse(VM& vm, Arguments const& arguments)
{
    String* string = TRY(to_string(vm, arguments.at(0)));
    return Value::number(date::parse_date(string->to_utf16(vm.heap())));
}

// Date.UTC ( year [ , month [ , date [ , hours [ , minutes [ , seconds [ , ms ] ] ] ] ] ] ) — https://tc39.es/ecma262/#sec-date.utc
ThrowCompletionOr<Value> utc(VM& vm, Arguments const& arguments)
{
    // 1-9. The components (month defaults to 0, date to 1); 10. Return TimeClip(MakeDate(...)).
    return Value::number(date::time_clip(TRY(time_from_components(vm, arguments))));
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/date/date_constructor.def"
}

}
