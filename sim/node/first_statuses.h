// FirstStatuses: the container status lists of a pod none of whose
// containers has been created, shared by a node's workers.
//
// Before its first container is created every container of a pod waits
// (ContainerCreating, PodInitializing with init containers) with no id,
// image id or restart, so the lists follow from the containers' names and
// images alone: every pod of a Job on the node writes the same ones at its
// first sync. They are built once per names and images and shared, rather
// than built (two allocations and a status per container) by every pod.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "sim/node/container_record.h"
#include "sim/node/kubelet_rules.h"
#include "sim/node/pod_status_builder.h"

namespace jobsim::sim {

class FirstStatuses {
 public:
  // The lists of `init` and `regular` (spec order), as ContainerStatusLists::Update
  // builds them. REQUIRES: no record has an instance or a cached waiting reason;
  // `names` is the token of the records' containers (ConditionsMemo::Names);
  // one node's rules for every call.
  const ContainerStatusLists& Get(const std::string* names, std::span<const ContainerRecord* const> init,
                                  std::span<const ContainerRecord* const> regular, const KubeletRules& rules);

  size_t size() const { return entries_.size(); }

 private:
  // A node's pods name few lists of containers and images; past this many
  // the oldest goes (each holds its lists alive).
  static constexpr size_t kMaxEntries = 32;
  struct Entry {
    const std::string* names = nullptr;
    std::vector<const ImageNames*> images;  // init then regular, in spec order
    ContainerStatusLists lists;
  };
  static bool Matches(const Entry& e, const std::string* names, std::span<const ContainerRecord* const> init,
                      std::span<const ContainerRecord* const> regular);
  std::vector<Entry> entries_;  // searched in order: usually one or two
};

}  // namespace jobsim::sim
