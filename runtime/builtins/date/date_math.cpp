#include "runtime/builtins/date/date_math.h"

#include "runtime/icu_i18n_library.h"

#include <unicode/unistr.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <memory>

namespace sable::runtime::date {

namespace {

double floor_div(double a, double b) { return std::floor(a / b); }
double modulo(double a, double b)
{
    double r = std::fmod(a, b);
    return r < 0 ? r + b : r;
}

constexpr char const* kDayNames[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
constexpr char const* kMonthNames[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

}

// Day ( t ) — https://tc39.es/ecma262/#sec-day
double day(double t) { return floor_div(t, kMsPerDay); }
// TimeWithinDay ( t ) — https://tc39.es/ecma262/#sec-timewithinday
double time_within_day(double t) { return modulo(t, kMsPerDay); }

// DaysInYear ( y ) — https://tc39.es/ecma262/#sec-daysinyear
double days_in_year(double y)
{
    if (modulo(y, 4) != 0)
        return 365;
    if (modulo(y, 100) != 0)
        return 366;
    if (modulo(y, 400) != 0)
        return 365;
    return 366;
}

// DayFromYear ( y ) — https://tc39.es/ecma262/#sec-dayfromyear
double day_from_year(double y)
{
    return 365 * (y - 1970) + std::floor((y - 1969) / 4) - std::floor((y - 1901) / 100) + std::floor((y - 1601) / 400);
}

// TimeFromYear ( y ) — https://tc39.es/ecma262/#sec-timefromyear
double time_from_year(double y) { return kMsPerDay * day_from_year(y); }

// YearFromTime ( t ) — https://tc39.es/ecma262/#sec-yearfromtime: the largest y with
// TimeFromYear(y) ≤ t (estimated, then corrected).
double year_from_time(double t)
{
    double y = std::floor(t / (kMsPerDay * 365.2425)) + 1970;
    while (time_from_year(y) > t)
        --y;
    while (time_from_year(y + 1) <= t)
        ++y;
    return y;
}

// InLeapYear ( t ) — https://tc39.es/ecma262/#sec-inleapyear
bool in_leap_year(double t) { return days_in_year(year_from_time(t)) == 366; }

namespace {

// DayWithinYear ( t ) — https://tc39.es/ecma262/#sec-daywithinyear
double day_within_year(double t) { return day(t) - day_from_year(year_from_time(t)); }

// The first day (within the year) of each month, for a common and a leap year.
double month_start(int month, bool leap)
{
    static constexpr int kStarts[] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 };
    return kStarts[month] + (leap && month >= 2 ? 1 : 0);
}

}

// MonthFromTime ( t ) — https://tc39.es/ecma262/#sec-monthfromtime
double month_from_time(double t)
{
    double d = day_within_year(t);
    bool leap = in_leap_year(t);
    int month = 0;
    while (month < 11 && d >= month_start(month + 1, leap))
        ++month;
    return month;
}

// DateFromTime ( t ) — https://tc39.es/ecma262/#sec-datefromtime
double date_from_time(double t)
{
    return day_within_year(t) - month_start(int(month_from_time(t)), in_leap_year(t)) + 1;
}

// WeekDay ( t ) — https://tc39.es/ecma262/#sec-weekday
double week_day(double t) { return modulo(day(t) + 4, 7); }
// HourFromTime, MinFromTime, SecFromTime, msFromTime — https://tc39.es/ecma262/#sec-hourfromtime
double hour_from_time(double t) { return modulo(std::floor(t / kMsPerHour), 24); }
double min_from_time(double t) { return modulo(std::floor(t / kMsPerMinute), 60); }
double sec_from_time(double t) { return modulo(std::floor(t / kMsPerSecond), 60); }
double ms_from_time(double t) { return modulo(t, kMsPerSecond); }

// MakeTime ( hour, min, sec, ms ) — https://tc39.es/ecma262/#sec-maketime
double make_time(double hour, double min, double sec, double ms)
{
    // 1. If hour, min, sec or ms is not finite, return NaN.
    if (!std::isfinite(hour) || !std::isfinite(min) || !std::isfinite(sec) || !std::isfinite(ms))
        return std::nan("");
    // 2-5. Their integer parts. 6. Return h × msPerHour + m × msPerMinute + s × msPerSecond + milli.
    return std::trunc(hour) * kMsPerHour + std::trunc(min) * kMsPerMinute + std::trunc(sec) * kMsPerSecond + std::trunc(ms);
}

// MakeDay ( year, month, date ) — https://tc39.es/ecma262/#sec-makeday
double make_day(double year, double month, double date)
{
    // 1. If year, month or date is not finite, return NaN.
    if (!std::isfinite(year) || !std::isfinite(month) || !std::isfinite(date))
        return std::nan("");
    // 2-4. y, m, dt: their integer parts.
    double y = std::trunc(year);
    double m = std::trunc(month);
    double dt = std::trunc(date);
    // 5. Let ym be y + floor(m / 12). 6. If ym is not finite, return NaN.
    double ym = y + std::floor(m / 12);
    if (!std::isfinite(ym) || std::fabs(ym) > 400000)
        return std::nan("");
    // 7. Let mn be m modulo 12.
    int mn = int(modulo(m, 12));
    // 8. Find a finite time value t such that YearFromTime(t) is ym, MonthFromTime(t) is mn, and
    //    DateFromTime(t) is 1. 9. Return Day(t) + dt - 1.
    double first_day = day_from_year(ym) + month_start(mn, days_in_year(ym) == 366);
    return first_day + dt - 1;
}

// MakeDate ( day, time ) — https://tc39.es/ecma262/#sec-makedate
double make_date(double day_value, double time)
{
    // 1. If day or time is not finite, return NaN.
    if (!std::isfinite(day_value) || !std::isfinite(time))
        return std::nan("");
    // 2-4. Return day × msPerDay + time (NaN if not finite).
    double tv = day_value * kMsPerDay + time;
    return std::isfinite(tv) ? tv : std::nan("");
}

// TimeClip ( time ) — https://tc39.es/ecma262/#sec-timeclip
double time_clip(double time)
{
    // 1. If time is not finite, return NaN.
    // 2. If abs(ℝ(time)) > 8.64 × 10^15, return NaN.
    if (!std::isfinite(time) || std::fabs(time) > 8.64e15)
        return std::nan("");
    // 3. Return 𝔽(! ToIntegerOrInfinity(time)) (+0 for -0).
    return std::trunc(time) + 0.0;
}

// MakeFullYear ( year ) — https://tc39.es/ecma262/#sec-makefullyear
double make_full_year(double year)
{
    // 1. If year is NaN, return NaN.
    if (std::isnan(year))
        return year;
    // 2. Let truncated be ! ToIntegerOrInfinity(year).
    double truncated = std::trunc(year) + 0.0;
    // 3. If truncated is in the inclusive interval from 0 to 99, return 1900 + truncated.
    // 4. Return truncated.
    return truncated >= 0 && truncated <= 99 ? 1900 + truncated : truncated;
}

double local_offset_for_utc(double t)
{
    // The C library's zone (TZ) at that instant (time values are within ±8.64e15 ms, which
    // time_t holds).
    if (!std::isfinite(t))
        return 0;
    std::time_t time = std::time_t(std::floor(t / 1000));
    std::tm local {};
    if (!localtime_r(&time, &local))
        return 0;
    return double(local.tm_gmtoff) * 1000;
}

double local_offset_for_local(double t)
{
    // LocalTZA ( t, false ): the offset in effect at local time t; for a local time that is
    // skipped or repeated at a transition, the offset before the transition.
    double guess = local_offset_for_utc(t);
    double adjusted = local_offset_for_utc(t - guess);
    return adjusted;
}

// LocalTime ( t ) — https://tc39.es/ecma262/#sec-localtime
double local_time(double t) { return t + local_offset_for_utc(t); }
// UTC ( t ) — https://tc39.es/ecma262/#sec-utc-t
double utc(double t)
{
    if (!std::isfinite(t))
        return std::nan("");
    return t - local_offset_for_local(t);
}

std::string time_zone_name(double t)
{
    // The default zone's long English name at t, standard or daylight (without ICU's i18n
    // library: the abbreviation the C library gives).
    IcuI18nLibrary const* icu = icu_i18n_library();
    if (!icu) {
        std::time_t seconds = std::time_t(std::floor(t / 1000));
        std::tm local {};
        localtime_r(&seconds, &local);
        return local.tm_zone ? local.tm_zone : "";
    }
    UErrorCode status = U_ZERO_ERROR;
    UChar zone[128];
    int32_t zone_length = icu->ucal_getDefaultTimeZone(zone, 128, &status);
    UCalendar* calendar = icu->ucal_open(zone, zone_length, "en", UCAL_DEFAULT, &status);
    if (U_FAILURE(status))
        return "";
    icu->ucal_setMillis(calendar, t, &status);
    UBool daylight = icu->ucal_inDaylightTime(calendar, &status);
    UChar name[128];
    int32_t length = icu->ucal_getTimeZoneDisplayName(calendar, daylight ? UCAL_DST : UCAL_STANDARD, "en", name, 128, &status);
    icu->ucal_close(calendar);
    if (U_FAILURE(status))
        return "";
    std::string result;
    icu::UnicodeString(name, length).toUTF8String(result);
    return result;
}

double now()
{
    auto since_epoch = std::chrono::system_clock::now().time_since_epoch();
    return double(std::chrono::duration_cast<std::chrono::milliseconds>(since_epoch).count());
}

namespace {

// DateString's year: yearSign ("-" for negative years) and ToZeroPaddedDecimalString(abs(yv), 4).
std::string year_string(double year)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s%04d", year < 0 ? "-" : "", int(std::fabs(year)));
    return buffer;
}

std::string offset_string(double offset_ms, bool colon)
{
    double minutes = offset_ms / kMsPerMinute;
    char sign = minutes >= 0 ? '+' : '-';
    int absolute = int(std::fabs(minutes));
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, colon ? "%c%02d:%02d" : "%c%02d%02d", sign, absolute / 60, absolute % 60);
    return buffer;
}

}

