// Updates of a Job's pod template (fakeapi/job_template_update.h): immutable,
// except the scheduling directives of a suspended Job that never started. Rows
// re-describe pkg/registry/batch/job/strategy_test.go TestJobStrategy_ValidateUpdate
// and pkg/apis/batch/validation/validation_test.go TestValidateJobUpdate.
#include "fakeapi/job_template_update.h"
#include "tests/support/cause_texts.h"

#include <functional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::api;

namespace {

constexpr UnixMs kT0 = 1735689600000;  // 2025-01-01T00:00:00Z
const std::string kImmutable = "spec.template: Invalid value: core.PodTemplateSpec{...}: field is immutable";

// Created suspended: never started.
Job Suspended() {
  Job job;
  job.metadata.name = "pi";
  job.spec.suspend = true;
  job.spec.template_.metadata.labels = StringMap{{"job-name", "pi"}};
  job.spec.template_.spec.Mut().restart_policy = "Never";
  return job;
}

Job Started(Job job) {
  job.status.start_time = kT0;
  return job;
}

Job Unsuspended(Job job) {
  job.spec.suspend = false;
  return job;
}

void Set(Job& job, const char* key, Json value) { job.spec.template_.spec.Mut().extra.Mut()[key] = std::move(value); }

Json NodeAffinity(const std::string& zone) {
  return {{"requiredDuringSchedulingIgnoredDuringExecution",
           {{"nodeSelectorTerms",
             {{{"matchExpressions", {{{"key", "zone"}, {"operator", "In"}, {"values", {zone}}}}}}}}}}};
}
Json PodAffinity() {
  return {{"requiredDuringSchedulingIgnoredDuringExecution", {{{"topologyKey", "zone"}}}}};
}

struct Row {
  std::string name;
  Job old;
  std::function<void(Job&)> update;
  std::vector<std::string> want;
  bool directives = true;  // JobMutableNodeSchedulingDirectives (1.23+)
  bool gates = true;       // schedulingGates too (1.27+)
};

std::vector<std::string> Causes(const Row& row) {
  Job updated = row.old;
  row.update(updated);
  ApiRules rules;
  rules.job_mutable_scheduling_directives = row.directives;
  rules.job_mutable_scheduling_gates = row.gates;
  FieldErrors errors;
  ValidateJobTemplateUpdate(row.old, updated, rules, errors);
  return jobsim::testing::CauseTexts(errors.ToStatus("Job.batch", "pi"));
}

void SetNodeSelector(Job& job) { Set(job, "nodeSelector", {{"disktype", "ssd"}}); }

}  // namespace

TEST_CASE("a Job's pod template is immutable but for a suspended Job's scheduling directives") {
  const std::vector<Row> rows = {
      {"an unchanged template passes", Unsuspended(Started(Suspended())), [](Job&) {}, {}},
      {"updating node selector for a suspended Job that never started: allowed", Suspended(), SetNodeSelector, {}},
      {"updating node selector for an unsuspended Job: field is immutable",
       Unsuspended(Suspended()), SetNodeSelector, {kImmutable}},
      {"updating node selector for a suspended Job that started before: field is immutable",
       Started(Suspended()), SetNodeSelector, {kImmutable}},
      {"updating node selector before JobMutableNodeSchedulingDirectives (1.22): field is immutable",
       Suspended(), SetNodeSelector, {kImmutable}, false, false},
      {"adding tolerations: allowed",
       Suspended(),
       [](Job& j) { Set(j, "tolerations", Json::array({{{"key", "gpu"}, {"operator", "Exists"}}})); },
       {}},
      {"changing the template's labels and annotations: allowed",
       Suspended(),
       [](Job& j) {
         j.spec.template_.metadata.labels.Mut()["queue"] = "a";
         j.spec.template_.metadata.annotations = StringMap{{"note", "x"}};
       },
       {}},
      {"adding node affinity: allowed", Suspended(), [](Job& j) { Set(j, "affinity", {{"nodeAffinity", NodeAffinity("a")}}); }, {}},
      {"updating node affinity, pod affinity kept: allowed",
       [] { Job j = Suspended(); Set(j, "affinity", {{"nodeAffinity", NodeAffinity("a")}, {"podAffinity", PodAffinity()}}); return j; }(),
       [](Job& j) { Set(j, "affinity", {{"nodeAffinity", NodeAffinity("b")}, {"podAffinity", PodAffinity()}}); },
       {}},
      {"removing an affinity that had only node affinity: allowed",
       [] { Job j = Suspended(); Set(j, "affinity", {{"nodeAffinity", NodeAffinity("a")}}); return j; }(),
       [](Job& j) { j.spec.template_.spec.Mut().extra.Mut().erase("affinity"); },
       {}},
      {"removing an affinity with pod affinity: field is immutable",
       [] { Job j = Suspended(); Set(j, "affinity", {{"nodeAffinity", NodeAffinity("a")}, {"podAffinity", PodAffinity()}}); return j; }(),
       [](Job& j) { j.spec.template_.spec.Mut().extra.Mut().erase("affinity"); },
       {kImmutable}},
      {"adding pod affinity: field is immutable",
       Suspended(), [](Job& j) { Set(j, "affinity", {{"podAffinity", PodAffinity()}}); }, {kImmutable}},
      {"adding scheduling gates (1.27+): allowed",
       Suspended(), [](Job& j) { Set(j, "schedulingGates", Json::array({{{"name", "kueue"}}})); }, {}},
      {"adding scheduling gates before 1.27: field is immutable",
       Suspended(), [](Job& j) { Set(j, "schedulingGates", Json::array({{{"name", "kueue"}}})); }, {kImmutable}, true,
       false},
      {"changing the restart policy of a suspended Job that never started: field is immutable",
       Suspended(), [](Job& j) { j.spec.template_.spec.Mut().restart_policy = "OnFailure"; }, {kImmutable}},
      {"a node selector together with another change: field is immutable",
       Suspended(),
       [](Job& j) {
         SetNodeSelector(j);
         j.spec.template_.spec.Mut().termination_grace_period_seconds = 5;
       },
       {kImmutable}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    CHECK(Causes(row) == row.want);
  }
}

TEST_CASE("AllowMutableSchedulingDirectives looks at the stored Job") {
  ApiRules rules;
  CHECK(AllowsMutableSchedulingDirectives(Suspended(), rules));
  CHECK_FALSE(AllowsMutableSchedulingDirectives(Started(Suspended()), rules));
  CHECK_FALSE(AllowsMutableSchedulingDirectives(Unsuspended(Suspended()), rules));
  rules.job_mutable_scheduling_directives = false;
  CHECK_FALSE(AllowsMutableSchedulingDirectives(Suspended(), rules));
}
