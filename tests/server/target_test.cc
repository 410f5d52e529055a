#include "server/target.h"

#include <catch2/catch.hpp>

using namespace jobsim::server;

TEST_CASE("a target splits into decoded path segments and query parameters") {
  const auto t = ParseTarget("/api/v1/namespaces/default/pods?labelSelector=job-name%3Dpi&limit=500&watch=true");
  REQUIRE(t);
  CHECK(t->segments == std::vector<std::string>{"api", "v1", "namespaces", "default", "pods"});
  CHECK(t->Param("labelSelector") == "job-name=pi");
  CHECK(t->Param("limit") == "500");
  CHECK(t->Flag("watch"));
  CHECK_FALSE(t->Flag("allowWatchBookmarks"));
}

TEST_CASE("a query's plus is a space, and a set-based selector survives decoding") {
  const auto t = ParseTarget("/api/v1/pods?labelSelector=tier+in+%28a%2Cb%29");
  REQUIRE(t);
  CHECK(t->Param("labelSelector") == "tier in (a,b)");
}

TEST_CASE("a malformed escape is rejected, not guessed") {
  CHECK_FALSE(ParseTarget("/api/v1/pods?fieldSelector=%zz"));
  CHECK_FALSE(ParseTarget("/api/v1/pods%2"));
}
