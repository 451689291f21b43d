# Warnings every Sable target compiles with. Warnings are errors in CI-built code paths
# only through SABLE_WERROR, so a newer compiler cannot break a user's build.
option(SABLE_WERROR "Treat warnings as errors" OFF)
add_library(sable_warnings INTERFACE)
target_compile_options(sable_warnings INTERFACE
  -Wall -Wextra -Wno-unused-parameter -Wimplicit-fallthrough -Wnon-virtual-dtor
  # C++17 removed trigraphs, so "??=" (the token) means what it says, yet GCC and clang still
  # warn about it, which SABLE_WERROR turns into a build failure.
  -Wno-trigraphs
  $<$<BOOL:${SABLE_WERROR}>:-Werror>)
