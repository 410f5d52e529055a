#include "kubectl/jsonpath.h"

#include <catch2/catch.hpp>

using namespace jobsim::kubectl;
using Json = nlohmann::json;

namespace {

const Json kList = Json::parse(R"({"apiVersion":"v1","kind":"List","items":[
  {"metadata":{"name":"pi-a","labels":{"job-name":"pi","app.kubernetes.io/name":"x"}},"status":{"phase":"Failed","restarts":2}},
  {"metadata":{"name":"pi-b","labels":{"job-name":"pi"}},"status":{"phase":"Running","restarts":0}}]})");

std::string Run(const std::string& tmpl, const Json& data = kList) {
  std::string out;
  const auto st = RunJsonPath(tmpl, data, out);
  return st.ok() ? out : "ERROR: " + st.message();
}

}  // namespace

TEST_CASE("jsonpath as kubectl runs it") {
  struct Row {
    std::string name, tmpl, want;
  };
  const std::vector<Row> rows = {
      {"a field of a single object", "{.status.failed}", ""},
      {"a number prints as Go prints an int", "{.items[0].status.restarts}", "2"},
      {"[*] fans out, results joined by spaces", "{.items[*].metadata.name}", "pi-a pi-b"},
      {"text around actions is copied", "names: {.items[*].metadata.name}!", "names: pi-a pi-b!"},
      {"range with string literals", "{range .items[*]}{.metadata.name}{\"\\t\"}{.status.phase}{\"\\n\"}{end}",
       "pi-a\tFailed\npi-b\tRunning\n"},
      {"a filter on equality", "{.items[?(@.status.phase==\"Running\")].metadata.name}", "pi-b"},
      {"a filter on existence", "{.items[?(@.status.restarts)].metadata.name}", "pi-a pi-b"},
      {"a numeric filter", "{.items[?(@.status.restarts > 1)].metadata.name}", "pi-a"},
      {"escaped dots in keys", "{.items[0].metadata.labels.app\\.kubernetes\\.io/name}", "x"},
      {"bracket keys", "{.items[0].metadata.labels['job-name']}", "pi"},
      {"negative index", "{.items[-1].metadata.name}", "pi-b"},
      {"slices", "{.items[0:1].metadata.name}", "pi-a"},
      {"maps print as compact JSON", "{.items[1].metadata.labels}", "{\"job-name\":\"pi\"}"},
      {"recursive descent", "{..phase}", "Failed Running"},
      {"a missing key prints nothing", "{.items[0].spec.nothing}", ""},
      {"an index out of range is an error", "{.items[5].metadata.name}",
       "ERROR: array index out of bounds: index 5, length 2"},
      {"an unclosed action is an error", "{.items", "ERROR: unclosed action"},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) { CHECK(Run(row.tmpl) == row.want); }
  }
}
