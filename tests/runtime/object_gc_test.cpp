#include "tests/runtime/runtime_test_support.h"
