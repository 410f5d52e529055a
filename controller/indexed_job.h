// Indexed completion mode helpers (pkg/controller/job/indexed_job_utils.go):
// a pod's completion index, the interval sets behind status.completedIndexes,
// which indexes still need a pod, and which pods of an index are surplus.
//
// completedIndexes text: ascending, comma separated; a run of >= 3 numbers is
// "first-last", a run of 2 is "a,b": "1,3-5,7", "0,1". Parsing splits on ','
// then '-', skips unparsable fragments, stops at the first fragment starting
// at or beyond completions and clips ends to completions-1.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <memory>

#include "fakeapi/types.h"

namespace jobsim::controller {

inline constexpr int32_t kUnknownCompletionIndex = -1;

// strconv.Atoi for a value that fits an int32: an optional sign and decimal
// digits, nothing else.
bool Atoi(const std::string& s, int32_t& out);

bool IsIndexedJob(const api::Job& job);
// The batch.kubernetes.io/job-completion-index annotation as a number >= 0,
// else kUnknownCompletionIndex.
int32_t CompletionIndex(const api::Pod& pod);
// A known index below spec.completions.
bool HasValidIndex(const api::Pod& pod, const api::Job& job);

// Disjoint, ascending, non-adjacent closed intervals of indexes.
class IndexIntervals {
 public:
  IndexIntervals() = default;
  static IndexIntervals Parse(const std::string& text, int32_t completions);
  // This set plus the given indexes (any order, duplicates allowed).
  IndexIntervals With(std::vector<int32_t> indexes) const;
  // This set plus another (orderedIntervals.merge).
  IndexIntervals Merge(const IndexIntervals& other) const;
  bool Has(int32_t index) const;
  int32_t Total() const;
  std::string String() const;
  const std::vector<std::pair<int32_t, int32_t>>& intervals() const { return intervals_; }

 private:
  void Append(int32_t first, int32_t last);  // REQUIRES: first >= the first index of every interval held
  std::vector<std::pair<int32_t, int32_t>> intervals_;
};

// Up to count indexes below completions, lowest first, not in taken
// (firstPendingIndexes).
std::vector<int32_t> FirstPendingIndexes(const IndexIntervals& taken, int32_t count, int32_t completions);

// Active pods an Indexed Job deletes whatever its parallelism: pods without a
// valid index, and all but the most invested pod (ActivePods order) of each
// index; the rest stays in `left`, in index order.
void SplitSurplusIndexPods(std::vector<const api::Pod*> active, int32_t completions,
                           std::vector<const api::Pod*>& surplus, std::vector<const api::Pod*>& left);

// Pods ordered by completion index, unknown first (byCompletionIndex), stable.
std::vector<const api::Pod*> ByCompletionIndex(const std::vector<std::shared_ptr<const api::Pod>>& pods);

// Valid indexes of Succeeded pods (with finalizer tracking: only pods still
// carrying the finalizer, i.e. not yet counted).
std::vector<int32_t> SucceededPodIndexes(const api::Job& job, const std::vector<std::shared_ptr<const api::Pod>>& pods,
                                         bool finalizer_tracking);
// Valid indexes held by these pods.
std::vector<int32_t> PodIndexes(const api::Job& job, const std::vector<const api::Pod*>& pods);

}  // namespace jobsim::controller
