#include "sim/node/node_status.h"

#include <fmt/format.h>

#include "sim/base/clock.h"
#include "sim/base/hex.h"
#include "sim/base/random.h"

namespace jobsim::sim {
namespace {

using api::Json;

// The documented machine's Go runtime (runtime.GOOS, runtime.GOARCH): nodeInfo
// and the os/arch labels carry the same values.
constexpr const char* kOperatingSystem = "linux";
constexpr const char* kArchitecture = "amd64";

// What a setter of setters.go writes while the kubelet sees no pressure.
struct KubeletCondition {
  const char* type;
  const char* status;
  const char* reason;
  const char* message;
  const char* event;  // recorded when the condition comes back to `status`
};

constexpr KubeletCondition kOutOfDisk = {"OutOfDisk", "False", "KubeletHasSufficientDisk",
                                         "kubelet has sufficient disk space available", "NodeHasSufficientDisk"};
constexpr KubeletCondition kMemoryPressure = {"MemoryPressure", "False", "KubeletHasSufficientMemory",
                                              "kubelet has sufficient memory available", "NodeHasSufficientMemory"};
constexpr KubeletCondition kDiskPressure = {"DiskPressure", "False", "KubeletHasNoDiskPressure",
                                            "kubelet has no disk pressure", "NodeHasNoDiskPressure"};
constexpr KubeletCondition kPidPressure = {"PIDPressure", "False", "KubeletHasSufficientPID",
                                           "kubelet has sufficient PID available", "NodeHasSufficientPID"};
constexpr KubeletCondition kNodeReady = {"Ready", "True", "KubeletReady", "kubelet is posting ready status", "NodeReady"};

// defaultNodeStatusFuncs' order, which is the order the conditions are appended in.
std::vector<KubeletCondition> KubeletConditions(const KubeletRules& rules) {
  std::vector<KubeletCondition> out;
  if (rules.out_of_disk_condition) out.push_back(kOutOfDisk);
  out.push_back(kMemoryPressure);
  out.push_back(kDiskPressure);
  if (rules.pid_pressure_condition) out.push_back(kPidPressure);
  out.push_back(kNodeReady);
  return out;
}

// The documented machine (sim/node/README.md "Nodes"). Allocatable is
// capacity less the default hard eviction thresholds: memory.available<100Mi
// and nodefs.available<10% (10% as Go's float32 0.1 of the capacity in bytes).
Json Capacity(const KubeletRules& rules, bool allocatable) {
  Json out = {{"cpu", "4"}, {"memory", allocatable ? "16272008Ki" : "16374408Ki"}, {"pods", "110"}};
  if (rules.ephemeral_storage_capacity) out["ephemeral-storage"] = allocatable ? "93478772582" : "101430960Ki";
  if (rules.hugepages_capacity) out["hugepages-1Gi"] = out["hugepages-2Mi"] = "0";
  if (rules.nvidia_gpu_capacity) out["alpha.kubernetes.io/nvidia-gpu"] = "0";
  return out;
}

std::string Uuid(Random& random) {
  const uint64_t a = random.Next64(), b = random.Next64();
  std::string out;
  AppendHex(out, a >> 32, 8);
  out += '-';
  AppendHex(out, a >> 16, 4);
  out += '-';
  AppendHex(out, (a & 0x0fff) | 0x4000, 4);
  out += '-';
  AppendHex(out, ((b >> 48) & 0x3fff) | 0x8000, 4);
  out += '-';
  AppendHex(out, b, 12);
  return out;
}

Json NodeInfo(const std::string& name, uint64_t seed, const KubeletRules& rules) {
  Random random(seed, "node-identity/" + name);
  std::string machine_id;
  AppendHex(machine_id, random.Next64(), 16);
  AppendHex(machine_id, random.Next64(), 16);
  const std::string system_uuid = Uuid(random), boot_id = Uuid(random);
  Json info = {{"machineID", machine_id},
               {"systemUUID", system_uuid},
               {"bootID", boot_id},
               {"kernelVersion", "6.1.0-31-cloud-amd64"},
               {"osImage", "Debian GNU/Linux 12 (bookworm)"},
               {"containerRuntimeVersion", rules.container_runtime_version},
               {"kubeletVersion", rules.kubelet_version},
               {"operatingSystem", kOperatingSystem},
               {"architecture", kArchitecture}};
  // The kubelet wrote its own version there, as if it were kube-proxy's.
  info["kubeProxyVersion"] = rules.kube_proxy_version_field ? rules.kubelet_version : "";
  return info;
}

// initialNode's labels (pkg/kubelet/kubelet_node_status.go); see KubeletRules.
api::StringMap Labels(const std::string& name, const KubeletRules& rules) {
  api::StringMap labels = {{"beta.kubernetes.io/arch", kArchitecture},
                           {"beta.kubernetes.io/os", kOperatingSystem},
                           {"kubernetes.io/hostname", name}};
  if (rules.stable_os_arch_labels) {
    labels["kubernetes.io/arch"] = kArchitecture;
    labels["kubernetes.io/os"] = kOperatingSystem;
  }
  return labels;
}

// The kubelet's own annotation (initialNode: enableControllerAttachDetach,
// on by default) and the TTL controller's.
api::StringMap Annotations(const KubeletRules& rules) {
  api::StringMap annotations = {{"volumes.kubernetes.io/controller-managed-attach-detach", "true"}};
  if (rules.node_ttl_annotation) annotations["node.alpha.kubernetes.io/ttl"] = "0";
  return annotations;
}

}  // namespace

api::Node RegisteredNode(const std::string& name, int index, UnixMs now, uint64_t seed, const KubeletRules& rules,
                         const api::StringMap& node_labels) {
  api::Node node;
  node.metadata.name = name;
  api::StringMap labels = Labels(name, rules);
  for (const auto& [key, value] : node_labels) labels[key] = value;  // initialNode: kl.nodeLabels override
  node.metadata.labels = std::move(labels);
  node.metadata.annotations = Annotations(rules);
  // Set by the node IPAM controller (kube-controller-manager --allocate-node-cidrs)
  // right after the registration; the pods' IPs come from it (node_context.cc).
  const std::string cidr = fmt::format("10.244.{}.0/24", index);
  node.spec["podCIDR"] = cidr;
  if (rules.pod_cidrs_field) node.spec["podCIDRs"] = Json::array({cidr});
  node.status.addresses = {{"InternalIP", fmt::format("10.0.0.{}", index + 1)}, {"Hostname", name}};
  node.status.extra = Json{{"capacity", Capacity(rules, false)},
                           {"allocatable", Capacity(rules, true)},
                           {"daemonEndpoints", {{"kubeletEndpoint", {{"Port", 10250}}}}},
                           {"nodeInfo", NodeInfo(name, seed, rules)}};
  PostNodeConditions(node.status.conditions, now - now % kMsPerSecond, rules);
  return node;
}

std::vector<std::string> PostNodeConditions(std::vector<api::Condition>& conditions, UnixMs now,
                                            const KubeletRules& rules) {
  std::vector<std::string> events;
  for (const KubeletCondition& want : KubeletConditions(rules)) {
    api::Condition* c = nullptr;
    for (api::Condition& existing : conditions) {
      if (existing.type == want.type) c = &existing;
    }
    if (!c) {
      c = &conditions.emplace_back();
      c->type = want.type;
    }
    c->last_probe_time = now;  // lastHeartbeatTime on a Node
    if (c->status == want.status) continue;
    c->status = want.status;
    c->reason = want.reason;
    c->message = want.message;
    c->last_transition_time = now;
    events.push_back(want.event);
  }
  return events;
}

}  // namespace jobsim::sim
