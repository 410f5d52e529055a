#include "kubectl/describe_command.h"

#include <fmt/format.h>

#include "kubectl/api_errors.h"
#include "kubectl/describe_job.h"
#include "kubectl/describe_node.h"
#include "kubectl/describe_pod.h"
#include "kubectl/object_source.h"

namespace jobsim::kubectl {
namespace {

// NodeDescriber: the node's pods that are not finished, in every namespace,
// and the events about it by its uid (controllers) and by its name (kubelet).
std::string DescribeOneNode(const api::Node& node, const api::Store& store, UnixMs now, const KubectlRules& rules) {
  std::vector<std::shared_ptr<const api::Pod>> all, pods;
  if (!store.List(api::ListOptions{}, all).ok()) all.clear();
  for (const auto& pod : all) {
    const std::string& phase = pod->status.phase;
    if (pod->spec->node_name == node.metadata.name && phase != "Succeeded" && phase != "Failed") pods.push_back(pod);
  }
  const auto& m = node.metadata;
  EventList events = SearchEvents(store, "", m.name, "Node", m.uid);
  const EventList by_name = SearchEvents(store, "", m.name, "Node", m.name);
  events.insert(events.end(), by_name.begin(), by_name.end());
  return DescribeNode(node, pods, events, api::NodeLeaseOf(node, now), now, rules);
}

std::string DescribeOne(const Objects& objects, size_t i, const api::Store& store, const KubectlRules& rules) {
  const UnixMs now = store.clock().NowUnixMs();
  if (objects.kind == ResourceKind::kJob) {
    const api::Job& job = *objects.jobs[i];
    const auto& m = job.metadata;
    return DescribeJob(job, SearchEvents(store, m.namespace_, m.name, "Job", m.uid), now, rules);
  }
  if (objects.kind == ResourceKind::kNode) return DescribeOneNode(*objects.nodes[i], store, now, rules);
  const api::Pod& pod = *objects.pods[i];
  const auto& m = pod.metadata;
  // PodDescriber clears the reference's kind before searching.
  return DescribePod(pod, SearchEvents(store, m.namespace_, m.name, "", m.uid), now, rules);
}

// DescribeMatchingResources: objects of the type whose names start with `prefix`.
bool DescribePrefix(const Selection& selection, const std::string& prefix, const api::Store& store,
                    const KubectlRules& rules, Output& out) {
  Selection all = selection;
  all.names.clear();
  Objects objects;
  if (!FetchObjects(store, all, objects).ok()) return false;
  bool found = false;
  for (size_t i = 0; i < objects.size(); ++i) {
    if (objects.name(i).rfind(prefix, 0) != 0) continue;
    found = true;
    out.out += DescribeOne(objects, i, store, rules) + "\n";
  }
  return found;
}

}  // namespace

Output RunDescribe(const CommandLine& command, const api::Store& store, const KubectlRules& rules) {
  Selection selection;
  if (api::Status st = ResolveSelection(command.positional, selection); !st.ok()) return ErrorOutput(st.message());
  const ResourceKind kind = selection.type.kind;
  const bool node = kind == ResourceKind::kNode && !rules.legacy_layout;
  if (kind != ResourceKind::kJob && kind != ResourceKind::kPod && !node) {
    return ErrorOutput(
        fmt::format("jobsim's kubectl describes jobs, pods and (from 1.10) nodes, not {}", selection.type.plural));
  }
  selection.namespace_ = command.all_namespaces ? "" : command.namespace_.value_or("default");
  selection.label_selector = command.selector;
  Objects objects;
  if (api::Status st = FetchObjects(store, selection, objects); !st.ok()) {
    return Output{"", ApiErrorText(st, rules) + "\n", 1};
  }
  Output out;
  const bool type_then_name = command.positional.size() == 2 && command.positional[0].find('/') == std::string::npos;
  if (type_then_name && objects.size() == 0) {
    if (DescribePrefix(selection, selection.names[0], store, rules, out)) return out;
  }
  for (size_t i = 0; i < objects.size(); ++i) {
    out.out += (i == 0 ? "" : "\n\n") + DescribeOne(objects, i, store, rules);
  }
  for (const api::Status& st : objects.not_found) {
    out.err += ApiErrorText(st, rules) + "\n";
    out.exit_code = 1;
  }
  if (objects.size() == 0 && objects.not_found.empty() && rules.empty_list_notice) {
    out.err += selection.namespace_.empty() || !rules.empty_list_names_namespace
                   ? std::string("No resources found\n")
                   : fmt::format("No resources found in {} namespace.\n", selection.namespace_);
  }
  return out;
}

}  // namespace jobsim::kubectl
