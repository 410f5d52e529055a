#include "kubectl/sort_by.h"

#include <catch2/catch.hpp>

using namespace jobsim::kubectl;
using nlohmann::json;

namespace {

// kubectl 1.30: natural string order, quantities, go1.22's pdqsort.
KubectlRules Rules130() {
  KubectlRules rules;
  rules.sort_by_natural_strings = true;
  rules.go_sort = GoSortAlgorithm::kPdq;
  return rules;
}

std::vector<size_t> Order(const std::string& field, const std::vector<json>& objects) {
  std::vector<size_t> order;
  REQUIRE(SortOrder(field, objects, Rules130(), "*unstructured.Unstructured", order).ok());
  return order;
}

json Named(const std::string& name, const json& status) {
  return json{{"metadata", {{"name", name}}}, {"status", status}};
}

}  // namespace

TEST_CASE("sorter.go isLess on decoded JSON values (kubectl 1.22-1.30)") {
  struct Row {
    json a, b;
    bool less;
  };
  const Row rows[] = {
      {json(1), json(2), true},
      {json(2), json(1), false},
      {json(0.5), json(1.5), true},
      {json("500m"), json("2"), true},      // both quantities
      {json("1Gi"), json("1G"), false},     // 2^30 > 10^9
      {json("pi-9"), json("pi-10"), true},  // natural order
      {json("10.244.0.9"), json("10.244.0.10"), true},  // no quantity: natural order
      {json(nullptr), json(1), true},
      {json(1), json(nullptr), false},
      {json(nullptr), json(nullptr), false},
  };
  for (const Row& row : rows) {
    CAPTURE(row.a.dump(), row.b.dump());
    bool less = !row.less;
    REQUIRE(JsonLess(row.a, row.b, Rules130(), less).ok());
    CHECK(less == row.less);
  }
  bool less = false;
  CHECK(JsonLess(json(true), json(false), Rules130(), less).message() == "unsortable type: bool");
  CHECK(JsonLess(json::object(), json::object(), Rules130(), less).message() ==
        "unsortable type: map[string]interface {}");
  CHECK(JsonLess(json(1), json("1"), Rules130(), less).message() == "unsortable interface: interface");
}

TEST_CASE("strings: bytewise from 1.31, no quantities before 1.22") {
  bool less = false;
  REQUIRE(JsonLess(json("pi-10"), json("pi-9"), KubectlRules{}, less).ok());
  CHECK(less);
  REQUIRE(JsonLess(json("500m"), json("2"), KubectlRules{}, less).ok());
  CHECK(less);
  KubectlRules rules121 = Rules130();
  rules121.sort_by_quantity_strings = false;
  REQUIRE(JsonLess(json("500m"), json("2"), rules121, less).ok());
  CHECK_FALSE(less);  // natural order: 500 > 2
}

TEST_CASE("sort-by orders by the field's first value, objects without it first") {
  const std::vector<json> pods = {
      Named("pi-b", {{"startTime", "2016-05-13T10:45:30Z"}}),
      Named("pi-a", {{"startTime", "2016-05-13T10:45:22Z"}}),
      Named("pi-pending", json::object()),
      Named("pi-c", {{"startTime", "2016-05-13T10:45:25Z"}}),
  };
  CHECK(Order(".status.startTime", pods) == std::vector<size_t>{2, 1, 3, 0});
  CHECK(Order("{.metadata.name}", pods) == std::vector<size_t>{1, 0, 3, 2});
  CHECK(Order("metadata.name", pods) == std::vector<size_t>{1, 0, 3, 2});
}

TEST_CASE("sort-by on a field no object has is kubectl's error") {
  std::vector<size_t> order;
  const auto st = SortOrder(".status.nothing", {Named("pi-a", json::object())}, Rules130(), "T", order);
  CHECK(st.message() == "couldn't find any field with path \"{.status.nothing}\" in the list of objects");
  CHECK(SortOrder(".status.nothing", {}, Rules130(), "T", order).ok());
}

TEST_CASE("sort-by on values kubectl cannot compare is its fatal log line") {
  std::vector<size_t> order;
  const std::vector<json> pods = {Named("pi-a", json::object()), Named("pi-b", json::object())};
  const auto st = SortOrder(".metadata", pods, Rules130(), "[][][]reflect.Value", order);
  CHECK(st.reason() == "InternalError");
  CHECK(st.message() ==
        "Field {.metadata} in [][][]reflect.Value is an unsortable type: interface, err: unsortable type: "
        "map[string]interface {}");
}

TEST_CASE("sort-by is Go's unstable sort: equal values come out in pdqsort's order") {
  // 15 keys of three values: go1.19 sort.Sort's permutation (go_sort_test.cc).
  const int keys[] = {1, 0, 2, 0, 1, 1, 0, 2, 0, 0, 2, 1, 2, 1, 1};
  std::vector<json> objects;
  for (int k : keys) objects.push_back(json{{"spec", {{"priority", k}}}});
  CHECK(Order(".spec.priority", objects) == std::vector<size_t>{6, 1, 9, 3, 8, 4, 5, 0, 11, 13, 14, 7, 2, 10, 12});
}
