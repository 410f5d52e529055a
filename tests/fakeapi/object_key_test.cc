#include "fakeapi/object_key.h"

#include <catch2/catch.hpp>

#include <map>
#include <string>

using namespace jobsim::api;

namespace {

int Sign(int v) { return (v > 0) - (v < 0); }

}  // namespace

TEST_CASE("a key compares with its parts as with the joined string", "[object_key]") {
  struct Row {
    const char* what;
    std::string key, ns, name;
  };
  const Row rows[] = {
      {"the same object", "default/pi", "default", "pi"},
      {"an earlier name", "default/a", "default", "pi"},
      {"a later name", "default/zz", "default", "pi"},
      {"a name that is a prefix of the other", "default/pi", "default", "pi-2n6pa"},
      {"a namespace that is a prefix, then '-' sorts before '/'", "a-b/x", "a", "x"},
      {"a namespace that is a prefix, then '.' sorts before '/'", "a/x", "a.b", "x"},
      {"a shorter key", "def", "default", "pi"},
      {"the namespace alone", "default", "default", "pi"},
      {"the namespace and slash", "default/", "default", "pi"},
      {"cluster-scoped", "/node-1", "", "node-1"},
      {"cluster-scoped against namespaced", "/node-1", "default", "node-1"},
      {"a byte above 0x7f", "d\xc3\xa9/x", "d", "x"},
  };
  for (const Row& row : rows) {
    INFO(row.what);
    const std::string joined = ObjectKey(row.ns, row.name);
    CHECK(Sign(CompareKey(row.key, KeyParts{row.ns, row.name})) == Sign(row.key.compare(joined)));
    CHECK(KeyEquals(row.key, KeyParts{row.ns, row.name}) == (row.key == joined));
  }
}

TEST_CASE("a map ordered by ObjectKeyLess finds keys by their parts", "[object_key]") {
  std::map<std::string, int, ObjectKeyLess> objects;
  objects.emplace(ObjectKey("a", "x"), 1);
  objects.emplace(ObjectKey("a-b", "x"), 2);
  objects.emplace(ObjectKey("default", "pi"), 3);
  objects.emplace(ObjectKey("", "node-1"), 4);
  CHECK(objects.find(KeyParts{"a-b", "x"})->second == 2);
  CHECK(objects.find(KeyParts{"default", "pi"})->second == 3);
  CHECK(objects.find(KeyParts{"", "node-1"})->second == 4);
  CHECK(objects.count(KeyParts{"default", "p"}) == 0);
  CHECK(objects.count(KeyParts{"a", "x-"}) == 0);
  // etcd's order: "a-b/x" < "a/x" because '-' < '/'.
  CHECK(objects.begin()->first == "/node-1");
  CHECK(std::next(objects.begin())->first == "a-b/x");
}
