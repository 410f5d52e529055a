// What kube-controller-manager's pod garbage collector (PodGC) of one
// Kubernetes version does, as plain data; sim/profile.cc fills it and
// sim/feature_gates.cc adjusts it. Each flag names the behaviour, not the release.
#pragma once

#include <cstdint>

namespace jobsim::sim {

struct PodGcRules {
  // gcCheckPeriod and quarantineTime (pkg/controller/podgc/gc_controller.go):
  // a pass every 20 s; a node a pod names but the node informer lacks is
  // looked up again 40 s later before its pods count as orphaned.
  int64_t gc_period_ms = 20'000;
  int64_t quarantine_ms = 40'000;
  // --terminated-pod-gc-threshold: the terminated pods kept before the oldest
  // are deleted (0 turns that pass off). A scenario may lower it
  // (spec.controllerManager.terminatedPodGCThreshold).
  int64_t terminated_pod_threshold = 12'500;
  // markFailedAndDeletePodWithCondition: a pod not yet Succeeded or Failed is
  // patched to phase Failed before the force delete (PodDisruptionConditions,
  // 1.26; from 1.28 also with JobPodReplacementPolicy; always once
  // PodDisruptionConditions is GA, 1.31) ...
  bool mark_failed_before_delete = true;
  // ... and an orphaned one gets DisruptionTarget=True, reason DeletionByPodGC
  // (PodDisruptionConditions).
  bool disruption_target_condition = true;
  // gcTerminating: terminating pods on a not-Ready node tainted
  // node.kubernetes.io/out-of-service are force-deleted
  // (NodeOutOfServiceVolumeDetach beta 1.26, GA 1.28).
  bool gc_out_of_service = true;

  friend bool operator==(const PodGcRules&, const PodGcRules&) = default;
};

}  // namespace jobsim::sim
