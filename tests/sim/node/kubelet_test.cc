#include "sim/node/kubelet.h"

#include <catch2/catch.hpp>

#include "sim/node/pi_digits.h"
#include "tests/sim/node/node_fixture.h"

using namespace jobsim;
using namespace jobsim::test;

namespace {

const std::vector<std::string> kPi2000 = {"perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"};
const std::vector<std::string> kPerl1 = {"perl1", "-Mbignum=bpi", "-wle", "print bpi(2000)"};

sim::RuntimeConfig Timing(int64_t schedule_ms, int64_t pull_ms, int64_t start_ms) {
  sim::RuntimeConfig config;
  config.timing.schedule_ms = schedule_ms;
  config.timing.image_pull_ms = pull_ms;
  config.timing.container_start_ms = start_ms;
  return config;
}

std::vector<ElapsedMs> TimesOf(const RecordingEvents& events, const std::string& reason, const std::string& needle) {
  std::vector<ElapsedMs> out;
  for (const auto& e : events.events) {
    if (e.reason == reason && e.message.find(needle) != std::string::npos) out.push_back(e.at_ms);
  }
  return out;
}

}  // namespace

TEST_CASE("a Never pod that succeeds: events in order, status, log") {
  Cluster cluster(sim::KubeletRules{}, Timing(0, 1'000, 500));
  const api::Uid uid = cluster.Create(JobPod("pi", "perl:5.34.0", kPi2000))->metadata.uid;

  cluster.loop.RunUntil(0);
  auto pending = cluster.Get("pi");
  CHECK(pending->status.phase == "Pending");
  CHECK(pending->status.host_ip == "10.0.0.1");
  CHECK(pending->status.pod_ip.empty());
  CHECK(cluster.Container("pi").state.waiting()->reason == "ContainerCreating");

  cluster.loop.RunUntil(1'500);
  auto running = cluster.Get("pi");
  CHECK(running->status.phase == "Running");
  CHECK(running->status.pod_ip == "10.244.0.2");
  CHECK(running->status.start_time == kClusterStart);
  REQUIRE(cluster.Container("pi").state.running());
  CHECK(cluster.Container("pi").state.running()->started_at == kClusterStart + 1'000);
  CHECK(cluster.Container("pi").ready);

  cluster.loop.RunUntil(60'000);
  auto done = cluster.Get("pi");
  CHECK(done->status.phase == "Succeeded");
  const api::ContainerStatus& s = cluster.Container("pi");
  REQUIRE(s.state.terminated());
  CHECK(s.state.terminated()->exit_code == 0);
  CHECK(s.state.terminated()->reason == "Completed");
  CHECK(s.state.terminated()->started_at == kClusterStart + 1'000);
  CHECK(s.state.terminated()->finished_at == kClusterStart + 6'000);  // 6.5 s truncated
  CHECK(s.state.terminated()->container_id->rfind("containerd://", 0) == 0);
  CHECK(s.restart_count == 0);
  CHECK_FALSE(s.ready);
  std::vector<std::string> conditions;
  for (const auto& c : done->status.conditions) conditions.push_back(c.type + "=" + c.status + "/" + c.reason);
  CHECK(conditions == std::vector<std::string>{"PodReadyToStartContainers=False/", "Initialized=True/PodCompleted",
                                               "Ready=False/PodCompleted", "ContainersReady=False/PodCompleted",
                                               "PodScheduled=True/"});
  const std::string* log = cluster.store.ReadLog("default", "pi", "pi", 0);
  REQUIRE(log);
  CHECK(*log == sim::PiToSignificantDigits(2000) + "\n");

  CHECK(cluster.kubelet_events.Lines("pi") ==
        std::vector<std::string>{
            "Pulling: Pulling image \"perl:5.34.0\"",
            "Pulled: Successfully pulled image \"perl:5.34.0\" in 1s (1s including waiting). Image size: 890515456 "
            "bytes.",
            "Created: Created container: pi", "Started: Started container pi"});
  CHECK(cluster.kubelet_events.Times("Started") == std::vector<ElapsedMs>{1'500});
  const RecordedEvent& created = cluster.kubelet_events.events[2];
  CHECK(created.involved.field_path == "spec.containers{pi}");
  CHECK(created.involved.uid == uid);
  CHECK(cluster.scheduler_events.Lines() ==
        std::vector<std::string>{"Scheduled: Successfully assigned default/pi to node-1"});
}

TEST_CASE("a container that ran without output has an empty log, before and after its exit") {
  Cluster cluster(sim::KubeletRules{}, Timing(0, 1'000, 500));
  cluster.Create(JobPod("quiet", "busybox:1.36", {"sleep", "1"}));
  CHECK(cluster.store.ReadLog("default", "quiet", "pi", 0) == nullptr);  // not started yet
  cluster.loop.RunUntil(1'500);
  REQUIRE(cluster.Container("quiet").state.running());
  REQUIRE(cluster.store.ReadLog("default", "quiet", "pi", 0) != nullptr);
  CHECK(cluster.store.ReadLog("default", "quiet", "pi", 0)->empty());
  cluster.loop.RunUntil(5'000);
  CHECK(cluster.Get("quiet")->status.phase == "Succeeded");
  REQUIRE(cluster.store.ReadLog("default", "quiet", "pi", 0) != nullptr);
  CHECK(cluster.store.ReadLog("default", "quiet", "pi", 0)->empty());
}

TEST_CASE("a second pod on the node finds the image present") {
  Cluster cluster(sim::KubeletRules{}, Timing(0, 1'000, 500));
  cluster.Create(JobPod("a", "busybox:1.36", {"sleep", "1"}));
  cluster.loop.RunUntil(5'000);
  cluster.Create(JobPod("b", "busybox:1.36", {"sleep", "1"}));
  cluster.loop.RunUntil(10'000);
  CHECK(cluster.kubelet_events.Lines("b") ==
        std::vector<std::string>{"Pulled: Container image \"busybox:1.36\" already present on machine",
                                 "Created: Created container: pi", "Started: Started container pi"});
  CHECK(cluster.Get("b")->status.pod_ip == "10.244.0.3");
  CHECK(cluster.Get("b")->status.phase == "Succeeded");
  // The node's image store knows references by their normalized name.
  cluster.Create(JobPod("c", "docker.io/library/busybox:1.36", {"true"}));
  cluster.loop.RunUntil(11'000);
  CHECK(cluster.kubelet_events.Lines("c").front() ==
        "Pulled: Container image \"docker.io/library/busybox:1.36\" already present on machine");
}

TEST_CASE("a missing executable under Never fails the pod the era's way") {
  SECTION("containerd: StartError, exit 128") {
    Cluster cluster(sim::KubeletRules{}, Timing(0, 1'000, 500));
    cluster.Create(JobPod("pi", "perl:5.34.0", kPerl1));
    cluster.loop.RunUntil(30'000);
    CHECK(cluster.Get("pi")->status.phase == "Failed");
    const api::ContainerStatus& s = cluster.Container("pi");
    REQUIRE(s.state.terminated());
    CHECK(s.state.terminated()->reason == "StartError");
    CHECK(s.state.terminated()->exit_code == 128);
    CHECK(s.state.terminated()->finished_at == kClusterStart + 1'000);
    CHECK(s.state.terminated()->message.find("exec: \"perl1\": executable file not found in $PATH") != std::string::npos);
    const auto lines = cluster.kubelet_events.Lines("pi");
    REQUIRE(lines.size() == 4);
    CHECK(lines[2] == "Created: Created container: pi");
    CHECK(lines[3].rfind("Failed: Error: failed to create containerd task: ", 0) == 0);
    CHECK(cluster.kubelet_events.events[3].type == "Warning");
    CHECK(cluster.store.ReadLog("default", "pi", "pi", 0) == nullptr);
  }
  SECTION("1.3 docker: ContainerCannotRun, exit 127, the seed's events") {
    Cluster cluster(KubeletRules13(), Timing(150, 800, 500), {"127.0.0.1"});
    cluster.Create(JobPod("pi-fvbql", "index.tenxcloud.com/sdvdxl/perl", kPerl1));
    cluster.loop.RunUntil(30'000);
    auto pod = cluster.Get("pi-fvbql");
    CHECK(pod->status.phase == "Failed");
    const api::ContainerStatus& s = cluster.Container("pi-fvbql");
    REQUIRE(s.state.terminated());
    CHECK(s.state.terminated()->reason == "ContainerCannotRun");
    CHECK(s.state.terminated()->exit_code == 127);
    CHECK(s.state.terminated()->message.empty());
    // docker reports a container that never ran at its creation time
    CHECK(s.state.terminated()->started_at == kClusterStart);
    CHECK(s.state.terminated()->finished_at == kClusterStart);
    CHECK(s.container_id->rfind("docker://", 0) == 0);
    CHECK(s.image == "index.tenxcloud.com/sdvdxl/perl");
    const std::string short_id = s.container_id->substr(9, 12);
    CHECK(cluster.kubelet_events.Lines("pi-fvbql") ==
          std::vector<std::string>{
              "Pulling: pulling image \"index.tenxcloud.com/sdvdxl/perl\"",
              "Pulled: Successfully pulled image \"index.tenxcloud.com/sdvdxl/perl\"",
              "Created: Created container with docker id " + short_id,
              "Failed: Failed to start container with docker id " + short_id +
                  " with error: API error (404): Container command 'perl1' not found or does not exist.\n",
              "FailedSync: Error syncing pod, skipping: failed to \"StartContainer\" for \"pi\" with "
              "RunContainerError: \"runContainer: API error (404): Container command 'perl1' not found or does not "
              "exist.\\n\"\n"});
    std::vector<std::string> conditions;
    for (const auto& c : pod->status.conditions) conditions.push_back(c.type + "=" + c.status);
    CHECK(conditions == std::vector<std::string>{"Initialized=True", "Ready=False", "PodScheduled=True"});
  }
}

TEST_CASE("OnFailure crash loop (modern): restarts 0, 10, 20, 40 s after each finish") {
  sim::RuntimeConfig config = Timing(0, 1'000, 500);
  sim::PodOverride crash;
  crash.attempts = {sim::RunOutcome{.runs_ms = 5'000, .exit_code = 1}};
  config.pods.push_back(crash);
  Cluster cluster(sim::KubeletRules{}, config);
  const auto pod = cluster.Create(JobPod("pi", "busybox:1.36", {"sh", "-c", "exit 1"}, "OnFailure"));
  const std::string ref = "pi_default(" + pod->metadata.uid.str() + ")";

  cluster.loop.RunUntil(12'000);  // the second exit
  const api::ContainerStatus& held = cluster.Container("pi");
  REQUIRE(held.state.waiting());
  CHECK(held.state.waiting()->reason == "CrashLoopBackOff");
  CHECK(held.state.waiting()->message == "back-off 10s restarting failed container=pi pod=" + ref);
  CHECK(held.restart_count == 1);
  REQUIRE(held.last_state.terminated());
  CHECK(held.last_state.terminated()->exit_code == 1);
  CHECK(held.last_state.terminated()->reason == "Error");
  CHECK(cluster.Get("pi")->status.phase == "Running");

  cluster.loop.RunUntil(98'000);
  // finishes at 6.5, 12, 27.5, 53 s; each restart begins 0, 10, 20, 40 s later
  CHECK(cluster.kubelet_events.Times("Created") == std::vector<ElapsedMs>{1'000, 6'500, 22'000, 47'500, 93'000});
  CHECK(cluster.kubelet_events.Times("BackOff") ==
        std::vector<ElapsedMs>{12'000, 27'500, 37'500, 53'000, 63'000, 73'000, 83'000});
  CHECK(cluster.kubelet_events.events.back().message == "Started container pi");  // the restart at 93 s is running
  CHECK(cluster.Container("pi").restart_count == 4);
  const auto backoff = std::find_if(cluster.kubelet_events.events.begin(), cluster.kubelet_events.events.end(),
                                    [](const RecordedEvent& e) { return e.reason == "BackOff"; });
  CHECK(backoff->message == "Back-off restarting failed container pi in pod " + ref);
  CHECK(backoff->type == "Warning");
  CHECK(cluster.store.ReadLog("default", "pi", "pi", 3) != nullptr);
}

TEST_CASE("OnFailure crash loop (1.3): the seed's three attempts, then Back-off 20s, 40s, 1m20s") {
  sim::KubeletRules rules = KubeletRules13();
  rules.container_gc_syncs_unstarted = false;  // the worker's retry alone; the GC's syncs below
  Cluster cluster(rules, Timing(150, 800, 500), {"127.0.0.1"});
  cluster.Create(JobPod("pi-2n6pa", "index.tenxcloud.com/sdvdxl/perl", kPerl1, "OnFailure"));
  cluster.loop.RunUntil(166'000);
  // A failed start is seen at the next sync, 10 s on (no PLEG event for
  // docker's "Created" container): attempts ~11.3 s apart, then the holds.
  CHECK(cluster.kubelet_events.Times("Created") == std::vector<ElapsedMs>{950, 12'250, 23'550, 44'850, 86'150});
  CHECK(TimesOf(cluster.kubelet_events, "FailedSync", "Back-off 20s").size() == 1);
  CHECK(TimesOf(cluster.kubelet_events, "FailedSync", "Back-off 40s").size() == 3);
  CHECK(TimesOf(cluster.kubelet_events, "FailedSync", "Back-off 1m20s").size() == 7);
  CHECK(TimesOf(cluster.kubelet_events, "FailedSync", "RunContainerError").size() == 5);
  CHECK(cluster.kubelet_events.Times("Pulling").size() == 5);  // untagged image: pulled every start
  CHECK(cluster.kubelet_events.Times("BackOff").size() == 11);
  const auto& events = cluster.kubelet_events.events;
  const auto backoff =
      std::find_if(events.begin(), events.end(), [](const RecordedEvent& e) { return e.reason == "BackOff"; });
  CHECK(backoff->message == "Back-off restarting failed docker container");
  CHECK(backoff->involved.field_path == "spec.containers{pi}");
  const api::ContainerStatus& s = cluster.Container("pi-2n6pa");
  CHECK(s.restart_count == 4);
  REQUIRE(s.state.waiting());
  CHECK(s.state.waiting()->reason == "CrashLoopBackOff");
  CHECK(s.state.waiting()->message.rfind("Back-off 1m20s restarting failed container=pi pod=pi-2n6pa_default(", 0) == 0);
  REQUIRE(s.last_state.terminated());
  CHECK(s.last_state.terminated()->reason == "ContainerCannotRun");
  CHECK(cluster.Get("pi-2n6pa")->status.phase == "Running");
  // 80.5 s after the fifth container's creation the sixth attempt pulls again.
  cluster.loop.RunUntil(167'450);
  CHECK(cluster.kubelet_events.Times("Pulling").back() == 166'650);
  CHECK(cluster.kubelet_events.Times("Created").back() == 167'450);
}

// The seed's pod created 35 s after the kubelet's start: its container GC
// passes at 120 s and 180 s each remove a container that never started, and
// each removal syncs the pod at once (a PLEG ContainerDied).
TEST_CASE("OnFailure crash loop (1.3): the container GC's syncs give the seed's 1, 3 and 8 back-off syncs") {
  Cluster cluster(KubeletRules13(), Timing(150, 800, 500), {"127.0.0.1"});
  cluster.loop.RunUntil(35'000);
  cluster.Create(JobPod("pi-2n6pa", "index.tenxcloud.com/sdvdxl/perl", kPerl1, "OnFailure"));
  cluster.loop.RunUntil(203'000);
  // The pass at 120 s: three of the four dead containers are a minute old,
  // the oldest goes; the 40 s hold is over, so the sync restarts at once
  // (0.35 s ahead of the worker's retry).
  CHECK(cluster.kubelet_events.Times("Created") == std::vector<ElapsedMs>{35'950, 47'250, 58'550, 79'850, 120'800});
  CHECK(TimesOf(cluster.kubelet_events, "FailedSync", "Back-off 20s").size() == 1);
  CHECK(TimesOf(cluster.kubelet_events, "FailedSync", "Back-off 40s").size() == 3);
  // The pass at 180 s removes the next one: an eighth sync in the 1m20s hold.
  CHECK(TimesOf(cluster.kubelet_events, "FailedSync", "Back-off 1m20s") ==
        std::vector<ElapsedMs>{131'300, 141'300, 151'300, 161'300, 171'300, 180'000, 190'000, 200'000});
  CHECK(cluster.kubelet_events.Times("BackOff").size() == 12);
  cluster.loop.RunUntil(211'000);
  CHECK(cluster.kubelet_events.Times("Pulling").back() == 210'000);  // 89.2 s after the fifth container
}

TEST_CASE("graceful deletion") {
  SECTION("a program without a SIGTERM handler is killed at the grace end (137)") {
    Cluster cluster(sim::KubeletRules{}, Timing(0, 0, 0));
    cluster.Create(JobPod("pi", "busybox:1.36", {"sleep", "3600"}));
    cluster.loop.RunUntil(10'000);
    REQUIRE(cluster.store.Delete<api::Pod>("default", "pi").ok());
    cluster.loop.RunUntil(10'000);
    CHECK(cluster.kubelet_events.Lines("pi").back() == "Killing: Stopping container pi");
    CHECK(cluster.kubelet_events.Times("Killing") == std::vector<ElapsedMs>{10'000});
    cluster.loop.RunUntil(39'999);
    REQUIRE(cluster.Get("pi"));
    CHECK(cluster.Get("pi")->status.phase == "Running");
    cluster.loop.RunUntil(40'000);
    CHECK_FALSE(cluster.Get("pi"));
  }
  SECTION("a program that dies of SIGTERM exits at once (143); the final status stays while a finalizer holds the pod") {
    sim::RuntimeConfig config = Timing(0, 0, 0);
    config.programs.push_back(
        {{}, "server", sim::RunOutcome{.runs_forever = true, .sigterm = {sim::SigtermHandling::Kind::kDie}}});
    config.images["server"] = sim::ImageSpec{{"server"}};
    Cluster cluster(sim::KubeletRules{}, config);
    api::Pod pod = JobPod("web", "server:1", {"server"}, "OnFailure");
    pod.metadata.finalizers = {"batch.kubernetes.io/job-tracking"};
    cluster.Create(pod);
    cluster.loop.RunUntil(5'000);
    REQUIRE(cluster.store.Delete<api::Pod>("default", "web").ok());
    cluster.loop.RunUntil(5'000);
    auto gone = cluster.Get("web");
    REQUIRE(gone);
    CHECK(gone->status.phase == "Failed");
    CHECK(gone->metadata.deletion_grace_period_seconds == 0);
    REQUIRE(gone->status.container_statuses[0].state.terminated());
    CHECK(gone->status.container_statuses[0].state.terminated()->exit_code == 143);
    CHECK(gone->status.container_statuses[0].state.terminated()->reason == "Error");
  }
  SECTION("a program that traps SIGTERM and exits 0 in time: Completed, the pod Succeeded") {
    sim::RuntimeConfig config = Timing(0, 0, 0);
    sim::PodOverride trap;
    trap.attempts = {sim::RunOutcome{.runs_ms = 3'600'000, .sigterm = {sim::SigtermHandling::Kind::kTrap, 20'000, 0}}};
    config.pods.push_back(trap);
    Cluster cluster(sim::KubeletRules{}, config);
    api::Pod pod = JobPod("pi", "busybox:1.36", {"sleep", "3600"});
    pod.metadata.finalizers = {"batch.kubernetes.io/job-tracking"};
    cluster.Create(pod);
    cluster.loop.RunUntil(10'000);
    REQUIRE(cluster.store.Delete<api::Pod>("default", "pi").ok());
    cluster.loop.RunUntil(29'999);
    CHECK(cluster.Get("pi")->status.container_statuses[0].state.running());
    cluster.loop.RunUntil(30'000);
    const auto done = cluster.Get("pi");
    CHECK(done->status.phase == "Succeeded");
    REQUIRE(done->status.container_statuses[0].state.terminated());
    CHECK(done->status.container_statuses[0].state.terminated()->exit_code == 0);
    CHECK(done->status.container_statuses[0].state.terminated()->reason == "Completed");
  }
  SECTION("before 1.27 a deleted OnFailure pod keeps phase Running") {
    sim::KubeletRules rules;
    rules.terminal_phase_on_deletion = false;
    Cluster cluster(rules, Timing(0, 0, 0));
    api::Pod pod = JobPod("pi", "busybox:1.36", {"sleep", "3600"}, "OnFailure");
    pod.metadata.finalizers = {"batch.kubernetes.io/job-tracking"};
    pod.spec.Mut().termination_grace_period_seconds = 1;
    cluster.Create(pod);
    cluster.loop.RunUntil(1'000);
    REQUIRE(cluster.store.Delete<api::Pod>("default", "pi").ok());
    cluster.loop.RunUntil(2'999);
    CHECK(cluster.Get("pi")->status.container_statuses[0].state.running());  // the 2 s minimum grace
    cluster.loop.RunUntil(3'000);
    CHECK(cluster.Get("pi")->status.phase == "Running");
    CHECK(cluster.Get("pi")->status.container_statuses[0].state.terminated()->exit_code == 137);
  }
}

// The worker's own status writes come back as watch events it skips
// (sim/node/held_versions.h); one that carries a deletion it had not seen yet
// must still start the termination.
TEST_CASE("a deletion the worker's own status write brings back terminates the pod") {
  Cluster cluster(sim::KubeletRules{}, Timing(0, 0, 5'000));
  // Due at 5 s ahead of the container's start: the delete is stored first,
  // the Started status write answers with the deletion, its event comes after.
  cluster.loop.After(5'000, [&] { REQUIRE(cluster.store.Delete<api::Pod>("default", "pi").ok()); });
  cluster.Create(JobPod("pi", "busybox:1.36", {"sleep", "3600"}));
  cluster.loop.RunUntil(5'000);
  CHECK(cluster.kubelet_events.Times("Started") == std::vector<ElapsedMs>{5'000});
  CHECK(cluster.kubelet_events.Times("Killing") == std::vector<ElapsedMs>{5'000});
  cluster.loop.RunUntil(35'000);
  CHECK_FALSE(cluster.Get("pi"));
}

TEST_CASE("kill fault: the container exits with the given code and reason, then the restart policy applies") {
  SECTION("OnFailure: OOMKilled, restarted at once") {
    Cluster cluster(sim::KubeletRules{}, Timing(0, 0, 0));
    cluster.Create(JobPod("pi", "busybox:1.36", {"sleep", "3600"}, "OnFailure"));
    cluster.loop.RunUntil(10'000);
    CHECK(cluster.kubelet(0).KillContainer("default", "pi", "pi", 137, "OOMKilled").ok());
    cluster.loop.RunUntil(10'000);
    const api::ContainerStatus& s = cluster.Container("pi");
    CHECK(s.restart_count == 1);
    REQUIRE(s.state.running());
    REQUIRE(s.last_state.terminated());
    CHECK(s.last_state.terminated()->reason == "OOMKilled");
    CHECK(s.last_state.terminated()->exit_code == 137);
  }
  SECTION("Never: the pod fails") {
    Cluster cluster(sim::KubeletRules{}, Timing(0, 0, 0));
    cluster.Create(JobPod("pi", "busybox:1.36", {"sleep", "3600"}));
    cluster.loop.RunUntil(10'000);
    CHECK(cluster.kubelet(0).KillContainer("default", "pi", "pi", 137, "OOMKilled").ok());
    cluster.loop.RunUntil(10'000);
    CHECK(cluster.Get("pi")->status.phase == "Failed");
    CHECK(cluster.Container("pi").state.terminated()->reason == "OOMKilled");
    CHECK_FALSE(cluster.kubelet(0).KillContainer("default", "pi", "pi", 137, "").ok());
  }
  SECTION("errors for unknown pods and containers") {
    Cluster cluster(sim::KubeletRules{}, Timing(0, 0, 0));
    cluster.Create(JobPod("pi", "busybox:1.36", {"sleep", "3600"}));
    cluster.loop.RunUntil(1'000);
    CHECK(cluster.kubelet(0).KillContainer("default", "nope", "pi", 1, "").IsNotFound());
    CHECK(cluster.kubelet(0).KillContainer("default", "pi", "nope", 1, "").code() == 400);
  }
}

TEST_CASE("activeDeadlineSeconds fails the pod with DeadlineExceeded and stops its containers") {
  Cluster cluster(sim::KubeletRules{}, Timing(0, 0, 0));
  api::Pod pod = JobPod("pi", "busybox:1.36", {"sleep", "3600"}, "OnFailure");
  pod.spec.Mut().active_deadline_seconds = 5;
  cluster.Create(pod);
  cluster.loop.RunUntil(5'000);
  auto failed = cluster.Get("pi");
  CHECK(failed->status.phase == "Failed");
  CHECK(failed->status.reason == "DeadlineExceeded");
  CHECK(failed->status.message == "Pod was active on the node longer than the specified deadline");
  const auto lines = cluster.kubelet_events.Lines("pi");
  REQUIRE(lines.size() >= 2);
  CHECK(lines[lines.size() - 2] == "DeadlineExceeded: Pod was active on the node longer than the specified deadline");
  CHECK(lines.back() == "Killing: Stopping container pi");
  cluster.loop.RunUntil(35'000);
  CHECK(cluster.Container("pi").state.terminated()->exit_code == 137);
  CHECK(cluster.Get("pi")->status.reason == "DeadlineExceeded");
}

TEST_CASE("init containers run one after another before the regular containers") {
  Cluster cluster(sim::KubeletRules{}, Timing(0, 0, 0));
  api::Pod pod = JobPod("pi", "busybox:1.36", {"sleep", "1"});
  pod.spec.Mut().init_containers = {api::Container{.name = "setup", .image = "busybox:1.36", .command = {"sleep", "2"}},
                              api::Container{.name = "check", .image = "busybox:1.36", .command = {"true"}}};
  cluster.Create(pod);
  cluster.loop.RunUntil(0);
  CHECK(cluster.Container("pi").state.waiting()->reason == "PodInitializing");
  cluster.loop.RunUntil(10'000);
  std::vector<std::string> started;
  for (const auto& e : cluster.kubelet_events.events) {
    if (e.reason == "Started") started.push_back(e.involved.field_path + "@" + std::to_string(e.at_ms));
  }
  CHECK(started == std::vector<std::string>{"spec.initContainers{setup}@0", "spec.initContainers{check}@2000",
                                            "spec.containers{pi}@2000"});
  CHECK(cluster.Get("pi")->status.phase == "Succeeded");
}

TEST_CASE("a failing init container fails a Never pod") {
  Cluster cluster(sim::KubeletRules{}, Timing(0, 0, 0));
  api::Pod pod = JobPod("pi", "busybox:1.36", {"sleep", "1"});
  pod.spec.Mut().init_containers = {api::Container{.name = "setup", .image = "busybox:1.36", .command = {"false"}}};
  cluster.Create(pod);
  cluster.loop.RunUntil(10'000);
  CHECK(cluster.Get("pi")->status.phase == "Failed");
  CHECK(cluster.Container("pi").state.waiting()->reason == "PodInitializing");
  CHECK(cluster.kubelet_events.Times("Started").size() == 1);
}

TEST_CASE("a native sidecar starts before the main container and is stopped when it finishes") {
  Cluster cluster(sim::KubeletRules{}, Timing(0, 0, 0));
  api::Pod pod = JobPod("pi", "busybox:1.36", {"sleep", "5"});
  api::Container sidecar{.name = "proxy", .image = "busybox:1.36", .command = {"sleep", "infinity"}};
  sidecar.restart_policy = "Always";
  pod.spec.Mut().init_containers = {sidecar};
  cluster.Create(pod);
  cluster.loop.RunUntil(5'000);
  CHECK(cluster.Get("pi")->status.phase == "Running");  // the sidecar is being stopped
  CHECK(cluster.kubelet_events.Lines("pi").back() == "Killing: Stopping container proxy");
  cluster.loop.RunUntil(35'000);
  auto done = cluster.Get("pi");
  CHECK(done->status.phase == "Succeeded");
  CHECK(done->status.init_container_statuses[0].state.terminated()->exit_code == 137);
}

TEST_CASE("imagePullPolicy Never without the image: ErrImageNeverPull, retried") {
  Cluster cluster(sim::KubeletRules{}, Timing(0, 0, 0));
  api::Pod pod = JobPod("pi", "busybox:1.36", {"true"});
  pod.spec.Mut().containers.Mut()[0].image_pull_policy = "Never";
  cluster.Create(pod);
  cluster.loop.RunUntil(25'000);
  const api::ContainerStatus& s = cluster.Container("pi");
  CHECK(s.state.waiting()->reason == "ErrImageNeverPull");
  CHECK(s.state.waiting()->message == "Container image \"busybox:1.36\" is not present with pull policy of Never");
  CHECK(cluster.Get("pi")->status.phase == "Pending");
  CHECK(cluster.kubelet_events.Times("ErrImageNeverPull") == std::vector<ElapsedMs>{0, 10'000, 20'000});
}

TEST_CASE("the same cluster replays byte for byte") {
  auto run = [] {
    sim::RuntimeConfig config = Timing(100, 700, 300);
    sim::PodOverride flaky;
    flaky.attempts = {sim::RunOutcome{.runs_ms = 2'000}};
    flaky.failure_rate = Ratio{1, 2};
    config.pods.push_back(flaky);
    Cluster cluster(sim::KubeletRules{}, config, {"node-1", "node-2"});
    for (int i = 0; i < 6; ++i) cluster.Create(JobPod("p" + std::to_string(i), "busybox:1.36", {"true"}, "OnFailure"));
    cluster.loop.RunUntil(120'000);
    std::string out;
    for (const auto& e : cluster.kubelet_events.events) {
      out += std::to_string(e.at_ms) + " " + e.involved.name + " " + e.reason + " " + e.message + "\n";
    }
    for (int i = 0; i < 6; ++i) out += cluster.Get("p" + std::to_string(i))->status.container_statuses[0].container_id;
    return out;
  };
  const std::string first = run();
  CHECK(first == run());
  CHECK(first.find("BackOff") != std::string::npos);
}

TEST_CASE("cut off from the API server the kubelet runs its pods on but reports nothing until it is back") {
  Cluster cluster(sim::KubeletRules{}, Timing(0, 1'000, 500));
  cluster.Create(JobPod("pi", "busybox:1.36", {"sleep", "10"}));
  cluster.loop.RunUntil(2'000);
  REQUIRE(cluster.Get("pi")->status.phase == "Running");
  const size_t events_before = cluster.kubelet_events.events.size();

  cluster.kubelet().SetApiReachable(false);
  cluster.store.Patch<api::Node>(  // what the node lifecycle controller writes after its grace period
      "", "node-1",
      [](api::Node& n) {
        n.status.conditions[0].status = "Unknown";
        return api::Status::Ok();
      },
      /*status_only=*/true);
  cluster.loop.RunUntil(60'000);  // the container exited at 11.5 s
  CHECK(cluster.Get("pi")->status.phase == "Running");
  CHECK(cluster.kubelet_events.events.size() == events_before);

  cluster.kubelet().SetApiReachable(true);
  cluster.loop.RunUntil(60'000);
  CHECK(cluster.Get("pi")->status.phase == "Succeeded");
  REQUIRE(cluster.Container("pi").state.terminated());
  CHECK(cluster.Container("pi").state.terminated()->finished_at == kClusterStart + 11'000);
  auto node = cluster.store.Get<api::Node>("", "node-1");
  CHECK(node->status.conditions[0].status == "True");
  CHECK(node->status.conditions[0].reason == "KubeletReady");
  CHECK(node->status.conditions[0].last_transition_time == kClusterStart + 60'000);
  const auto& last = cluster.kubelet_events.events.back();
  CHECK(last.reason == "NodeReady");
  CHECK(last.message == "Node node-1 status is now: NodeReady");
  CHECK(last.involved.kind == "Node");
  CHECK(last.involved.uid == "node-1");
}

TEST_CASE("a pod deleted while its kubelet is cut off stays Terminating until the kubelet is back") {
  Cluster cluster(sim::KubeletRules{}, Timing(0, 1'000, 500));
  cluster.Create(JobPod("pi", "busybox:1.36", {"sleep", "3600"}));
  cluster.loop.RunUntil(2'000);
  cluster.kubelet().SetApiReachable(false);
  REQUIRE(cluster.store.Delete<api::Pod>("default", "pi").ok());
  cluster.loop.RunUntil(300'000);
  auto terminating = cluster.Get("pi");
  REQUIRE(terminating);
  CHECK(terminating->metadata.deletion_timestamp);
  CHECK(terminating->status.phase == "Running");

  cluster.kubelet().SetApiReachable(true);
  cluster.loop.RunUntil(300'000);
  CHECK(cluster.kubelet_events.Lines("pi").back() == "Killing: Stopping container pi");
  cluster.loop.RunUntil(329'999);
  CHECK(cluster.Get("pi"));
  cluster.loop.RunUntil(330'000);  // sleep ignores SIGTERM: killed at the end of the 30 s grace period
  CHECK_FALSE(cluster.Get("pi"));
}

TEST_CASE("a pod that finished while its kubelet was cut off and was deleted meanwhile goes once it is reported") {
  Cluster cluster(sim::KubeletRules{}, Timing(0, 1'000, 500));
  cluster.Create(JobPod("pi", "busybox:1.36", {"sleep", "10"}));
  cluster.loop.RunUntil(2'000);
  cluster.kubelet().SetApiReachable(false);
  cluster.loop.RunUntil(30'000);
  REQUIRE(cluster.store.Delete<api::Pod>("default", "pi").ok());  // Running in the API: graceful
  cluster.loop.RunUntil(100'000);
  REQUIRE(cluster.Get("pi"));
  api::Store::WatchId watch = cluster.store.Watch<api::Pod>([&](const api::WatchEvent<api::Pod>& e) {
    if (e.type == api::WatchType::kModified) CHECK(e.object->status.phase == "Succeeded");
  });
  cluster.kubelet().SetApiReachable(true);
  cluster.loop.RunUntil(100'000);
  CHECK_FALSE(cluster.Get("pi"));
  cluster.store.StopWatch(watch);
}
