#include "server/discovery.h"

#include <algorithm>
#include <map>

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::server;

namespace {
const char* kAccept132 =
    "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;"
    "v=v2beta1;as=APIGroupDiscoveryList,application/json";
const char* kAccept127 = "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";
}  // namespace

TEST_CASE("aggregated discovery answers the newest version the Accept header offers") {
  CHECK(AggregatedDiscoveryVersion(kAccept132) == "v2");
  CHECK(AggregatedDiscoveryVersion(kAccept127) == "v2beta1");
  CHECK(AggregatedDiscoveryVersion("application/json, */*").empty());
  CHECK(AggregatedDiscoveryContentType("v2") == "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList");
}

TEST_CASE("aggregated /apis lists batch/v1 jobs as kubectl needs them, then events.k8s.io/v1") {
  const api::Json doc = AggregatedDiscovery(ServedResources(api::ApiRules{}), false, "v2");
  REQUIRE(doc["items"].size() == 2);
  const api::Json& events = doc["items"][1];
  CHECK(events["metadata"]["name"] == "events.k8s.io");
  CHECK(events["versions"][0]["resources"][0]["verbs"] ==
        api::Json{"create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"});
  const api::Json& batch = doc["items"][0];
  CHECK(batch["metadata"]["name"] == "batch");
  const api::Json& jobs = batch["versions"][0]["resources"][0];
  CHECK(jobs["resource"] == "jobs");
  CHECK(jobs["scope"] == "Namespaced");
  CHECK(jobs["responseKind"] == api::Json{{"group", "batch"}, {"version", "v1"}, {"kind", "Job"}});
  CHECK(jobs["categories"] == api::Json{"all"});
}

TEST_CASE("aggregated /api holds the core group with short names and cluster scopes") {
  const api::Json doc = AggregatedDiscovery(ServedResources(api::ApiRules{}), true, "v2beta1");
  CHECK(doc["apiVersion"] == "apidiscovery.k8s.io/v2beta1");
  std::map<std::string, api::Json> by_name;
  for (const auto& r : doc["items"][0]["versions"][0]["resources"]) by_name[r["resource"]] = r;
  CHECK(by_name["pods"]["shortNames"] == api::Json{"po"});
  CHECK(by_name["namespaces"]["scope"] == "Cluster");
  CHECK(by_name["pods"]["subresources"][0]["subresource"] == "log");
}

TEST_CASE("legacy discovery lists subresources as separate entries") {
  const auto resources = ServedResources(api::ApiRules{});
  const api::Json list = LegacyResourceList(resources, "v1");
  std::vector<std::string> names;
  for (const auto& r : list["resources"]) names.push_back(r["name"]);
  CHECK(std::find(names.begin(), names.end(), "pods/log") != names.end());
  CHECK(LegacyGroupList(resources)["groups"][0]["preferredVersion"]["groupVersion"] == "batch/v1");
  CHECK(LegacyResourceList(resources, "batch/v2").is_null());
}

TEST_CASE("extensions/v1beta1 jobs are served only where the profile has them") {
  api::ApiRules old;
  old.serves_extensions_jobs = true;
  CHECK(LegacyGroup(ServedResources(old), "extensions")["preferredVersion"]["version"] == "v1beta1");
  CHECK(LegacyGroup(ServedResources(api::ApiRules{}), "extensions").is_null());
}
