#include "sim/node/node_status.h"

#include <catch2/catch.hpp>

#include "fakeapi/codec.h"

using namespace jobsim;
using namespace jobsim::sim;

namespace {

constexpr UnixMs kStart = 1'735'689'600'000;  // 2025-01-01T00:00:00Z

KubeletRules Rules13() {
  KubeletRules r;
  r.kubelet_version = "v1.3.0";
  r.container_runtime_version = "docker://1.11.2";
  r.kube_proxy_version_field = true;
  r.out_of_disk_condition = true;
  r.pid_pressure_condition = false;
  r.nvidia_gpu_capacity = true;
  r.ephemeral_storage_capacity = r.hugepages_capacity = r.pod_cidrs_field = false;
  r.node_status_report_ms = 10'000;
  return r;
}

std::string Types(const api::Node& node) {
  std::string out;
  for (const api::Condition& c : node.status.conditions) out += c.type + " ";
  return out;
}

}  // namespace

TEST_CASE("the kubelet registers its conditions in setter order, per era") {
  struct Row {
    const char* era;
    KubeletRules rules;
    const char* types;
  };
  KubeletRules r110 = Rules13();
  r110.pid_pressure_condition = true;
  const Row rows[] = {
      {"1.3: OutOfDisk first, no PIDPressure", Rules13(), "OutOfDisk MemoryPressure DiskPressure Ready "},
      {"1.10-1.12: PIDPressure too", r110, "OutOfDisk MemoryPressure DiskPressure PIDPressure Ready "},
      {"1.13+: OutOfDisk gone", KubeletRules{}, "MemoryPressure DiskPressure PIDPressure Ready "},
  };
  for (const Row& row : rows) {
    INFO(row.era);
    CHECK(Types(RegisteredNode("node-1", 0, kStart + 250, 1, row.rules)) == row.types);
  }
}

TEST_CASE("a registered condition has the kubelet's reason and message, heartbeat and transition at the second") {
  const api::Node node = RegisteredNode("node-1", 0, kStart + 250, 1, KubeletRules{});
  const api::Condition& memory = node.status.conditions[0];
  CHECK(memory.status == "False");
  CHECK(memory.reason == "KubeletHasSufficientMemory");
  CHECK(memory.message == "kubelet has sufficient memory available");
  CHECK(memory.last_probe_time == kStart);
  CHECK(memory.last_transition_time == kStart);
  const api::Condition& ready = node.status.conditions[3];
  CHECK(ready.status == "True");
  CHECK(ready.reason == "KubeletReady");
  CHECK(ready.message == "kubelet is posting ready status");
}

TEST_CASE("a node as the API serves it: capacity, allocatable, nodeInfo, addresses, podCIDRs") {
  const api::Json json = api::Encode(RegisteredNode("node-2", 1, kStart, 7, KubeletRules{}));
  const api::Json& status = json["status"];
  CHECK(status["capacity"] == api::Json{{"cpu", "4"}, {"memory", "16374408Ki"}, {"pods", "110"},
                                        {"ephemeral-storage", "101430960Ki"}, {"hugepages-1Gi", "0"},
                                        {"hugepages-2Mi", "0"}});
  CHECK(status["allocatable"]["memory"] == "16272008Ki");           // less 100Mi
  CHECK(status["allocatable"]["ephemeral-storage"] == "93478772582");  // less 10%
  CHECK(status["daemonEndpoints"] == api::Json{{"kubeletEndpoint", {{"Port", 10250}}}});
  CHECK(status["nodeInfo"]["kubeletVersion"] == "v1.33.0");
  CHECK(status["nodeInfo"]["kubeProxyVersion"] == "");  // kept, empty: the field has no omitempty
  CHECK(status["nodeInfo"]["machineID"].get<std::string>().size() == 32);
  CHECK(status["addresses"][0] == api::Json{{"type", "InternalIP"}, {"address", "10.0.0.2"}});
  CHECK(status["conditions"][0].contains("lastHeartbeatTime"));
  CHECK_FALSE(status["conditions"][0].contains("lastProbeTime"));
  CHECK(json["spec"]["podCIDR"] == "10.244.1.0/24");
  CHECK(json["spec"]["podCIDRs"] == api::Json::array({"10.244.1.0/24"}));
}

