#include "sim/scenario/object_changes.h"

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::scenario;

namespace {

api::Condition Cond(const std::string& type, const std::string& status, const std::string& reason = "",
                    const std::string& message = "", UnixMs probe = 0) {
  api::Condition c;
  c.type = type;
  c.status = status;
  c.reason = reason;
  c.message = message;
  c.last_probe_time = c.last_transition_time = probe;
  return c;
}

api::Job JobWith(int32_t active, int32_t failed, std::optional<int32_t> ready = std::nullopt,
                 std::vector<api::Condition> conditions = {}) {
  api::Job job;
  job.status.active = active;
  job.status.failed = failed;
  job.status.ready = ready;
  job.status.conditions = std::move(conditions);
  return job;
}

api::Pod PodWith(const std::string& phase, const std::string& reason = "", int32_t restarts = 0) {
  api::Pod pod;
  pod.status.phase = phase;
  pod.status.reason = reason;
  api::ContainerStatus c;
  c.name = "pi";
  c.restart_count = restarts;
  pod.status.container_statuses = std::vector<api::ContainerStatus>{c};
  return pod;
}

}  // namespace

TEST_CASE("what changed in a Job") {
  struct Row {
    std::string name;
    std::optional<api::Job> before;
    api::Job after;
    std::vector<std::string> want;
  };
  api::Job deleting = JobWith(1, 0);
  deleting.metadata.deletion_timestamp = 1;
  const std::vector<Row> rows = {
      {"a new Job with an empty status is created, nothing else", std::nullopt, JobWith(0, 0), {"created"}},
      {"a new Job that already has counts", std::nullopt, JobWith(1, 0, 0),
       {"created", "status.active=1", "status.ready=0"}},
      {"nothing changed", JobWith(1, 0), JobWith(1, 0), {}},
      {"counts in the order of the status fields", JobWith(1, 0), JobWith(0, 1, 0),
       {"status.active=0", "status.ready=0", "status.failed=1"}},
      {"a count the API stops reporting", JobWith(1, 0, 1), JobWith(1, 0), {"status.ready unset"}},
      {"a condition appears", JobWith(0, 6),
       JobWith(0, 6, std::nullopt,
               {Cond("Failed", "True", "BackoffLimitExceeded", "Job has reached the specified backoff limit")}),
       {"condition Failed=True BackoffLimitExceeded: Job has reached the specified backoff limit"}},
      {"a condition without reason or message", JobWith(0, 0), JobWith(0, 0, std::nullopt, {Cond("Complete", "True")}),
       {"condition Complete=True"}},
      {"a condition changes status",
       JobWith(0, 0, std::nullopt, {Cond("Suspended", "True", "JobSuspended", "Job suspended")}),
       JobWith(0, 0, std::nullopt, {Cond("Suspended", "False", "JobResumed", "Job resumed")}),
       {"condition Suspended=False JobResumed: Job resumed"}},
      {"a condition probed again is no news", JobWith(0, 0, std::nullopt, {Cond("Complete", "True", "", "", 1000)}),
       JobWith(0, 0, std::nullopt, {Cond("Complete", "True", "", "", 2000)}), {}},
      {"a condition removed", JobWith(0, 0, std::nullopt, {Cond("Suspended", "True")}), JobWith(0, 0),
       {"condition Suspended removed"}},
      {"deletion requested", JobWith(1, 0), deleting, {"terminating"}},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      CHECK(JobChanges(row.before ? &*row.before : nullptr, row.after) == row.want);
    }
  }
}

TEST_CASE("what changed in a Pod") {
  struct Row {
    std::string name;
    std::optional<api::Pod> before;
    api::Pod after;
    std::vector<std::string> want;
  };
  api::Pod deleting = PodWith("Running");
  deleting.metadata.deletion_timestamp = 1;
  const std::vector<Row> rows = {
      {"a pod is created Pending", std::nullopt, PodWith("Pending"), {"created"}},
      {"a pod created with no phase yet", std::nullopt, PodWith(""), {"created"}},
      {"it runs", PodWith("Pending"), PodWith("Running"), {"phase Running"}},
      {"it fails, with the pod's reason", PodWith("Running"), PodWith("Failed", "DeadlineExceeded"),
       {"phase Failed (DeadlineExceeded)"}},
      {"a container restarts", PodWith("Running", "", 1), PodWith("Running", "", 2), {"restarts 2"}},
      {"a status write that changes neither", PodWith("Running"), PodWith("Running"), {}},
      {"deletion requested", PodWith("Running"), deleting, {"terminating"}},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      CHECK(PodChanges(row.before ? &*row.before : nullptr, row.after) == row.want);
    }
  }
}

TEST_CASE("a Job's final status in one line") {
  CHECK(JobStatusLine(JobWith(1, 41).status) == "active=1 succeeded=0 failed=41");
  CHECK(JobStatusLine(JobWith(0, 7, 0,
                              {Cond("FailureTarget", "True", "BackoffLimitExceeded"),
                               Cond("Failed", "True", "BackoffLimitExceeded"), Cond("Suspended", "False")})
                          .status) ==
        "active=0 ready=0 succeeded=0 failed=7; FailureTarget (BackoffLimitExceeded), Failed (BackoffLimitExceeded)");
  api::JobStatus indexed;
  indexed.succeeded = 3;
  indexed.completed_indexes = "0-2";
  indexed.failed_indexes = "3";
  CHECK(JobStatusLine(indexed) == "active=0 succeeded=3 failed=0 completedIndexes=0-2 failedIndexes=3");
}
