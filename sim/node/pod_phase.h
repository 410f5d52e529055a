// The pod phase from its container statuses: the kubelet's getPhase
// (pkg/kubelet/kubelet_pods.go), reduced to what jobsim models (no static
// pods, no per-container restart rules). Pure; tests/sim/node/pod_phase_test.cc
// walks the table of the reference `kubelet-events-kubectl.md` section 2.1.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "fakeapi/types.h"

namespace jobsim::sim {

struct PhaseInput {
  const api::PodSpec* spec = nullptr;
  const std::vector<api::ContainerStatus>* init_statuses = nullptr;
  const std::vector<api::ContainerStatus>* statuses = nullptr;
  // The pod worker will not run anything more (deleted, or finished): all
  // stopped containers then decide between Succeeded and Failed. Only read
  // when `terminal_phase_on_deletion` (1.27+).
  bool pod_is_terminal = false;
  // A regular container has started (the runtime has seen one run).
  bool pod_has_initialized = false;
  bool native_sidecars = true;
  bool terminal_phase_on_deletion = true;
};

// "Pending", "Running", "Succeeded" or "Failed".
std::string PodPhase(const PhaseInput& input);

// An init container with restartPolicy Always, where the era has them.
bool IsSidecar(const api::Container& container, bool native_sidecars);

// Inline, on a view: every status write and pod watch event asks.
inline bool IsTerminalPhase(std::string_view phase) { return phase == "Succeeded" || phase == "Failed"; }

// The status named `name`, or nullptr (podutil.GetContainerStatus).
const api::ContainerStatus* FindContainerStatus(const std::vector<api::ContainerStatus>& statuses,
                                                const std::string& name);

}  // namespace jobsim::sim
