// End to end: JobController on a real Store and a (time, seq)-ordered test
// executor, with the test playing kubelet: every pod it sees created runs for
// a while and then ends in the phase the test picks, through UpdateStatus.
#include "controller/job_controller.h"

#include <catch2/catch.hpp>

#include "controller/conditions.h"
#include "fakeapi/well_known.h"
#include "tests/controller/fake_client.h"
#include "tests/controller/sync_harness.h"
#include "tests/support/test_loop.h"

using namespace jobsim;
using namespace jobsim::controller;
using namespace jobsim::controller::test;

namespace {

constexpr int64_t kRunMs = 1'000;

struct Cluster {
  explicit Cluster(ControllerRules rules, std::string end_phase)
      : controller(store, executor, clock, events, rules), end_phase(std::move(end_phase)) {
    store.Create(Namespace("default"));
    kubelet = store.Watch<api::Pod>([this](const api::WatchEvent<api::Pod>& e) {
      if (e.type == api::WatchType::kAdded) Run(e.object->metadata.name);
    });
    controller.Start();
  }
  ~Cluster() { store.StopWatch(kubelet); }

  static api::Namespace Namespace(const std::string& name) {
    api::Namespace ns;
    ns.metadata.name = name;
    return ns;
  }

  // The pod ends in end_phase kRunMs after it was created.
  void Run(const std::string& name) {
    executor.After(kRunMs, [this, name] {
      store.Patch<api::Pod>(
          "default", name,
          [this](api::Pod& pod) {
            const UnixMs now = clock.NowUnixMs() - clock.NowUnixMs() % kMsPerSecond;
            pod.status.phase = end_phase;
            api::ContainerStatus s;
            s.name = "main";
            s.state.emplace<api::ContainerStateTerminated>().finished_at = now;
            s.state.terminated()->exit_code = end_phase == "Succeeded" ? 0 : 1;
            pod.status.container_statuses = {s};
            return api::Status::Ok();
          },
          /*status_only=*/true);
    });
  }

  api::Job CreateJob(int32_t completions, int32_t parallelism, const char* mode = nullptr) {
    api::Job job;
    job.metadata.name = "pi";
    job.spec.completions = completions;
    job.spec.parallelism = parallelism;
    if (mode) job.spec.completion_mode = mode;
    api::Container c;
    c.name = "main";
    c.image = "perl";
    job.spec.template_.spec.Mut().containers.push_back(c);
    job.spec.template_.spec.Mut().restart_policy = "Never";
    auto result = store.Create(job);
    REQUIRE(result.ok());
    return *result.object;
  }

  std::shared_ptr<const api::Job> Job() { return store.Get<api::Job>("default", "pi"); }
  bool JobHas(const char* type) { return Job() && HasTrueCondition(Job()->status.conditions, type); }

  std::vector<std::shared_ptr<const api::Pod>> Pods() {
    std::vector<std::shared_ptr<const api::Pod>> pods;
    store.List(api::ListOptions{}, pods);
    return pods;
  }
  // Creation times of the Job's pods, in seconds since t=0, in order.
  std::vector<int64_t> CreationSeconds() {
    std::vector<int64_t> out;
    for (const auto& pod : Pods()) out.push_back((pod->metadata.creation_timestamp - kEpoch) / kMsPerSecond);
    std::sort(out.begin(), out.end());
    return out;
  }
  std::vector<std::string> JobEvents() {
    std::vector<std::string> out;
    for (const RecordedEvent& e : events.events) out.push_back(e.reason);
    return out;
  }

  VirtualClock clock{kEpoch};
  jobsim::test::TestLoop executor{clock};
  api::Store store{clock, 7, executor, api::ApiRules{}};
  RecordingEvents events;
  JobController controller;
  std::string end_phase;
  api::Store::WatchId kubelet = 0;
};

}  // namespace

