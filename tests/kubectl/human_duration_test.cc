#include "kubectl/human_duration.h"

#include <catch2/catch.hpp>

using namespace jobsim::kubectl;

namespace {

constexpr int64_t kS = 1000, kM = 60 * kS, kH = 60 * kM, kD = 24 * kH, kY = 365 * kD;

struct Row {
  std::string name;
  int64_t ms;
  std::string want;
};

}  // namespace

TEST_CASE("HumanDuration (apimachinery util/duration) rows") {
  const std::vector<Row> rows = {
      {"more than a second in the future is invalid", -2 * kS, "<invalid>"},
      {"up to a second in the future counts as now", -1500, "0s"},
      {"zero", 0, "0s"},
      {"seconds truncate", 5 * kS + 999, "5s"},
      {"seconds up to 119", 119 * kS, "119s"},
      {"two minutes", 120 * kS, "2m"},
      {"minutes and seconds below ten minutes", 9 * kM + 59 * kS, "9m59s"},
      {"ten minutes drop the seconds", 10 * kM + 30 * kS, "10m"},
      {"minutes up to 179", 179 * kM, "179m"},
      {"three hours", 3 * kH, "3h"},
      {"hours and minutes below eight hours", 7 * kH + 59 * kM, "7h59m"},
      {"eight hours drop the minutes", 8 * kH + 5 * kM, "8h"},
      {"hours up to 47", 47 * kH, "47h"},
      {"two days", 48 * kH, "2d"},
      {"days and hours below eight days", 7 * kD + 23 * kH, "7d23h"},
      {"eight days drop the hours", 8 * kD + 3 * kH, "8d"},
      {"days up to 729", 729 * kD, "729d"},
      {"two years", 730 * kD, "2y"},
      {"years and days below eight years", 2 * kY + kD, "2y1d"},
      {"seven years 364 days", 7 * kY + 364 * kD, "7y364d"},
      {"eight years", 8 * kY + 10 * kD, "8y"},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) { CHECK(HumanDuration(row.ms) == row.want); }
  }
}

TEST_CASE("ShortHumanDuration (kubectl 1.3 translateTimestamp) rows") {
  const std::vector<Row> rows = {
      {"invalid future", -2 * kS, "<invalid>"},
      {"almost now", -999, "0s"},
      {"seconds below a minute", 59 * kS, "59s"},
      {"one minute", 60 * kS, "1m"},
      {"minutes truncate", 119 * kS, "1m"},
      {"minutes below an hour", 59 * kM + 59 * kS, "59m"},
      {"hours below a day", 23 * kH + 59 * kM, "23h"},
      {"days", 24 * kH, "1d"},
      {"days below 364", 363 * kD, "363d"},
      {"day 364 is already a year count, and it rounds down to 0y", 364 * kD, "0y"},
      {"a year", 365 * kD, "1y"},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) { CHECK(ShortHumanDuration(row.ms) == row.want); }
  }
}

TEST_CASE("AgeSince prints <unknown> for a zero time and picks the era's format") {
  CHECK(AgeSince(0, 5000, false) == "<unknown>");
  CHECK(AgeSince(1000, 1000 + 150 * kS, false) == "2m30s");
  CHECK(AgeSince(1000, 1000 + 150 * kS, true) == "2m");
}
