#pragma once
// ICU's i18n library (collation and calendars), loaded with dlopen the first time it is needed:
// linked in, it was mapped and relocated by every process at start-up (about 1 MB of resident
// memory) for the few programs that call localeCompare or print a Date's time zone name. These
// are the functions the runtime calls, with ICU's C signatures (ucol.h, ucal.h).

#include <unicode/ucal.h>
#include <unicode/ucol.h>

namespace sable::runtime {

#define SABLE_ICU_I18N_FUNCTIONS(X)                                                                 \
    X(ucol_open) X(ucol_close) X(ucol_setAttribute) X(ucol_strcoll) X(ucal_getDefaultTimeZone)      \
    X(ucal_open) X(ucal_close) X(ucal_setMillis) X(ucal_inDaylightTime) X(ucal_getTimeZoneDisplayName)

struct IcuI18nLibrary {
#define SABLE_ICU_I18N_MEMBER(name) decltype(&::name) name;
    SABLE_ICU_I18N_FUNCTIONS(SABLE_ICU_I18N_MEMBER)
#undef SABLE_ICU_I18N_MEMBER
};

// The library's functions, loaded on the first call (thread-safe); null if it cannot be loaded.
IcuI18nLibrary const* icu_i18n_library();

}
