#include "sim/base/hex.h"

#include <catch2/catch.hpp>

#include <cinttypes>
#include <cstdio>
#include <string>
#include <vector>

using namespace jobsim;

namespace {

// printf's "%0*" PRIx64, of the low 4 * digits bits.
std::string Printf(uint64_t value, int digits) {
  if (digits < 16) value &= (uint64_t{1} << (4 * digits)) - 1;
  char text[32];
  std::snprintf(text, sizeof text, "%0*" PRIx64, digits, value);
  return text;
}

}  // namespace

TEST_CASE("hex digits are printf's, zero-padded to the width", "[hex]") {
  const std::vector<uint64_t> values = {0,
                                        1,
                                        9,
                                        10,
                                        15,
                                        0x9abcdef0,
                                        0x0123456789abcdefULL,
                                        0xfedcba9876543210ULL,
                                        0xa0a0a0a0a0a0a0a0ULL,
                                        0x181197a7b0d3e4c1ULL,
                                        UINT64_MAX};
  for (const uint64_t value : values) {
    for (int digits = 1; digits <= 16; ++digits) {
      std::string text;
      AppendHex(text, value, digits);
      REQUIRE(text == Printf(value, digits));
    }
    std::string shortest = "id-";
    AppendHex(shortest, value);
    char text[32];
    std::snprintf(text, sizeof text, "%" PRIx64, value);  // as few digits as needed, "0" for zero
    CHECK(shortest == "id-" + std::string(text));
  }
}
