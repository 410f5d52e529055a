#include "sim/node/held_versions.h"

#include <catch2/catch.hpp>

using namespace jobsim::sim;

TEST_CASE("HeldVersions: a held version's event is taken once, in order") {
  HeldVersions held;
  held.Add(5);
  held.Add(9);
  CHECK_FALSE(held.Take(3));  // someone else's write, before ours
  CHECK(held.Take(5));
  CHECK_FALSE(held.Take(5));  // taken already
  CHECK_FALSE(held.Take(7));
  CHECK(held.Take(9));
  CHECK(held.size() == 0);
}

TEST_CASE("HeldVersions: a version whose event never came is dropped by a later event") {
  HeldVersions held;
  held.Add(4);
  held.Add(6);
  CHECK_FALSE(held.Take(5));  // 4's event was lost
  CHECK(held.size() == 1);
  CHECK(held.Take(6));
}

TEST_CASE("HeldVersions: a version added again is held once") {
  HeldVersions held;
  held.Add(4);
  held.Add(4);  // a second write that changed nothing answers the same version
  CHECK(held.size() == 1);
  CHECK(held.Take(4));
  CHECK_FALSE(held.Take(4));
}

TEST_CASE("HeldVersions: Clear forgets what a cut-off watch will not bring") {
  HeldVersions held;
  held.Add(4);
  held.Clear();
  CHECK_FALSE(held.Take(4));
}
