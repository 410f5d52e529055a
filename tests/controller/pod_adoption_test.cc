#include "controller/pod_adoption.h"

#include <catch2/catch.hpp>

#include "fakeapi/well_known.h"

using namespace jobsim;
using namespace jobsim::controller;

namespace {

constexpr const char* kClaimJobUid = "job-uid";

api::Job MakeClaimJob() {
  api::Job job;
  job.metadata.namespace_ = "default";
  job.metadata.name = "foobar";
  job.metadata.uid = kClaimJobUid;
  job.spec.selector.emplace().match_labels = {{"foo", "bar"}};
  return job;
}

struct ClaimPodSetup {
  std::string name;
  std::string controller_uid = kClaimJobUid;  // "" for an orphan
  bool matching = true;                  // labels foo=bar
  std::string phase = "Running";
  bool finalizer = true;
  std::string ns = "default";
};

std::shared_ptr<const api::Pod> MakeClaimPod(const ClaimPodSetup& s) {
  api::Pod pod;
  pod.metadata.namespace_ = s.ns;
  pod.metadata.name = s.name;
  pod.metadata.uid = s.name + "-uid";
  pod.metadata.labels = api::StringMap{{"foo", s.matching ? "bar" : "other"}};
  if (!s.controller_uid.empty()) {
    api::OwnerReference ref;
    ref.kind = "Job";
    ref.name = "foobar";
    ref.uid = s.controller_uid;
    ref.controller = true;
    pod.metadata.owner_references.push_back(ref);
  }
  if (s.finalizer) pod.metadata.finalizers.push_back(api::kJobTrackingFinalizer);
  pod.status.phase = s.phase;
  return std::make_shared<const api::Pod>(std::move(pod));
}

std::vector<std::string> ClaimNames(const PodList& pods) {
  std::vector<std::string> out;
  for (const auto& pod : pods) out.push_back(pod->metadata.name);
  return out;
}

}  // namespace

TEST_CASE("PlanClaim: owned, adopted and released pods, counted pods left out (and settled) on request") {
  struct Row {
    std::string name;
    std::vector<ClaimPodSetup> pods;
    bool drop_counted = false;
    std::vector<std::string> want_owned;
    std::vector<std::string> want_adopt;
    std::vector<std::string> want_release;
    std::vector<std::string> want_settled = {};  // left out for good: later claims may skip them
  };
  const std::vector<Row> rows = {
      {"a controlled, matching pod is owned", {{.name = "a"}}, false, {"a"}, {}, {}},
      {"a controlled pod the selector no longer matches is released", {{.name = "a", .matching = false}}, false,
       {}, {}, {"a"}},
      {"a matching orphan is adopted", {{.name = "a", .controller_uid = ""}}, false, {}, {"a"}, {}},
      {"a pod of another controller is left alone", {{.name = "a", .controller_uid = "other"}}, false, {}, {}, {}},
      {"a pod of another namespace is left alone", {{.name = "a", .ns = "other"}}, false, {}, {}, {}},
      {"a finished pod without finalizer is kept unless counted pods are dropped",
       {{.name = "a", .phase = "Succeeded", .finalizer = false}}, false, {"a"}, {}, {}},
      {"a counted pod is dropped on request, and settled",
       {{.name = "a", .phase = "Succeeded", .finalizer = false}, {.name = "b", .phase = "Failed", .finalizer = false},
        {.name = "c"}},
       true, {"c"}, {}, {}, {"a", "b"}},
      {"a finished pod still carrying its finalizer is not counted yet",
       {{.name = "a", .phase = "Failed"}}, true, {"a"}, {}, {}},
      {"owned pods keep their order", {{.name = "a"}, {.name = "b", .controller_uid = ""}, {.name = "c"}}, false,
       {"a", "c"}, {"b"}, {}},
      {"a counted pod the selector no longer matches is still released",
       {{.name = "a", .matching = false, .phase = "Succeeded", .finalizer = false}}, true, {}, {}, {"a"}},
  };
  const api::Job job = MakeClaimJob();
  ControllerRules rules;
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      std::vector<std::shared_ptr<const api::Pod>> pods;
      for (const ClaimPodSetup& s : row.pods) pods.push_back(MakeClaimPod(s));
      // As the informer's indexes split them.
      ClaimCandidates candidates;
      for (size_t i = 0; i < pods.size(); ++i) {
        const bool controlled = row.pods[i].controller_uid == kClaimJobUid;
        (controlled ? candidates.controlled : candidates.others).push_back(&pods[i]);
      }
      const ClaimPlan plan = PlanClaim(job, JobSelector(job), candidates, rules, row.drop_counted);
      CHECK(ClaimNames(plan.owned) == row.want_owned);
      CHECK(ClaimNames(plan.adopt) == row.want_adopt);
      CHECK(ClaimNames(plan.release) == row.want_release);
      std::vector<std::string> settled;
      for (size_t i : plan.settled) settled.push_back((*candidates.controlled.at(i))->metadata.name);
      CHECK(settled == row.want_settled);
    }
  }
}

TEST_CASE("CountedPodsUnread: only non-Indexed Jobs without a podFailurePolicy under finalizer tracking") {
  api::Job job = MakeClaimJob();
  ControllerRules rules;
  CHECK(CountedPodsUnread(job, rules));
  api::Job indexed = job;
  indexed.spec.completion_mode = "Indexed";
  CHECK_FALSE(CountedPodsUnread(indexed, rules));
  api::Job with_policy = job;
  with_policy.spec.pod_failure_policy = api::Json::object({{"rules", api::Json::array()}});
  CHECK_FALSE(CountedPodsUnread(with_policy, rules));
  ControllerRules legacy;
  legacy.legacy_counting = true;
  legacy.finalizer_tracking = false;
  CHECK_FALSE(CountedPodsUnread(job, legacy));
}

TEST_CASE("PlanClaim without ownerReferences: every matching pod of the namespace belongs to the Job") {
  const api::Job job = MakeClaimJob();
  ControllerRules rules;
  rules.owner_references = false;
  const std::vector<std::shared_ptr<const api::Pod>> pods = {
      MakeClaimPod({.name = "a", .controller_uid = ""}), MakeClaimPod({.name = "b", .controller_uid = "other"}),
      MakeClaimPod({.name = "c", .controller_uid = "", .matching = false}),
      MakeClaimPod({.name = "d", .controller_uid = "", .ns = "other"})};
  ClaimCandidates candidates;
  for (const auto& pod : pods) candidates.others.push_back(&pod);
  const ClaimPlan plan = PlanClaim(job, JobSelector(job), candidates, rules);
  CHECK(ClaimNames(plan.owned) == std::vector<std::string>{"a", "b"});
  CHECK(plan.adopt.empty());
  CHECK(plan.release.empty());
}
