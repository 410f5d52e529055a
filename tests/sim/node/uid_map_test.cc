#include "sim/node/uid_map.h"

#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "sim/base/hex.h"

using namespace jobsim;
using namespace jobsim::sim;

namespace {

// A uid in the store's form; consecutive n give uids whose hashes scatter.
std::string TestUid(uint64_t n) {
  std::string uid(36, '-');
  WriteHex(uid.data(), n * 0x9e3779b97f4a7c15ULL >> 32, 8);
  WriteHex(uid.data() + 9, n, 4);
  WriteHex(uid.data() + 14, 0x4000 | (n & 0xfff), 4);
  WriteHex(uid.data() + 19, 0x8b73, 4);
  WriteHex(uid.data() + 24, n, 12);
  return uid;
}

}  // namespace

TEST_CASE("an entry is found by its uid until erased, with the value it was given") {
  UidMap<int> map;
  CHECK(map.Find(TestUid(1)) == nullptr);
  UidMap<int>::Entry& entry = map.Insert(TestUid(1));
  CHECK(entry.uid() == TestUid(1));
  CHECK(entry.value == 0);
  entry.value = 7;
  CHECK(map.Find(TestUid(1)) == &entry);
  CHECK(map.Insert(TestUid(1)).value == 7);  // there already
  CHECK(map.size() == 1);
  CHECK(map.Find(TestUid(2)) == nullptr);
  CHECK_FALSE(map.Erase(TestUid(2)));
  CHECK(map.Erase(TestUid(1)));
  CHECK(map.Find(TestUid(1)) == nullptr);
  CHECK(map.size() == 0);
}

TEST_CASE("growing and erasing keep every other entry findable, with its value") {
  UidMap<uint64_t> map;
  std::map<std::string, uint64_t> want;
  auto check = [&] {
    REQUIRE(map.size() == want.size());
    for (const auto& [uid, value] : want) {
      const UidMap<uint64_t>::Entry* e = map.Find(uid);
      REQUIRE(e);
      CHECK(e->uid() == uid);
      CHECK(e->value == value);
    }
    size_t walked = 0;
    map.ForEach([&](const UidMap<uint64_t>::Entry& e) {
      ++walked;
      CHECK(want.count(std::string(e.uid())));
    });
    CHECK(walked == want.size());
  };
  for (uint64_t n = 0; n < 1'000; ++n) {
    map.Insert(TestUid(n)).value = n;
    want[TestUid(n)] = n;
  }
  check();
  // Every other entry goes: the entries probed past them must move back.
  for (uint64_t n = 0; n < 1'000; n += 2) {
    CHECK(map.Erase(TestUid(n)));
    want.erase(TestUid(n));
  }
  check();
  for (uint64_t n = 0; n < 1'000; n += 2) CHECK(map.Find(TestUid(n)) == nullptr);
}

TEST_CASE("uids of other lengths are kept apart too: shorter in full, longer by prefix, length and hash") {
  UidMap<int> map;
  const std::string long_a = TestUid(1) + "-a", long_b = TestUid(1) + "-b";
  map.Insert("short").value = 1;
  map.Insert(long_a).value = 2;
  map.Insert(long_b).value = 3;
  map.Insert(TestUid(1)).value = 4;
  CHECK(map.size() == 4);
  CHECK(map.Find("short")->value == 1);
  CHECK(map.Find("short")->uid() == "short");
  CHECK(map.Find(long_a)->value == 2);
  CHECK(map.Find(long_b)->value == 3);
  CHECK(map.Find(TestUid(1))->value == 4);
  CHECK(map.Find(long_a)->uid() == TestUid(1));  // the first 36 characters
  CHECK(map.Erase(long_a));
  CHECK(map.Find(long_a) == nullptr);
  CHECK(map.Find(long_b)->value == 3);
}

TEST_CASE("a lookup by the uid's hash worked out once finds what the uid alone finds") {
  UidMap<int> map;
  const std::string uid = TestUid(7);
  const uint64_t hash = UidMap<int>::Hash(uid);
  CHECK(map.Find(uid, hash) == nullptr);
  map.Insert(uid, hash).value = 70;
  REQUIRE(map.Find(uid) != nullptr);
  CHECK(map.Find(uid)->value == 70);
  CHECK(&map.Insert(uid) == map.Find(uid, hash));
  CHECK(map.size() == 1);
}
