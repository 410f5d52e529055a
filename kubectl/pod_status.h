// The READY / STATUS / RESTARTS cells of `kubectl get pods`: the printPod
// algorithm (pkg/printers/internalversion/printers.go; kubectl 1.3:
// pkg/kubectl/resource_printer.go printPodBase). Pure: a pod and the time in,
// three strings out.
#pragma once

#include <string>

#include "fakeapi/types.h"

namespace jobsim::kubectl {

struct PodStatusRules {
  // 1.3: no init-container statuses, no Completed->Running fix-up, no sidecars.
  bool legacy = false;
  // RESTARTS "N (Xs ago)" (1.22+).
  bool restarts_with_age = true;
  // A deleted pod in phase Succeeded/Failed keeps its phase instead of
  // showing Terminating (k8s PR #122038, 1.31).
  bool terminating_excludes_terminal_phase = true;
};

struct PodStatusCells {
  std::string ready;     // "1/2"
  std::string status;    // "CrashLoopBackOff"
  std::string restarts;  // "3" or "3 (45s ago)"
};

PodStatusCells ComputePodStatus(const api::Pod& pod, UnixMs now, const PodStatusRules& rules);

}  // namespace jobsim::kubectl
