#include "sim/base/random.h"

#include <catch2/catch.hpp>

using namespace jobsim;

TEST_CASE("a stream is a pure function of (seed, name)") {
  Random a(1, "uids"), b(1, "uids"), other_name(1, "names"), other_seed(2, "uids");
  std::vector<uint64_t> xs, ys, zs, ws;
  for (int i = 0; i < 5; ++i) {
    xs.push_back(a.Next64());
    ys.push_back(b.Next64());
    zs.push_back(other_name.Next64());
    ws.push_back(other_seed.Next64());
  }
  CHECK(xs == ys);
  CHECK(xs != zs);
  CHECK(xs != ws);
}

TEST_CASE("the generator's output is pinned, so runs match on every machine") {
  Random r(1, "uids");
  // If this changes, every golden transcript changes: only ever on purpose.
  const uint64_t first = r.Next64();
  Random again(1, "uids");
  CHECK(again.Next64() == first);
  CHECK(first == 0x86ba1e3d963cd329ULL);
}

TEST_CASE("Uniform stays in range and covers it") {
  Random r(7, "uniform");
  std::vector<int> seen(27, 0);
  for (int i = 0; i < 27 * 200; ++i) {
    const uint64_t x = r.Uniform(27);
    REQUIRE(x < 27);
    ++seen[x];
  }
  for (int count : seen) CHECK(count > 100);
}

TEST_CASE("Chance honours exact ratios") {
  Random r(3, "chance");
  int hits = 0;
  for (int i = 0; i < 10'000; ++i) hits += r.Chance(Ratio{1, 10});
  CHECK(hits > 900);
  CHECK(hits < 1100);
  CHECK(!r.Chance(Ratio{0, 10}));
  CHECK(r.Chance(Ratio{10, 10}));
}
