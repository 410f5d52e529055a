#include "controller/pod_adoption.h"

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

ClaimPlan PlanClaim(const api::Job& job, const PodList& pods, const ControllerRules& rules) {
  ClaimPlan plan;
  const std::optional<api::Selector> selector = JobSelector(job);
  const bool job_deleting = job.metadata.deletion_timestamp.has_value();
  for (const auto& pod : pods) {
    if (pod->metadata.namespace_ != job.metadata.namespace_) continue;
    const bool matches = selector && selector->Matches(pod->metadata.labels);
    if (!rules.owner_references) {
      if (matches) plan.owned.push_back(pod);
      continue;
    }
    const api::OwnerReference* ref = pod->metadata.ControllerRef();
    if (ref) {
      if (ref->uid != job.metadata.uid) continue;
      if (matches) {
        plan.owned.push_back(pod);
      } else if (!job_deleting) {
        plan.release.push_back(pod);
      }
      continue;
    }
    if (matches && !job_deleting && !pod->metadata.deletion_timestamp) plan.adopt.push_back(pod);
  }
  return plan;
}

}  // namespace jobsim::controller
