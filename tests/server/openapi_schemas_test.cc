// The served schemas: what `kubectl explain` reads from the OpenAPI v3 documents.
#include "server/openapi_schemas.h"

#include <catch2/catch.hpp>

#include "server/openapi.h"
#include "sim/profile.h"

using namespace jobsim;
using namespace jobsim::server;
using api::Json;

namespace {

std::vector<ApiResource> Resources() {
  sim::Profile profile;
  REQUIRE(sim::LookupProfile("1.33", profile).ok());
  return ServedResources(profile.api);
}

}  // namespace

TEST_CASE("the Job schema reaches JobSpec, PodSpec and Container, each described") {
  const Json closure = SchemaClosure({"io.k8s.api.batch.v1.Job"});
  for (const char* name : {"io.k8s.api.batch.v1.JobSpec", "io.k8s.api.batch.v1.JobStatus",
                           "io.k8s.api.batch.v1.JobCondition", "io.k8s.api.core.v1.PodTemplateSpec",
                           "io.k8s.api.core.v1.PodSpec", "io.k8s.api.core.v1.Container",
                           "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"}) {
    INFO(name);
    REQUIRE(closure.contains(name));
    CHECK_FALSE(closure[name]["description"].get<std::string>().empty());
    CHECK(closure[name].contains("properties"));
  }
  CHECK_FALSE(closure.contains("io.k8s.api.core.v1.Pod"));
  const Json& backoff = closure["io.k8s.api.batch.v1.JobSpec"]["properties"]["backoffLimit"];
  CHECK(backoff["type"] == "integer");
  CHECK(backoff["description"].get<std::string>().rfind("Specifies the number of retries", 0) == 0);
  CHECK(closure["io.k8s.api.core.v1.Container"]["required"] == Json::array({"name"}));
}

TEST_CASE("every $ref of the served documents resolves inside the document") {
  for (const char* path : {"api/v1", "apis/batch/v1", "apis/events.k8s.io/v1"}) {
    INFO(path);
    const Json document = OpenApiGroupVersion(Resources(), path);
    REQUIRE(document.contains("components"));
    const Json& schemas = document["components"]["schemas"];
    const std::string text = document.dump();
    for (size_t at = text.find("#/components/schemas/"); at != std::string::npos;
         at = text.find("#/components/schemas/", at + 1)) {
      const size_t start = at + std::string("#/components/schemas/").size();
      CHECK(schemas.contains(text.substr(start, text.find('"', start) - start)));
    }
  }
}

TEST_CASE("each kind's schema carries the GVK of the document that serves it") {
  const Json batch = OpenApiGroupVersion(Resources(), "apis/batch/v1");
  CHECK(batch["components"]["schemas"]["io.k8s.api.batch.v1.Job"]["x-kubernetes-group-version-kind"] ==
        Json::parse(R"([{"group":"batch","kind":"Job","version":"v1"}])"));
  const Json core = OpenApiGroupVersion(Resources(), "api/v1");
  CHECK(core["components"]["schemas"]["io.k8s.api.core.v1.Pod"]["x-kubernetes-group-version-kind"][0]["kind"] == "Pod");
  const Json events = OpenApiGroupVersion(Resources(), "apis/events.k8s.io/v1");
  CHECK(events["components"]["schemas"]["io.k8s.api.events.v1.Event"]["x-kubernetes-group-version-kind"][0]["group"] ==
        "events.k8s.io");
}

TEST_CASE("the schemas carry upstream's vendor extensions: strategic merge keys and list types") {
  const Json& all = OpenApiSchemas();
  const Json& containers = all["io.k8s.api.core.v1.PodSpec"]["properties"]["containers"];
  CHECK(containers["x-kubernetes-patch-strategy"] == "merge");
  CHECK(containers["x-kubernetes-patch-merge-key"] == "name");
  CHECK(containers["x-kubernetes-list-type"] == "map");
  CHECK(containers["x-kubernetes-list-map-keys"] == Json::array({"name"}));
  const Json& ports = all["io.k8s.api.core.v1.Container"]["properties"]["ports"];
  CHECK(ports["x-kubernetes-patch-merge-key"] == "containerPort");
  CHECK(ports["x-kubernetes-list-map-keys"] == Json::array({"containerPort", "protocol"}));
  CHECK(all["io.k8s.api.core.v1.PodSpec"]["properties"]["volumes"]["x-kubernetes-patch-strategy"] == "merge,retainKeys");
  CHECK(all["io.k8s.api.core.v1.PodSpec"]["properties"]["nodeSelector"]["x-kubernetes-map-type"] == "atomic");
  CHECK(all["io.k8s.api.batch.v1.JobStatus"]["properties"]["conditions"]["x-kubernetes-list-type"] == "atomic");
  CHECK(all["io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"]["properties"]["finalizers"]["x-kubernetes-list-type"] ==
        "set");
  CHECK(all["io.k8s.api.core.v1.ObjectReference"]["x-kubernetes-map-type"] == "atomic");
  CHECK(all["io.k8s.api.core.v1.PodSchedulingGroup"]["x-kubernetes-unions"] ==
        Json::parse(R"([{"fields-to-discriminateBy":{"podGroupName":"PodGroupName"}}])"));
}
