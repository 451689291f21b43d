# Every third-party library of DESIGN.md, from Debian packages (scripts/install-deps.sh).
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)

pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc)
# ICU's i18n library is loaded with dlopen when first needed (runtime/icu_i18n_library.cpp): only
# its headers (the same folder as icu-uc's) are used at build time.
pkg_check_modules(ICU_I18N REQUIRED icu-i18n)
pkg_check_modules(LIBUV REQUIRED IMPORTED_TARGET libuv)
pkg_check_modules(GMP REQUIRED IMPORTED_TARGET gmp)
pkg_check_modules(ZLIB REQUIRED IMPORTED_TARGET zlib)
pkg_check_modules(BROTLI REQUIRED IMPORTED_TARGET libbrotlienc libbrotlidec)
pkg_check_modules(OPENSSL REQUIRED IMPORTED_TARGET openssl)
find_package(double-conversion REQUIRED)
find_package(asmjit REQUIRED)

# llhttp: Debian's node-llhttp ships the C sources; they are compiled here, not copied.
set(SABLE_LLHTTP_DIR /usr/share/llhttp CACHE PATH "Folder holding llhttp's C sources")
if(NOT EXISTS ${SABLE_LLHTTP_DIR}/llhttp.c)
  message(FATAL_ERROR "llhttp sources not found in ${SABLE_LLHTTP_DIR}: apt-get install node-llhttp")
endif()

if(SABLE_BUILD_TESTS)
  find_package(GTest REQUIRED)
  find_package(benchmark REQUIRED)
endif()
