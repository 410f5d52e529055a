// The definitions of the protobuf OpenAPI v2 document: what kubectl 1.27/1.28
// parse (kube-openapi's proto models) to find a kind's schema and the patch
// strategy of its fields. Read back with a small protobuf reader.
#include "server/openapi_v2_schemas.h"

#include <map>

#include <catch2/catch.hpp>

#include "server/openapi_schemas.h"
#include "server/openapi_v2.h"
#include "sim/profile.h"

using namespace jobsim;
using namespace jobsim::server;
using api::Json;

namespace {

// field number → the payloads of its length-delimited occurrences, in order.
std::multimap<int, std::string> Fields(const std::string& message) {
  std::multimap<int, std::string> out;
  size_t at = 0;
  const auto varint = [&] {
    uint64_t v = 0;
    for (int shift = 0; at < message.size(); shift += 7) {
      const auto byte = static_cast<unsigned char>(message[at++]);
      v |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if (!(byte & 0x80)) break;
    }
    return v;
  };
  while (at < message.size()) {
    const uint64_t key = varint();
    REQUIRE((key & 7) == 2);
    const uint64_t size = varint();
    out.emplace(static_cast<int>(key >> 3), message.substr(at, size));
    at += size;
  }
  return out;
}

std::string One(const std::string& message, int number) {
  const auto fields = Fields(message);
  const auto it = fields.find(number);
  return it == fields.end() ? "" : it->second;
}

// NamedSchema/NamedAny lists → name → value.
std::map<std::string, std::string> Named(const std::string& message, int number) {
  std::map<std::string, std::string> out;
  const auto fields = Fields(message);
  for (auto [it, end] = fields.equal_range(number); it != end; ++it) out[One(it->second, 1)] = One(it->second, 2);
  return out;
}

// Schema{31 vendor_extension: NamedAny{1 name, 2 Any{2 yaml}}}
std::map<std::string, std::string> Extensions(const std::string& schema) {
  std::map<std::string, std::string> out;
  for (const auto& [name, any] : Named(schema, 31)) out[name] = One(any, 2);
  return out;
}

std::map<std::string, std::string> Definitions() {
  sim::Profile profile;
  REQUIRE(sim::LookupProfile("1.28", profile).ok());
  const std::string document = OpenApiV2Protobuf(ServedResources(profile.api), profile.minor);
  return Named(One(document, 9), 1);
}

}  // namespace

TEST_CASE("each served kind's definition carries its GVK, as a list, as swagger.json has it") {
  const auto definitions = Definitions();
  REQUIRE(definitions.count("io.k8s.api.batch.v1.Job"));
  CHECK(Json::parse(Extensions(definitions.at("io.k8s.api.batch.v1.Job")).at("x-kubernetes-group-version-kind")) ==
        Json::parse(R"([{"group":"batch","kind":"Job","version":"v1"}])"));
  CHECK(Json::parse(Extensions(definitions.at("io.k8s.api.core.v1.Pod")).at("x-kubernetes-group-version-kind")) ==
        Json::parse(R"([{"group":"","kind":"Pod","version":"v1"}])"));
  CHECK(Extensions(definitions.at("io.k8s.api.core.v1.PodSpec")).count("x-kubernetes-group-version-kind") == 0);
}

TEST_CASE("containers merge by name: the v2 PodSpec carries the patch strategy and merge key") {
  const auto definitions = Definitions();
  const auto properties = Named(One(definitions.at("io.k8s.api.core.v1.PodSpec"), 25), 1);
  const auto containers = Extensions(properties.at("containers"));
  CHECK(Json::parse(containers.at("x-kubernetes-patch-strategy")) == "merge");
  CHECK(Json::parse(containers.at("x-kubernetes-patch-merge-key")) == "name");
  CHECK(Json::parse(containers.at("x-kubernetes-list-type")) == "map");
  CHECK(Json::parse(containers.at("x-kubernetes-list-map-keys")) == Json::array({"name"}));
  // TypeItem{1 "array"}, ItemsItem{1 Schema{1 _ref}}
  CHECK(One(One(properties.at("containers"), 22), 1) == "array");
  CHECK(One(One(One(properties.at("containers"), 23), 1), 1) == "#/definitions/io.k8s.api.core.v1.Container");
  CHECK(One(properties.at("containers"), 4).rfind("List of containers belonging to the pod.", 0) == 0);
}

TEST_CASE("a field with allOf:[{$ref}] is a v2 reference that keeps its description") {
  const auto definitions = Definitions();
  const auto properties = Named(One(definitions.at("io.k8s.api.batch.v1.Job"), 25), 1);
  CHECK(One(properties.at("spec"), 1) == "#/definitions/io.k8s.api.batch.v1.JobSpec");
  CHECK(One(properties.at("spec"), 4).rfind("Specification of the desired behavior of a job.", 0) == 0);
  CHECK(One(definitions.at("io.k8s.api.batch.v1.JobSpec"), 19) == "template");
}

TEST_CASE("every v2 reference resolves among the definitions (kubectl rejects the document otherwise)") {
  const auto definitions = Definitions();
  std::string all;
  for (const auto& [name, schema] : definitions) all += schema;
  const std::string prefix = "#/definitions/";
  int refs = 0;
  for (size_t at = all.find(prefix); at != std::string::npos; at = all.find(prefix, at + 1)) {
    size_t end = at + prefix.size();
    while (end < all.size() && (std::isalnum(static_cast<unsigned char>(all[end])) || all[end] == '.')) ++end;
    const std::string name = all.substr(at + prefix.size(), end - at - prefix.size());
    INFO(name);
    CHECK(definitions.count(name) == 1);
    ++refs;
  }
  CHECK(refs > 50);
}

TEST_CASE("structs kept whole are atomic maps, as kube-openapi marks +structType=atomic") {
  const auto definitions = Definitions();
  CHECK(Json::parse(Extensions(definitions.at("io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"))
                        .at("x-kubernetes-map-type")) == "atomic");
}
