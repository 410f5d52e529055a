#include "kubectl/get_printer.h"

#include <fmt/format.h>

#include <set>

#include "kubectl/ascii.h"
#include "kubectl/human_duration.h"
#include "kubectl/pod_status.h"
#include "kubectl/tabwriter.h"
#include "kubectl/text_forms.h"

namespace jobsim::kubectl {
namespace {

using Row = std::vector<std::string>;

// cli-runtime tableprinter.go printTable: a cell stops at the first line
// break (then "..."), and terminal escapes are defused (printers.WriteEscaped).
std::string ModernCell(const std::string& text) {
  std::string cell = text;
  const auto brk = cell.find_first_of("\f\n\r");
  const bool truncated = brk != std::string::npos;
  if (truncated) cell.resize(brk);
  std::string out;
  for (char c : cell) out += c == '\x1b' ? std::string("^[") : std::string(1, c);
  return truncated ? out + "..." : out;
}

std::string Age(UnixMs t, UnixMs now, const KubectlRules& rules) { return AgeSince(t, now, rules.legacy_layout); }

std::string OrNone(const std::string& s) { return s.empty() ? "<none>" : s; }

std::string ExtraString(const api::Json& extra, const char* key) {
  const auto it = extra.find(key);
  return it != extra.end() && it->is_string() ? it->get<std::string>() : "";
}

// NAMESPACE first, LABELS last, as both eras decorate rows.
template <class T>
void Decorate(Table& table, const std::vector<const T*>& shown, const TableOptions& options) {
  if (options.with_namespace) table.header.insert(table.header.begin(), "NAMESPACE");
  if (options.show_labels) table.header.push_back("LABELS");
  for (size_t i = 0; i < table.rows.size(); ++i) {
    const api::ObjectMeta& meta = shown[i]->metadata;
    if (options.with_namespace) table.rows[i].insert(table.rows[i].begin(), meta.namespace_);
    if (options.show_labels) table.rows[i].push_back(FormatLabels(meta.labels));
  }
}

// printers.go printPod: "<none>", or true gates out of spec.readinessGates.
std::string ReadinessGates(const api::Pod& pod) {
  const auto it = pod.spec->extra.find("readinessGates");
  if (it == pod.spec->extra.end() || !it->is_array() || it->empty()) return "<none>";
  int true_conditions = 0;
  for (const auto& gate : *it) {
    const std::string type = gate.value("conditionType", "");
    for (const auto& c : pod.status.conditions) {
      if (c.type != type) continue;
      if (c.status == "True") ++true_conditions;
      break;
    }
  }
  return fmt::format("{}/{}", true_conditions, it->size());
}

Row PodRow(const api::Pod& pod, UnixMs now, const TableOptions& options, const KubectlRules& rules) {
  PodStatusRules status_rules;
  status_rules.legacy = rules.legacy_layout;
  status_rules.restarts_with_age = rules.restarts_with_age;
  status_rules.terminating_excludes_terminal_phase = rules.terminating_excludes_terminal_phase;
  const PodStatusCells cells = ComputePodStatus(pod, now, status_rules);
  Row row{pod.metadata.name, cells.ready, cells.status, cells.restarts,
          Age(pod.metadata.creation_timestamp, now, rules)};
  if (!options.wide) return row;
  if (rules.legacy_layout) {
    row.push_back(pod.spec->node_name);
    return row;
  }
  const std::string ip = pod.status.pod_ips.empty() ? pod.status.pod_ip : pod.status.pod_ips[0];
  row.insert(row.end(), {OrNone(ip), OrNone(pod.spec->node_name),
                         OrNone(ExtraString(pod.status.extra, "nominatedNodeName")), ReadinessGates(pod)});
  return row;
}

bool HasCondition(const api::Job& job, const char* type) {
  for (const auto& c : job.status.conditions) {
    if (c.type == type && c.status == "True") return true;
  }
  return false;
}

// printers.go printJob: the first matching condition names the status.
std::string JobStatusCell(const api::Job& job) {
  if (HasCondition(job, "Complete")) return "Complete";
  if (HasCondition(job, "Failed")) return "Failed";
  if (job.metadata.deletion_timestamp) return "Terminating";
  if (HasCondition(job, "Suspended")) return "Suspended";
  if (HasCondition(job, "FailureTarget")) return "FailureTarget";
  return "Running";
}

std::string Completions(const api::Job& job) {
  if (job.spec.completions) return fmt::format("{}/{}", job.status.succeeded, *job.spec.completions);
  const int32_t parallelism = job.spec.parallelism.value_or(0);
  if (parallelism > 1) return fmt::format("{}/1 of {}", job.status.succeeded, parallelism);
  return fmt::format("{}/1", job.status.succeeded);
}

std::string JobDuration(const api::Job& job, UnixMs now) {
  if (!job.status.start_time) return "";
  const UnixMs end = job.status.completion_time ? *job.status.completion_time : now;
  return HumanDuration(end - *job.status.start_time);
}

Row JobRow(const api::Job& job, UnixMs now, const TableOptions& options, const KubectlRules& rules) {
  Row row{job.metadata.name};
  if (rules.job_completions_column) {
    if (rules.job_status_column) row.push_back(JobStatusCell(job));
    row.push_back(Completions(job));
    row.push_back(JobDuration(job, now));
  } else {
    row.push_back(job.spec.completions ? std::to_string(*job.spec.completions) : "<none>");
    row.push_back(std::to_string(job.status.succeeded));
  }
  row.push_back(Age(job.metadata.creation_timestamp, now, rules));
  if (options.wide) {
    const auto& containers = job.spec.template_.spec->containers;
    const std::string selector = SelectorString(job.spec.selector);
    row.insert(row.end(), {ContainerNames(containers), ContainerImages(containers),
                           rules.legacy_layout ? selector : OrNone(selector)});
  }
  return row;
}

// printers.go formatEventSource: component (or reportingController), ", host".
std::string EventSourceCell(const api::Event& e) {
  const std::string component = e.source.component.empty() ? e.reporting_component : e.source.component;
  const std::string instance = e.source.host.empty() ? e.reporting_instance : e.source.host;
  return instance.empty() ? component : component + ", " + instance;
}

Row LegacyEventRow(const api::Event& e, UnixMs now, const KubectlRules& rules) {
  return {Age(e.first_timestamp, now, rules),
          Age(e.last_timestamp, now, rules),
          std::to_string(e.count),
          e.involved_object.name,
          e.involved_object.kind,
          e.involved_object.field_path,
          e.type,
          e.reason,
          GoEventSource(e.source),
          e.message};
}

// printers.go printEvent: LAST SEEN falls back to first seen, series win.
Row ModernEventRow(const api::Event& e, UnixMs now, const TableOptions& options) {
  std::string first = AgeSince(e.first_timestamp, now, false);
  if (e.first_timestamp == 0) first = AgeSince(e.event_time, now, false);
  std::string last = e.last_timestamp == 0 ? first : AgeSince(e.last_timestamp, now, false);
  int32_t count = e.count;
  if (e.series) {
    last = AgeSince(e.series->last_observed_time, now, false);
    count = e.series->count;
  } else if (count == 0) {
    count = 1;
  }
  const std::string kind = ToLower(e.involved_object.kind);
  const std::string target = e.involved_object.name.empty() ? kind : kind + "/" + e.involved_object.name;
  const std::string message = TrimSpace(e.message);
  if (!options.wide) return {last, e.type, e.reason, target, message};
  return {last,
          e.type,
          e.reason,
          target,
          e.involved_object.field_path,
          EventSourceCell(e),
          message,
          first,
          std::to_string(count),
          e.metadata.name};
}

// printers.go printNode: Ready/NotReady/Unknown, roles from node-role labels.
Row NodeRow(const api::Node& node, UnixMs now, const TableOptions& options, const KubectlRules& rules) {
  std::string status = "Unknown";
  for (const auto& c : node.status.conditions) {
    if (c.type == "Ready") status = c.status == "True" ? "Ready" : "NotReady";
  }
  if (node.spec.value("unschedulable", false)) status += ",SchedulingDisabled";
  const std::string age = Age(node.metadata.creation_timestamp, now, rules);
  if (rules.legacy_layout) return {node.metadata.name, status, age};
  std::set<std::string> roles;
  constexpr std::string_view kRolePrefix = "node-role.kubernetes.io/";
  for (const auto& [key, value] : node.metadata.labels) {
    if (key.rfind(kRolePrefix, 0) == 0 && key.size() > kRolePrefix.size()) roles.insert(key.substr(kRolePrefix.size()));
    if (key == "kubernetes.io/role" && !value.empty()) roles.insert(value);
  }
  std::string role_text;
  for (const auto& r : roles) role_text += (role_text.empty() ? "" : ",") + r;
  const api::Json info = node.status.extra->value("nodeInfo", api::Json::object());
  Row row{node.metadata.name, status, OrNone(role_text), age, info.value("kubeletVersion", "")};
  if (!options.wide) return row;
  std::string internal_ip, external_ip;
  for (const auto& [type, address] : node.status.addresses) {
    if (type == "InternalIP" && internal_ip.empty()) internal_ip = address;
    if (type == "ExternalIP" && external_ip.empty()) external_ip = address;
  }
  auto unknown = [](const std::string& s) { return s.empty() ? std::string("<unknown>") : s; };
  row.insert(row.end(), {OrNone(internal_ip), OrNone(external_ip), unknown(info.value("osImage", "")),
                         unknown(info.value("kernelVersion", "")), unknown(info.value("containerRuntimeVersion", ""))});
  return row;
}

template <class T, class RowFn>
Table BuildTable(const std::vector<std::shared_ptr<const T>>& objects, std::vector<std::string> header,
                 const TableOptions& options, const KubectlRules& rules, RowFn row_fn) {
  Table table;
  table.header = std::move(header);
  table.header_without_rows = rules.legacy_layout && !objects.empty();
  std::vector<const T*> shown;
  for (const auto& object : objects) {
    if (!row_fn(*object, table.rows)) continue;
    shown.push_back(object.get());
  }
  Decorate(table, shown, options);
  return table;
}

}  // namespace

Table PodTable(const std::vector<std::shared_ptr<const api::Pod>>& pods, UnixMs now, const TableOptions& options,
               const KubectlRules& rules) {
  std::vector<std::string> header{"NAME", "READY", "STATUS", "RESTARTS", "AGE"};
  if (options.wide && rules.legacy_layout) header.push_back("NODE");
  if (options.wide && !rules.legacy_layout)
    header.insert(header.end(), {"IP", "NODE", "NOMINATED NODE", "READINESS GATES"});
  return BuildTable(pods, header, options, rules, [&](const api::Pod& pod, std::vector<Row>& rows) {
    // 1.3 resource_printer.go printPodBase: finished pods are hidden without -a.
    const bool finished = pod.status.phase == "Succeeded" || pod.status.phase == "Failed";
    if (rules.get_pods_hides_finished && !options.show_all && finished) return false;
    rows.push_back(PodRow(pod, now, options, rules));
    return true;
  });
}

Table JobTable(const std::vector<std::shared_ptr<const api::Job>>& jobs, UnixMs now, const TableOptions& options,
               const KubectlRules& rules) {
  std::vector<std::string> header{"NAME"};
  if (!rules.job_completions_column) {
    header.insert(header.end(), {"DESIRED", "SUCCESSFUL"});
  } else {
    if (rules.job_status_column) header.push_back("STATUS");
    header.insert(header.end(), {"COMPLETIONS", "DURATION"});
  }
  header.push_back("AGE");
  if (options.wide) {
    if (rules.legacy_layout)
      header.insert(header.end(), {"CONTAINER(S)", "IMAGE(S)", "SELECTOR"});
    else
      header.insert(header.end(), {"CONTAINERS", "IMAGES", "SELECTOR"});
  }
  return BuildTable(jobs, header, options, rules, [&](const api::Job& job, std::vector<Row>& rows) {
    rows.push_back(JobRow(job, now, options, rules));
    return true;
  });
}

Table EventTable(const std::vector<std::shared_ptr<const api::Event>>& events, UnixMs now, const TableOptions& options,
                 const KubectlRules& rules) {
  std::vector<std::string> header;
  if (rules.legacy_layout) {
    header = {"FIRSTSEEN", "LASTSEEN", "COUNT", "NAME", "KIND", "SUBOBJECT", "TYPE", "REASON", "SOURCE", "MESSAGE"};
  } else if (options.wide) {
    header = {"LAST SEEN", "TYPE", "REASON", "OBJECT", "SUBOBJECT", "SOURCE", "MESSAGE", "FIRST SEEN", "COUNT", "NAME"};
  } else {
    header = {"LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"};
  }
  return BuildTable(events, header, options, rules, [&](const api::Event& e, std::vector<Row>& rows) {
    rows.push_back(rules.legacy_layout ? LegacyEventRow(e, now, rules) : ModernEventRow(e, now, options));
    return true;
  });
}

Table NodeTable(const std::vector<std::shared_ptr<const api::Node>>& nodes, UnixMs now, const TableOptions& options,
                const KubectlRules& rules) {
  std::vector<std::string> header{"NAME", "STATUS", "AGE"};
  if (!rules.legacy_layout) {
    header = {"NAME", "STATUS", "ROLES", "AGE", "VERSION"};
    if (options.wide) {
      header.insert(header.end(), {"INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME"});
    }
  }
  TableOptions node_options = options;
  node_options.with_namespace = false;  // nodes are cluster-scoped
  return BuildTable(nodes, header, node_options, rules, [&](const api::Node& node, std::vector<Row>& rows) {
    rows.push_back(NodeRow(node, now, node_options, rules));
    return true;
  });
}

Table NamespaceTable(const std::vector<std::shared_ptr<const api::Namespace>>& namespaces, UnixMs now,
                     const TableOptions& options, const KubectlRules& rules) {
  TableOptions ns_options = options;
  ns_options.with_namespace = false;  // cluster-scoped
  return BuildTable(namespaces, {"NAME", "STATUS", "AGE"}, ns_options, rules,
                    [&](const api::Namespace& ns, std::vector<Row>& rows) {
                      rows.push_back({ns.metadata.name, ns.phase, Age(ns.metadata.creation_timestamp, now, rules)});
                      return true;
                    });
}

Table ObjectsTable(const Objects& objects, UnixMs now, const TableOptions& options, const KubectlRules& rules) {
  switch (objects.kind) {
    case ResourceKind::kPod:
      return PodTable(objects.pods, now, options, rules);
    case ResourceKind::kJob:
      return JobTable(objects.jobs, now, options, rules);
    case ResourceKind::kEvent:
      return EventTable(objects.events, now, options, rules);
    case ResourceKind::kNode:
      return NodeTable(objects.nodes, now, options, rules);
    case ResourceKind::kNamespace:
      return NamespaceTable(objects.namespaces, now, options, rules);
  }
  return Table{};
}

TabWriter TableWriter(const KubectlRules& rules) {
  return rules.legacy_layout ? TabWriter(10, 4, 3, ' ', 0) : TabWriter(6, 4, 3, ' ', TabWriter::kRememberWidths);
}

void WriteTableRow(TabWriter& w, const std::vector<std::string>& cells, bool header, const KubectlRules& rules) {
  const bool escape = !header && !rules.legacy_layout;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) w.Write("\t");
    w.Write(escape ? ModernCell(cells[i]) : cells[i]);
  }
  w.Write("\n");
}

std::string RenderTable(const Table& table, const KubectlRules& rules) {
  if (table.rows.empty() && !table.header_without_rows) return "";
  TabWriter w = TableWriter(rules);
  WriteTableRow(w, table.header, true, rules);
  for (const auto& row : table.rows) WriteTableRow(w, row, false, rules);
  w.Flush();
  return w.output();
}

}  // namespace jobsim::kubectl