// Date.prototype.toISOString ( ) — https://tc39.es/ecma262/#sec-date.prototype.toisostring, steps 4-5.
std::string to_iso_string(double t)
{
    double year = year_from_time(t);
    char buffer[64];
    std::string year_text;
    if (year >= 0 && year <= 9999) {
        year_text = year_string(year);
    } else {
        std::snprintf(buffer, sizeof buffer, "%c%06d", year < 0 ? '-' : '+', int(std::fabs(year)));
        year_text = buffer;
    }
    std::snprintf(buffer, sizeof buffer, "-%02d-%02dT%02d:%02d:%02d.%03dZ", int(month_from_time(t)) + 1, int(date_from_time(t)),
        int(hour_from_time(t)), int(min_from_time(t)), int(sec_from_time(t)), int(ms_from_time(t)));
    return year_text + buffer;
}

// DateString ( tv ) — https://tc39.es/ecma262/#sec-datestring
std::string to_date_string(double tv)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s %s %02d ", kDayNames[int(week_day(tv))], kMonthNames[int(month_from_time(tv))],
        int(date_from_time(tv)));
    return buffer + year_string(year_from_time(tv));
}

// TimeString ( tv ) and TimeZoneString ( tv ) — https://tc39.es/ecma262/#sec-timestring
std::string to_time_string(double local_t, double utc_t)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d:%02d GMT", int(hour_from_time(local_t)), int(min_from_time(local_t)),
        int(sec_from_time(local_t)));
    return buffer + offset_string(local_t - utc_t, false) + " (" + time_zone_name(utc_t) + ")";
}

