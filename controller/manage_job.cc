#include "controller/manage_job.h"

#include <algorithm>

#include "controller/active_pods_order.h"
#include "controller/indexed_job.h"
#include "controller/pod_classification.h"

namespace jobsim::controller {

int32_t WantActive(const api::Job& job, int32_t active, int32_t succeeded) {
  const int32_t parallelism = job.spec.parallelism.value_or(1);
  if (!job.spec.completions) return succeeded > 0 ? active : parallelism;
  return std::max(0, std::min(*job.spec.completions - succeeded, parallelism));
}

int32_t ExcessActive(const api::Job& job, int32_t active, int32_t want_active, const ControllerRules& rules) {
  const int32_t ceiling = rules.delete_above_remaining_completions ? want_active : job.spec.parallelism.value_or(1);
  return std::max(0, active - ceiling);
}

int32_t MissingActive(int32_t want_active, int32_t active, int32_t blocking_terminating) {
  return std::max(0, want_active - blocking_terminating - active);
}

std::vector<int32_t> CreationBatches(int32_t n, const ControllerRules& rules) {
  std::vector<int32_t> batches;
  if (n <= 0) return batches;
  if (!rules.slow_start) return {n};
  for (int32_t size = 1; n > 0; size *= 2) {
    batches.push_back(std::min(size, n));
    n -= batches.back();
  }
  return batches;
}

std::vector<const api::Pod*> PodsForRemoval(const api::Job& job, std::vector<const api::Pod*> active, int32_t n) {
  std::vector<const api::Pod*> remove;
  std::vector<const api::Pod*> left;
  if (IsIndexedJob(job)) {
    SplitSurplusIndexPods(std::move(active), job.spec.completions.value_or(0), remove, left);
  } else {
    left = std::move(active);
  }
  if (static_cast<int32_t>(remove.size()) >= n) return remove;
  SortForDeletion(left);
  const size_t more = std::min(left.size(), static_cast<size_t>(n) - remove.size());
  remove.insert(remove.end(), left.begin(), left.begin() + more);
  return remove;
}

DeleteOutcome DeleteJobPods(const api::Job& job, const std::vector<const api::Pod*>& pods, const std::string& key,
                            PodControl& pod_control, Expectations& expectations) {
  DeleteOutcome out;
  for (const api::Pod* pod : pods) {
    api::Status st;
    if (HasTrackingFinalizer(*pod)) st = pod_control.RemoveTrackingFinalizer(*pod);
    if (st.ok()) st = pod_control.DeletePod(job, *pod);
    if (st.ok()) {
      ++out.deleted;
      if (IsPodReady(*pod)) ++out.deleted_ready;
      continue;
    }
    expectations.DeletionObserved(key);
    if (st.IsNotFound()) {
      ++out.deleted;
    } else if (out.error.ok()) {
      out.error = st;
    }
  }
  return out;
}

DeleteOutcome DeleteActivePods(const api::Job& job, const std::vector<const api::Pod*>& pods,
                               PodControl& pod_control) {
  DeleteOutcome out;
  for (const api::Pod* pod : pods) {
    const api::Status st = pod_control.DeletePod(job, *pod);
    if (st.ok() || st.IsNotFound()) {
      ++out.deleted;
    } else if (out.error.ok()) {
      out.error = st;
    }
    if (IsPodReady(*pod)) ++out.deleted_ready;
  }
  return out;
}

CreateOutcome CreatePods(const api::Job& job, const std::vector<api::Pod>& pods, int32_t n, const std::string& key,
                         PodControl& pod_control, Expectations& expectations, const ControllerRules& rules) {
  CreateOutcome out;
  const bool one_for_all = pods.size() == 1;
  int32_t remaining = n;
  size_t next = 0;
  for (int32_t batch : CreationBatches(n, rules)) {
    bool batch_failed = false;
    for (int32_t i = 0; i < batch; ++i, ++next) {
      const api::Status st = pod_control.CreatePod(job, pods[one_for_all ? 0 : next]);
      if (st.ok()) {
        ++out.created;
        continue;
      }
      expectations.CreationObserved(key);
      batch_failed = true;
      if (out.error.ok()) out.error = st;
    }
    remaining -= batch;
    if (batch_failed && remaining > 0) {
      for (int32_t i = 0; i < remaining; ++i) expectations.CreationObserved(key);
      break;
    }
  }
  return out;
}

}  // namespace jobsim::controller
