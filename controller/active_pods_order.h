// Which active pods a scale-down removes first (controller.ActivePods in
// pkg/controller/controller_utils.go): the pods that have invested least.
//   1. not yet scheduled before scheduled;
//   2. Pending before Unknown before Running;
//   3. not ready before ready;
//   4. both ready: ready more recently (or with no ready time) first;
//   5. higher maximum container restart count first;
//   6. newer creationTimestamp (or none) first.
// Upstream sorts with an unstable sort, so ties land in any order; we break
// ties by pod name to stay deterministic.
#pragma once

#include <vector>

#include "fakeapi/types.h"

namespace jobsim::controller {

// True when a should be deleted before b.
bool DeleteBefore(const api::Pod& a, const api::Pod& b);

// Sorts pods so that the first ones are the first to delete.
void SortForDeletion(std::vector<const api::Pod*>& pods);

}  // namespace jobsim::controller
