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

TEST_CASE("a string hash reads a word's first 0 to 8 bytes as they are", "[string_hash]") {
  // Values of the byte-by-byte reading, one per length: the word reads must agree with it.
  const std::string text = "abcdefghijklmnopq";
  const uint64_t expected[] = {
      0xe9e0033e3badaf36ULL, 0xbcf3ff15af0cd1daULL, 0x094d7095126aa21dULL, 0x868413a86c927034ULL,
      0x3f0e09aeabff3269ULL, 0x66777c38cb8e4219ULL, 0x0f20280483b936a8ULL, 0x5a6987b10f29ba47ULL,
      0xe56e1493f372c85dULL, 0x9dca6eb11a014dcaULL, 0x6bc14ca9ce95e940ULL, 0x02d444a6249aec18ULL,
      0x90e015571200ca78ULL, 0x8e7de7fdaaafbb2eULL, 0x13036d9bbbcecba6ULL, 0xf1c18d07e596c2a6ULL,
      0xdcb3da8b83540fc9ULL, 0x69d70c357d446c78ULL};
  for (size_t n = 0; n <= text.size(); ++n) {
    INFO("length " << n);
    CHECK(HashString(text.substr(0, n)) == expected[n]);
  }
}
