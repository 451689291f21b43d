#include "runtime/builtins/date/date_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/date/date_math.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/string.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

#include <cmath>
#include <cstdio>

namespace sable::runtime::builtins::date_prototype {

namespace {

// thisTimeValue ( value ) — https://tc39.es/ecma262/#sec-thistimevalue (with the object, for setters)
ThrowCompletionOr<PrimitiveWrapper*> this_date(VM& vm, Value value, std::string_view method)
{
    // 1. If value is an Object and value has a [[DateValue]] internal slot, return value.[[DateValue]].
    if (value.is_object() && value.as_object()->kind() == ObjectKind::Date)
        return static_cast<PrimitiveWrapper*>(value.as_object());
    // 2. Throw a TypeError exception.
    return vm.throw_type_error(ErrorType::NotA, { method, "Date" });
}

ThrowCompletionOr<double> this_time_value(VM& vm, Value value, std::string_view method)
{
    return TRY(this_date(vm, value, method))->primitive().as_number();
}

Value text(VM& vm, std::string const& utf8) { return Value::string(String::from_utf8(vm.heap(), utf8)); }

enum class Field : uint8_t { Year, Month, Date, Day, Hours, Minutes, Seconds, Milliseconds };

// The getters: 1. Let dateObject be the this value. 2. Perform ? RequireInternalSlot(dateObject,
// [[DateValue]]). 3. Let t be dateObject.[[DateValue]]. 4. If t is NaN, return NaN. 5. Return
// the field of LocalTime(t) (or of t for the UTC getters).
ThrowCompletionOr<Value> get_field(VM& vm, Arguments const& arguments, Field field, bool local, std::string_view method)
{
    double t = TRY(this_time_value(vm, arguments.this_value, method));
    if (std::isnan(t))
        return Value::raw_double(std::nan(""));
    if (local)
        t = date::local_time(t);
    switch (field) {
    case Field::Year:
        return Value::number(date::year_from_time(t));
    case Field::Month:
        return Value::number(date::month_from_time(t));
    case Field::Date:
        return Value::number(date::date_from_time(t));
    case Field::Day:
        return Value::number(date::week_day(t));
    case Field::Hours:
        return Value::number(date::hour_from_time(t));
    case Field::Minutes:
        return Value::number(date::min_from_time(t));
    case Field::Seconds:
        return Value::number(date::sec_from_time(t));
    case Field::Milliseconds:
        return Value::number(date::ms_from_time(t));
    }
    return Value::undefined();
}

// The setters (21.4.4.20-28): the fields from `first` on (year 0, month 1, date 2, hours 3,
// minutes 4, seconds 5, ms 6), up to `max_arguments` of them, come from the arguments (each
// ? ToNumber, the first even when absent); the others from the current time value (LocalTime of
// it unless UTC). NaN time values stay NaN, except for setFullYear which starts from +0.
// setYear (B.2.3.2) passes `two_digit_year`: its year goes through MakeFullYear.
ThrowCompletionOr<Value> set_fields(VM& vm, Arguments const& arguments, int first, int max_arguments, bool local,
    std::string_view method, bool two_digit_year = false)
{
    // 1-2. Let dateObject be the this value; perform ? RequireInternalSlot(dateObject, [[DateValue]]).
    PrimitiveWrapper* date_object = TRY(this_date(vm, arguments.this_value, method));
    // 3. Let t be dateObject.[[DateValue]].
    double t = date_object->primitive().as_number();
    // 4-5. Convert the arguments first (they may run user code).
    double given[4];
    int count = std::max<int>(1, std::min<int>(max_arguments, int(arguments.size())));
    for (int i = 0; i < count; ++i)
        given[i] = TRY(to_number(vm, arguments.at(size_t(i))));
    // B.2.3.2 step 6. Let yyyy be MakeFullYear(y).
    if (two_digit_year)
        given[0] = date::make_full_year(given[0]);
    // 6. If t is NaN, return NaN (setFullYear: let t be +0; otherwise LocalTime(t)).
    if (std::isnan(t)) {
        if (first != 0)
            return Value::raw_double(std::nan(""));
        t = 0;
    } else if (local) {
        t = date::local_time(t);
    }
    double fields[7] = { date::year_from_time(t), date::month_from_time(t), date::date_from_time(t), date::hour_from_time(t),
        date::min_from_time(t), date::sec_from_time(t), date::ms_from_time(t) };
    for (int i = 0; i < count; ++i)
        fields[first + i] = given[i];
    // 7. Let newDate be MakeDate(MakeDay(y, m, dt), MakeTime(h, m, s, milli)).
    double new_date = date::make_date(date::make_day(fields[0], fields[1], fields[2]), date::make_time(fields[3], fields[4], fields[5], fields[6]));
    // 8. Let u be TimeClip(UTC(newDate)) (TimeClip(newDate) for the UTC setters).
    double u = date::time_clip(local ? date::utc(new_date) : new_date);
    // 9. Set dateObject.[[DateValue]] to u. 10. Return u.
    date_object->set_primitive(vm.heap(), Value::number(u));
    return Value::number(u);
}

// ToDateString ( tv ) — https://tc39.es/ecma262/#sec-todatestring
std::string to_date_string_of(double tv)
{
    // 1. If tv is NaN, return "Invalid Date".
    if (std::isnan(tv))
        return "Invalid Date";
    // 2. Let t be LocalTime(tv).
    double t = date::local_time(tv);
    // 3. Return DateString(t), " ", TimeString(t) and TimeZoneString(tv).
    return date::to_date_string(t) + " " + date::to_time_string(t, tv);
}

// en-US style "11/26/2026" and "4:19:28 PM" (what Node prints without Intl options).
std::string locale_date(double t)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%d/%d/%d", int(date::month_from_time(t)) + 1, int(date::date_from_time(t)), int(date::year_from_time(t)));
    return buffer;
}

std::string locale_time(double t)
{
    int hour = int(date::hour_from_time(t));
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%d:%02d:%02d %s", hour % 12 == 0 ? 12 : hour % 12, int(date::min_from_time(t)),
        int(date::sec_from_time(t)), hour < 12 ? "AM" : "PM");
    return buffer;
}

}

