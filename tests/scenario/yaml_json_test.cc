#include "sim/scenario/yaml_json.h"

#include <catch2/catch.hpp>

#include "sim/scenario/object_ref.h"
#include "sim/scenario/runtime_parser.h"

using namespace jobsim;
using namespace jobsim::scenario;

TEST_CASE("plain scalars resolve by the YAML 1.2 core schema; quoted ones stay strings") {
  struct Row {
    std::string yaml;
    std::string want_json;
  };
  const std::vector<Row> rows = {
      {"41", "41"},          {"-7", "-7"},           {"0x1f", "31"},        {"0o17", "15"},
      {"1.5", "1.5"},        {"1e3", "1000.0"},      {"true", "true"},      {"False", "false"},
      {"~", "null"},         {"null", "null"},       {"\"41\"", "\"41\""},  {"'true'", "\"true\""},
      {"1.3", "1.3"},        {"yes", "\"yes\""},     {"01:30", "\"01:30\""}, {"!!str 5", "\"5\""},
      {"perl1", "\"perl1\""}, {"[1, a]", "[1,\"a\"]"}, {"{a: 1}", "{\"a\":1}"},
      {"18446744073709551615", "18446744073709551615"},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.yaml) { CHECK(YamlToJson(YAML::Load(row.yaml)).dump() == row.want_json); }
  }
}

TEST_CASE("line numbers are 1-based") {
  const YAML::Node doc = YAML::Load("a: 1\nb:\n  c: 2\n");
  CHECK(LineOf(doc["b"]["c"]) == 3);
  CHECK(LineOf(YAML::Node(YAML::NodeType::Undefined)) == 0);
}

TEST_CASE("failure rates are exact ratios") {
  struct Row {
    std::string text;
    std::optional<std::pair<uint64_t, uint64_t>> want;
  };
  const std::vector<Row> rows = {
      {"0.2", std::make_pair(2, 10)}, {"1", std::make_pair(1, 1)},     {"0", std::make_pair(0, 1)},
      {".5", std::make_pair(5, 10)},  {"0.125", std::make_pair(125, 1000)}, {"1.5", std::nullopt},
      {"-0.1", std::nullopt},         {"0.1.2", std::nullopt},          {"", std::nullopt},
      {"0.0000000001", std::nullopt},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION("\"" << row.text << "\"") {
      auto ratio = ParseRatio(row.text);
      REQUIRE(ratio.has_value() == row.want.has_value());
      if (ratio) CHECK(std::make_pair(ratio->numerator, ratio->denominator) == *row.want);
    }
  }
}

TEST_CASE("object references accept kubectl's spellings") {
  struct Row {
    std::string text;
    Kind kind;
    std::string api_version, ns, name;
  };
  const std::vector<Row> rows = {
      {"job/pi", Kind::kJob, "batch/v1", "default", "pi"},
      {"jobs/pi", Kind::kJob, "batch/v1", "default", "pi"},
      {"jobs.batch/pi", Kind::kJob, "batch/v1", "default", "pi"},
      {"jobs.extensions/pi", Kind::kJob, "extensions/v1beta1", "default", "pi"},
      {"po/pi-x2kqz", Kind::kPod, "v1", "default", "pi-x2kqz"},
      {"kube-system/pod/x", Kind::kPod, "v1", "kube-system", "x"},
      {"Pod/x", Kind::kPod, "v1", "default", "x"},
      {"node/node-1", Kind::kNode, "v1", "", "node-1"},
      {"ns/default", Kind::kNamespace, "v1", "", "default"},
      {"ev/pi.123", Kind::kEvent, "v1", "default", "pi.123"},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.text) {
      ObjectRef ref;
      REQUIRE(ParseObjectRef(row.text, ref).ok());
      CHECK(ref.kind() == row.kind);
      CHECK(ref.resource.api_version == row.api_version);
      CHECK(ref.namespace_ == row.ns);
      CHECK(ref.name == row.name);
    }
  }
  ObjectRef ref;
  CHECK(ParseObjectRef("deploy/x", ref).message() == "the server doesn't have a resource type \"deploy\"");
  CHECK(ParseObjectRef("a/node/n", ref).message() == "object \"a/node/n\": nodes are not namespaced");
  CHECK(ParseObjectRef("job/", ref).message() == "object \"job/\": empty name");
}
