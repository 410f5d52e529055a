#include "fakeapi/patch.h"

#include <catch2/catch.hpp>

using namespace jobsim::api;

namespace {

struct PatchRow {
  std::string name;
  PatchType type;
  std::string target;
  std::string patch;
  std::string want;        // the patched object, when the patch applies
  std::string want_error;  // else: the BadRequest message
};

const std::vector<PatchRow>& Rows() {
  static const std::vector<PatchRow> rows = {
      // ---- RFC 7386 merge patch
      {"merge: a scalar replaces, a map merges", PatchType::kMerge,
       R"({"spec":{"parallelism":1,"completions":3}})", R"({"spec":{"parallelism":0}})",
       R"({"spec":{"parallelism":0,"completions":3}})", ""},
      {"merge: null deletes a member", PatchType::kMerge, R"({"metadata":{"labels":{"a":"1","b":"2"}}})",
       R"({"metadata":{"labels":{"a":null}}})", R"({"metadata":{"labels":{"b":"2"}}})", ""},
      {"merge: a list is replaced whole", PatchType::kMerge,
       R"({"spec":{"containers":[{"name":"a","image":"x"},{"name":"b"}]}})",
       R"({"spec":{"containers":[{"name":"a","image":"y"}]}})", R"({"spec":{"containers":[{"name":"a","image":"y"}]}})",
       ""},
      // ---- strategic merge patch
      {"strategic: containers merge by name", PatchType::kStrategic,
       R"({"spec":{"containers":[{"name":"a","image":"x"},{"name":"b","image":"z"}]}})",
       R"({"spec":{"containers":[{"name":"a","image":"y"}]}})",
       R"({"spec":{"containers":[{"name":"a","image":"y"},{"name":"b","image":"z"}]}})", ""},
      {"strategic: schedulingGates merge by name", PatchType::kStrategic,
       R"({"spec":{"schedulingGates":[{"name":"a"}]}})", R"({"spec":{"schedulingGates":[{"name":"b"}]}})",
       R"({"spec":{"schedulingGates":[{"name":"a"},{"name":"b"}]}})", ""},
      {"strategic: a container with a new name is appended", PatchType::kStrategic,
       R"({"spec":{"containers":[{"name":"a"}]}})", R"({"spec":{"containers":[{"name":"c","image":"q"}]}})",
       R"({"spec":{"containers":[{"name":"a"},{"name":"c","image":"q"}]}})", ""},
      {"strategic: $patch delete removes one list element", PatchType::kStrategic,
       R"({"spec":{"containers":[{"name":"a"},{"name":"b"}]}})",
       R"({"spec":{"containers":[{"name":"a","$patch":"delete"}]}})", R"({"spec":{"containers":[{"name":"b"}]}})",
       ""},
      {"strategic: $patch replace on a list replaces it", PatchType::kStrategic,
       R"({"spec":{"containers":[{"name":"a"},{"name":"b"}]}})",
       R"({"spec":{"containers":[{"name":"c"},{"$patch":"replace"}]}})", R"({"spec":{"containers":[{"name":"c"}]}})",
       ""},
      {"strategic: $patch replace on a map replaces it", PatchType::kStrategic,
       R"({"metadata":{"labels":{"a":"1","b":"2"}}})", R"({"metadata":{"labels":{"c":"3","$patch":"replace"}}})",
       R"({"metadata":{"labels":{"c":"3"}}})", ""},
      {"strategic: $patch delete on a map removes it", PatchType::kStrategic,
       R"({"metadata":{"labels":{"a":"1"},"name":"x"}})", R"({"metadata":{"labels":{"$patch":"delete"}}})",
       R"({"metadata":{"name":"x"}})", ""},
      {"strategic: env entries merge by name inside a container", PatchType::kStrategic,
       R"({"containers":[{"name":"a","env":[{"name":"X","value":"1"},{"name":"Y","value":"2"}]}]})",
       R"({"containers":[{"name":"a","env":[{"name":"Y","value":"3"}]}]})",
       R"({"containers":[{"name":"a","env":[{"name":"X","value":"1"},{"name":"Y","value":"3"}]}]})", ""},
      {"strategic: a list without a strategy is replaced", PatchType::kStrategic,
       R"({"spec":{"containers":[{"name":"a","command":["perl","-e"]}]}})",
       R"({"spec":{"containers":[{"name":"a","command":["sh"]}]}})",
       R"({"spec":{"containers":[{"name":"a","command":["sh"]}]}})", ""},
      {"strategic: finalizers are a merged set", PatchType::kStrategic, R"({"metadata":{"finalizers":["a"]}})",
       R"({"metadata":{"finalizers":["b","a"]}})", R"({"metadata":{"finalizers":["a","b"]}})", ""},
      {"strategic: $deleteFromPrimitiveList removes values", PatchType::kStrategic,
       R"({"metadata":{"finalizers":["a","b"]}})", R"({"metadata":{"$deleteFromPrimitiveList/finalizers":["a"]}})",
       R"({"metadata":{"finalizers":["b"]}})", ""},
      {"strategic: $retainKeys drops the keys not listed", PatchType::kStrategic, R"({"s":{"a":1,"b":2,"c":3}})",
       R"({"s":{"$retainKeys":["a","c"],"c":4}})", R"({"s":{"a":1,"c":4}})", ""},
      {"strategic: $setElementOrder orders a merged list", PatchType::kStrategic,
       R"({"containers":[{"name":"a"},{"name":"b"}]})",
       R"({"$setElementOrder/containers":[{"name":"b"},{"name":"a"}],"containers":[{"name":"a","image":"i"}]})",
       R"({"containers":[{"name":"b"},{"name":"a","image":"i"}]})", ""},
      {"strategic: a list element without its merge key is an error", PatchType::kStrategic,
       R"({"containers":[{"name":"a"}]})", R"({"containers":[{"image":"x"}]})", "",
       R"(map: {"image":"x"} does not contain declared merge key: name)"},
      {"strategic: an unknown $patch value is an error", PatchType::kStrategic, R"({"a":{}})",
       R"({"a":{"$patch":"bogus"}})", "", "Unknown patch type: bogus"},
      {"strategic: the patch must be an object", PatchType::kStrategic, R"({})", R"([1])", "",
       "strategic merge patch: expected an object"},
      // ---- RFC 6902 JSON patch
      {"json: replace then add", PatchType::kJson, R"({"spec":{"parallelism":1}})",
       R"([{"op":"replace","path":"/spec/parallelism","value":0},{"op":"add","path":"/spec/suspend","value":true}])",
       R"({"spec":{"parallelism":0,"suspend":true}})", ""},
      {"json: a failing test operation is an error", PatchType::kJson, R"({"a":1})",
       R"([{"op":"test","path":"/a","value":2}])", "", "json patch: unsuccessful: {\"op\":\"test\",\"path\":\"/a\",\"value\":2}"},
      {"json: the patch must be a list", PatchType::kJson, R"({"a":1})", R"({"op":"remove"})", "",
       "json patch: expected a list of operations"},
  };
  return rows;
}

}  // namespace

TEST_CASE("patches apply as kube-apiserver applies them") {
  for (const PatchRow& row : Rows()) {
    DYNAMIC_SECTION(row.name) {
      Json out;
      Status st = ApplyPatch(row.type, Json::parse(row.target), Json::parse(row.patch), out);
      if (row.want_error.empty()) {
        REQUIRE(st.ok());
        CHECK(out.dump() == Json::parse(row.want).dump());
      } else {
        CHECK(st.code() == 400);
        CHECK(st.message() == row.want_error);
      }
    }
  }
}

TEST_CASE("patch type names and content types") {
  CHECK(ParsePatchType("merge") == PatchType::kMerge);
  CHECK(ParsePatchType("strategic") == PatchType::kStrategic);
  CHECK(ParsePatchType("json") == PatchType::kJson);
  CHECK_FALSE(ParsePatchType("apply").has_value());
  CHECK(std::string(PatchContentType(PatchType::kStrategic)) == "application/strategic-merge-patch+json");
}
