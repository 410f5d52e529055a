#include "fakeapi/inline_key.h"

#include <string>
#include <utility>

#include <catch2/catch.hpp>

#include "fakeapi/object_index.h"

using namespace jobsim::api;

TEST_CASE("an inline key holds short and long keys alike", "[inline_key]") {
  // Rows: namespace, name; 44 bytes is the most kept in place.
  const std::pair<std::string, std::string> rows[] = {
      {"", "node-1"},
      {"default", "pi-x7k2p"},
      {"default", std::string(36, 'a')},  // "default/" + 36 = 44: the last inline size
      {"default", std::string(37, 'b')},  // 45: on the heap
      {"kube-system", std::string(200, 'c')},
  };
  for (const auto& [ns, name] : rows) {
    InlineKey key;
    key.Assign({ns, name});
    const std::string want = ns + "/" + name;
    CHECK(key.view() == want);
    CHECK(key.size() == want.size());
    CHECK(key == want);
    InlineKey moved;
    moved.Assign({"x", "y"});
    moved = std::move(key);
    CHECK(moved.str() == want);
    CHECK(key.empty());
    moved.Assign({"other", "z"});  // reassigning frees a heap key first (ASan/valgrind would tell)
    CHECK(moved.str() == "other/z");
  }
}

TEST_CASE("an object index with keys too long to keep in place finds and orders them", "[inline_key]") {
  ObjectIndex<int> index;
  const std::string long_a = std::string(60, 'a'), long_b = std::string(60, 'b');
  index.emplace({"default", long_b})->second = 2;
  index.emplace({"default", "short"})->second = 3;
  index.emplace({"default", long_a})->second = 1;
  CHECK(index.find(KeyParts{"default", long_a})->second == 1);
  CHECK(index.find(KeyParts{"default", long_b})->second == 2);
  std::string order;
  for (const auto& [key, value] : index) order += std::to_string(value);
  CHECK(order == "123");
  index.erase("default/" + long_a);
  CHECK_FALSE(index.contains(KeyParts{"default", long_a}));
  CHECK(index.begin()->first == "default/" + long_b);
}
