#include "sim/node/pod_phase.h"

namespace jobsim::sim {
namespace {

struct Counts {
  int pending_regular_init = 0;
  int pending_restartable_init = 0;
  int failed_initialization = 0;
  int unknown = 0;
  int running = 0;
  int waiting = 0;
  int stopped = 0;
  int succeeded = 0;
};

void CountRegularInit(const api::ContainerStatus* s, Counts& c) {
  if (!s || s->state.running()) {
    ++c.pending_regular_init;
  } else if (s->state.terminated()) {
    if (s->state.terminated()->exit_code != 0) ++c.failed_initialization;
  } else if (s->state.waiting() && s->last_state.terminated()) {
    if (s->last_state.terminated()->exit_code != 0) ++c.failed_initialization;
  } else {
    ++c.pending_regular_init;
  }
}

void CountSidecar(const api::ContainerStatus* s, Counts& c) {
  if (!s) {
    ++c.unknown;
  } else if (s->state.running()) {
    ++c.running;
    if (!s->started.value_or(false)) ++c.pending_restartable_init;
  } else if (s->state.terminated() || (s->state.waiting() && s->last_state.terminated())) {
    // A sidecar's exits do not decide the phase.
  } else {
    ++c.pending_restartable_init;
    if (s->state.waiting()) {
      ++c.waiting;
    } else {
      ++c.unknown;
    }
  }
}

void CountRegular(const api::ContainerStatus* s, Counts& c) {
  if (!s) {
    ++c.unknown;
  } else if (s->state.running()) {
    ++c.running;
  } else if (s->state.terminated()) {
    ++c.stopped;
    if (s->state.terminated()->exit_code == 0) ++c.succeeded;
  } else if (s->state.waiting() && s->last_state.terminated()) {
    ++c.stopped;  // restarting; not counted as succeeded even after exit 0
  } else if (s->state.waiting()) {
    ++c.waiting;
  } else {
    ++c.unknown;
  }
}

// Step E4: every container has stopped.
std::string AllStopped(const PhaseInput& in, const Counts& c) {
  const std::string& policy = in.spec->restart_policy;
  if (in.terminal_phase_on_deletion && in.pod_is_terminal) return c.stopped == c.succeeded ? "Succeeded" : "Failed";
  if (policy == "Always") return "Running";
  if (c.stopped == c.succeeded) return "Succeeded";
  if (policy == "Never") return "Failed";
  return "Running";  // OnFailure: restarting
}

}  // namespace

const api::ContainerStatus* FindContainerStatus(const std::vector<api::ContainerStatus>& statuses,
                                                const std::string& name) {
  for (const auto& s : statuses) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

bool IsSidecar(const api::Container& container, bool native_sidecars) {
  return native_sidecars && container.restart_policy.value_or("") == "Always";
}

std::string PodPhase(const PhaseInput& in) {
  Counts c;
  for (const auto& container : in.spec->init_containers) {
    const api::ContainerStatus* s = FindContainerStatus(*in.init_statuses, container.name);
    if (IsSidecar(container, in.native_sidecars)) {
      CountSidecar(s, c);
    } else {
      CountRegularInit(s, c);
    }
  }
  for (const auto& container : in.spec->containers) CountRegular(FindContainerStatus(*in.statuses, container.name), c);

  if (c.failed_initialization > 0 && in.spec->restart_policy == "Never") return "Failed";
  if (c.pending_regular_init > 0 || (c.pending_restartable_init > 0 && !in.pod_has_initialized)) return "Pending";
  if (c.waiting > 0) return "Pending";
  if (c.running > 0 && c.unknown == 0) return "Running";
  if (c.running == 0 && c.stopped > 0 && c.unknown == 0) return AllStopped(in, c);
  return "Pending";
}

}  // namespace jobsim::sim
