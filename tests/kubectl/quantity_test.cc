#include "kubectl/quantity.h"

#include <climits>

#include <catch2/catch.hpp>

using namespace jobsim::kubectl;

TEST_CASE("quantities print in resource.Quantity's canonical form") {
  struct Row {
    const char* in;
    const char* out;
  };
  for (const Row& row : {Row{"100m", "100m"}, Row{"1", "1"}, Row{"0.5", "500m"}, Row{"1000m", "1"},
                         Row{"2000", "2k"}, Row{"1500", "1500"}, Row{"128Mi", "128Mi"}, Row{"1024Ki", "1Mi"},
                         Row{"1.5Gi", "1536Mi"}, Row{"1e3", "1k"}, Row{"0", "0"}}) {
    INFO(row.in);
    const auto q = Quantity::Parse(row.in);
    REQUIRE(q);
    CHECK(q->String() == row.out);
  }
  CHECK_FALSE(Quantity::Parse("lots"));
  CHECK_FALSE(Quantity::Parse("1x"));
}

TEST_CASE("adding quantities keeps the first non-zero format, as Quantity.Add") {
  Quantity sum;
  sum.Add(*Quantity::Parse("64Mi"));
  sum.Add(*Quantity::Parse("64Mi"));
  CHECK(sum.String() == "128Mi");
  Quantity cpu = *Quantity::Parse("250m");
  cpu.Add(*Quantity::Parse("750m"));
  CHECK(cpu.String() == "1");
}

TEST_CASE("percentages truncate like Go's int64 conversion; nothing allocatable gives MinInt64") {
  CHECK(PercentOf(250, 1000) == 25);
  CHECK(PercentOf(1, 3) == 33);
  CHECK(PercentOf(0, 0) == LLONG_MIN);
  CHECK(PercentOf(5, 0) == LLONG_MIN);
}

TEST_CASE("ParseQuantityValue accepts resource.ParseQuantity's grammar only") {
  struct Row {
    const char* text;
    std::optional<long double> value;
  };
  const Row rows[] = {
      {"1", 1.0L},          {"500m", 0.5L},     {"1Ki", 1024.0L},   {"1e3", 1000.0L},  {"1E-3", 0.001L},
      {"-2k", -2000.0L},    {".5", 0.5L},       {"5.", 5.0L},       {"-", 0.0L},       {"Mi", 0.0L},
      {"", std::nullopt},   {"pi-abc", std::nullopt}, {"10.244.0.5", std::nullopt}, {"1x", std::nullopt},
      {"1K", std::nullopt}, {"2016-05-13T10:45:22Z", std::nullopt}, {"k8s", std::nullopt},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    const auto got = ParseQuantityValue(row.text);
    REQUIRE(got.has_value() == row.value.has_value());
    if (got) CHECK(*got == Approx(static_cast<double>(*row.value)));
  }
}
