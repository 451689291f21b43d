# CMAKE_BUILD_TYPE=Sanitize: an optimised build with AddressSanitizer and
# UndefinedBehaviorSanitizer, aborting on the first report.
set(CMAKE_CXX_FLAGS_SANITIZE
  "-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all"
  CACHE STRING "C++ flags of the Sanitize build type" FORCE)
set(CMAKE_C_FLAGS_SANITIZE "${CMAKE_CXX_FLAGS_SANITIZE}" CACHE STRING "C flags of the Sanitize build type" FORCE)
set(CMAKE_EXE_LINKER_FLAGS_SANITIZE "-fsanitize=address,undefined"
  CACHE STRING "Linker flags of the Sanitize build type" FORCE)
