// SameBytes (sim/base/same_bytes.h) agrees with a byte-by-byte compare at
// every length up to several words and for a difference at every position.
#include "sim/base/same_bytes.h"

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("SameBytes: equal strings of every length, and a difference at every position", "[base]") {
  for (size_t n = 0; n <= 40; ++n) {
    std::string a(n, 'x'), b(n, 'x');
    for (size_t i = 0; i < n; ++i) a[i] = b[i] = static_cast<char>('a' + i % 26);
    INFO("length " << n);
    CHECK(jobsim::SameBytes(a, b));
    for (size_t i = 0; i < n; ++i) {
      std::string c = b;
      c[i] = static_cast<char>(c[i] ^ 0x80);
      INFO("difference at " << i);
      CHECK_FALSE(jobsim::SameBytes(a, c));
    }
    CHECK_FALSE(jobsim::SameBytes(a, b + "y"));  // lengths differ
  }
}
