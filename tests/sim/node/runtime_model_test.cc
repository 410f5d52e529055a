#include "sim/node/runtime_model.h"

#include <catch2/catch.hpp>

#include "fakeapi/well_known.h"

using namespace jobsim;
using namespace jobsim::sim;

namespace {

api::Pod PodWith(std::string image, std::vector<std::string> command, std::vector<std::string> args = {}) {
  api::Pod pod;
  pod.metadata.name = "pi-x2kqz";
  pod.metadata.namespace_ = "default";
  pod.metadata.labels = {{api::kLegacyJobNameLabel, "pi"}, {api::kJobNameLabel, "pi"}};
  api::Container c;
  c.name = "pi";
  c.image = std::move(image);
  c.command = std::move(command);
  c.args = std::move(args);
  pod.spec.Mut().containers.push_back(c);
  return pod;
}

ContainerRun RunOnce(RuntimeModel& model, const api::Pod& pod) { return model.NextRun(pod, pod.spec->containers[0]); }

KubeletRules RulesFor(ContainerRuntime runtime) {
  KubeletRules rules;
  rules.runtime = runtime;
  return rules;
}

}  // namespace

TEST_CASE("built-in programs behave as in a shell") {
  struct Row {
    std::string name;
    std::string image;
    std::vector<std::string> command;
    std::vector<std::string> args;
    int64_t runs_ms;
    int32_t exit_code;
    std::string stdout_text;
    bool forever = false;
  };
  const std::vector<Row> rows = {
      {"sleep 5 sleeps five seconds", "busybox", {"sleep", "5"}, {}, 5'000, 0, ""},
      {"sleep takes fractions", "busybox:1.36", {"sleep", "0.25"}, {}, 250, 0, ""},
      {"sleep takes unit suffixes and sums its operands", "ubuntu", {"sleep", "1m", "2"}, {}, 62'000, 0, ""},
      {"sleep rejects a malformed number", "busybox", {"sleep", "soon"}, {}, 0, 1, "sleep: invalid number 'soon'\n"},
      {"true", "alpine", {"true"}, {}, 0, 0, ""},
      {"false", "alpine", {"/bin/false"}, {}, 0, 1, ""},
      {"echo prints its arguments", "busybox", {"echo", "hello", "world"}, {}, 0, 0, "hello world\n"},
      {"args alone are the command", "busybox", {}, {"sleep", "3"}, 3'000, 0, ""},
      {"no command runs the image's default sh, which exits at once", "busybox", {}, {}, 0, 0, ""},
      {"sh -c exit N", "busybox", {"sh", "-c", "exit 3"}, {}, 0, 3, ""},
      {"a script of echo, sleep and exit",
       "busybox",
       {"sh", "-c", "echo start; sleep 2; exit 4"},
       {},
       2'000,
       4,
       "start\n"},
      {"&& and || follow the status", "busybox", {"sh", "-c", "false && echo x || echo y"}, {}, 0, 0, "y\n"},
      {"shell builtins such as cd succeed", "busybox", {"sh", "-c", "cd /tmp && echo ok"}, {}, 0, 0, "ok\n"},
      {"busybox sh reports a missing command",
       "busybox",
       {"sh", "-c", "perl1 -v"},
       {},
       0,
       127,
       "sh: perl1: not found\n"},
      {"dash reports a missing command with its line",
       "debian",
       {"/bin/sh", "-c", "echo a\nperl1"},
       {},
       0,
       127,
       "a\n/bin/sh: 2: perl1: not found\n"},
      {"bash reports a missing command",
       "ubuntu",
       {"bash", "-c", "perl1"},
       {},
       0,
       127,
       "bash: line 1: perl1: command not found\n"},
      {"perl prints pi with bignum",
       "perl:5.34.0",
       {"perl", "-Mbignum=bpi", "-wle", "print bpi(10)"},
       {},
       1'000,
       0,
       "3.141592654\n"},
      {"perl without bignum dies",
       "perl",
       {"perl", "-wle", "print bpi(10)"},
       {},
       0,
       255,
       "Undefined subroutine &main::bpi called at -e line 1.\n"},
      {"a perl program jobsim cannot read runs the default time",
       "perl",
       {"perl", "-e", "print 1+1"},
       {},
       5'000,
       0,
       ""},
      {"a script's perl runs inside the shell",
       "perl",
       {"sh", "-c", "perl -Mbignum=bpi -le 'print bpi(3)'; exit 0"},
       {},
       1'000,
       0,
       "3.14\n"},
      {"tail -f runs forever", "busybox", {"tail", "-f", "/dev/null"}, {}, 0, 0, "", true},
      {"sleep infinity runs forever", "debian", {"sleep", "infinity"}, {}, 0, 0, "", true},
      {"another utility of the image exits 0 at once", "busybox", {"date"}, {}, 0, 0, ""},
      {"an unknown image runs any command for the default time",
       "registry.local/worker:7",
       {"work", "--hard"},
       {},
       5'000,
       0,
       ""},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      RuntimeModel model(RuntimeConfig{}, KubeletRules{}, 1);
      const ContainerRun run = RunOnce(model, PodWith(row.image, row.command, row.args));
      REQUIRE_FALSE(run.start_failure);
      CHECK(run.outcome.runs_forever == row.forever);
      if (!row.forever) CHECK(run.outcome.runs_ms == row.runs_ms);
      CHECK(run.outcome.exit_code == row.exit_code);
      CHECK(run.outcome.stdout_text == row.stdout_text);
    }
  }
}

TEST_CASE("bpi(2000) prints 2001 characters and runs five seconds") {
  RuntimeModel model(RuntimeConfig{}, KubeletRules{}, 1);
  const ContainerRun run = RunOnce(model, PodWith("perl", {"perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"}));
  CHECK(run.outcome.runs_ms == 5'000);
  CHECK(run.outcome.stdout_text.size() == 2002);
}

TEST_CASE("an executable the image lacks fails to start the era's way") {
  struct Row {
    std::string name;
    ContainerRuntime runtime;
    std::string image;
    std::string executable;
    std::string reason;
    int32_t exit_code;
    std::string message;
    std::string error;
    bool times_at_creation;
  };
  const std::string runc =
      "failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: "
      "unable to start container process: error during container init: ";
  const std::string docker = "OCI runtime create failed: container_linux.go:348: starting container process caused ";
  const std::vector<Row> rows = {
      {"containerd: StartError 128 with the runc message", ContainerRuntime::kContainerd, "perl:5.34.0", "perl1",
       "StartError", 128, runc + "exec: \"perl1\": executable file not found in $PATH: unknown",
       runc + "exec: \"perl1\": executable file not found in $PATH: unknown", false},
      {"containerd: a missing path is a stat error", ContainerRuntime::kContainerd, "busybox", "/bin/perl1",
       "StartError", 128, runc + "exec: \"/bin/perl1\": stat /bin/perl1: no such file or directory: unknown",
       runc + "exec: \"/bin/perl1\": stat /bin/perl1: no such file or directory: unknown", false},
      {"dockershim: ContainerCannotRun 127 with docker's OCI message", ContainerRuntime::kDocker, "perl", "perl1",
       "ContainerCannotRun", 127, docker + "\"exec: \\\"perl1\\\": executable file not found in $PATH\": unknown",
       "Error response from daemon: " + docker + "\"exec: \\\"perl1\\\": executable file not found in $PATH\": unknown",
       true},
      {"docker 1.11: the seed's API error (404), an empty terminated message", ContainerRuntime::kDockerLegacy,
       "index.tenxcloud.com/sdvdxl/perl", "perl1", "ContainerCannotRun", 127, "",
       "API error (404): Container command 'perl1' not found or does not exist.\n", true},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      RuntimeModel model(RuntimeConfig{}, RulesFor(row.runtime), 1);
      const ContainerRun run =
          RunOnce(model, PodWith(row.image, {row.executable, "-Mbignum=bpi", "-wle", "print bpi(2000)"}));
      REQUIRE(run.start_failure);
      CHECK(run.start_failure->reason == row.reason);
      CHECK(run.start_failure->exit_code == row.exit_code);
      CHECK(run.start_failure->message == row.message);
      CHECK(run.start_failure->error == row.error);
      CHECK(run.start_failure->times_at_creation == row.times_at_creation);
    }
  }
}

TEST_CASE("scenario images and programs override the catalogue") {
  RuntimeConfig config;
  config.images["worker"] = ImageSpec{{"worker", "sh"}};
  config.images["busybox:1.36"] = ImageSpec{{"sh"}};
  config.programs.push_back({{"worker", "--fast"}, "", RunOutcome{.runs_ms = 2'000, .exit_code = 0}});
  config.programs.push_back({{}, "worker", RunOutcome{.runs_ms = 9'000, .exit_code = 3, .stdout_text = "x\n"}});
  config.programs.push_back({{}, "worker", RunOutcome{.runs_ms = 1, .exit_code = 1}});
  config.programs.push_back({{"sleep", "1"}, "", RunOutcome{.runs_ms = 42}});

  struct Row {
    std::string name;
    std::string image;
    std::vector<std::string> command;
    bool start_failure;
    int64_t runs_ms;
    int32_t exit_code;
  };
  const std::vector<Row> rows = {
      {"an exact argv rule", "registry.io/team/worker:2", {"worker", "--fast"}, false, 2'000, 0},
      {"the first executable rule wins", "registry.io/team/worker:2", {"/usr/bin/worker", "--slow"}, false, 9'000, 3},
      {"a declared image lacks what it does not list", "registry.io/team/worker:2", {"sleep", "1"}, true, 0, 0},
      {"a full-name entry replaces the catalogue's busybox", "busybox:1.36", {"sleep", "1"}, true, 0, 0},
      {"other busybox tags keep the catalogue and the rule applies", "busybox:1.35", {"sleep", "1"}, false, 42, 0},
      {"a declared image runs the built-in programs", "worker", {"sh", "-c", "exit 2"}, false, 0, 2},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      RuntimeModel model(config, KubeletRules{}, 1);
      const ContainerRun run = RunOnce(model, PodWith(row.image, row.command));
      CHECK(run.start_failure.has_value() == row.start_failure);
      if (!row.start_failure) {
        CHECK(run.outcome.runs_ms == row.runs_ms);
        CHECK(run.outcome.exit_code == row.exit_code);
      }
    }
  }
}

TEST_CASE("pod overrides: attempts in request order, the last repeating, counted per override") {
  RuntimeConfig config;
  PodOverride first;
  first.match.job = "pi";
  first.attempts = {RunOutcome{.runs_ms = 5'000, .exit_code = 1}, RunOutcome{.runs_ms = 3'000, .exit_code = 0}};
  config.pods.push_back(first);
  RuntimeModel model(config, KubeletRules{}, 1);
  api::Pod a = PodWith("perl", {"perl1"});  // the override wins over the missing executable
  api::Pod b = PodWith("perl", {"perl1"});
  b.metadata.name = "pi-b";
  std::vector<std::pair<int64_t, int32_t>> runs;
  for (const api::Pod* pod : {&a, &b, &a, &b}) {
    const ContainerRun run = RunOnce(model, *pod);
    REQUIRE_FALSE(run.start_failure);
    runs.emplace_back(run.outcome.runs_ms, run.outcome.exit_code);
  }
  CHECK(runs == std::vector<std::pair<int64_t, int32_t>>{{5'000, 1}, {3'000, 0}, {3'000, 0}, {3'000, 0}});
}

TEST_CASE("pod matches: labels, job, completion index, container") {
  api::Pod pod = PodWith("busybox", {"true"});
  pod.metadata.labels.Mut()["team"] = "a";
  pod.metadata.annotations.Mut()[api::kJobCompletionIndex] = "3";
  const api::Container& c = pod.spec->containers[0];
  struct Row {
    std::string name;
    PodMatch match;
    bool want;
  };
  const std::vector<Row> rows = {
      {"{} matches everything", PodMatch{}, true},
      {"job by the job-name label", PodMatch{.job = "pi"}, true},
      {"another job", PodMatch{.job = "other"}, false},
      {"labels must all match", PodMatch{.labels = {{"team", "a"}, {"job-name", "pi"}}}, true},
      {"a differing label", PodMatch{.labels = {{"team", "b"}}}, false},
      {"the completion index from the annotation", PodMatch{.index = 3}, true},
      {"another index", PodMatch{.index = 2}, false},
      {"the container name", PodMatch{.container = "pi"}, true},
      {"another container", PodMatch{.container = "sidecar"}, false},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) { CHECK(PodMatches(row.match, pod, c) == row.want); }
  }
}

TEST_CASE("failureRate turns attempts into exit 1, reproducibly from the seed") {
  auto draws = [](uint64_t seed, Ratio rate) {
    RuntimeConfig config;
    PodOverride all;
    all.attempts = {RunOutcome{.runs_ms = 10'000, .exit_code = 0}};
    all.failure_rate = rate;
    config.pods.push_back(all);
    RuntimeModel model(config, KubeletRules{}, seed);
    api::Pod pod = PodWith("busybox", {"sleep", "10"});
    std::string out;
    for (int i = 0; i < 64; ++i) {
      const ContainerRun run = RunOnce(model, pod);
      CHECK(run.outcome.runs_ms == 10'000);
      out += run.outcome.exit_code == 1 ? '1' : '0';
    }
    return out;
  };
  CHECK(draws(7, Ratio{0, 1}) == std::string(64, '0'));
  CHECK(draws(7, Ratio{1, 1}) == std::string(64, '1'));
  const std::string half = draws(7, Ratio{1, 2});
  CHECK(half == draws(7, Ratio{1, 2}));
  CHECK(half != draws(8, Ratio{1, 2}));
  const auto failures = std::count(half.begin(), half.end(), '1');
  CHECK(failures > 16);
  CHECK(failures < 48);
}

TEST_CASE("a failure rate without attempts keeps a start failure") {
  RuntimeConfig config;
  PodOverride flaky;
  flaky.failure_rate = Ratio{1, 1};
  config.pods.push_back(flaky);
  RuntimeModel model(config, KubeletRules{}, 1);
  CHECK(RunOnce(model, PodWith("perl", {"perl1"})).start_failure);
  const ContainerRun run = RunOnce(model, PodWith("busybox", {"sleep", "2"}));
  REQUIRE_FALSE(run.start_failure);
  CHECK(run.outcome.exit_code == 1);
  CHECK(run.outcome.runs_ms == 2'000);
}
