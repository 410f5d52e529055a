#include "sim/events/flat_table.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <string>

using namespace jobsim::sim;

TEST_CASE("a flat table finds what was added, under its key, until erased") {
  FlatTable<std::string> table;
  CHECK(table.Find(7) == FlatTable<std::string>::kNone);
  const uint32_t seven = table.Add(7);
  table.value(seven) = "seven";
  // Keys with the same low 32 bits (the same home slot and tag): told apart by the whole key.
  const uint64_t twin = 7 | uint64_t{1} << 40;
  CHECK(table.Find(twin) == FlatTable<std::string>::kNone);
  table.value(table.Add(twin)) = "twin";
  CHECK(table.value(table.Find(7)) == "seven");
  CHECK(table.value(table.Find(twin)) == "twin");

  SECTION("erasing moves the last entry into the hole, still found under its key") {
    table.Erase(table.Find(7));
    CHECK(table.Find(7) == FlatTable<std::string>::kNone);
    CHECK(table.size() == 1);
    CHECK(table.value(table.Find(twin)) == "twin");
  }
  SECTION("an entry added where Locate found its place is found there") {
    const auto place = table.Locate(9);
    CHECK(place.index == FlatTable<std::string>::kNone);
    table.value(table.Add(9, place)) = "nine";
    CHECK(table.value(table.Locate(9).index) == "nine");
    CHECK(table.value(table.Find(twin)) == "twin");
  }
  SECTION("a rekeyed entry keeps its value under the new key only") {
    table.Rekey(table.Find(7), 8);
    CHECK(table.Find(7) == FlatTable<std::string>::kNone);
    CHECK(table.value(table.Find(8)) == "seven");
    CHECK(table.key(table.Find(8)) == 8);
  }
}

TEST_CASE("a flat table agrees with a map through growth and many erasures") {
  FlatTable<uint64_t> table;
  std::map<uint64_t, uint64_t> model;
  uint64_t x = 88172645463325252ULL;  // xorshift64: keys with clustered low bits too
  for (int step = 0; step < 20000; ++step) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    const uint64_t key = (step % 3 == 0) ? (x & 0xff) : x % 5000;  // many probe collisions
    const uint32_t index = table.Find(key);
    REQUIRE((index == FlatTable<uint64_t>::kNone) == (model.count(key) == 0));
    if (index == FlatTable<uint64_t>::kNone) {
      table.value(step % 2 ? table.Add(key) : table.Add(key, table.Locate(key))) = key * 3;
      model[key] = key * 3;
    } else {
      REQUIRE(table.value(index) == model[key]);
      if (x & 1) {
        table.Erase(index);
        model.erase(key);
      }
    }
  }
  REQUIRE(table.size() == model.size());
  for (const auto& [key, value] : model) CHECK(table.value(table.Find(key)) == value);
}