// Date.prototype.getDate ( ) — https://tc39.es/ecma262/#sec-date.prototype.getdate (and the other getters)
ThrowCompletionOr<Value> get_date(VM& vm, Arguments const& a) { return get_field(vm, a, Field::Date, true, "Date.prototype.getDate"); }
ThrowCompletionOr<Value> get_day(VM& vm, Arguments const& a) { return get_field(vm, a, Field::Day, true, "Date.prototype.getDay"); }
ThrowCompletionOr<Value> get_full_year(VM& vm, Arguments const& a) { return get_field(vm, a, Field::Year, true, "Date.prototype.getFullYear"); }
ThrowCompletionOr<Value> get_hours(VM& vm, Arguments const& a) { return get_field(vm, a, Field::Hours, true, "Date.prototype.getHours"); }
ThrowCompletionOr<Value> get_milliseconds(VM& vm, Arguments const& a) { return get_field(vm, a, Field::Milliseconds, true, "Date.prototype.getMilliseconds"); }
ThrowCompletionOr<Value> get_minutes(VM& vm, Arguments const& a) { return get_field(vm, a, Field::Minutes, true, "Date.prototype.getMinutes"); }
ThrowCompletionOr<Value> get_month(VM& vm, Arguments const& a) { return get_field(vm, a, Field::Month, true, "Date.prototype.getMonth"); }
ThrowCompletionOr<Value> get_seconds(VM& vm, Arguments const& a) { return get_field(vm, a, Field::Seconds, true, "Date.prototype.getSeconds"); }
ThrowCompletionOr<Value> get_utc_date(VM& vm, Arguments const& a) { return get_field(vm, a, Field::Date, false, "Date.prototype.getUTCDate"); }
ThrowCompletionOr<Value> get_utc_day(VM& vm, Arguments const& a) { return get_field(vm, a, Field::Day, false, "Date.prototype.getUTCDay"); }
ThrowCompletionOr<Value> get_utc_full_year(VM& vm, Arguments const& a) { return get_field(vm, a, Field::Year, false, "Date.prototype.getUTCFullYear"); }
ThrowCompletionOr<Value> get_utc_hours(VM& vm, Arguments const& a) { return get_field(vm, a, Field::Hours, false, "Date.prototype.getUTCHours"); }
ThrowCompletionOr<Value> get_utc_milliseconds(VM& vm, Arguments const& a) { return get_field(vm, a, Field::Milliseconds, false, "Date.prototype.getUTCMilliseconds"); }
ThrowCompletionOr<Value> get_utc_minutes(VM& vm, Arguments const& a) { return get_field(vm, a, Field::Minutes, false, "Date.prototype.getUTCMinutes"); }
ThrowCompletionOr<Value> get_utc_month(VM& vm, Arguments const& a) { return get_field(vm, a, Field::Month, false, "Date.prototype.getUTCMonth"); }
ThrowCompletionOr<Value> get_utc_seconds(VM& vm, Arguments const& a) { return get_field(vm, a, Field::Seconds, false, "Date.prototype.getUTCSeconds"); }