// Date.prototype.toUTCString ( ) — https://tc39.es/ecma262/#sec-date.prototype.toutcstring
std::string to_utc_string(double t)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s, %02d %s ", kDayNames[int(week_day(t))], int(date_from_time(t)),
        kMonthNames[int(month_from_time(t))]);
    char time_buffer[32];
    std::snprintf(time_buffer, sizeof time_buffer, " %02d:%02d:%02d GMT", int(hour_from_time(t)), int(min_from_time(t)),
        int(sec_from_time(t)));
    return buffer + year_string(year_from_time(t)) + time_buffer;
}

namespace {

class DateParser {
public:
    explicit DateParser(std::u16string_view text)
        : m_text(text)
    {
    }

    bool at_end() const { return m_position >= m_text.size(); }
    char16_t peek() const { return at_end() ? 0 : m_text[m_position]; }
    bool consume(char16_t c)
    {
        if (peek() != c)
            return false;
        ++m_position;
        return true;
    }
    // Exactly `count` digits.
    std::optional<int> digits(int count)
    {
        int value = 0;
        for (int i = 0; i < count; ++i) {
            char16_t c = peek();
            if (c < '0' || c > '9')
                return std::nullopt;
            value = value * 10 + (c - '0');
            ++m_position;
        }
        return value;
    }
    // One or more digits.
    std::optional<int> number()
    {
        if (peek() < '0' || peek() > '9')
            return std::nullopt;
        int value = 0;
        while (peek() >= '0' && peek() <= '9' && value < 100000000)
            value = value * 10 + (m_text[m_position++] - '0');
        return value;
    }
    void skip_spaces()
    {
        while (peek() == ' ')
            ++m_position;
    }
    // A three-letter English month or day name.
    std::optional<int> name(char const* const* names, int count)
    {
        if (m_position + 3 > m_text.size())
            return std::nullopt;
        for (int i = 0; i < count; ++i) {
            bool match = true;
            for (int k = 0; k < 3; ++k)
                match = match && m_text[m_position + k] == char16_t(names[i][k]);
            if (match) {
                m_position += 3;
                return i;
            }
        }
        return std::nullopt;
    }

