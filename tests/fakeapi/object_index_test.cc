#include "fakeapi/object_index.h"

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "sim/base/random.h"

using namespace jobsim;
using namespace jobsim::api;

namespace {

std::vector<std::string> Keys(const ObjectIndex<int>& index) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : index) keys.push_back(key.str());
  return keys;
}

}  // namespace

TEST_CASE("an object index finds what was put in and lists it in key order", "[object_index]") {
  ObjectIndex<int> index;
  index.emplace({"default", "pi-b"})->second = 2;
  index.emplace({"default", "pi-a"})->second = 1;
  index.emplace({"", "node-1"})->second = 3;  // cluster-scoped: key "/node-1"
  index.emplace({"kube-system", "x"})->second = 4;
  CHECK(Keys(index) == std::vector<std::string>{"/node-1", "default/pi-a", "default/pi-b", "kube-system/x"});
  CHECK(index.find(KeyParts{"default", "pi-a"})->second == 1);
  CHECK(index.find(std::string_view("/node-1"))->second == 3);
  const KeyParts b{"default", "pi-b"};
  CHECK(index.find(b, ObjectIndex<int>::HashOf(b))->second == 2);  // with the hash at hand
  CHECK(index.find(KeyParts{"default", "pi"}, ObjectIndex<int>::HashOf({"default", "pi"})) == index.end());
  CHECK(index.emplace({"default", "pi-b"})->second == 2);  // an existing entry is returned, not replaced
  CHECK_FALSE(index.contains({"default", "pi"}));
  CHECK_FALSE(index.contains({"defaul", "t/pi-a"}));  // the same characters split differently
  CHECK(index.lower_bound("default/") == index.find(KeyParts{"default", "pi-a"}));
  index.erase("default/pi-a");
  CHECK_FALSE(index.contains({"default", "pi-a"}));
  CHECK(index.size() == 3);
}

TEST_CASE("a create locates a key once: absent, then inserted where it was located", "[object_index]") {
  ObjectIndex<int> index;
  for (int i = 0; i < 100; ++i) {  // inserts that grow the table, and ones that do not
    const std::string name = "pi-" + std::to_string(i);
    const KeyParts key{"default", name};
    const uint64_t hash = ObjectIndex<int>::HashOf(key);
    const auto place = index.Locate(key, hash);
    REQUIRE_FALSE(place.found());
    index.emplace(key, hash, place)->second = i;
    REQUIRE(index.Locate(key, hash).found());
  }
  for (int i = 0; i < 100; ++i) CHECK(index.find(KeyParts{"default", "pi-" + std::to_string(i)})->second == i);
  CHECK(index.size() == 100);
}

TEST_CASE("an object index agrees with a map through growth and deletions", "[object_index]") {
  // Random inserts and erases, checked against std::map after every step; enough
  // keys to grow the table many times and to make erasures shift probe runs.
  ObjectIndex<int> index;
  std::map<std::string, int> reference;
  Random random(7, "object-index-test");
  for (int step = 0; step < 20000; ++step) {
    const std::string name = "pod-" + std::to_string(random.Uniform(3000));
    const std::string key = "ns" + std::to_string(random.Uniform(3)) + "/" + name;
    const std::string ns = key.substr(0, key.find('/'));
    if (random.Uniform(3) == 0) {
      index.erase(key);
      reference.erase(key);
    } else {
      index.emplace({ns, name})->second = step;
      reference[key] = step;
    }
    if (step % 997 == 0) {
      for (const auto& [k, v] : reference) {
        const auto it = index.find(std::string_view(k));
        REQUIRE(it != index.end());
        REQUIRE(it->second == v);
      }
      REQUIRE(index.size() == reference.size());
      std::vector<std::string> keys;
      for (const auto& [k, v] : reference) keys.push_back(k);
      REQUIRE(Keys(index) == keys);  // a walk now and then: merges, drops and reuses storage
    }
  }
  std::vector<std::string> expected;
  for (const auto& [k, v] : reference) expected.push_back(k);
  CHECK(Keys(index) == expected);
  for (const auto& k : expected) index.erase(k);
  CHECK(index.size() == 0);
  CHECK_FALSE(index.contains({"ns0", "pod-1"}));
}

TEST_CASE("an object index keeps key order through inserts and erases between walks", "[object_index]") {
  ObjectIndex<int> index;
  index.emplace({"default", "b"})->second = 2;
  index.emplace({"default", "d"})->second = 4;
  CHECK(Keys(index) == std::vector<std::string>{"default/b", "default/d"});
  // New entries after a walk are merged into key order by the next one.
  index.emplace({"default", "c"})->second = 3;
  index.emplace({"default", "a"})->second = 1;
  index.erase("default/d");
  CHECK(Keys(index) == std::vector<std::string>{"default/a", "default/b", "default/c"});
  // A point iterator advances in key order, even before any walk placed it.
  index.emplace({"default", "bb"})->second = 5;
  auto it = index.find(KeyParts{"default", "bb"});
  ++it;
  REQUIRE(it != index.end());
  CHECK(it->first == "default/c");
  // An erased entry's storage is reused after a walk; its old key is not found.
  index.erase("default/a");
  CHECK(Keys(index).front() == "default/b");
  index.emplace({"default", "z"})->second = 9;
  CHECK_FALSE(index.contains({"default", "a"}));
  CHECK(index.find(KeyParts{"default", "z"})->second == 9);
  CHECK(Keys(index) == std::vector<std::string>{"default/b", "default/bb", "default/c", "default/z"});
  // A walk under way skips what is erased ahead of it.
  std::vector<std::string> walked;
  for (auto w = index.begin(); w != index.end(); ++w) {
    walked.push_back(w->first.str());
    if (w->first == "default/b") index.erase("default/c");
  }
  CHECK(walked == std::vector<std::string>{"default/b", "default/bb", "default/z"});
}

TEST_CASE("a find with an entry hint tries the hint and falls back on the table", "[object_index]") {
  ObjectIndex<int> index;
  index.emplace({"default", "a"})->second = 1;
  index.emplace({"default", "b"})->second = 2;
  const KeyParts a{"default", "a"};
  const uint64_t hash = ObjectIndex<int>::HashOf(a);
  uint32_t hint = UINT32_MAX;  // none yet: looked up in the table, and remembered
  CHECK(index.find(a, hash, hint)->second == 1);
  const uint32_t remembered = hint;
  CHECK(remembered != UINT32_MAX);
  CHECK(index.find(a, hash, hint)->second == 1);
  CHECK(hint == remembered);
  uint32_t wrong = 7;  // no such entry
  CHECK(index.find(a, hash, wrong)->second == 1);
  CHECK(wrong == remembered);

  // The entry goes and its storage is reused for another key: the hint no
  // longer holds `a`, which is not found.
  index.erase("default/a");
  (void)Keys(index);  // a walk settles the index: the erased entry's storage may be reused
  index.emplace({"default", "c"})->second = 3;
  CHECK(index.find(a, hash, hint) == index.end());
  CHECK(index.find(KeyParts{"default", "c"})->second == 3);
  index.emplace({"default", "a"})->second = 4;  // a new `a`, wherever it is kept
  CHECK(index.find(a, hash, hint)->second == 4);
}
