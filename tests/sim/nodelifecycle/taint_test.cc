#include "sim/nodelifecycle/taint.h"

#include <catch2/catch.hpp>

#include "sim/base/duration.h"

using namespace jobsim;
using namespace jobsim::sim;

namespace {

Taint T(const char* key, const char* value, const char* effect) { return Taint{key, value, effect, std::nullopt}; }

}  // namespace

TEST_CASE("ToleratesTaint, as in the Kubernetes docs on taints and tolerations") {
  struct Row {
    const char* what;
    Toleration toleration;
    Taint taint;
    bool tolerates;
  };
  const Row rows[] = {
      {"Exists on the key, any value", {"k", "Exists", "", "NoExecute", {}}, T("k", "v", "NoExecute"), true},
      {"Equal with the same value", {"k", "Equal", "v", "NoExecute", {}}, T("k", "v", "NoExecute"), true},
      {"an empty operator means Equal", {"k", "", "v", "NoExecute", {}}, T("k", "v", "NoExecute"), true},
      {"Equal with another value", {"k", "Equal", "w", "NoExecute", {}}, T("k", "v", "NoExecute"), false},
      {"another key", {"other", "Exists", "", "NoExecute", {}}, T("k", "", "NoExecute"), false},
      {"another effect", {"k", "Exists", "", "NoSchedule", {}}, T("k", "", "NoExecute"), false},
      {"an empty effect matches every effect", {"k", "Exists", "", "", {}}, T("k", "", "NoExecute"), true},
      {"an empty key with Exists tolerates everything", {"", "Exists", "", "", {}}, T("k", "v", "NoSchedule"), true},
      {"an unknown operator tolerates nothing", {"k", "Lt", "v", "", {}}, T("k", "v", "NoSchedule"), false},
  };
  for (const Row& row : rows) {
    INFO(row.what);
    CHECK(row.toleration.Tolerates(row.taint) == row.tolerates);
  }
}

TEST_CASE("taints round-trip through node.spec, with timeAdded at second precision") {
  api::Node node;
  node.spec = api::Json::parse(R"({"podCIDR": "10.244.0.0/24"})");
  const UnixMs added = *ParseRfc3339("2025-01-01T00:00:30Z");
  SetTaints(node,
            {Taint{"node.kubernetes.io/unreachable", "", "NoExecute", added}, T("dedicated", "gpu", "NoSchedule")});
  CHECK(node.spec.dump() ==
        R"({"podCIDR":"10.244.0.0/24","taints":[{"effect":"NoExecute","key":"node.kubernetes.io/unreachable",)"
        R"("timeAdded":"2025-01-01T00:00:30Z"},{"effect":"NoSchedule","key":"dedicated","value":"gpu"}]})");
  const std::vector<Taint> back = TaintsOf(node);
  REQUIRE(back.size() == 2);
  CHECK(back[0].time_added == added);
  CHECK(back[1] == T("dedicated", "gpu", "NoSchedule"));
  SetTaints(node, {});
  CHECK(node.spec.dump() == R"({"podCIDR":"10.244.0.0/24"})");
}

TEST_CASE("tolerations are read from the pod spec, tolerationSeconds only when an integer") {
  api::Pod pod;
  pod.spec.Mut().extra.Mut()["tolerations"] = api::Json::parse(
      R"([{"key": "node.kubernetes.io/not-ready", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300},
          {"key": "dedicated", "operator": "Equal", "value": "gpu"}])");
  const std::vector<Toleration> tolerations = TolerationsOf(pod);
  REQUIRE(tolerations.size() == 2);
  CHECK(tolerations[0] == Toleration{"node.kubernetes.io/not-ready", "Exists", "", "NoExecute", 300});
  CHECK(tolerations[1] == Toleration{"dedicated", "Equal", "gpu", "", std::nullopt});
  CHECK(TolerationsOf(api::Pod{}).empty());
}
