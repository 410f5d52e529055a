#include "sim/base/probe_table.h"

#include <catch2/catch.hpp>

#include <set>

#include "sim/base/random.h"

using namespace jobsim;

namespace {

// A slot holding a key that is its own hash, 0 meaning empty; the tests pick
// keys that crowd into a few homes, so probe runs wrap and overlap.
struct KeySlot {
  uint64_t key = 0;
  bool empty() const { return key == 0; }
};

// A set of keys on a ProbeTable, at most half full.
struct KeySet {
  ProbeTable<KeySlot> table{8};
  size_t size = 0;
  static uint64_t Home(const KeySlot& s) { return s.key; }
  size_t SlotOf(uint64_t key) const {
    return table.Probe(key, [&](const KeySlot& s) { return s.key == key; });
  }
  bool Contains(uint64_t key) const { return !table[SlotOf(key)].empty(); }
  void Insert(uint64_t key) {
    if (Contains(key)) return;
    if ((size + 1) * 2 > table.slot_count()) table.Grow(Home);
    table[SlotOf(key)] = KeySlot{key};
    ++size;
  }
  void Erase(uint64_t key) {
    const size_t slot = SlotOf(key);
    if (table[slot].empty()) return;
    table.Erase(slot, Home);
    --size;
  }
};

}  // namespace

TEST_CASE("a probe table finds every key it holds after inserts, erases and growth", "[probe_table]") {
  for (uint64_t seed : {1u, 2u, 3u, 4u}) {
    Random random(seed, "probe_table_test");
    KeySet keys;
    std::set<uint64_t> want;
    for (int i = 0; i < 3000; ++i) {
      // Keys 1..64 whose low bits repeat: long runs that wrap around the end.
      const uint64_t key = 1 + random.Uniform(64) * 32 % 1000;
      if (random.Uniform(3) == 0) {
        keys.Erase(key);
        want.erase(key);
      } else {
        keys.Insert(key);
        want.insert(key);
      }
      REQUIRE(keys.size == want.size());
    }
    for (uint64_t key = 1; key <= 1000; ++key) CHECK(keys.Contains(key) == (want.count(key) == 1));
    size_t occupied = 0;
    for (const KeySlot& s : keys.table) occupied += s.empty() ? 0 : 1;
    CHECK(occupied == want.size());
  }
}

TEST_CASE("erasing from a probe run moves the later keys of the run back", "[probe_table]") {
  KeySet keys;  // 8 slots: keys 3, 11 and 19 all start at slot 3
  keys.Insert(3);
  keys.Insert(11);
  keys.Insert(19);
  CHECK(keys.SlotOf(19) == 5);
  keys.Erase(3);
  CHECK(keys.SlotOf(11) == 3);
  CHECK(keys.SlotOf(19) == 4);
  CHECK(keys.table[5].empty());
}
