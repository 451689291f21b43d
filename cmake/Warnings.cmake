# Warnings every Sable target compiles with. scripts/test.sh (CI) turns them into errors with
# SABLE_WERROR=ON; a user's build never fails because a newer compiler warns more.
option(SABLE_WERROR "Treat warnings as errors" OFF)
add_library(sable_warnings INTERFACE)
target_compile_options(sable_warnings INTERFACE
  -Wall -Wextra -Wno-unused-parameter -Wimplicit-fallthrough -Wnon-virtual-dtor
  # GCC 12 reports false -Wrestrict positives inside libstdc++'s std::string at -O3 (GCC bug 105329).
  $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>
  $<$<BOOL:${SABLE_WERROR}>:-Werror>)
