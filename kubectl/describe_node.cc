#include "kubectl/describe_node.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "kubectl/describe_pod_spec.h"
#include "kubectl/describe_writer.h"
#include "kubectl/human_duration.h"
#include "kubectl/quantity.h"
#include "kubectl/text_forms.h"

namespace jobsim::kubectl {
namespace {

using api::Json;
using ResourceList = std::map<std::string, Quantity>;

// describe.go LabelNodeRolePrefix and NodeLabelRole.
constexpr std::string_view kRolePrefix = "node-role.kubernetes.io/";
constexpr const char* kRoleLabel = "kubernetes.io/role";

std::string Roles(const api::Node& node) {
  std::set<std::string> roles;
  for (const auto& [key, value] : node.metadata.labels) {
    if (key.rfind(kRolePrefix, 0) == 0 && key.size() > kRolePrefix.size()) roles.insert(key.substr(kRolePrefix.size()));
    if (key == kRoleLabel && !value.empty()) roles.insert(value);
  }
  std::string text;
  for (const std::string& role : roles) text += (text.empty() ? "" : ",") + role;
  return text.empty() ? "<none>" : text;
}

// corev1.Taint.ToString.
std::string TaintText(const Json& taint) {
  const std::string key = taint.value("key", ""), value = taint.value("value", ""), effect = taint.value("effect", "");
  if (effect.empty()) return value.empty() ? key : key + "=" + value + ":";
  return value.empty() ? key + ":" + effect : key + "=" + value + ":" + effect;
}

// printNodeTaintsMultiline: sorted by "effect,key".
void WriteTaints(const api::Node& node, DescribeWriter& w) {
  const Json taints = node.spec.value("taints", Json::array());
  w.Write(0, "Taints:\t");
  if (!taints.is_array() || taints.empty()) {
    w.Write(0, "<none>\n");
    return;
  }
  std::vector<Json> sorted(taints.begin(), taints.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const Json& a, const Json& b) {
    return a.value("effect", "") + "," + a.value("key", "") < b.value("effect", "") + "," + b.value("key", "");
  });
  for (size_t i = 0; i < sorted.size(); ++i) w.Write(0, (i == 0 ? "" : "\t") + TaintText(sorted[i]) + "\n");
}

void WriteLease(const api::NodeLease& lease, DescribeWriter& w) {
  w.Write(0, "Lease:\n");
  w.Write(1, "HolderIdentity:\t" + (lease.holder_identity.empty() ? "<unset>" : lease.holder_identity) + "\n");
  w.Write(1, "AcquireTime:\t<unset>\n");
  w.Write(1, "RenewTime:\t" + (lease.renew_time == 0 ? std::string("<unset>") : Rfc1123Z(lease.renew_time)) + "\n");
}

void WriteConditions(const api::Node& node, DescribeWriter& w) {
  if (node.status.conditions.empty()) return;
  w.Write(0, "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n");
  w.Write(1, "----\t------\t-----------------\t------------------\t------\t-------\n");
  // A node condition's last_probe_time is its lastHeartbeatTime (fakeapi/codec.cc).
  for (const api::Condition& c : node.status.conditions) {
    w.Write(1, fmt::format("{} \t{} \t{} \t{} \t{} \t{}\n", c.type, c.status, Rfc1123Z(c.last_probe_time),
                           Rfc1123Z(c.last_transition_time), c.reason, c.message));
  }
}

std::string QuantityText(const Json& value) {
  const std::string text = value.is_string() ? value.get<std::string>() : value.dump();
  const auto q = Quantity::Parse(text);
  return q ? q->String() : text;
}

ResourceList Resources(const Json& list) {
  ResourceList out;
  if (!list.is_object()) return out;
  for (auto it = list.begin(); it != list.end(); ++it) {
    if (auto q = Quantity::Parse(it->is_string() ? it->get<std::string>() : it->dump())) out[it.key()] = *q;
  }
  return out;
}

void WriteResourceList(const char* title, const Json& list, DescribeWriter& w) {
  if (!list.is_object() || list.empty()) return;
  w.Write(0, std::string(title) + ":\n");
  for (auto it = list.begin(); it != list.end(); ++it) w.Write(0, "  " + it.key() + ":\t" + QuantityText(*it) + "\n");
}

void WriteSystemInfo(const api::Node& node, DescribeWriter& w) {
  const Json info = node.status.extra->value("nodeInfo", Json::object());
  w.Write(0, "System Info:\n");
  for (const auto& [key, label] : {std::pair{"machineID", "Machine ID"}, std::pair{"systemUUID", "System UUID"},
                                   std::pair{"bootID", "Boot ID"}, std::pair{"kernelVersion", "Kernel Version"},
                                   std::pair{"osImage", "OS Image"}, std::pair{"operatingSystem", "Operating System"},
                                   std::pair{"architecture", "Architecture"},
                                   std::pair{"containerRuntimeVersion", "Container Runtime Version"},
                                   std::pair{"kubeletVersion", "Kubelet Version"},
                                   std::pair{"kubeProxyVersion", "Kube-Proxy Version"}}) {
    w.Write(0, fmt::format("  {}:\t{}\n", label, info.value(key, "")));
  }
  if (const std::string cidr = node.spec.value("podCIDR", ""); !cidr.empty()) w.Write(0, "PodCIDR:\t" + cidr + "\n");
  const Json cidrs = node.spec.value("podCIDRs", Json::array());
  if (cidrs.is_array() && !cidrs.empty()) {
    std::string text;
    for (const Json& c : cidrs) text += (text.empty() ? "" : ",") + c.get<std::string>();
    w.Write(0, "PodCIDRs:\t" + text + "\n");
  }
  if (const std::string id = node.spec.value("providerID", ""); !id.empty()) w.Write(0, "ProviderID:\t" + id + "\n");
}

// resourcehelper.PodRequestsAndLimits: the containers' sum, at least each
// init container's value (pod overhead is not modelled).
void PodRequestsAndLimits(const api::Pod& pod, ResourceList& requests, ResourceList& limits) {
  auto of = [](const api::Container& c, const char* kind) { return Resources(c.extra->value("resources", Json::object()).value(kind, Json())); };
  for (const api::Container& c : pod.spec->containers) {
    for (auto& [name, q] : of(c, "requests")) requests[name].Add(q);
    for (auto& [name, q] : of(c, "limits")) limits[name].Add(q);
  }
  for (const api::Container& c : pod.spec->init_containers) {
    for (auto* list : {&requests, &limits}) {
      for (auto& [name, q] : of(c, list == &requests ? "requests" : "limits")) {
        if (q.milli > (*list)[name].milli) (*list)[name] = q;
      }
    }
  }
}

std::string Cell(const ResourceList& list, const std::string& name, int64_t allocatable_milli) {
  const auto it = list.find(name);
  const Quantity q = it == list.end() ? Quantity{} : it->second;
  return fmt::format("{} ({}%)", q.String(), PercentOf(q.milli, allocatable_milli));
}

// describeNodeResource.
void WritePods(const api::Node& node, const std::vector<std::shared_ptr<const api::Pod>>& pods, UnixMs now,
               DescribeWriter& w) {
  ResourceList allocatable = Resources(node.status.extra->value("allocatable", Json::object()));
  if (allocatable.empty()) allocatable = Resources(node.status.extra->value("capacity", Json::object()));
  auto milli = [&](const char* name) { return allocatable.count(name) ? allocatable.at(name).milli : 0; };
  w.Write(0, fmt::format("Non-terminated Pods:\t({} in total)\n", pods.size()));
  w.Write(1, "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n");
  w.Write(1, "---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n");
  ResourceList total_requests, total_limits;
  for (const auto& pod : pods) {
    ResourceList requests, limits;
    PodRequestsAndLimits(*pod, requests, limits);
    w.Write(1, fmt::format("{}\t{}\t\t{}\t{}\t{}\t{}\t{}\n", pod->metadata.namespace_, pod->metadata.name,
                           Cell(requests, "cpu", milli("cpu")), Cell(limits, "cpu", milli("cpu")),
                           Cell(requests, "memory", milli("memory")), Cell(limits, "memory", milli("memory")),
                           AgeSince(pod->metadata.creation_timestamp, now, false)));
    for (auto& [name, q] : requests) total_requests[name].Add(q);
    for (auto& [name, q] : limits) total_limits[name].Add(q);
  }
  w.Write(0, "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n");
  w.Write(1, "Resource\tRequests\tLimits\n");
  w.Write(1, "--------\t--------\t------\n");
  // The totals' percentages are 0 where nothing is allocatable.
  auto total = [&](const std::string& name) {
    const int64_t whole = milli(name.c_str());
    auto cell = [&](const ResourceList& list) {
      const auto it = list.find(name);
      const Quantity q = it == list.end() ? Quantity{} : it->second;
      return fmt::format("{} ({}%)", q.String(), whole == 0 ? 0 : PercentOf(q.milli, whole));
    };
    w.Write(1, fmt::format("{}\t{}\t{}\n", name, cell(total_requests), cell(total_limits)));
  };
  for (const char* name : {"cpu", "memory", "ephemeral-storage"}) total(name);
  for (const auto& [name, q] : allocatable) {
    if (name.rfind("hugepages-", 0) == 0) total(name);
  }
  for (const auto& [name, q] : allocatable) {
    if (name.rfind("hugepages-", 0) == 0 || name == "cpu" || name == "memory" || name == "ephemeral-storage" ||
        name == "pods") {
      continue;
    }
    auto value = [&](const ResourceList& list) { return list.count(name) ? list.at(name).String() : "0"; };
    w.Write(1, fmt::format("{}\t{}\t{}\n", name, value(total_requests), value(total_limits)));
  }
}

}  // namespace

