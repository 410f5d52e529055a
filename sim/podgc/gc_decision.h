// What one PodGC pass deletes, and the status it writes first. Pure: the pods
// and nodes the informers hold, the nodes found gone after their quarantine,
// and the rules in; the deletions out, in upstream's order.
//
//   terminated      above the threshold, the oldest terminated pods (Succeeded
//                   or Failed), evicted ones first (gcTerminated)
//   out-of-service  terminating pods on a not-Ready node with the
//                   node.kubernetes.io/out-of-service taint (gcTerminating)
//   orphaned        pods bound to a node that is gone (gcOrphaned)
//   unscheduled     terminating pods bound to no node (gcUnscheduledTerminating)
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "fakeapi/types.h"
#include "sim/base/string_key_hash.h"
#include "sim/podgc/pod_gc_rules.h"

namespace jobsim::sim {

struct GcNode {
  bool ready = false;           // Ready=True
  bool out_of_service = false;  // tainted node.kubernetes.io/out-of-service
};

struct GcInput {
  std::vector<std::shared_ptr<const api::Pod>> pods;
  // The nodes that exist, by name; hashed: a pass looks up every pod's node.
  std::unordered_map<std::string, GcNode, StringKeyHash, StringKeyEqual> nodes;
  std::set<std::string> deleted_nodes;  // nodes still missing after their quarantine
};

enum class GcReason { kTerminated, kTerminatingOutOfService, kOrphaned, kUnscheduledTerminating };

struct GcDeletion {
  std::shared_ptr<const api::Pod> pod;
  GcReason reason;
};

// The pass's deletions; a pod two passes pick is deleted once, for the first.
std::vector<GcDeletion> PodsToCollect(const GcInput& in, const PodGcRules& rules);

// The status PodGC patches before its force delete (phase Failed, and for an
// orphan DisruptionTarget), or nullopt when it writes none.
std::optional<api::PodStatus> StatusBeforeDelete(const api::Pod& pod, GcReason reason, const PodGcRules& rules,
                                                 UnixMs now);

}  // namespace jobsim::sim
