#include "sim/base/duration.h"

#include <catch2/catch.hpp>

using namespace jobsim;

TEST_CASE("Go-style durations parse to milliseconds") {
  struct Row {
    const char* text;
    std::optional<int64_t> want_ms;
  };
  const std::vector<Row> rows = {
      {"500ms", 500}, {"90s", 90'000}, {"1m30s", 90'000}, {"2h", 7'200'000}, {"1.5s", 1'500},
      {"30", 30'000}, {"0", 0},        {"10m", 600'000},  {"", std::nullopt}, {"5x", std::nullopt},
      {"s", std::nullopt}, {"-5s", std::nullopt},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.text) { CHECK(ParseDurationMs(row.text) == row.want_ms); }
  }
}

TEST_CASE("durations print like Go's time.Duration") {
  struct Row {
    int64_t ms;
    const char* want;
  };
  const std::vector<Row> rows = {{0, "0s"},          {500, "500ms"},        {10'000, "10s"},
                                 {80'000, "1m20s"},  {300'000, "5m0s"},     {1'500, "1.5s"},
                                 {3'600'000, "1h0m0s"}, {160'000, "2m40s"}};
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.want) { CHECK(FormatGoDuration(row.ms) == row.want); }
  }
}

TEST_CASE("instants format as RFC 3339 and RFC 1123Z and parse back") {
  const UnixMs seed_start = 1463136322000;  // the seed's "Fri, 13 May 2016 10:45:22 +0000"
  CHECK(FormatRfc3339(seed_start) == "2016-05-13T10:45:22Z");
  CHECK(FormatRfc1123Z(seed_start) == "Fri, 13 May 2016 10:45:22 +0000");
  CHECK(FormatRfc3339Micro(seed_start + 250) == "2016-05-13T10:45:22.250000Z");
  CHECK(ParseRfc3339("2016-05-13T10:45:22Z") == seed_start);
  CHECK(ParseRfc3339("2016-05-13T12:45:22+02:00") == seed_start);
  CHECK(ParseRfc3339("2016-05-13T10:45:22.5Z") == seed_start + 500);
  CHECK(ParseRfc3339("2016-05-13 10:45:22") == std::nullopt);
  CHECK(FormatRfc3339(0) == "1970-01-01T00:00:00Z");
  CHECK(FormatRfc1123Z(0) == "Thu, 01 Jan 1970 00:00:00 +0000");
}
