#include "test262/front_matter.h"
#include "test262/test_run.h"

#include <gtest/gtest.h>

using namespace sable::test262;

namespace {

FrontMatter parse_ok(std::string_view source)
{
    FrontMatter meta;
    std::string error;
    EXPECT_TRUE(parse_front_matter(source, meta, error)) << error;
    return meta;
}

std::string parse_error(std::string_view source)
{
    FrontMatter meta;
    std::string error;
    EXPECT_FALSE(parse_front_matter(source, meta, error));
    return error;
}

}

TEST(FrontMatter, FlowListsAndScalars)
{
    auto meta = parse_ok("// Copyright\n/*---\nesid: sec-x\ndescription: Adds two numbers\n"
                         "includes: [compareArray.js, propertyHelper.js]\nfeatures: [BigInt]\n"
                         "flags: [onlyStrict, async]\n---*/\nfoo();\n");
    EXPECT_EQ(meta.description, "Adds two numbers");
    EXPECT_EQ(meta.includes, (std::vector<std::string> { "compareArray.js", "propertyHelper.js" }));
    EXPECT_TRUE(meta.has_feature("BigInt"));
    EXPECT_FALSE(meta.has_feature("Proxy"));
    EXPECT_TRUE(meta.flags.only_strict);
    EXPECT_TRUE(meta.flags.async);
    EXPECT_FALSE(meta.flags.module);
    EXPECT_FALSE(meta.negative.has_value());
}

TEST(FrontMatter, BlockListsAndBlockScalars)
{
    auto meta = parse_ok("/*---\ndescription: |\n  line one\n  line two\n"
                         "info: >\n  folded\n  text\nfeatures:\n  - class\n  - class-fields-private # comment\n"
                         "flags:\n  - noStrict\n---*/");
    EXPECT_EQ(meta.description, "line one\nline two");
    EXPECT_EQ(meta.features, (std::vector<std::string> { "class", "class-fields-private" }));
    EXPECT_TRUE(meta.flags.no_strict);
}

TEST(FrontMatter, FoldedDescriptionAndQuotes)
{
    EXPECT_EQ(parse_ok("/*---\ndescription: >\n    a\n    b\n\n    c\n---*/").description, "a b\nc");
    EXPECT_EQ(parse_ok("/*---\ndescription: \"say \\\"hi\\\"\"\n---*/").description, "say \"hi\"");
    EXPECT_EQ(parse_ok("/*---\ndescription: 'it''s'\n---*/").description, "it's");
}

TEST(FrontMatter, Negative)
{
    auto meta = parse_ok("/*---\nnegative:\n  phase: parse\n  type: SyntaxError\nflags: [module]\n---*/\n$DONOTEVALUATE();");
    ASSERT_TRUE(meta.negative.has_value());
    EXPECT_EQ(meta.negative->phase, NegativePhase::Parse);
    EXPECT_EQ(meta.negative->type, "SyntaxError");
    EXPECT_TRUE(meta.flags.module);

    auto deeper = parse_ok("/*---\nnegative:\n    phase: resolution\n    type: ReferenceError\n---*/");
    EXPECT_EQ(deeper.negative->phase, NegativePhase::Resolution);
    auto flow = parse_ok("/*---\nnegative: {phase: runtime, type: TypeError}\n---*/");
    EXPECT_EQ(flow.negative->phase, NegativePhase::Runtime);
    EXPECT_EQ(flow.negative->type, "TypeError");
}

TEST(FrontMatter, CarriageReturnsAndIndentedBlock)
{
    auto cr = parse_ok("/*---\resid: x\rdescription: CR ends\rflags: [raw]\r---*/\r");
    EXPECT_EQ(cr.description, "CR ends");
    EXPECT_TRUE(cr.flags.raw);
    auto crlf = parse_ok("/*---\r\nfeatures: [a,\r\n  b]\r\n---*/");
    EXPECT_EQ(crlf.features, (std::vector<std::string> { "a", "b" }));
    auto indented = parse_ok("/*---\n description: >\n    whole block\n    indented\n locale: [en, de]\n---*/");
    EXPECT_EQ(indented.description, "whole block indented");
    EXPECT_EQ(indented.locale, (std::vector<std::string> { "en", "de" }));
}

TEST(FrontMatter, Errors)
{
    EXPECT_NE(parse_error("var x;").find("no /*---"), std::string::npos);
    EXPECT_NE(parse_error("/*---\ndescription: x\n").find("not closed"), std::string::npos);
    EXPECT_NE(parse_error("/*---\nflags: [bogus]\n---*/").find("bogus"), std::string::npos);
    EXPECT_NE(parse_error("/*---\nnegative:\n  phase: later\n  type: X\n---*/").find("phase"), std::string::npos);
    EXPECT_NE(parse_error("/*---\nnegative:\n  phase: parse\n---*/").find("type"), std::string::npos);
}

TEST(FrontMatter, Variants)
{
    Variant variants[2];
    EXPECT_EQ(variants_for(parse_ok("/*---\n---*/"), variants), 2u);
    EXPECT_EQ(variants[0], Variant::Sloppy);
    EXPECT_EQ(variants[1], Variant::Strict);
    EXPECT_EQ(variants_for(parse_ok("/*---\nflags: [onlyStrict]\n---*/"), variants), 1u);
    EXPECT_EQ(variants[0], Variant::Strict);
    EXPECT_EQ(variants_for(parse_ok("/*---\nflags: [noStrict]\n---*/"), variants), 1u);
    EXPECT_EQ(variants[0], Variant::Sloppy);
    EXPECT_EQ(variants_for(parse_ok("/*---\nflags: [raw]\n---*/"), variants), 1u);
    EXPECT_EQ(variants[0], Variant::Sloppy);
    EXPECT_EQ(variants_for(parse_ok("/*---\nflags: [module]\n---*/"), variants), 1u);
    EXPECT_EQ(variants[0], Variant::Module);
    EXPECT_EQ(variant_source("x;", Variant::Strict), "\"use strict\";\nx;");
    EXPECT_EQ(variant_source("x;", Variant::Module), "x;");
}
