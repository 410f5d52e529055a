#include "kubectl/natural_order.h"

#include <catch2/catch.hpp>

using namespace jobsim::kubectl;

// Rows from fvbommel/sortorder's natsort_test.go behaviour.
TEST_CASE("NaturalLess compares runs of digits as numbers") {
  struct Row {
    const char* a;
    const char* b;
    bool less;
  };
  const Row rows[] = {
      {"pi-9", "pi-10", true},   {"pi-10", "pi-9", false}, {"abc2", "abc12", true}, {"2", "02", true},
      {"02", "2", false},        {"a1", "a", false},       {"a", "a1", true},       {"1a", "a", true},
      {"a", "1", false},         {"B", "a", true},         {"", "a", true},         {"a", "a", false},
      {"pi-00", "pi-0", false},  {"x10y", "x10z", true},   {"2016-05-13T10:45:22Z", "2016-05-13T10:45:23Z", true},
  };
  for (const Row& row : rows) {
    CAPTURE(row.a, row.b);
    CHECK(NaturalLess(row.a, row.b) == row.less);
  }
}