TEST_CASE("a Job of 3 completions and parallelism 2 completes (1.33 rules)") {
  Cluster c(ControllerRules{}, "Succeeded");
  c.CreateJob(3, 2);
  REQUIRE(c.executor.RunUntil(60'000, [&] { return c.JobHas(kJobComplete); }));
  const api::JobStatus& status = c.Job()->status;
  CHECK(status.succeeded == 3);
  CHECK(status.failed == 0);
  CHECK(status.active == 0);
  CHECK(status.uncounted_terminated_pods == api::UncountedTerminatedPods{});
  CHECK(ConditionStrings(status.conditions) ==
        std::vector<std::string>{
            "SuccessCriteriaMet=True CompletionsReached \"Reached expected number of succeeded pods\"",
            "Complete=True CompletionsReached \"Reached expected number of succeeded pods\""});
  CHECK(status.completion_time == status.conditions[1].last_transition_time);
  CHECK(c.Pods().size() == 3);
  for (const auto& pod : c.Pods()) CHECK_FALSE(pod->metadata.HasFinalizer(api::kJobTrackingFinalizer));
  // Two pods at t=0; they succeed at 1 s, just before the batched sync for
  // their creation runs (also at 1 s), which creates the third.
  CHECK(c.CreationSeconds() == std::vector<int64_t>{0, 0, 1});
  CHECK(c.JobEvents() ==
        std::vector<std::string>{"SuccessfulCreate", "SuccessfulCreate", "SuccessfulCreate", "Completed"});
}

TEST_CASE("a Never Job whose pods fail hits BackoffLimitExceeded after 7 pods, backing off 10s*2^(n-1) (1.33)") {
  Cluster c(ControllerRules{}, "Failed");
  c.CreateJob(1, 1);
  REQUIRE(c.executor.RunUntil(3'600'000, [&] { return c.JobHas(kJobFailed); }));
  const std::vector<int64_t> created = c.CreationSeconds();
  REQUIRE(created.size() == 7);
  // Each pod fails 1 s after its creation; the next one waits 10 s, 20 s, 40 s, ...
  for (size_t n = 1; n < created.size(); ++n) {
    CHECK(created[n] - (created[n - 1] + 1) == 10 * (int64_t{1} << (n - 1)));
  }
  const api::JobStatus& status = c.Job()->status;
  CHECK(status.failed == 7);
  CHECK(status.active == 0);
  CHECK(ConditionStrings(status.conditions) ==
        std::vector<std::string>{
            "FailureTarget=True BackoffLimitExceeded \"Job has reached the specified backoff limit\"",
            "Failed=True BackoffLimitExceeded \"Job has reached the specified backoff limit\""});
  CHECK(c.JobEvents().back() == "BackoffLimitExceeded");
}

TEST_CASE("with the 1.3 rules failed pods are replaced at once and forever") {
  Cluster c(Rules13(), "Failed");
  c.CreateJob(1, 1);
  c.executor.RunUntil(60'000);
  const std::vector<int64_t> created = c.CreationSeconds();
  // One pod per second of run time: each replacement is created the moment
  // the previous pod fails.
  CHECK(created.size() == 61);
  const api::JobStatus& status = c.Job()->status;
  CHECK(status.failed == 60);
  CHECK(status.active == 1);
  CHECK(status.conditions.empty());
  for (const auto& pod : c.Pods()) CHECK(pod->metadata.owner_references.empty());
}

TEST_CASE("a counted pod the claim skips is still released once its labels stop matching") {
  Cluster c(ControllerRules{}, "Succeeded");
  c.CreateJob(3, 1);
  // The first pod succeeds at 1 s and is counted; the claim of the sync that
  // creates the third pod leaves it out, and so would the later ones.
  REQUIRE(c.executor.RunUntil(60'000, [&] { return c.Pods().size() == 3; }));
  std::string first;
  for (const auto& pod : c.Pods()) {
    if (pod->metadata.creation_timestamp == kEpoch) first = pod->metadata.name;
  }
  REQUIRE_FALSE(c.store.Get<api::Pod>("default", first)->metadata.HasFinalizer(api::kJobTrackingFinalizer));
  REQUIRE(c.store
              .Patch<api::Pod>("default", first,
                               [](api::Pod& pod) {
                                 pod.metadata.labels = api::StringMap{{"app", "elsewhere"}};
                                 return api::Status::Ok();
                               })
              .ok());
  REQUIRE(c.executor.RunUntil(60'000, [&] { return c.JobHas(kJobComplete); }));
  CHECK(c.store.Get<api::Pod>("default", first)->metadata.owner_references.empty());
  CHECK(c.Job()->status.succeeded == 3);
}

TEST_CASE("deleting a Job frees its pods' tracking finalizers") {
  Cluster c(ControllerRules{}, "Running");
  c.CreateJob(1, 1);
  c.executor.RunUntil(5'000);
  REQUIRE(c.Pods().size() == 1);
  REQUIRE(c.Pods()[0]->metadata.HasFinalizer(api::kJobTrackingFinalizer));
  api::DeleteOptions background;
  background.propagation = api::Propagation::kBackground;
  REQUIRE(c.store.Delete<api::Job>("default", "pi", background).ok());
  c.executor.RunUntil(10'000);
  CHECK(c.Job() == nullptr);
  CHECK(c.Pods().empty());
}

TEST_CASE("a Job created again under its name gets pods of its own; the old Job's orphans lose their finalizer") {
  Cluster c(ControllerRules{}, "Running");
  const api::Uid old_uid = c.CreateJob(1, 1).metadata.uid;
  c.executor.RunUntil(5'000);
  REQUIRE(c.Pods().size() == 1);
  const std::string old_pod = c.Pods()[0]->metadata.name;
  api::DeleteOptions orphan;
  orphan.propagation = api::Propagation::kOrphan;
  REQUIRE(c.store.Delete<api::Job>("default", "pi", orphan).ok());
  c.executor.RunUntil(10'000);
  const api::Uid new_uid = c.CreateJob(1, 1).metadata.uid;
  REQUIRE(new_uid != old_uid);
  c.executor.RunUntil(20'000);
  REQUIRE(c.Pods().size() == 2);
  for (const auto& pod : c.Pods()) {
    const api::OwnerReference* ref = pod->metadata.ControllerRef();
    if (pod->metadata.name == old_pod) {
      CHECK(ref == nullptr);
      CHECK_FALSE(pod->metadata.HasFinalizer(api::kJobTrackingFinalizer));
    } else {
      REQUIRE(ref != nullptr);
      CHECK(ref->uid == new_uid);
    }
  }
  CHECK(c.Job()->status.active == 1);
}

TEST_CASE("a restarted controller forgets expectations and back-off but picks the Job up again") {
  Cluster c(ControllerRules{}, "Failed");
  c.CreateJob(1, 1);
  c.executor.RunUntil(5'000);  // pod 1 failed at 1 s; back-off until 11 s
  REQUIRE(c.CreationSeconds() == std::vector<int64_t>{0});
  c.controller.Stop();
  c.controller.Start();
  c.executor.RunUntil(5'000);
  // The back-off record is gone: the replacement comes at once.
  CHECK(c.CreationSeconds() == std::vector<int64_t>{0, 5});
}

TEST_CASE("an Indexed Job runs one pod per index and reports completedIndexes (1.33 rules)") {
  Cluster c(ControllerRules{}, "Succeeded");
  c.CreateJob(3, 2, "Indexed");
  REQUIRE(c.executor.RunUntil(60'000, [&] { return c.JobHas(kJobComplete); }));
  CHECK(c.Job()->status.completed_indexes == "0-2");
  CHECK(c.Job()->status.succeeded == 3);
  std::vector<std::string> hostnames;
  for (const auto& pod : c.Pods()) {
    hostnames.push_back(pod->spec->hostname);
    const std::string& ix = pod->metadata.labels.at(api::kJobCompletionIndex);
    CHECK(pod->metadata.name.rfind("pi-" + ix + "-", 0) == 0);
    CHECK(pod->metadata.name.size() == std::string("pi-0-").size() + 5);
  }
  std::sort(hostnames.begin(), hostnames.end());
  CHECK(hostnames == std::vector<std::string>{"pi-0", "pi-1", "pi-2"});
}

TEST_CASE("a Job managed by another controller gets no pods and no status, one of kubernetes.io/job-controller does") {
  for (const std::string managed_by : {"example.com/custom-controller", "kubernetes.io/job-controller"}) {
    CAPTURE(managed_by);
    Cluster c(ControllerRules{}, "Succeeded");
    api::Job job;
    job.metadata.name = "pi";
    job.spec.managed_by = managed_by;
    job.spec.template_.spec.Mut().containers.push_back(api::Container{.name = "main", .image = "perl"});
    job.spec.template_.spec.Mut().restart_policy = "Never";
    REQUIRE(c.store.Create(job).ok());
    c.executor.RunUntil(60'000);
    const bool ours = managed_by == api::kJobControllerManagedBy;
    CHECK(c.Pods().size() == (ours ? 1u : 0u));
    CHECK(c.JobHas(kJobComplete) == ours);
    CHECK(c.Job()->status.start_time.has_value() == ours);
    CHECK(c.JobEvents().empty() == !ours);
  }
}
