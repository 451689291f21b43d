#include "test262/test_discovery.h"

#include <algorithm>
#include <filesystem>
#include <string_view>

namespace sable::test262 {

namespace fs = std::filesystem;

namespace {

bool is_test_file(std::string_view name)
{
    return name.ends_with(".js") && name.find("_FIXTURE") == std::string_view::npos;
}

// Adds every test below `dir` whose relative path starts with `prefix` to `out`.
void walk(fs::path const& test_dir, fs::path const& dir, std::string_view prefix, std::vector<std::string>& out)
{
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec))
            continue;
        auto const& path = it->path();
        if (!is_test_file(path.filename().native()))
            continue;
        auto relative = path.lexically_relative(test_dir).generic_string();
        if (relative.starts_with(prefix))
            out.push_back(std::move(relative));
    }
}

// "test/language/" -> "language"
std::string normalize_prefix(std::string prefix)
{
    while (prefix.starts_with("./"))
        prefix.erase(0, 2);
    if (prefix.starts_with("test/"))
        prefix.erase(0, 5);
    while (prefix.size() > 1 && prefix.ends_with('/'))
        prefix.pop_back();
    return prefix;
}

}

bool discover_tests(std::string const& test_dir_name, std::vector<std::string> const& prefixes,
    std::vector<std::string>& out, std::string& error)
{
    fs::path test_dir(test_dir_name);
    for (auto const& raw_prefix : prefixes) {
        auto prefix = normalize_prefix(raw_prefix);
        size_t before = out.size();
        fs::path full = test_dir / prefix;
        std::error_code ec;
        if (fs::is_directory(full, ec)) {
            walk(test_dir, full, "", out);
        } else if (fs::is_regular_file(full, ec) && is_test_file(full.filename().native())) {
            out.push_back(fs::path(prefix).generic_string());
        } else {
            // A partial name: walk the enclosing folder and keep what starts with it.
            fs::path parent = full.parent_path();
            if (fs::is_directory(parent, ec))
                walk(test_dir, parent, prefix, out);
        }
        if (out.size() == before) {
            error = "no tests match `" + raw_prefix + "` in " + test_dir_name;
            return false;
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return true;
}

}