// Date.prototype.getTime ( ) — https://tc39.es/ecma262/#sec-date.prototype.gettime
ThrowCompletionOr<Value> get_time(VM& vm, Arguments const& arguments)
{
    // 1-3. Return dateObject.[[DateValue]].
    return Value::number(TRY(this_time_value(vm, arguments.this_value, "Date.prototype.getTime")));
}

// Date.prototype.getTimezoneOffset ( ) — https://tc39.es/ecma262/#sec-date.prototype.gettimezoneoffset
ThrowCompletionOr<Value> get_timezone_offset(VM& vm, Arguments const& arguments)
{
    double t = TRY(this_time_value(vm, arguments.this_value, "Date.prototype.getTimezoneOffset"));
    // 4. If t is NaN, return NaN.
    if (std::isnan(t))
        return Value::raw_double(std::nan(""));
    // 5. Return (t - LocalTime(t)) / msPerMinute.
    return Value::number((t - date::local_time(t)) / date::kMsPerMinute);
}

// Date.prototype.getYear ( ) — https://tc39.es/ecma262/#sec-date.prototype.getyear
ThrowCompletionOr<Value> get_year(VM& vm, Arguments const& arguments)
{
    Value year = TRY(get_field(vm, arguments, Field::Year, true, "Date.prototype.getYear"));
    // 5. Return YearFromTime(LocalTime(t)) - 1900𝔽.
    return Value::number(year.as_number() - 1900);
}

// Date.prototype.setDate ( date ) and the other setters — https://tc39.es/ecma262/#sec-date.prototype.setdate
ThrowCompletionOr<Value> set_date(VM& vm, Arguments const& a) { return set_fields(vm, a, 2, 1, true, "Date.prototype.setDate"); }
ThrowCompletionOr<Value> set_full_year(VM& vm, Arguments const& a) { return set_fields(vm, a, 0, 3, true, "Date.prototype.setFullYear"); }
ThrowCompletionOr<Value> set_hours(VM& vm, Arguments const& a) { return set_fields(vm, a, 3, 4, true, "Date.prototype.setHours"); }
ThrowCompletionOr<Value> set_milliseconds(VM& vm, Arguments const& a) { return set_fields(vm, a, 6, 1, true, "Date.prototype.setMilliseconds"); }
ThrowCompletionOr<Value> set_minutes(VM& vm, Arguments const& a) { return set_fields(vm, a, 4, 3, true, "Date.prototype.setMinutes"); }
ThrowCompletionOr<Value> set_month(VM& vm, Arguments const& a) { return set_fields(vm, a, 1, 2, true, "Date.prototype.setMonth"); }
ThrowCompletionOr<Value> set_seconds(VM& vm, Arguments const& a) { return set_fields(vm, a, 5, 2, true, "Date.prototype.setSeconds"); }
ThrowCompletionOr<Value> set_utc_date(VM& vm, Arguments const& a) { return set_fields(vm, a, 2, 1, false, "Date.prototype.setUTCDate"); }
ThrowCompletionOr<Value> set_utc_full_year(VM& vm, Arguments const& a) { return set_fields(vm, a, 0, 3, false, "Date.prototype.setUTCFullYear"); }
ThrowCompletionOr<Value> set_utc_hours(VM& vm, Arguments const& a) { return set_fields(vm, a, 3, 4, false, "Date.prototype.setUTCHours"); }
ThrowCompletionOr<Value> set_utc_milliseconds(VM& vm, Arguments const& a) { return set_fields(vm, a, 6, 1, false, "Date.prototype.setUTCMilliseconds"); }
ThrowCompletionOr<Value> set_utc_minutes(VM& vm, Arguments const& a) { return set_fields(vm, a, 4, 3, false, "Date.prototype.setUTCMinutes"); }
ThrowCompletionOr<Value> set_utc_month(VM& vm, Arguments const& a) { return set_fields(vm, a, 1, 2, false, "Date.prototype.setUTCMonth"); }
// Date.prototype.setYear ( year ) — https://tc39.es/ecma262/#sec-date.prototype.setyear
// (setFullYear with one argument, 0 to 99 meaning 1900 to 1999)
ThrowCompletionOr<Value> set_year(VM& vm, Arguments const& a) { return set_fields(vm, a, 0, 1, true, "Date.prototype.setYear", true); }
ThrowCompletionOr<Value> set_utc_seconds(VM& vm, Arguments const& a) { return set_fields(vm, a, 5, 2, false, "Date.prototype.setUTCSeconds"); }

