#include "kubectl/pod_status.h"

#include <catch2/catch.hpp>

#include "tests/kubectl/fixtures.h"

using namespace jobsim;
using namespace jobsim::kubectl;
using namespace jobsim::kubectl::test;

namespace {

constexpr UnixMs kNow = kSeedStart + 600 * kSecond;

api::ContainerStatus Waiting(const std::string& name, const std::string& reason, int restarts = 0) {
  api::ContainerStatus s;
  s.name = name;
  s.state = api::ContainerStateWaiting{reason, ""};
  s.restart_count = restarts;
  return s;
}

api::ContainerStatus Running(const std::string& name, bool ready, int restarts = 0) {
  api::ContainerStatus s;
  s.name = name;
  s.state = api::ContainerStateRunning{kSeedStart};
  s.ready = ready;
  s.restart_count = restarts;
  return s;
}

api::ContainerStatus Terminated(const std::string& name, int exit_code, const std::string& reason, int signal = 0) {
  api::ContainerStatus s;
  s.name = name;
  api::ContainerStateTerminated t;
  t.exit_code = exit_code;
  t.reason = reason;
  t.signal = signal;
  s.state = t;
  return s;
}

api::Pod MakePod(const std::string& phase, std::vector<api::ContainerStatus> statuses) {
  api::Pod pod;
  pod.metadata.name = "p";
  pod.status.phase = phase;
  for (const auto& s : statuses) pod.spec.Mut().containers.push_back(api::Container{.name = s.name, .image = "busybox"});
  pod.status.container_statuses = std::move(statuses);
  return pod;
}

api::Pod WithInit(api::Pod pod, std::vector<api::ContainerStatus> init, bool sidecar = false) {
  for (const auto& s : init) {
    api::Container c{.name = s.name, .image = "busybox"};
    if (sidecar) c.restart_policy = "Always";
    pod.spec.Mut().init_containers.push_back(c);
  }
  pod.status.init_container_statuses = std::move(init);
  return pod;
}

api::Pod WithCondition(api::Pod pod, const std::string& type, const std::string& status,
                       const std::string& reason = "") {
  pod.status.conditions.push_back(api::Condition{.type = type, .status = status, .reason = reason});
  return pod;
}

api::Pod Deleted(api::Pod pod, const std::string& reason = "") {
  pod.metadata.deletion_timestamp = kNow;
  pod.status.reason = reason;
  return pod;
}

struct Row {
  std::string name;
  api::Pod pod;
  std::string ready, status, restarts;
};

}  // namespace

