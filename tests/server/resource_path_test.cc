#include "server/resource_path.h"

#include <catch2/catch.hpp>

#include "server/target.h"

using namespace jobsim;
using namespace jobsim::server;

namespace {

std::optional<ResourcePath> Parse(const std::string& path) {
  static const auto resources = ServedResources(api::ApiRules{});
  return ParseResourcePath(ParseTarget(path)->segments, resources);
}

}  // namespace

TEST_CASE("namespaced paths: collection, object, subresource") {
  const auto jobs = Parse("/apis/batch/v1/namespaces/default/jobs");
  REQUIRE(jobs);
  CHECK(jobs->resource->plural == "jobs");
  CHECK(jobs->namespace_ == "default");
  CHECK(jobs->name.empty());
  const auto log = Parse("/api/v1/namespaces/ns1/pods/pi-x/log");
  REQUIRE(log);
  CHECK(log->name == "pi-x");
  CHECK(log->subresource == "log");
}

TEST_CASE("the namespace object itself, and every-namespace lists") {
  const auto ns = Parse("/api/v1/namespaces/default");
  REQUIRE(ns);
  CHECK(ns->resource->plural == "namespaces");
  CHECK(ns->name == "default");
  CHECK(Parse("/api/v1/namespaces/default/status")->subresource == "status");
  const auto all = Parse("/api/v1/pods");
  REQUIRE(all);
  CHECK(all->namespace_.empty());
}

TEST_CASE("unserved resources, subresources and scopes are not resource paths") {
  CHECK_FALSE(Parse("/api/v1/namespaces/default/configmaps"));
  CHECK_FALSE(Parse("/apis/batch/v2/namespaces/default/jobs"));
  CHECK_FALSE(Parse("/apis/batch/v1/namespaces/default/jobs/pi/log"));
  CHECK_FALSE(Parse("/api/v1/namespaces/default/nodes/n1"));
  CHECK_FALSE(Parse("/apis/extensions/v1beta1/namespaces/default/jobs"));
}
