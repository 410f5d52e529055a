#include "controller/pod_adoption.h"

#include "controller/indexed_job.h"

namespace jobsim::controller {

std::optional<api::Selector> JobSelector(const api::Job& job) {
  if (!job.spec.selector || job.spec.selector->empty()) return std::nullopt;
  api::Selector selector;
  if (!api::Selector::FromLabelSelector(*job.spec.selector, selector).ok()) return std::nullopt;
  return selector;
}

bool SelectsLabels(const api::Job& job, const api::StringMap& labels) {
  const std::optional<api::Selector> selector = JobSelector(job);
  return selector && selector->Matches(labels);
}

namespace {

// Whether the selector matches a pod's labels. The pods a Job stamps from its
// template share the template's label map (Cow), so one match per map stands
// for all of them: the same map gives the same answer.
class LabelMatcher {
 public:
  explicit LabelMatcher(const std::optional<api::Selector>& selector) : selector_(selector) {}
  bool Matches(const api::StringMap& labels) {
    if (&labels != last_labels_) {
      last_labels_ = &labels;
      last_result_ = selector_ && selector_->Matches(labels);
    }
    return last_result_;
  }

 private:
  const std::optional<api::Selector>& selector_;
  const api::StringMap* last_labels_ = nullptr;
  bool last_result_ = false;
};

}  // namespace

bool CountedPodsUnread(const api::Job& job, const ControllerRules& rules) {
  return !rules.legacy_counting && !IsIndexedJob(job) && job.spec.pod_failure_policy.is_null();
}

// The controlled pods come first: an owned pod is always controlled (with
// ownerReferences), an adopted one never, so each list keeps its order.
ClaimPlan PlanClaim(const api::Job& job, const std::optional<api::Selector>& job_selector, const ClaimCandidates& pods,
                    const ControllerRules& rules, bool drop_counted) {
  ClaimPlan plan;
  plan.owned.reserve(pods.controlled.size());  // most are kept: one allocation instead of a doubling series
  LabelMatcher selector(job_selector);
  const bool job_deleting = job.metadata.deletion_timestamp.has_value();
  auto counted = [drop_counted](const api::Pod& pod) {
    return drop_counted && IsPodFinished(pod) && !HasTrackingFinalizer(pod);
  };
  // True for a pod left out for good.
  auto claim_controlled = [&](const std::shared_ptr<const api::Pod>* handle) {
    const api::Pod& pod = **handle;
    if (!selector.Matches(pod.metadata.labels)) {
      if (!job_deleting) plan.release.push_back(*handle);
    } else if (!counted(pod)) {
      plan.owned.push_back(*handle);
    } else {
      return true;
    }
    return false;
  };
  for (size_t i = 0; i < pods.controlled.size(); ++i) {
    const std::shared_ptr<const api::Pod>* handle = pods.controlled[i];
    if ((*handle)->metadata.namespace_ == job.metadata.namespace_ && claim_controlled(handle)) {
      plan.settled.push_back(i);
    }
  }
  for (const std::shared_ptr<const api::Pod>* handle : pods.others) {
    const api::Pod& pod = **handle;
    if (pod.metadata.namespace_ != job.metadata.namespace_) continue;
    if (!rules.owner_references) {
      if (selector.Matches(pod.metadata.labels) && !counted(pod)) plan.owned.push_back(*handle);
      continue;
    }
    const api::OwnerReference* ref = pod.metadata.ControllerRef();
    if (ref) {
      if (ref->uid == job.metadata.uid) claim_controlled(handle);
      continue;
    }
    if (selector.Matches(pod.metadata.labels) && !job_deleting && !pod.metadata.deletion_timestamp) {
      plan.adopt.push_back(*handle);
    }
  }
  return plan;
}

}  // namespace jobsim::controller