TEST_CASE("printPod STATUS / READY / RESTARTS (1.33)") {
  api::ContainerStatus crashed = Waiting("a", "CrashLoopBackOff", 3);
  crashed.last_state =
      api::ContainerStateTerminated{.exit_code = 1, .reason = "Error", .finished_at = kNow - 45 * kSecond};
  const std::vector<Row> rows = {
      {"a pending pod without statuses shows its phase", MakePod("Pending", {}), "0/0", "Pending", "0"},
      {"a waiting container's reason wins", MakePod("Pending", {Waiting("a", "ContainerCreating")}), "0/1",
       "ContainerCreating", "0"},
      {"a ready running container counts as ready", MakePod("Running", {Running("a", true)}), "1/1", "Running", "0"},
      {"restarts show the age of the last termination", MakePod("Running", {crashed}), "0/1", "CrashLoopBackOff",
       "3 (45s ago)"},
      {"a terminated reason shows as is", MakePod("Failed", {Terminated("a", 128, "StartError")}), "0/1", "StartError",
       "0"},
      {"a terminated container without a reason shows its exit code", MakePod("Failed", {Terminated("a", 2, "")}),
       "0/1", "ExitCode:2", "0"},
      {"... or its signal", MakePod("Failed", {Terminated("a", 137, "", 9)}), "0/1", "Signal:9", "0"},
      {"the alphabetically first container with a reason decides",
       MakePod("Running", {Waiting("a", "ErrImagePull"), Waiting("b", "CrashLoopBackOff")}), "0/2", "ErrImagePull",
       "0"},
      {"Completed with a running container is Running when the pod is Ready",
       WithCondition(MakePod("Running", {Terminated("a", 0, "Completed"), Running("b", true)}), "Ready", "True"), "1/2",
       "Running", "0"},
      {"Completed with a running container is NotReady otherwise",
       MakePod("Running", {Terminated("a", 0, "Completed"), Running("b", true)}), "1/2", "NotReady", "0"},
      {"an init container still running is Init:i/N",
       WithInit(MakePod("Pending", {Waiting("a", "PodInitializing")}), {Running("i0", false)}), "0/1", "Init:0/1", "0"},
      {"a failing init container shows Init:<reason>",
       WithInit(MakePod("Pending", {Waiting("a", "PodInitializing")}), {Waiting("i0", "CrashLoopBackOff", 2)}), "0/1",
       "Init:CrashLoopBackOff", "2"},
      {"an init container that failed without a reason shows Init:ExitCode",
       WithInit(MakePod("Failed", {Waiting("a", "PodInitializing")}), {Terminated("i0", 3, "")}), "0/1",
       "Init:ExitCode:3", "0"},
      {"a started sidecar counts towards READY and the total",
       WithInit(MakePod("Running", {Running("a", true)}), {[] {
                  auto s = Running("s", true);
                  s.started = true;
                  return s;
                }()},
                true),
       "2/2", "Running", "0"},
      {"a scheduling-gated pod says so",
       WithCondition(MakePod("Pending", {}), "PodScheduled", "False", "SchedulingGated"), "0/0", "SchedulingGated",
       "0"},
      {"pod-level reasons survive without container reasons",
       [] {
         auto p = MakePod("Failed", {});
         p.status.reason = "Evicted";
         return p;
       }(),
       "0/0", "Evicted", "0"},
      {"a deleted running pod is Terminating", Deleted(MakePod("Running", {Running("a", true)})), "1/1", "Terminating",
       "0"},
      {"a deleted pod on a lost node is Unknown", Deleted(MakePod("Running", {Running("a", true)}), "NodeLost"), "1/1",
       "Unknown", "0"},
      {"a deleted pod in a terminal phase keeps its status (1.31+)",
       Deleted(MakePod("Failed", {Terminated("a", 1, "Error")})), "0/1", "Error", "0"},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      const PodStatusCells cells = ComputePodStatus(row.pod, kNow, PodStatusRules{});
      CHECK(cells.ready == row.ready);
      CHECK(cells.status == row.status);
      CHECK(cells.restarts == row.restarts);
    }
  }
}

TEST_CASE("printPod before 1.22 and 1.31") {
  api::ContainerStatus crashed = Waiting("a", "CrashLoopBackOff", 3);
  crashed.last_state = api::ContainerStateTerminated{.exit_code = 1, .finished_at = kNow - 45 * kSecond};
  PodStatusRules old;
  old.restarts_with_age = false;
  old.terminating_excludes_terminal_phase = false;
  CHECK(ComputePodStatus(MakePod("Running", {crashed}), kNow, old).restarts == "3");
  CHECK(ComputePodStatus(Deleted(MakePod("Failed", {Terminated("a", 1, "Error")})), kNow, old).status == "Terminating");
}

TEST_CASE("printPodBase (1.3): phase, then the container walk, then Terminating; no init or Completed fix-ups") {
  PodStatusRules legacy;
  legacy.legacy = true;
  legacy.restarts_with_age = false;
  const PodStatusCells creating =
      ComputePodStatus(MakePod("Pending", {Waiting("pi", "ContainerCreating")}), kNow, legacy);
  CHECK(creating.ready == "0/1");
  CHECK(creating.status == "ContainerCreating");
  CHECK(creating.restarts == "0");
  const api::Pod completed =
      WithCondition(MakePod("Running", {Terminated("a", 0, "Completed"), Running("b", true)}), "Ready", "True");
  CHECK(ComputePodStatus(completed, kNow, legacy).status == "Completed");
  CHECK(ComputePodStatus(Deleted(MakePod("Failed", {Terminated("a", 1, "Error")})), kNow, legacy).status ==
        "Terminating");
  api::ContainerStatus crashed = Waiting("pi", "CrashLoopBackOff", 5);
  crashed.last_state = api::ContainerStateTerminated{.exit_code = 1, .finished_at = kNow - kSecond};
  CHECK(ComputePodStatus(MakePod("Running", {crashed}), kNow, legacy).restarts == "5");
}
