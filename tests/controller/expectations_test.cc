#include "controller/expectations.h"

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::controller;

TEST_CASE("expectations gate a Job until its creations and deletions are observed") {
  VirtualClock clock(1735689600000);
  Expectations e(clock);
  const std::string key = "default/pi";

  SECTION("no record is satisfied") { CHECK(e.Satisfied(key)); }
  SECTION("creations must all be observed") {
    e.ExpectCreations(key, 2);
    CHECK_FALSE(e.Satisfied(key));
    e.CreationObserved(key);
    CHECK_FALSE(e.Satisfied(key));
    e.CreationObserved(key);
    CHECK(e.Satisfied(key));
  }
  SECTION("a new expectation replaces the old one") {
    e.ExpectCreations(key, 2);
    e.ExpectDeletions(key, 1);
    e.CreationObserved(key);
    CHECK_FALSE(e.Satisfied(key));
    e.DeletionObserved(key);
    CHECK(e.Satisfied(key));
  }
  SECTION("observations without a record do not create one") {
    e.DeletionObserved(key);
    e.ExpectCreations(key, 1);
    CHECK_FALSE(e.Satisfied(key));
  }
  SECTION("a record expires after five minutes, not at five minutes") {
    e.ExpectCreations(key, 1);
    clock.AdvanceTo(kExpectationsTimeoutMs);
    CHECK_FALSE(e.Satisfied(key));
    clock.AdvanceTo(kExpectationsTimeoutMs + 1);
    CHECK(e.Satisfied(key));
  }
  SECTION("deleting the record satisfies the key; other keys are untouched") {
    e.ExpectCreations(key, 1);
    e.ExpectCreations("default/other", 1);
    e.Delete(key);
    CHECK(e.Satisfied(key));
    CHECK_FALSE(e.Satisfied("default/other"));
  }
}
