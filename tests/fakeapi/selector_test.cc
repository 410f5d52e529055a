#include "fakeapi/selector.h"

#include <catch2/catch.hpp>

using namespace jobsim::api;

TEST_CASE("label selectors match as kube-apiserver matches them") {
  struct Row {
    const char* selector;
    StringMap labels;
    bool want;
  };
  const std::vector<Row> rows = {
      {"job-name=pi", {{"job-name", "pi"}}, true},
      {"job-name=pi", {{"job-name", "pi2"}}, false},
      {"job-name==pi", {{"job-name", "pi"}}, true},
      {"job-name!=pi", {}, true},
      {"tier in (a, b)", {{"tier", "b"}}, true},
      {"tier notin (a,b)", {{"tier", "b"}}, false},
      {"tier notin (a,b)", {}, true},
      {"canary", {{"canary", ""}}, true},
      {"!canary", {{"canary", ""}}, false},
      {"a=1,b=2", {{"a", "1"}, {"b", "2"}}, true},
      {"a=1,b=2", {{"a", "1"}}, false},
      {"", {{"x", "y"}}, true},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.selector) {
      Selector s;
      REQUIRE(Selector::Parse(row.selector, s).ok());
      CHECK(s.Matches(row.labels) == row.want);
    }
  }
}

TEST_CASE("a LabelSelector prints in its canonical text form") {
  LabelSelector ls;
  ls.match_labels = {{"controller-uid", "u"}, {"app", "x"}};
  ls.match_expressions.push_back({"tier", "In", {"b", "a"}});
  Selector s;
  REQUIRE(Selector::FromLabelSelector(ls, s).ok());
  CHECK(s.String() == "app=x,controller-uid=u,tier in (a,b)");
}

TEST_CASE("field selectors: supported fields match, unknown fields are a BadRequest") {
  FieldSelector fs;
  REQUIRE(FieldSelector::Parse("involvedObject.name=pi,type!=Warning", fs).ok());
  auto get = [](const std::string& f) -> std::optional<std::string> {
    if (f == "involvedObject.name") return "pi";
    if (f == "type") return "Normal";
    return std::nullopt;
  };
  bool matches = false;
  REQUIRE(fs.Matches(get, matches).ok());
  CHECK(matches);
  REQUIRE(FieldSelector::Parse("spec.foo=bar", fs).ok());
  CHECK(fs.Matches(get, matches).code() == 400);
}
