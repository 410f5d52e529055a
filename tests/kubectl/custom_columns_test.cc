#include "kubectl/custom_columns.h"

#include <catch2/catch.hpp>

using namespace jobsim::kubectl;
using nlohmann::json;

TEST_CASE("custom-columns paths are relaxed JSONPath, as kubectl reads them") {
  struct Row {
    const char* path;
    const char* want;  // "" = an error
  };
  const Row rows[] = {
      {".metadata.name", "{.metadata.name}"},
      {"metadata.name", "{.metadata.name}"},
      {"{.metadata.name}", "{.metadata.name}"},
      {"{metadata.name}", "{.metadata.name}"},
      {".status.conditions[*].type", "{.status.conditions[*].type}"},
      {"{.a}{.b}", ""},
      {".", ""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.path);
    std::string got;
    const auto st = RelaxedJsonPath(row.path, got);
    CHECK(st.ok() == (*row.want != '\0'));
    if (st.ok()) CHECK(got == row.want);
  }
}

TEST_CASE("a malformed custom-columns spec gets kubectl's message") {
  std::vector<CustomColumn> columns;
  CHECK(ParseCustomColumns("", columns).message() == "custom-columns format specified but no custom columns given");
  CHECK(ParseCustomColumns("NAME:.metadata.name,PHASE", columns).message() ==
        "unexpected custom-columns spec: PHASE, expected <header>:<json-path-expr>");
}

TEST_CASE("Go's %v of JSON values") {
  CHECK(GoValueText(json("pi")) == "pi");
  CHECK(GoValueText(json(3)) == "3");
  CHECK(GoValueText(json(true)) == "true");
  CHECK(GoValueText(json(nullptr)) == "<nil>");
  CHECK(GoValueText(json(0.5)) == "0.5");
  CHECK(GoValueText(json(1e6)) == "1e+06");
  CHECK(GoValueText(json(123456.5)) == "123456.5");
  CHECK(GoValueText(json(0.00001)) == "1e-05");
  CHECK(GoValueText(json::parse(R"({"b":1,"a":"x"})")) == "map[a:x b:1]");
  CHECK(GoValueText(json::parse(R"(["a",2])")) == "[a 2]");
}

TEST_CASE("custom columns print a header, then one row per object") {
  std::vector<CustomColumn> columns;
  REQUIRE(ParseCustomColumns("NAME:.metadata.name,TYPES:.status.conditions[*].type,NODE:.spec.nodeName", columns).ok());
  const std::vector<json> objects = {
      json::parse(R"({"metadata":{"name":"pi-abcde"},"status":{"conditions":[{"type":"Ready"},{"type":"PodScheduled"}]}})"),
      json::parse(R"({"metadata":{"name":"pi-x"},"spec":{"nodeName":"node-1"}})"),
  };
  KubectlRules rules;
  CHECK(RenderCustomColumns(columns, objects, rules) ==
        "NAME       TYPES                NODE\n"
        "pi-abcde   Ready,PodScheduled   <none>\n"
        "pi-x       <none>               node-1\n");
  CHECK(RenderCustomColumns(columns, {}, rules) == "NAME   TYPES   NODE\n");
}
