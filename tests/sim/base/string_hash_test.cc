#include "sim/base/string_hash.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace jobsim;

TEST_CASE("a string hash of parts equals the hash of their concatenation", "[string_hash]") {
  const std::string text = "default/pi-7xk2p.17f3a9c4d2e1b000";
  for (size_t a = 0; a <= text.size(); ++a) {
    for (size_t b = a; b <= text.size(); ++b) {
      const uint64_t parts =
          StringHash().Add(text.substr(0, a)).Add(text.substr(a, b - a)).Add(text.substr(b)).value();
      REQUIRE(parts == HashString(text));
    }
  }
}

TEST_CASE("a string hash tells apart lengths, trailing zero bytes and near keys", "[string_hash]") {
  CHECK(HashString("") != HashString(std::string(1, '\0')));
  CHECK(HashString("a") != HashString(std::string("a\0", 2)));
  std::set<uint64_t> seen;
  for (int i = 0; i < 10000; ++i) seen.insert(HashString("default/pod-" + std::to_string(i)));
  CHECK(seen.size() == 10000);
  // Fixed values: the same on every platform and build (little-endian words by construction).
  CHECK(HashString("default/pi-7xk2p") == 0xf60b9887fd2b4683ULL);
}
