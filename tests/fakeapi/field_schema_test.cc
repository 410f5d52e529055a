// The list and map types of the field manager, as upstream's OpenAPI schema gives them.
#include "fakeapi/field_schema.h"

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::api;

TEST_CASE("list types follow upstream's schema, kind by kind") {
  const Json list = Json::array();
  const FieldSchema& job = FieldSchemaOf("Job");
  CHECK(job.ShapeAt("spec.template.spec.containers", list) == FieldShape::kMap);
  CHECK(job.KeysAt("spec.template.spec.containers").names == std::vector<std::string>{"name"});
  // ContainerPort: x-kubernetes-list-map-keys [containerPort, protocol].
  CHECK(job.ShapeAt("spec.template.spec.containers[].ports", list) == FieldShape::kMap);
  CHECK(job.KeysAt("spec.template.spec.initContainers[].ports").names ==
        std::vector<std::string>{"containerPort", "protocol"});
  CHECK(job.KeysAt("spec.template.spec.containers[].env").names == std::vector<std::string>{"name"});
  // ObjectMeta.finalizers: x-kubernetes-list-type set; JobStatus.conditions atomic, PodStatus.conditions a map.
  CHECK(job.ShapeAt("metadata.finalizers", list) == FieldShape::kSet);
  CHECK(job.ShapeAt("spec.template.metadata.finalizers", list) == FieldShape::kSet);
  CHECK(job.ShapeAt("status.conditions", list) == FieldShape::kAtomic);
  CHECK(job.ShapeAt("status.uncountedTerminatedPods.succeeded", list) == FieldShape::kSet);
  CHECK(FieldSchemaOf("Pod").ShapeAt("status.conditions", list) == FieldShape::kMap);
  CHECK(FieldSchemaOf("Node").ShapeAt("spec.podCIDRs", list) == FieldShape::kSet);
  // NamespaceSpec.finalizers is atomic, unlike metadata's.
  CHECK(FieldSchemaOf("Namespace").ShapeAt("spec.finalizers", list) == FieldShape::kAtomic);
  CHECK(FieldSchemaOf("Namespace").ShapeAt("metadata.finalizers", list) == FieldShape::kSet);
  // Unnamed lists are atomic, unnamed objects granular; atomic maps and structs are named.
  CHECK(job.ShapeAt("spec.template.spec.containers[].command", list) == FieldShape::kAtomic);
  CHECK(job.ShapeAt("spec.template.spec", Json::object()) == FieldShape::kGranular);
  CHECK(job.ShapeAt("spec.selector", Json::object()) == FieldShape::kAtomic);
  CHECK(job.ShapeAt("spec.template.spec.nodeSelector", Json::object()) == FieldShape::kAtomic);
  CHECK(job.ShapeAt("metadata.ownerReferences[]", Json::object()) == FieldShape::kAtomic);
  CHECK(FieldSchemaOf("Event").ShapeAt("involvedObject", Json::object()) == FieldShape::kAtomic);
}

TEST_CASE("item keys: key fields sorted by name, a missing key defaulted; set values as JSON") {
  const ListKeys& ports = FieldSchemaOf("Pod").KeysAt("spec.containers[].ports");
  CHECK(ItemKeyOf(ports, Json{{"containerPort", 80}}) == R"(k:{"containerPort":80,"protocol":"TCP"})");
  CHECK(ItemKeyOf(ports, Json{{"protocol", "UDP"}, {"containerPort", 53}}) ==
        R"(k:{"containerPort":53,"protocol":"UDP"})");
  const ListKeys& spread = FieldSchemaOf("Pod").KeysAt("spec.topologySpreadConstraints");
  CHECK(ItemKeyOf(spread, Json{{"whenUnsatisfiable", "DoNotSchedule"}, {"topologyKey", "zone"}, {"maxSkew", 1}}) ==
        R"(k:{"topologyKey":"zone","whenUnsatisfiable":"DoNotSchedule"})");
  CHECK(ItemKeyOf(ListKeys{{"name"}, {}}, Json{{"image", "x"}}).empty());
  CHECK(ItemKeyOf(ListKeys{{"name"}, {}}, Json("x")).empty());
  CHECK(ValueKeyOf("batch.kubernetes.io/job-tracking") == R"(v:"batch.kubernetes.io/job-tracking")");
}
