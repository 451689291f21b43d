#pragma once
// Time values and their arithmetic (ECMA-262 21.4.1): Day, YearFromTime, MakeTime, MakeDay,
// MakeDate, TimeClip, LocalTime/UTC through the host's time zone (the C library's, as Node's
// default ICU zone follows TZ), and the string formats Date reads and writes.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sable::runtime::date {

constexpr double kMsPerDay = 86400000.0;
constexpr double kMsPerHour = 3600000.0;
constexpr double kMsPerMinute = 60000.0;
constexpr double kMsPerSecond = 1000.0;

double day(double t);
double time_within_day(double t);
double days_in_year(double y);
double day_from_year(double y);
double time_from_year(double y);
double year_from_time(double t);
bool in_leap_year(double t);
double month_from_time(double t);
double date_from_time(double t);
double week_day(double t);
double hour_from_time(double t);
double min_from_time(double t);
double sec_from_time(double t);
double ms_from_time(double t);

// MakeTime ( hour, min, sec, ms ), MakeDay ( year, month, date ), MakeDate ( day, time ),
// TimeClip ( time ).
double make_time(double hour, double min, double sec, double ms);
double make_day(double year, double month, double date);
double make_date(double day, double time);
double time_clip(double time);
// MakeFullYear ( year ): 0 to 99 (after truncation) mean 1900 to 1999.
double make_full_year(double year);

// The host's offset from UTC at UTC time t, in ms (LocalTZA (t, true)), and at local time t
// (LocalTZA (t, false)).
double local_offset_for_utc(double t);
double local_offset_for_local(double t);
// LocalTime ( t ) and UTC ( t ).
double local_time(double t);
double utc(double t);
// The time zone's name at UTC time t ("Coordinated Universal Time", "Central European Summer Time").
std::string time_zone_name(double t);

// The current time value.
double now();

// Date.parse's formats: the Date Time String Format (21.4.1.32, with expanded years), and the
// outputs of toString and toUTCString. NaN when the text is none of them.
double parse_date(std::u16string_view text);

// The string forms (t must be finite).
std::string to_iso_string(double t);                    // 2026-11-26T16:19:28.000Z
std::string to_date_string(double local_t);             // Thu Nov 26 2026
std::string to_time_string(double local_t, double utc_t); // 16:19:28 GMT+0000 (Coordinated Universal Time)
std::string to_utc_string(double t);                    // Thu, 26 Nov 2026 16:19:28 GMT

}
