// The TTL-after-finished controller: the pure decision per Job
// (pkg/controller/ttlafterfinished/ttlafterfinished_controller_test.go
// TestTimeLeft and needsCleanup cases, re-described), and the actor on a real
// Store: a timer at the expiry, a fresh read, a Foreground DELETE that takes
// the pods first and the Job last.
#include "controller/ttl_after_finished.h"

#include <catch2/catch.hpp>

#include "controller/ttl_after_finished_controller.h"
#include "fakeapi/well_known.h"
#include "tests/support/test_loop.h"

using namespace jobsim;
using namespace jobsim::controller;

namespace {

constexpr UnixMs kEpoch = 1735689600000;  // 2025-01-01T00:00:00Z
constexpr int64_t kSecond = kMsPerSecond;

api::Condition Cond(const std::string& type, const std::string& status, UnixMs at) {
  api::Condition c;
  c.type = type;
  c.status = status;
  c.last_probe_time = c.last_transition_time = at;
  return c;
}

struct Row {
  std::string name;
  std::optional<int32_t> ttl;
  std::vector<api::Condition> conditions;
  bool deleting = false;
  UnixMs now = kEpoch;
  TtlDecision want;
};

}  // namespace

TEST_CASE("DecideTtl: which Jobs are deleted, when") {
  const UnixMs t0 = kEpoch;
  const std::vector<Row> rows = {
      {.name = "no TTL: never deleted", .conditions = {Cond("Complete", "True", t0)}, .now = t0 + 3600 * kSecond},
      {.name = "TTL but not finished: nothing yet", .ttl = 0, .conditions = {}},
      {.name = "Complete=False is not finished", .ttl = 0, .conditions = {Cond("Complete", "False", t0)}},
      {.name = "SuccessCriteriaMet alone is not finished", .ttl = 0, .conditions = {Cond("SuccessCriteriaMet", "True", t0)}},
      {.name = "being deleted already: left alone",
       .ttl = 0,
       .conditions = {Cond("Complete", "True", t0)},
       .deleting = true},
      {.name = "TTL 0: deleted as soon as it finished",
       .ttl = 0,
       .conditions = {Cond("Complete", "True", t0)},
       .now = t0,
       .want = {TtlAction::kDeleteNow}},
      {.name = "Complete 10 s ago, TTL 100 s: 90 s to go",
       .ttl = 100,
       .conditions = {Cond("Complete", "True", t0)},
       .now = t0 + 10 * kSecond,
       .want = {TtlAction::kRequeueAfter, 90 * kSecond}},
      {.name = "exactly at finish + TTL: deleted",
       .ttl = 100,
       .conditions = {Cond("Complete", "True", t0)},
       .now = t0 + 100 * kSecond,
       .want = {TtlAction::kDeleteNow}},
      {.name = "Failed counts as finished",
       .ttl = 5,
       .conditions = {Cond("FailureTarget", "True", t0), Cond("Failed", "True", t0 + kSecond)},
       .now = t0 + 2 * kSecond,
       .want = {TtlAction::kRequeueAfter, 4 * kSecond}},
      {.name = "the first finished condition gives the finish time",
       .ttl = 10,
       .conditions = {Cond("Complete", "False", t0), Cond("Complete", "True", t0 + 5 * kSecond)},
       .now = t0 + 5 * kSecond,
       .want = {TtlAction::kRequeueAfter, 10 * kSecond}},
      {.name = "finished in the future (clock skew): the wait is longer",
       .ttl = 10,
       .conditions = {Cond("Complete", "True", t0 + 60 * kSecond)},
       .now = t0,
       .want = {TtlAction::kRequeueAfter, 70 * kSecond}},
      {.name = "no finish time: an error, retried",
       .ttl = 10,
       .conditions = {Cond("Complete", "True", 0)},
       .want = {TtlAction::kError, 0, "unable to find the time when the Job default/pi finished"}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    api::Job job;
    job.metadata.name = "pi";
    job.metadata.namespace_ = "default";
    job.spec.ttl_seconds_after_finished = row.ttl;
    job.status.conditions = row.conditions;
    if (row.deleting) job.metadata.deletion_timestamp = t0;
    CHECK(DecideTtl(job, row.now) == row.want);
  }
}

namespace {

// A Store, the TTL controller, and the test writing Job status as the Job
// controller would. Watch events of Jobs and Pods are recorded in order.
struct Cluster {
  Cluster() {
    api::Namespace ns;
    ns.metadata.name = "default";
    store.Create(ns);
    watches.push_back(store.Watch<api::Job>([this](const api::WatchEvent<api::Job>& e) {
      const bool foreground = e.object->metadata.HasFinalizer(api::kForegroundFinalizer);
      seen.push_back(std::string(api::WatchTypeName(e.type)) + " job" + (foreground ? " (foregroundDeletion)" : ""));
    }));
    watches.push_back(store.Watch<api::Pod>([this](const api::WatchEvent<api::Pod>& e) {
      seen.push_back(std::string(api::WatchTypeName(e.type)) + " pod");
    }));
    ttl.Start();
  }
  ~Cluster() {
    for (auto id : watches) store.StopWatch(id);
  }

  void CreateJob(int32_t ttl_seconds) {
    api::Job job;
    job.metadata.name = "pi";
    job.spec.ttl_seconds_after_finished = ttl_seconds;
    job.spec.template_.spec.Mut().containers.push_back(api::Container{.name = "main", .image = "perl"});
    job.spec.template_.spec.Mut().restart_policy = "Never";
    auto created = store.Create(job);
    REQUIRE(created.ok());
    api::Pod pod;
    pod.metadata.name = "pi-abcde";
    pod.metadata.owner_references.push_back({"batch/v1", "Job", "pi", created.object->metadata.uid.str(), true, true});
    pod.spec.Mut().containers.push_back(api::Container{.name = "main", .image = "perl"});
    REQUIRE(store.Create(pod).ok());
  }

  // Complete now, as the Job controller writes it.
  void Complete() {
    auto job = store.Get<api::Job>("default", "pi");
    api::Job done = *job;
    const UnixMs now = clock.NowUnixMs() - clock.NowUnixMs() % kMsPerSecond;
    done.status.start_time = kEpoch;
    done.status.completion_time = now;
    done.status.succeeded = 1;
    done.status.conditions = {Cond("SuccessCriteriaMet", "True", now), Cond("Complete", "True", now)};
    REQUIRE(store.UpdateStatus(done).ok());
  }

  void SetTtl(int32_t ttl_seconds) {
    REQUIRE(store
                .Patch<api::Job>("default", "pi",
                                 [&](api::Job& j) {
                                   j.spec.ttl_seconds_after_finished = ttl_seconds;
                                   return api::Status::Ok();
                                 })
                .ok());
  }

  bool JobExists() { return store.Get<api::Job>("default", "pi") != nullptr; }
  bool PodExists() { return store.Get<api::Pod>("default", "pi-abcde") != nullptr; }

  VirtualClock clock{kEpoch};
  jobsim::test::TestLoop executor{clock};
  api::Store store{clock, 7, executor, api::ApiRules{}};
  TtlAfterFinishedController ttl{store, executor, clock};
  std::vector<api::Store::WatchId> watches;
  std::vector<std::string> seen;
};

}  // namespace

TEST_CASE("a finished Job is deleted at finish + TTL, its pods first (Foreground)") {
  Cluster c;
  c.CreateJob(30);
  c.executor.RunUntil(10 * kSecond);
  c.Complete();
  c.executor.RunUntil(10 * kSecond);
  CHECK(c.ttl.TEST_queue().ParkedUntil("default/pi") == 40 * kSecond);
  c.executor.RunUntil(40 * kSecond - 1);
  CHECK(c.JobExists());
  CHECK(c.PodExists());
  c.seen.clear();
  c.executor.RunUntil(40 * kSecond);
  CHECK_FALSE(c.JobExists());
  CHECK_FALSE(c.PodExists());
  CHECK(c.seen == std::vector<std::string>{"MODIFIED job (foregroundDeletion)", "DELETED pod", "DELETED job"});
}

TEST_CASE("a TTL raised before expiry is read again: the Job waits for the new one") {
  Cluster c;
  c.CreateJob(30);
  c.Complete();
  c.executor.RunUntil(20 * kSecond);
  c.SetTtl(60);
  c.executor.RunUntil(30 * kSecond);
  CHECK(c.JobExists());
  CHECK(c.ttl.TEST_queue().ParkedUntil("default/pi") == 60 * kSecond);
  c.executor.RunUntil(60 * kSecond);
  CHECK_FALSE(c.JobExists());
}

TEST_CASE("TTL 0: an unfinished Job is never queued, a finished one goes at once") {
  Cluster c;
  c.CreateJob(0);
  c.executor.RunUntil(3600 * kSecond);
  CHECK(c.JobExists());
  CHECK_FALSE(c.ttl.TEST_queue().ParkedUntil("default/pi"));
  c.Complete();
  c.executor.RunUntil(3600 * kSecond);
  CHECK_FALSE(c.JobExists());
  CHECK_FALSE(c.PodExists());
}
