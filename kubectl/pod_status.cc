#include "kubectl/pod_status.h"

#include <fmt/format.h>

#include "kubectl/human_duration.h"

namespace jobsim::kubectl {
namespace {

// Reason strings from k8s.io/api/core/v1 and pkg/util/node.
constexpr const char* kSchedulingGated = "SchedulingGated";
constexpr const char* kNodeUnreachablePodReason = "NodeLost";

struct Tally {
  int restarts = 0;
  int ready = 0;
  UnixMs last_restart = 0;  // newest lastState.terminated.finishedAt
  std::string reason;
};

bool ConditionTrue(const api::PodStatus& status, const std::string& type) {
  for (const auto& c : status.conditions) {
    if (c.type == type) return c.status == "True";
  }
  return false;
}

bool IsSidecar(const api::Pod& pod, const std::string& name) {
  for (const auto& c : pod.spec->init_containers) {
    if (c.name == name) return c.restart_policy.value_or("") == "Always";
  }
  return false;
}

void NoteRestart(const api::ContainerStatus& cs, UnixMs& last) {
  if (cs.last_state.terminated() && cs.last_state.terminated()->finished_at > last) {
    last = cs.last_state.terminated()->finished_at;
  }
}

// Reason of a terminated container without one: "Signal:9" or "ExitCode:1".
std::string TerminatedCode(const api::ContainerStateTerminated& t, const char* prefix) {
  return t.signal != 0 ? fmt::format("{}Signal:{}", prefix, t.signal)
                       : fmt::format("{}ExitCode:{}", prefix, t.exit_code);
}

// Walks init containers in order; returns true while the pod is initializing.
bool WalkInitContainers(const api::Pod& pod, Tally& all, Tally& sidecars) {
  const auto& statuses = pod.status.init_container_statuses;
  for (size_t i = 0; i < statuses.size(); ++i) {
    const api::ContainerStatus& cs = statuses[i];
    const bool sidecar = IsSidecar(pod, cs.name);
    all.restarts += cs.restart_count;
    NoteRestart(cs, all.last_restart);
    if (sidecar) {
      sidecars.restarts += cs.restart_count;
      NoteRestart(cs, sidecars.last_restart);
    }
    const auto& term = cs.state.terminated();
    if (term && term->exit_code == 0) continue;
    if (sidecar && cs.started.value_or(false)) {
      if (cs.ready) ++all.ready;
      continue;
    }
    if (term) {
      all.reason = term->reason.empty() ? TerminatedCode(*term, "Init:") : "Init:" + term->reason;
    } else if (cs.state.waiting() && !cs.state.waiting()->reason.empty() && cs.state.waiting()->reason != "PodInitializing") {
      all.reason = "Init:" + cs.state.waiting()->reason;
    } else {
      all.reason = fmt::format("Init:{}/{}", i, pod.spec->init_containers.size());
    }
    return true;
  }
  return false;
}

// Walks containerStatuses from last to first, so the alphabetically first
// container with a waiting or terminated reason decides.
bool WalkContainers(const api::Pod& pod, Tally& t) {
  bool has_running = false;
  const std::vector<api::ContainerStatus>& statuses = pod.status.container_statuses;
  for (auto it = statuses.rbegin(); it != statuses.rend(); ++it) {
    const api::ContainerStatus& cs = *it;
    t.restarts += cs.restart_count;
    NoteRestart(cs, t.last_restart);
    if (cs.state.waiting() && !cs.state.waiting()->reason.empty()) {
      t.reason = cs.state.waiting()->reason;
    } else if (cs.state.terminated() && !cs.state.terminated()->reason.empty()) {
      t.reason = cs.state.terminated()->reason;
    } else if (cs.state.terminated()) {
      t.reason = TerminatedCode(*cs.state.terminated(), "");
    } else if (cs.ready && cs.state.running()) {
      has_running = true;
      ++t.ready;
    }
  }
  return has_running;
}

PodStatusCells Legacy(const api::Pod& pod) {
  Tally t;
  t.reason = pod.status.reason.empty() ? pod.status.phase : pod.status.reason;
  WalkContainers(pod, t);
  // printPodBase of 1.5's resource_printer.go already showed a pod of a lost node as Unknown.
  if (pod.metadata.deletion_timestamp && pod.status.reason == kNodeUnreachablePodReason) {
    t.reason = "Unknown";
  } else if (pod.metadata.deletion_timestamp) {
    t.reason = "Terminating";
  }
  return {fmt::format("{}/{}", t.ready, pod.spec->containers.size()), t.reason, std::to_string(t.restarts)};
}

}  // namespace

PodStatusCells ComputePodStatus(const api::Pod& pod, UnixMs now, const PodStatusRules& rules) {
  if (rules.legacy) return Legacy(pod);
  const std::string& phase = pod.status.phase;
  Tally all;
  all.reason = pod.status.reason.empty() ? phase : pod.status.reason;
  for (const auto& c : pod.status.conditions) {
    if (c.type == "PodScheduled" && c.reason == kSchedulingGated) all.reason = kSchedulingGated;
  }
  size_t total = pod.spec->containers.size();
  for (const auto& c : pod.spec->init_containers) total += c.restart_policy.value_or("") == "Always" ? 1 : 0;

  Tally sidecars;
  const bool initializing = WalkInitContainers(pod, all, sidecars);
  if (!initializing || ConditionTrue(pod.status, "Initialized")) {
    all.restarts = sidecars.restarts;
    all.last_restart = sidecars.last_restart;
    const bool has_running = WalkContainers(pod, all);
    if (all.reason == "Completed" && has_running) {
      all.reason = ConditionTrue(pod.status, "Ready") ? "Running" : "NotReady";
    }
  }
  const bool terminal = phase == "Succeeded" || phase == "Failed";
  if (pod.metadata.deletion_timestamp && pod.status.reason == kNodeUnreachablePodReason) {
    all.reason = "Unknown";
  } else if (pod.metadata.deletion_timestamp && !(terminal && rules.terminating_excludes_terminal_phase)) {
    all.reason = "Terminating";
  }
  std::string restarts = std::to_string(all.restarts);
  if (rules.restarts_with_age && all.restarts != 0 && all.last_restart != 0) {
    restarts = fmt::format("{} ({} ago)", all.restarts, AgeSince(all.last_restart, now, false));
  }
  return {fmt::format("{}/{}", all.ready, total), all.reason, restarts};
}

}  // namespace jobsim::kubectl
