#include "runtime/icu_i18n_library.h"

#include <unicode/uvernum.h>

#include <mutex>

#include <dlfcn.h>

namespace sable::runtime {

namespace {

// ICU's headers rename every C function with the major version ("ucol_open_72"): the names to
// look up are the renamed ones.
#define SABLE_STRINGIFY_VALUE(x) SABLE_STRINGIFY(x)
#define SABLE_STRINGIFY(x) #x
constexpr char const* kLibraryName = "libicui18n.so." SABLE_STRINGIFY_VALUE(U_ICU_VERSION_MAJOR_NUM);

IcuI18nLibrary* load()
{
    void* handle = dlopen(kLibraryName, RTLD_NOW | RTLD_LOCAL);
    if (!handle)
        return nullptr;
    static IcuI18nLibrary library;
#define SABLE_ICU_I18N_RESOLVE(name)                                                        \
    library.name = reinterpret_cast<decltype(library.name)>(dlsym(handle, SABLE_STRINGIFY_VALUE(name))); \
    if (!library.name)                                                                      \
        return nullptr;
    SABLE_ICU_I18N_FUNCTIONS(SABLE_ICU_I18N_RESOLVE)
#undef SABLE_ICU_I18N_RESOLVE
    return &library;
}

#undef SABLE_STRINGIFY_VALUE
#undef SABLE_STRINGIFY

}

IcuI18nLibrary const* icu_i18n_library()
{
    static std::once_flag once;
    static IcuI18nLibrary const* library = nullptr;
    std::call_once(once, [] { library = load(); });
    return library;
}

}
