#include "sim/node/pi_digits.h"

#include <catch2/catch.hpp>

using jobsim::sim::PiToSignificantDigits;

TEST_CASE("bpi(N) prints pi rounded to N significant digits") {
  struct Row {
    std::string name;
    int digits;
    std::string want_prefix;
    std::string want_suffix;
    size_t want_length;
  };
  const std::vector<Row> rows = {
      {"one digit is the bare integer part", 1, "3", "3", 1},
      {"five digits round the sixth up", 5, "3.1416", "3.1416", 6},
      {"fifty digits", 50, "3.1415926535897932384626433832795028841971693993751", "93751", 51},
      {"a carry through the Feynman point's nines", 768, "3.14159", "721135000000", 769},
      {"the Job example's bpi(2000)", 2000, "3.14159265358979323846", "908658326459958133904780275901", 2001},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      const std::string pi = PiToSignificantDigits(row.digits);
      CHECK(pi.size() == row.want_length);
      CHECK(pi.rfind(row.want_prefix, 0) == 0);
      CHECK(pi.substr(pi.size() - row.want_suffix.size()) == row.want_suffix);
    }
  }
}
