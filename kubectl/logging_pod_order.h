// Which pod `kubectl logs job/NAME` reads (k8s.io/kubectl/pkg/polymorphichelpers
// logsforobject.go and GetFirstPod): the pods matching the Job's selector,
// sorted by podutils.ByLogging with Go's sort.Sort, the first one. ByLogging
// puts first: assigned pods; Running, then Unknown, then Pending (Succeeded
// and Failed are not in its map and rank with Running); ready pods; of two
// ready pods the one ready longer; more container restarts; older pods.
//
// Pure: pods in list order in, the index of the chosen pod out.
#pragma once

#include <memory>
#include <vector>

#include "fakeapi/types.h"
#include "kubectl/go_sort.h"

namespace jobsim::kubectl {

// podutils.ByLogging Less.
bool LessForLogging(const api::Pod& a, const api::Pod& b);

// REQUIRES: !pods.empty().
size_t FirstPodForLogging(const std::vector<std::shared_ptr<const api::Pod>>& pods, GoSortAlgorithm algorithm);

}  // namespace jobsim::kubectl
