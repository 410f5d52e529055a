// StableVector (sim/base/stable_vector.h): elements keep their index and
// their address while the vector grows through its doubling chunks, and
// clear() destroys each element once.
#include "sim/base/stable_vector.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

TEST_CASE("StableVector: indexes and addresses survive growth across chunk boundaries", "[base]") {
  jobsim::StableVector<std::string> v;
  std::vector<const std::string*> addresses;
  // 16, 32, 64, ... per chunk: 5,000 elements span nine chunks.
  for (int i = 0; i < 5000; ++i) {
    addresses.push_back(&v.emplace_back("element " + std::to_string(i)));
    REQUIRE(v.size() == static_cast<size_t>(i) + 1);
  }
  for (int i = 0; i < 5000; ++i) {
    INFO("index " << i);
    REQUIRE(&v[static_cast<size_t>(i)] == addresses[static_cast<size_t>(i)]);
    REQUIRE(v[static_cast<size_t>(i)] == "element " + std::to_string(i));
  }
  // Neighbouring indexes in one chunk are neighbours in memory; the last of a chunk and the first of the next are not.
  CHECK(&v[1] == &v[0] + 1);
  CHECK(&v[47] == &v[16] + 31);
}

TEST_CASE("StableVector: clear destroys every element once and the vector fills again", "[base]") {
  static int alive = 0;
  struct Counted {
    Counted() { ++alive; }
    ~Counted() { --alive; }
  };
  {
    jobsim::StableVector<Counted> v;
    for (int i = 0; i < 100; ++i) v.emplace_back();
    CHECK(alive == 100);
    v.clear();
    CHECK(alive == 0);
    CHECK(v.empty());
    for (int i = 0; i < 40; ++i) v.emplace_back();
    CHECK(alive == 40);
  }
  CHECK(alive == 0);  // the destructor
}
