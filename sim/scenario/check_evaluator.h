// Decides the checks of an `expect` step against the cluster as it is at the
// current virtual time: objects are read through the API (as JSON, the way a
// client sees them), kubectl checks run the profile's kubectl. Reading never
// changes the cluster, so evaluating a check twice gives the same result.
#pragma once

#include "fakeapi/store.h"
#include "sim/profile.h"
#include "sim/scenario/api_client.h"
#include "sim/scenario/report.h"
#include "sim/scenario/scenario.h"
#include "sim/scenario/verdict.h"

namespace jobsim::scenario {

class CheckEvaluator {
 public:
  CheckEvaluator(const ApiClient& client, api::Store& store, const sim::Profile& profile)
      : client_(client), store_(store), profile_(profile) {}

  CheckResult Evaluate(const Check& check, int64_t now_ms) const;

  // Pieces the runner's waits share.
  Verdict FieldVerdict(const FieldCheck& check) const;
  // Empty when the condition holds; else what is wrong ("no Complete condition").
  std::string ConditionProblem(const ConditionCheck& check) const;

 private:
  void Decide(const FieldCheck& check, CheckResult& out) const;
  void Decide(const ObjectsCheck& check, CheckResult& out) const;
  void Decide(const ConditionCheck& check, CheckResult& out) const;
  void Decide(const EventsCheck& check, CheckResult& out) const;
  void Decide(const TimeCheck& check, CheckResult& out) const;
  void Decide(const KubectlCheck& check, CheckResult& out) const;

  const ApiClient& client_;
  api::Store& store_;
  const sim::Profile& profile_;
};

// Subjects as reports print them: "job/pi status.failed", "pods -l job-name=pi phase=Failed".
std::string Subject(const Check& check);

}  // namespace jobsim::scenario