// Date.prototype.setTime ( time ) — https://tc39.es/ecma262/#sec-date.prototype.settime
ThrowCompletionOr<Value> set_time(VM& vm, Arguments const& arguments)
{
    // 1-2. dateObject, RequireInternalSlot.
    PrimitiveWrapper* date_object = TRY(this_date(vm, arguments.this_value, "Date.prototype.setTime"));
    // 3. Let t be ? ToNumber(time).
    double t = TRY(to_number(vm, arguments.at(0)));
    // 4. Let v be TimeClip(t). 5. Set dateObject.[[DateValue]] to v. 6. Return v.
    double v = date::time_clip(t);
    date_object->set_primitive(vm.heap(), Value::number(v));
    return Value::number(v);
}

// Date.prototype.toDateString ( ) — https://tc39.es/ecma262/#sec-date.prototype.todatestring
ThrowCompletionOr<Value> to_date_string(VM& vm, Arguments const& arguments)
{
    double tv = TRY(this_time_value(vm, arguments.this_value, "Date.prototype.toDateString"));
    // 4. If tv is NaN, return "Invalid Date". 5-6. Return DateString(LocalTime(tv)).
    if (std::isnan(tv))
        return text(vm, "Invalid Date");
    return text(vm, date::to_date_string(date::local_time(tv)));
}

// Date.prototype.toISOString ( ) — https://tc39.es/ecma262/#sec-date.prototype.toisostring
ThrowCompletionOr<Value> to_iso_string(VM& vm, Arguments const& arguments)
{
    double tv = TRY(this_time_value(vm, arguments.this_value, "Date.prototype.toISOString"));
    // 4. If tv is not finite, throw a RangeError exception.
    if (!std::isfinite(tv))
        return vm.throw_range_error(ErrorType::InvalidTimeValue);
    // 5. Return the Date Time String Format form of tv, in UTC.
    return text(vm, date::to_iso_string(tv));
}

// Date.prototype.toJSON ( key ) — https://tc39.es/ecma262/#sec-date.prototype.tojson
ThrowCompletionOr<Value> to_json(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let tv be ? ToPrimitive(O, number).
    Value tv = TRY(to_primitive(vm, Value::object(object), PreferredType::Number));
    // 3. If tv is a Number and tv is not finite, return null.
    if (tv.is_number() && !std::isfinite(tv.as_number()))
        return Value::null();
    // 4. Return ? Invoke(O, "toISOString").
    return invoke(vm, Value::object(object), to_property_key(vm.atoms(), CodeUnitView(std::string_view("toISOString"))));
}

// Date.prototype.toLocaleDateString / toLocaleString / toLocaleTimeString (without ECMA-402:
// Node's default en-US forms).
ThrowCompletionOr<Value> to_locale_date_string(VM& vm, Arguments const& arguments)
{
    double tv = TRY(this_time_value(vm, arguments.this_value, "Date.prototype.toLocaleDateString"));
    if (std::isnan(tv))
        return text(vm, "Invalid Date");
    return text(vm, locale_date(date::local_time(tv)));
}

ThrowCompletionOr<Value> to_locale_string(VM& vm, Arguments const& arguments)
{
    double tv = TRY(this_time_value(vm, arguments.this_value, "Date.prototype.toLocaleString"));
    if (std::isnan(tv))
        return text(vm, "Invalid Date");
    double t = date::local_time(tv);
    return text(vm, locale_date(t) + ", " + locale_time(t));
}