std::string DescribeNode(const api::Node& node, const std::vector<std::shared_ptr<const api::Pod>>& pods,
                         const EventList& events, const api::NodeLease& lease, UnixMs now, const KubectlRules& rules) {
  DescribeWriter w(/*legacy=*/false);
  w.Write(0, "Name:\t" + node.metadata.name + "\n");
  w.Write(0, "Roles:\t" + Roles(node) + "\n");
  WriteLabelsBlock(w, "Labels", node.metadata.labels);
  WriteAnnotationsBlock(w, "Annotations", node.metadata.annotations);
  w.Write(0, "CreationTimestamp:\t" + Rfc1123Z(node.metadata.creation_timestamp) + "\n");
  WriteTaints(node, w);
  w.Write(0, std::string("Unschedulable:\t") + (node.spec.value("unschedulable", false) ? "true" : "false") + "\n");
  WriteLease(lease, w);
  WriteConditions(node, w);
  w.Write(0, "Addresses:\n");
  for (const auto& [type, address] : node.status.addresses) w.Write(1, type + ":\t" + address + "\n");
  WriteResourceList("Capacity", node.status.extra->value("capacity", Json::object()), w);
  WriteResourceList("Allocatable", node.status.extra->value("allocatable", Json::object()), w);
  WriteSystemInfo(node, w);
  WritePods(node, pods, now, w);
  DescribeEvents(events, now, rules, w);
  return w.Finish();
}

}  // namespace jobsim::kubectl
