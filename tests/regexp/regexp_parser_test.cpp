#include "runtime/regexp/regexp_parser.h"
#include <gtest/gtest.h>
TEST(RegExpParser, Smoke) { EXPECT_TRUE(sable::regexp::parse_regexp(u"a", {}).ok()); }
