// Continue tokens: upstream's shape, round trip, and rejection of tokens this
// server did not issue; pages of a list cut at the limit.
#include "server/list_page.h"

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::server;

namespace {

std::shared_ptr<const api::Job> Job(const std::string& name) {
  auto job = std::make_shared<api::Job>();
  job->metadata.namespace_ = "default";
  job->metadata.name = name;
  return job;
}

}  // namespace

TEST_CASE("a continue token is upstream's base64url JSON of version, resourceVersion and start key") {
  const std::string token = EncodeContinue(ContinueToken{42, std::string("default/b\0", 10)});
  CHECK(token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") ==
        std::string::npos);
  // {"rv":42,"start":"default/b\u0000","v":"meta.k8s.io/v1"}, base64url without padding.
  CHECK(token == "eyJydiI6NDIsInN0YXJ0IjoiZGVmYXVsdC9iXHUwMDAwIiwidiI6Im1ldGEuazhzLmlvL3YxIn0");
  ContinueToken back;
  REQUIRE_FALSE(DecodeContinue(token, back).has_value());
  CHECK(back.resource_version == 42);
  CHECK(back.start_key == std::string("default/b\0", 10));
}

TEST_CASE("tokens this server did not issue are 400 invalid continue token") {
  ContinueToken unused;
  for (const std::string bad : {"xyz", "a!b", "eyJ2IjoieCJ9" /* {"v":"x"} */,
                                "eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6MCwic3RhcnQiOiJhIn0" /* rv 0 */}) {
    DYNAMIC_SECTION(bad) {
      const auto error = DecodeContinue(bad, unused);
      REQUIRE(error.has_value());
      CHECK(error->status == 400);
      CHECK(api::Json::parse(error->body)["message"].get<std::string>().rfind("invalid continue token: ", 0) == 0);
    }
  }
}

TEST_CASE("a page ends at the limit with a token that starts right after its last key") {
  const std::vector<std::shared_ptr<const api::Job>> jobs = {Job("a"), Job("b"), Job("c")};
  ListPage<api::Job> first;
  REQUIRE_FALSE(Paginate(jobs, "2", std::nullopt, 7, first).has_value());
  REQUIRE(first.items.size() == 2);
  CHECK(first.remaining_items == 1);
  ContinueToken token;
  REQUIRE_FALSE(DecodeContinue(first.continue_token, token).has_value());
  CHECK(token.resource_version == 7);
  ListPage<api::Job> second;
  REQUIRE_FALSE(Paginate(jobs, "2", token, 7, second).has_value());
  REQUIRE(second.items.size() == 1);
  CHECK(second.items[0]->metadata.name == "c");
  CHECK(second.continue_token.empty());
  ListPage<api::Job> unused;
  CHECK(Paginate(jobs, "-1", std::nullopt, 7, unused)->status == 400);
}
