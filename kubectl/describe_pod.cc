#include "kubectl/describe_pod.h"

#include <fmt/format.h>

#include "kubectl/describe_pod_spec.h"
#include "kubectl/describe_writer.h"
#include "kubectl/human_duration.h"
#include "kubectl/text_forms.h"

namespace jobsim::kubectl {
namespace {

// pkg/api CreatedByAnnotation, read by kubectl 1.2 printControllers.
constexpr const char* kCreatedByAnnotation = "kubernetes.io/created-by";

std::string LegacyControllers(const api::Pod& pod) {
  const auto it = pod.metadata.annotations.find(kCreatedByAnnotation);
  if (it == pod.metadata.annotations.end()) return "<none>";
  const api::Json ref = api::Json::parse(it->second, nullptr, false);
  if (!ref.is_object() || !ref.contains("reference") || !ref["reference"].is_object()) return "<none>";
  return ref["reference"].value("kind", "") + "/" + ref["reference"].value("name", "");
}

void WriteConditions(const api::Pod& pod, DescribeWriter& w) {
  if (pod.status.conditions.empty()) return;
  w.Write(0, "Conditions:\n  Type\tStatus\n");
  for (const auto& c : pod.status.conditions) w.Write(1, c.type + " \t" + c.status + " \n");
}

void WriteStatus(const api::Pod& pod, UnixMs now, const KubectlRules& rules, DescribeWriter& w) {
  const auto& deleted = pod.metadata.deletion_timestamp;
  const bool terminal = pod.status.phase == "Succeeded" || pod.status.phase == "Failed";
  const int64_t grace = pod.metadata.deletion_grace_period_seconds.value_or(0);
  if (deleted && rules.legacy_layout) {
    w.Write(0, "Status:\tTerminating (expires " + Rfc1123Z(*deleted) + ")\n");
    w.Write(0, fmt::format("Termination Grace Period:\t{}s\n", grace));
  } else if (deleted && !(terminal && rules.terminating_excludes_terminal_phase)) {
    w.Write(0, "Status:\tTerminating (lasts " + AgeSince(*deleted, now, false) + ")\n");
    w.Write(0, fmt::format("Termination Grace Period:\t{}s\n", grace));
  } else {
    w.Write(0, "Status:\t" + pod.status.phase + "\n");
  }
  if (!pod.status.reason.empty()) w.Write(0, "Reason:\t" + pod.status.reason + "\n");
  if (!pod.status.message.empty()) w.Write(0, "Message:\t" + pod.status.message + "\n");
}

void LegacyPod(const api::Pod& pod, UnixMs now, const KubectlRules& rules, DescribeWriter& w) {
  w.Write(0, "Name:\t" + pod.metadata.name + "\n");
  w.Write(0, "Namespace:\t" + pod.metadata.namespace_ + "\n");
  w.Write(0, "Node:\t" + pod.spec->node_name + "/" + pod.status.host_ip + "\n");
  if (pod.status.start_time) w.Write(0, "Start Time:\t" + Rfc1123Z(*pod.status.start_time) + "\n");
  w.Write(0, "Labels:\t" + FormatLabels(pod.metadata.labels) + "\n");
  WriteStatus(pod, now, rules, w);
  w.Write(0, "IP:\t" + pod.status.pod_ip + "\n");
  w.Write(0, "Controllers:\t" + LegacyControllers(pod) + "\n");
  WriteContainers(w, "Containers", pod.spec->containers, pod.status.container_statuses, {&pod, ""});
  WriteConditions(pod, w);
  WriteVolumes(w, pod.spec->extra->value("volumes", api::Json()), "");
}

// status.podIPs, or the single podIP the API mirrors into it.
std::vector<std::string> PodIps(const api::Pod& pod) {
  if (!pod.status.pod_ips.empty()) return pod.status.pod_ips;
  if (!pod.status.pod_ip.empty()) return {pod.status.pod_ip};
  return {};
}

void ModernHeader(const api::Pod& pod, DescribeWriter& w) {
  const api::Json& spec = pod.spec->extra;
  w.Write(0, "Name:\t" + pod.metadata.name + "\n");
  w.Write(0, "Namespace:\t" + pod.metadata.namespace_ + "\n");
  if (spec.contains("priority") && spec["priority"].is_number_integer()) {
    w.Write(0, fmt::format("Priority:\t{}\n", spec["priority"].get<int64_t>()));
  }
  for (const auto& [key, label] :
       {std::pair{"priorityClassName", "Priority Class Name"}, std::pair{"runtimeClassName", "Runtime Class Name"},
        std::pair{"serviceAccountName", "Service Account"}}) {
    const std::string value = spec.value(key, "");
    if (!value.empty()) w.Write(0, std::string(label) + ":\t" + value + "\n");
  }
  w.Write(0, pod.spec->node_name.empty() ? std::string("Node:\t<none>\n")
                                        : "Node:\t" + pod.spec->node_name + "/" + pod.status.host_ip + "\n");
  if (pod.status.start_time) w.Write(0, "Start Time:\t" + Rfc1123Z(*pod.status.start_time) + "\n");
  WriteLabelsBlock(w, "Labels", pod.metadata.labels);
  WriteAnnotationsBlock(w, "Annotations", pod.metadata.annotations);
}

void ModernPod(const api::Pod& pod, UnixMs now, const KubectlRules& rules, DescribeWriter& w) {
  ModernHeader(pod, w);
  WriteStatus(pod, now, rules, w);
  w.Write(0, "IP:\t" + pod.status.pod_ip + "\n");
  const std::vector<std::string> ips = PodIps(pod);
  if (ips.empty())
    w.Write(0, "IPs:\t<none>\n");
  else
    w.Write(0, "IPs:\n");
  for (const auto& ip : ips) w.Write(1, "IP:\t" + ip + "\n");
  if (const api::OwnerReference* owner = pod.metadata.ControllerRef()) {
    w.Write(0, "Controlled By:\t" + owner->kind + "/" + owner->name + "\n");
  }
  const std::string nominated = pod.status.extra->value("nominatedNodeName", "");
  if (!nominated.empty()) w.Write(0, "NominatedNodeName:\t" + nominated + "\n");
  const ContainerContext context{&pod, ""};
  if (!pod.spec->init_containers.empty()) {
    WriteContainers(w, "Init Containers", pod.spec->init_containers, pod.status.init_container_statuses, context);
  }
  WriteContainers(w, "Containers", pod.spec->containers, pod.status.container_statuses, context);
  WriteConditions(pod, w);
  WriteVolumes(w, pod.spec->extra->value("volumes", api::Json()), "");
  w.Write(0, "QoS Class:\t" + PodQosClass(pod) + "\n");
  WriteNodeSelectors(w, "Node-Selectors", pod.spec);
  WriteTolerations(w, "Tolerations", pod.spec);
}

}  // namespace

std::string DescribePod(const api::Pod& pod, const EventList& events, UnixMs now, const KubectlRules& rules) {
  DescribeWriter w(rules.legacy_layout);
  if (rules.legacy_layout)
    LegacyPod(pod, now, rules, w);
  else
    ModernPod(pod, now, rules, w);
  DescribeEvents(events, now, rules, w);
  return w.Finish();
}

}  // namespace jobsim::kubectl
