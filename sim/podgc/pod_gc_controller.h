// The pod garbage collector of kube-controller-manager
// (pkg/controller/podgc/gc_controller.go) on the virtual clock: a pass every
// gc_period_ms from its start, reading Pods and Nodes and writing pod status
// and force deletes (grace 0) through the Store only.
//
//   each pass    the deletions of sim/podgc/gc_decision.h, each after the
//                status it writes first (phase Failed, DisruptionTarget)
//   quarantine   a node named by a pod but missing from the node list is
//                looked up again quarantine_ms later (the delaying queue
//                orphaned_pods_nodes); still gone, its pods are orphans
//
// Upstream deletes a pass's pods in parallel goroutines; jobsim deletes them
// one after another in the pass's order.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "fakeapi/store.h"
#include "sim/base/executor.h"
#include "sim/podgc/gc_decision.h"
#include "sim/podgc/pod_gc_rules.h"

namespace jobsim::sim {

class PodGcController {
 public:
  PodGcController(api::Store& store, Executor& executor, const PodGcRules& rules);
  ~PodGcController();
  PodGcController(const PodGcController&) = delete;
  PodGcController& operator=(const PodGcController&) = delete;

  // The first pass now, then one every gc_period_ms.
  void Start();

 private:
  void Pass();
  GcInput Observe(UnixMs now);
  void MarkFailedAndDelete(const GcDeletion& deletion, UnixMs now);

  api::Store& store_;
  Executor& executor_;
  const PodGcRules& rules_;
  std::map<std::string, UnixMs> quarantine_;  // node name -> when it is looked up again
  std::optional<Executor::TimerId> timer_;
};

}  // namespace jobsim::sim
