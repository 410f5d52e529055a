#include "controller/conditions.h"

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::controller;

// upstream TestEnsureJobConditions.
TEST_CASE("the condition upsert rule") {
  constexpr UnixMs kThen = 1735689600000;
  constexpr UnixMs kNow = kThen + 90'500;
  struct Row {
    std::string name;
    std::vector<api::Condition> have;
    std::string status;
    std::string reason;
    std::vector<api::Condition> want;
    bool want_changed;
  };
  const api::Condition true_foo = NewCondition("Suspended", "True", "foo", "", kThen);
  const std::vector<Row> rows = {
      {"append true condition", {}, "True", "foo", {NewCondition("Suspended", "True", "foo", "", kNow)}, true},
      {"append false condition", {}, "False", "foo", {}, false},
      {"update true condition reason", {true_foo}, "True", "bar", {NewCondition("Suspended", "True", "bar", "", kNow)},
       true},
      {"update true condition status", {true_foo}, "False", "foo",
       {NewCondition("Suspended", "False", "foo", "", kNow)}, true},
      {"update false condition status", {NewCondition("Suspended", "False", "foo", "", kThen)}, "True", "foo",
       {NewCondition("Suspended", "True", "foo", "", kNow)}, true},
      {"condition already exists", {true_foo}, "True", "foo", {true_foo}, false},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      std::vector<api::Condition> list = row.have;
      CHECK(EnsureConditionStatus(list, "Suspended", row.status, row.reason, "", kNow) == row.want_changed);
      CHECK(list == row.want);
    }
  }
}

TEST_CASE("condition times are whole seconds") {
  const api::Condition c = NewCondition("Complete", "True", "", "", 1735689600999);
  CHECK(c.last_transition_time == 1735689600000);
  CHECK(c.last_probe_time == 1735689600000);
}

TEST_CASE("a Job is finished by Complete=True or Failed=True only") {
  api::Job job;
  CHECK_FALSE(IsJobFinished(job));
  job.status.conditions.push_back(NewCondition("Failed", "False", "", "", 0));
  job.status.conditions.push_back(NewCondition("FailureTarget", "True", "", "", 0));
  CHECK_FALSE(IsJobFinished(job));
  job.status.conditions.push_back(NewCondition("Complete", "True", "", "", 0));
  CHECK(IsJobFinished(job));
}
