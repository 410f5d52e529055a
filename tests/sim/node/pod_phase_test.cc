#include "sim/node/pod_phase.h"

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::sim;

namespace {

// Compact container states for the table:
//   "-"  no status          "R"  running (started)   "r" running, not started
//   "W"  waiting            "T0"/"T1" terminated with exit 0/1
//   "W0"/"W1" waiting with a last termination exit 0/1
api::ContainerStatus Status(const std::string& name, const std::string& code) {
  api::ContainerStatus s;
  s.name = name;
  if (code == "R" || code == "r") {
    s.state = api::ContainerStateRunning{1};
    s.started = code == "R";
  } else if (code == "W") {
    s.state = api::ContainerStateWaiting{"ContainerCreating", ""};
  } else if (code[0] == 'T') {
    s.state = api::ContainerStateTerminated{.exit_code = code[1] - '0'};
  } else if (code[0] == 'W') {
    s.state = api::ContainerStateWaiting{"CrashLoopBackOff", ""};
    s.last_state = api::ContainerStateTerminated{.exit_code = code[1] - '0'};
  }
  return s;
}

struct Row {
  std::string name;
  std::string policy;
  std::vector<std::string> init;     // init container states ("s:" prefix: a sidecar)
  std::vector<std::string> regular;  // regular container states
  std::string want;
  bool terminal = false;
  bool has_initialized = false;
  bool legacy = false;  // before the terminal-phase rule (1.27)
};

std::string Phase(const Row& row) {
  api::PodSpec spec;
  spec.restart_policy = row.policy;
  std::vector<api::ContainerStatus> init, regular;
  for (size_t i = 0; i < row.init.size(); ++i) {
    api::Container c;
    c.name = "init" + std::to_string(i);
    std::string code = row.init[i];
    if (code.rfind("s:", 0) == 0) {
      c.restart_policy = "Always";
      code = code.substr(2);
    }
    spec.init_containers.push_back(c);
    if (code != "-") init.push_back(Status(c.name, code));
  }
  for (size_t i = 0; i < row.regular.size(); ++i) {
    api::Container c;
    c.name = "c" + std::to_string(i);
    spec.containers.push_back(c);
    if (row.regular[i] != "-") regular.push_back(Status(c.name, row.regular[i]));
  }
  PhaseInput in;
  in.spec = &spec;
  in.init_statuses = &init;
  in.statuses = &regular;
  in.pod_is_terminal = row.terminal;
  in.pod_has_initialized = row.has_initialized;
  in.terminal_phase_on_deletion = !row.legacy;
  return PodPhase(in);
}

}  // namespace

TEST_CASE("getPhase: the reference table (section 2.1)") {
  const std::vector<Row> rows = {
      {"Never: all exited 0", "Never", {}, {"T0", "T0"}, "Succeeded"},
      {"Never: all exited, one non-zero", "Never", {}, {"T0", "T1"}, "Failed"},
      {"Never: one failed, another still running", "Never", {}, {"T1", "R"}, "Running"},
      {"Never: an init container failed", "Never", {"T1"}, {"-"}, "Failed"},
      {"OnFailure: crash-looping", "OnFailure", {}, {"W1"}, "Running"},
      {"OnFailure: all exited 0", "OnFailure", {}, {"T0"}, "Succeeded"},
      {"OnFailure: exited non-zero before the restart", "OnFailure", {}, {"T1"}, "Running"},
      {"waiting without a last state is Pending", "OnFailure", {}, {"W"}, "Pending"},
      {"no status at all is Pending", "Never", {}, {"-"}, "Pending"},
      {"running with an unknown container is Pending", "Never", {}, {"R", "-"}, "Pending"},
      {"Always: all stopped is Running", "Always", {}, {"T0"}, "Running"},
      {"waiting after exit 0 counts stopped, not succeeded", "OnFailure", {}, {"W0", "T0"}, "Running"},
      {"an init container running keeps the pod Pending", "Never", {"R"}, {"-"}, "Pending"},
      {"an init container restarting after a failure (OnFailure)", "OnFailure", {"W1"}, {"-"}, "Pending"},
      {"init done, regular running", "Never", {"T0"}, {"R"}, "Running"},
      {"a sidecar's exit is ignored", "Never", {"s:T1"}, {"T0"}, "Succeeded"},
      {"a running sidecar keeps a finished pod Running", "Never", {"s:R"}, {"T0"}, "Running"},
      {"a sidecar not yet started keeps the pod Pending", "Never", {"s:r"}, {"-"}, "Pending"},
      {"... unless a regular container has started", "Never", {"s:r"}, {"R"}, "Running", false, true},
      {"deleted OnFailure pod: terminal, all killed", "OnFailure", {}, {"T1"}, "Failed", true},
      {"deleted Always pod: terminal, all exited 0", "Always", {}, {"T0"}, "Succeeded", true},
      {"before 1.27 a deleted OnFailure pod stays Running", "OnFailure", {}, {"T1"}, "Running", true, false, true},
      {"a never-started deleted pod stays Pending", "OnFailure", {}, {"W"}, "Pending", true},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) { CHECK(Phase(row) == row.want); }
  }
}