    size_t m_position { 0 };

private:
    std::u16string_view m_text;
};

// The Date Time String Format — https://tc39.es/ecma262/#sec-date-time-string-format
double parse_iso(std::u16string_view text)
{
    DateParser p(text);
    double year;
    if (p.peek() == '+' || p.peek() == '-') {
        bool negative = p.peek() == '-';
        p.consume(p.peek());
        auto value = p.digits(6);
        // -000000 is not a valid year.
        if (!value || (negative && *value == 0))
            return std::nan("");
        year = negative ? -*value : *value;
    } else {
        auto value = p.digits(4);
        if (!value)
            return std::nan("");
        year = *value;
    }
    int month = 1;
    int day_of_month = 1;
    if (p.consume('-')) {
        auto value = p.digits(2);
        if (!value || *value < 1 || *value > 12)
            return std::nan("");
        month = *value;
        if (p.consume('-')) {
            auto d = p.digits(2);
            if (!d || *d < 1 || *d > 31)
                return std::nan("");
            day_of_month = *d;
        }
    }
    int hour = 0, minute = 0, second = 0, millisecond = 0;
    bool has_time = false;
    std::optional<double> offset;
    if (p.consume('T') || p.consume('t')) {
        has_time = true;
        auto h = p.digits(2);
        if (!h || !p.consume(':'))
            return std::nan("");
        auto m = p.digits(2);
        if (!m)
            return std::nan("");
        hour = *h;
        minute = *m;
        if (p.consume(':')) {
            auto s = p.digits(2);
            if (!s)
                return std::nan("");
            second = *s;
            if (p.consume('.')) {
                // One or more digits; the first three count.
                int digits = 0;
                int value = 0;
                while (p.peek() >= '0' && p.peek() <= '9') {
                    if (digits < 3)
                        value = value * 10 + (p.peek() - '0');
                    ++digits;
                    p.consume(p.peek());
                }
                if (digits == 0)
                    return std::nan("");
                while (digits < 3) {
                    value *= 10;
                    ++digits;
                }
                millisecond = value;
            }
        }
        if (hour > 24 || minute > 59 || second > 59 || (hour == 24 && (minute || second || millisecond)))
            return std::nan("");
        if (p.consume('Z') || p.consume('z')) {
            offset = 0;
        } else if (p.peek() == '+' || p.peek() == '-') {
            double sign = p.peek() == '-' ? -1 : 1;
            p.consume(p.peek());
            auto oh = p.digits(2);
            if (!oh || !p.consume(':'))
                return std::nan("");
            auto om = p.digits(2);
            if (!om || *oh > 23 || *om > 59)
                return std::nan("");
            offset = sign * (*oh * kMsPerHour + *om * kMsPerMinute);
        }
    }
    if (!p.at_end())
        return std::nan("");
    double date_value = make_date(make_day(year, month - 1, day_of_month), make_time(hour, minute, second, millisecond));
    // Date-only forms are UTC; date-time forms without an offset are local time.
    if (offset)
        date_value -= *offset;
    else if (has_time)
        date_value = utc(date_value);
    return time_clip(date_value);
}

// The formats toString and toUTCString produce: "Thu Nov 26 2026 16:19:28 GMT+0100 (...)" and
// "Thu, 26 Nov 2026 16:19:28 GMT" (each part after the date optional).
double parse_fallback(std::u16string_view text)
{
    DateParser p(text);
    p.skip_spaces();
    p.name(kDayNames, 7);
    p.consume(',');
    p.skip_spaces();
    std::optional<int> month;
    std::optional<int> day_of_month;
    if (auto m = p.name(kMonthNames, 12)) {
        // "Nov 26 2026"
        month = m;
        p.skip_spaces();
        day_of_month = p.number();
    } else {
        // "26 Nov 2026"
        day_of_month = p.number();
        p.skip_spaces();
        month = p.name(kMonthNames, 12);
    }
    p.skip_spaces();
    bool negative_year = p.consume('-');
    auto year = p.number();
    if (!month || !day_of_month || !year)
        return std::nan("");
    double year_value = negative_year ? -*year : *year;
    p.skip_spaces();
    int hour = 0, minute = 0, second = 0;
    if (auto h = p.number()) {
        hour = *h;
        if (!p.consume(':'))
            return std::nan("");
        auto m = p.number();
        if (!m)
            return std::nan("");
        minute = *m;
        if (p.consume(':')) {
            auto s = p.number();
            if (!s)
                return std::nan("");
            second = *s;
        }
    }
    p.skip_spaces();
    std::optional<double> offset;
    if (p.consume('G') && p.consume('M') && p.consume('T')) {
        offset = 0;
        if (p.peek() == '+' || p.peek() == '-') {
            double sign = p.peek() == '-' ? -1 : 1;
            p.consume(p.peek());
            auto hhmm = p.digits(4);
            if (!hhmm)
                return std::nan("");
            offset = sign * ((*hhmm / 100) * kMsPerHour + (*hhmm % 100) * kMsPerMinute);
        }
    } else if (p.consume('Z')) {
        offset = 0;
    }
    double date_value = make_date(make_day(year_value, *month, *day_of_month), make_time(hour, minute, second, 0));
    date_value = offset ? date_value - *offset : utc(date_value);
    return time_clip(date_value);
}

}

// Date.parse ( string ) — https://tc39.es/ecma262/#sec-date.parse
double parse_date(std::u16string_view text)
{
    double value = parse_iso(text);
    if (!std::isnan(value))
        return value;
    return parse_fallback(text);
}

}