TEST_CASE("1.3 nodes: the GPU count, no ephemeral storage or hugepages, kubeProxyVersion, no podCIDRs") {
  const api::Json json = api::Encode(RegisteredNode("node-1", 0, kStart, 1, Rules13()));
  CHECK(json["status"]["capacity"] == api::Json{{"cpu", "4"}, {"memory", "16374408Ki"}, {"pods", "110"},
                                                  {"alpha.kubernetes.io/nvidia-gpu", "0"}});
  CHECK(json["status"]["nodeInfo"]["kubeProxyVersion"] == "v1.3.0");
  CHECK(json["status"]["nodeInfo"]["containerRuntimeVersion"] == "docker://1.11.2");
  CHECK_FALSE(json["spec"].contains("podCIDRs"));
}

TEST_CASE("the labels and annotations of a registered node, per era") {
  struct Row {
    const char* era;
    bool stable_labels;
    bool ttl;
    api::StringMap labels;
    api::StringMap annotations;
  };
  const api::StringMap beta = {{"beta.kubernetes.io/arch", "amd64"},
                               {"beta.kubernetes.io/os", "linux"},
                               {"kubernetes.io/hostname", "node-2"}};
  api::StringMap both = beta;
  both["kubernetes.io/arch"] = "amd64";
  both["kubernetes.io/os"] = "linux";
  const api::StringMap attach = {{"volumes.kubernetes.io/controller-managed-attach-detach", "true"}};
  api::StringMap attach_ttl = attach;
  attach_ttl["node.alpha.kubernetes.io/ttl"] = "0";
  const Row rows[] = {
      {"1.3-1.5: hostname and the beta os/arch labels; the kubelet's attach-detach annotation", false, false, beta,
       attach},
      {"1.6-1.13: the TTL controller's annotation too", false, true, beta, attach_ttl},
      {"1.14+: the GA os/arch labels beside the beta ones", true, true, both, attach_ttl},
  };
  for (const Row& row : rows) {
    INFO(row.era);
    KubeletRules rules;
    rules.stable_os_arch_labels = row.stable_labels;
    rules.node_ttl_annotation = row.ttl;
    const api::Node node = RegisteredNode("node-2", 1, kStart, 1, rules);
    CHECK(*node.metadata.labels == row.labels);
    CHECK(*node.metadata.annotations == row.annotations);
  }
}

TEST_CASE("node identities are deterministic per seed and name, and differ between nodes") {
  auto info = [](const std::string& name, uint64_t seed) {
    return api::Encode(RegisteredNode(name, 0, kStart, seed, KubeletRules{}))["status"]["nodeInfo"];
  };
  CHECK(info("node-1", 1) == info("node-1", 1));
  CHECK(info("node-1", 1)["bootID"] != info("node-2", 1)["bootID"]);
  CHECK(info("node-1", 1)["machineID"] != info("node-1", 2)["machineID"]);
}

TEST_CASE("a post renews every heartbeat and brings Unknown conditions back, each with its event") {
  api::Node node = RegisteredNode("node-1", 0, kStart, 1, KubeletRules{});
  CHECK(PostNodeConditions(node.status.conditions, kStart + 300'000, KubeletRules{}).empty());
  for (const api::Condition& c : node.status.conditions) {
    CHECK(c.last_probe_time == kStart + 300'000);
    CHECK(c.last_transition_time == kStart);
  }
  for (api::Condition& c : node.status.conditions) {  // the node lifecycle controller, later
    c.status = "Unknown";
    c.reason = "NodeStatusUnknown";
  }
  const auto events = PostNodeConditions(node.status.conditions, kStart + 400'000, KubeletRules{});
  CHECK(events == std::vector<std::string>{"NodeHasSufficientMemory", "NodeHasNoDiskPressure",
                                           "NodeHasSufficientPID", "NodeReady"});
  CHECK(node.status.conditions[2].reason == "KubeletHasSufficientPID");
  CHECK(node.status.conditions[3].status == "True");
  CHECK(node.status.conditions[3].last_transition_time == kStart + 400'000);
}
