// The served texts of stored object versions.
#include "server/encoded_objects.h"

#include <catch2/catch.hpp>

#include "server/limits.h"

using namespace jobsim::server;

TEST_CASE("a version's text is encoded once per resource and shift") {
  EncodedObjects texts;
  int encodes = 0;
  const auto encode = [&] { return "text" + std::to_string(++encodes); };
  CHECK(texts.Get(7, "v1/pods", 0, encode) == "text1");
  CHECK(texts.Get(7, "v1/pods", 0, encode) == "text1");
  CHECK(texts.Get(8, "v1/pods", 0, encode) == "text2");
  CHECK(texts.Get(7, "events.k8s.io/v1/events", 0, encode) == "text3");
  CHECK(encodes == 3);
  SECTION("another timestamp shift drops every text") {
    CHECK(texts.Get(7, "v1/pods", 1000, encode) == "text4");
    CHECK(texts.size() == 1);
  }
}

TEST_CASE("the oldest versions go once kEncodedObjectsKept texts are kept") {
  EncodedObjects texts;
  for (uint64_t rv = 1; rv <= kEncodedObjectsKept + 1; ++rv) texts.Get(rv, "v1/pods", 0, [] { return std::string("x"); });
  CHECK(texts.size() == kEncodedObjectsKept);
  bool encoded = false;
  texts.Get(1, "v1/pods", 0, [&] {
    encoded = true;
    return std::string("x");
  });
  CHECK(encoded);
}