ThrowCompletionOr<Value> to_locale_time_string(VM& vm, Arguments const& arguments)
{
    double tv = TRY(this_time_value(vm, arguments.this_value, "Date.prototype.toLocaleTimeString"));
    if (std::isnan(tv))
        return text(vm, "Invalid Date");
    return text(vm, locale_time(date::local_time(tv)));
}

// Date.prototype.toString ( ) — https://tc39.es/ecma262/#sec-date.prototype.tostring
ThrowCompletionOr<Value> to_string(VM& vm, Arguments const& arguments)
{
    // 1-3. Let tv be dateObject.[[DateValue]]. 4. Return ToDateString(tv).
    double tv = TRY(this_time_value(vm, arguments.this_value, "Date.prototype.toString"));
    return text(vm, to_date_string_of(tv));
}

// Date.prototype.toTimeString ( ) — https://tc39.es/ecma262/#sec-date.prototype.totimestring
ThrowCompletionOr<Value> to_time_string(VM& vm, Arguments const& arguments)
{
    double tv = TRY(this_time_value(vm, arguments.this_value, "Date.prototype.toTimeString"));
    // 4. If tv is NaN, return "Invalid Date".
    if (std::isnan(tv))
        return text(vm, "Invalid Date");
    // 5-6. Return TimeString(LocalTime(tv)) and TimeZoneString(tv).
    return text(vm, date::to_time_string(date::local_time(tv), tv));
}

// Date.prototype.toUTCString ( ) — https://tc39.es/ecma262/#sec-date.prototype.toutcstring
ThrowCompletionOr<Value> to_utc_string(VM& vm, Arguments const& arguments)
{
    double tv = TRY(this_time_value(vm, arguments.this_value, "Date.prototype.toUTCString"));
    // 4. If tv is NaN, return "Invalid Date".
    if (std::isnan(tv))
        return text(vm, "Invalid Date");
    // 5-10. weekday, ", ", day, " ", month, " ", year and TimeString(tv).
    return text(vm, date::to_utc_string(tv));
}

// Date.prototype.valueOf ( ) — https://tc39.es/ecma262/#sec-date.prototype.valueof
ThrowCompletionOr<Value> value_of(VM& vm, Arguments const& arguments)
{
    return Value::number(TRY(this_time_value(vm, arguments.this_value, "Date.prototype.valueOf")));
}

// Date.prototype [ %Symbol.toPrimitive% ] ( hint ) — https://tc39.es/ecma262/#sec-date.prototype-%symbol.toprimitive%
ThrowCompletionOr<Value> symbol_to_primitive(VM& vm, Arguments const& arguments)
{
    // 1. Let O be the this value.
    // 2. If O is not an Object, throw a TypeError exception.
    if (!arguments.this_value.is_object())
        return vm.throw_type_error(ErrorType::NotAnObject, { "Date.prototype [ @@toPrimitive ]'s this value" });
    Value hint = arguments.at(0);
    std::string hint_text = hint.is_string() ? hint.as_string()->to_utf8(vm.heap()) : std::string();
    PreferredType try_first;
    // 3. If hint is either "string" or "default", let tryFirst be string.
    if (hint_text == "string" || hint_text == "default")
        try_first = PreferredType::String;
    // 4. Else if hint is "number", let tryFirst be number.
    else if (hint_text == "number")
        try_first = PreferredType::Number;
    // 5. Else, throw a TypeError exception.
    else
        return vm.throw_type_error(ErrorType::NotA, { "Date.prototype [ @@toPrimitive ] hint", "\"string\", \"number\" or \"default\"" });
    // 6. Return ? OrdinaryToPrimitive(O, tryFirst).
    return ordinary_to_primitive(vm, *arguments.this_value.as_object(), try_first);
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/date/date_prototype.def"
    // B.2.3.3 Date.prototype.toGMTString is the same function object as toUTCString.
    Value utc_string = MUST(get(vm, target, to_property_key(vm.atoms(), CodeUnitView(std::string_view("toUTCString")))));
    define_value(vm, target, "toGMTString", utc_string, kMethod);
}

}
