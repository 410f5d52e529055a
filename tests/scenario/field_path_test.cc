#include "sim/scenario/field_path.h"

#include <catch2/catch.hpp>

#include "sim/scenario/verdict.h"

using namespace jobsim::scenario;
using jobsim::api::Json;

namespace {

const Json& Job() {
  static const Json job = Json::parse(R"({
    "metadata": {"name": "pi", "labels": {"batch.kubernetes.io/job-name": "pi", "job-name": "pi"}},
    "spec": {"parallelism": 1},
    "status": {
      "failed": 41,
      "conditions": [
        {"type": "Failed", "status": "True", "reason": "BackoffLimitExceeded"},
        {"type": "FailureTarget", "status": "True"}
      ]
    }
  })");
  return job;
}

struct LookupRow {
  std::string name;
  std::string path;
  std::string want;  // the found value as JSON, or "" when absent
};

struct SyntaxRow {
  std::string path;
  std::string want_error;
};

}  // namespace

TEST_CASE("field paths find values in an object as the API returns it") {
  const std::vector<LookupRow> rows = {
      {"a dotted path", "status.failed", "41"},
      {"a leading dot, as jsonpath writes it", ".status.failed", "41"},
      {"a list index", "status.conditions[1].type", "\"FailureTarget\""},
      {"an index past the end", "status.conditions[2].type", ""},
      {"a quoted key with dots and slashes", "metadata.labels[\"batch.kubernetes.io/job-name\"]", "\"pi\""},
      {"a single-quoted key", "metadata.labels['job-name']", "\"pi\""},
      {"a list item selected by a field", "status.conditions[type=Failed].reason", "\"BackoffLimitExceeded\""},
      {"a selection that matches nothing", "status.conditions[type=Complete].status", ""},
      {"a missing field", "status.succeeded", ""},
      {"a path through a scalar", "status.failed.x", ""},
      {"the empty path is the object", "", Job().dump()},
  };
  for (const LookupRow& row : rows) {
    DYNAMIC_SECTION(row.name) {
      const Json* found = LookupField(Job(), row.path);
      CHECK((found ? found->dump() : "") == row.want);
    }
  }
}

TEST_CASE("field path syntax errors name the position") {
  const std::vector<SyntaxRow> rows = {
      {"status..failed", "field path \"status..failed\": empty field name at position 8"},
      {"status.", "field path \"status.\": path ends with . at position 7"},
      {"a[1", "field path \"a[1\": missing ] at position 2"},
      {"a[x]", "field path \"a[x]\": want [n], [\"key\"] or [field=value] at position 2"},
      {"a[\"k]", "field path \"a[\"k]\": unterminated quoted key at position 2"},
      {"a[=v]", "field path \"a[=v]\": empty field in [field=value] at position 2"},
  };
  for (const SyntaxRow& row : rows) {
    DYNAMIC_SECTION(row.path) {
      std::vector<PathStep> steps;
      CHECK(ParseFieldPath(row.path, steps).message() == row.want_error);
    }
  }
}

TEST_CASE("value tests compare the way the docs promise") {
  auto pattern = [](const std::string& re) { return Pattern{re, std::make_shared<const std::regex>(re)}; };
  struct Row {
    std::string name;
    ValueTest test;
    std::optional<Json> actual;  // nullopt = absent
    bool want_pass;
    std::string want_message;
  };
  const std::vector<Row> rows = {
      {"equal numbers", {Json(41)}, Json(41), true, "want 41, got 41"},
      {"different numbers", {Json(41)}, Json(40), false, "want 41, got 40"},
      {"an integer equals the same float", {Json(2)}, Json(2.0), true, "want 2, got 2.0"},
      {"a string equals the text of a number", {Json("41")}, Json(41), true, "want \"41\", got 41"},
      {"strings compare exactly", {Json("True")}, Json("true"), false, "want \"True\", got \"true\""},
      {"maps compare structurally", {Json::parse(R"({"a":1})")}, Json::parse(R"({"a":1})"), true,
       "want {\"a\":1}, got {\"a\":1}"},
      {"an absent field equals nothing", {Json(0)}, std::nullopt, false, "want 0, got <absent>"},
      {"at least", {std::nullopt, Json(40)}, Json(41), true, "want at least 40, got 41"},
      {"at least and at most", {std::nullopt, Json(1), Json(5)}, Json(6), false,
       "want at least 1 and at most 5, got 6"},
      {"at least needs a number", {std::nullopt, Json(1)}, Json("3"), false, "want at least 1, got \"3\""},
      {"matches searches the text", {std::nullopt, std::nullopt, std::nullopt, pattern("^pi-")}, Json("pi-x2kqz"),
       true, "want a match for /^pi-/, got \"pi-x2kqz\""},
      {"exists false on an absent field", {std::nullopt, std::nullopt, std::nullopt, std::nullopt, false},
       std::nullopt, true, "want absent, got <absent>"},
      {"exists false on null", {std::nullopt, std::nullopt, std::nullopt, std::nullopt, false}, Json(), true,
       "want absent, got null"},
      {"exists true on a value", {std::nullopt, std::nullopt, std::nullopt, std::nullopt, true}, Json(0), true,
       "want present, got 0"},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      const Verdict v = TestValue(row.test, row.actual ? &*row.actual : nullptr);
      CHECK(v.passed == row.want_pass);
      CHECK(v.Message() == row.want_message);
    }
  }
}

TEST_CASE("count tests") {
  CHECK(TestCount(CountTest{41, std::nullopt, std::nullopt}, 41).passed);
  CHECK(TestCount(CountTest{std::nullopt, 1, std::nullopt}, 0).Message() == "want at least 1, got 0");
  const Verdict range = TestCount(CountTest{std::nullopt, 2, 3}, 4);
  CHECK_FALSE(range.passed);
  CHECK(range.want == "at least 2 and at most 3");
}
