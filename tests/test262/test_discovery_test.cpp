#include "test262/test_discovery.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace sable::test262;
namespace fs = std::filesystem;

namespace {

// A throwaway test/ tree.
class DiscoveryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() / ("sable-discovery-" + std::to_string(::getpid()));
        for (auto name : { "language/a/one.js", "language/a/two.js", "language/a/dep_FIXTURE.js", "language/b/three.js",
                 "language/b/notes.md", "built-ins/Array/from/four.js", "built-ins/Array/fill/five.js" }) {
            fs::create_directories((m_dir / name).parent_path());
            std::ofstream(m_dir / name) << "/*---\n---*/\n";
        }
    }
    void TearDown() override { fs::remove_all(m_dir); }

    std::vector<std::string> discover(std::vector<std::string> const& prefixes)
    {
        std::vector<std::string> out;
        std::string error;
        EXPECT_TRUE(discover_tests(m_dir.string(), prefixes, out, error)) << error;
        return out;
    }

    fs::path m_dir;
};

}

TEST_F(DiscoveryTest, FoldersFilesAndPartialNames)
{
    EXPECT_EQ(discover({ "language" }),
        (std::vector<std::string> { "language/a/one.js", "language/a/two.js", "language/b/three.js" }));
    EXPECT_EQ(discover({ "test/language/b/", "language/a/one.js", "language/b" }),
        (std::vector<std::string> { "language/a/one.js", "language/b/three.js" }));
    EXPECT_EQ(discover({ "built-ins/Array/f" }),
        (std::vector<std::string> { "built-ins/Array/fill/five.js", "built-ins/Array/from/four.js" }));
    EXPECT_EQ(discover({ "built-ins/Array/fr" }), (std::vector<std::string> { "built-ins/Array/from/four.js" }));
}

TEST_F(DiscoveryTest, PrefixMatchingNothingIsAnError)
{
    std::vector<std::string> out;
    std::string error;
    EXPECT_FALSE(discover_tests(m_dir.string(), { "language/zzz" }, out, error));
    EXPECT_NE(error.find("language/zzz"), std::string::npos);
    EXPECT_FALSE(discover_tests(m_dir.string(), { "language/a/dep_FIXTURE.js" }, out, error));
}
