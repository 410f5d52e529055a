// The `jobsim` command:
//   jobsim run FILE [--seed N] [--kubernetes-version V] [--format text|json] [--junit FILE] [--until D]
//   jobsim test DIR [--update]
//   jobsim diff A B SCENARIO [--seed N] [--until D] [--detail jobs|pods|all] [--format text|json] [--width N]
//               [--context N]
//   jobsim serve [SCENARIO] [--address A] [--port N] [--kubernetes-version V] [--speed X | --manual-clock]
//                [--wall-clock-timestamps] [--kubeconfig FILE] [--token T]
//   jobsim clock [advance D | --to T] [--kubeconfig FILE] [--server URL] [--token T]
//   jobsim version
// Exit codes: 0 every check passed, 1 a check failed (or a wait timed out, or a
// suite scenario failed, or diff's timelines diverge), 2 the scenario or the command line is invalid.
// Nothing escapes main: every error becomes a message on stderr and a code.
#include <exception>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "server/serve.h"
#include "sim/base/duration.h"
#include "sim/profile.h"
#include "sim/scenario/diff_render.h"
#include "sim/scenario/parser.h"
#include "sim/scenario/runner.h"
#include "sim/scenario/suite.h"
#include "sim/scenario/transcript.h"
#include "sim/scenario/version_diff.h"

namespace {

using namespace jobsim;

constexpr int kExitOk = 0;
constexpr int kExitChecksFailed = 1;
constexpr int kExitInvalid = 2;
constexpr const char* kVersion = "0.1.0";
constexpr const char* kFeatureGatesHelp =
    "Name=true,Other=false: feature gates of the simulated release, over spec.featureGates";

struct RunFlags {
  std::string file;
  std::optional<uint64_t> seed;
  std::optional<std::string> kubernetes_version;
  std::string feature_gates;
  std::string format = "text";
  std::string junit;
  std::string until;
};

int Run(const RunFlags& flags) {
  scenario::RunOptions options;
  options.seed = flags.seed;
  options.kubernetes_version = flags.kubernetes_version;
  options.feature_gates = flags.feature_gates;
  if (!flags.until.empty()) {
    options.until_ms = ParseDurationMs(flags.until);
    if (!options.until_ms) {
      std::cerr << "jobsim: --until: bad duration \"" << flags.until << "\"\n";
      return kExitInvalid;
    }
  }
  scenario::Scenario parsed;
  if (api::Status st = scenario::LoadScenario(flags.file, parsed); !st.ok()) {
    std::cerr << st.message() << "\n";
    return kExitInvalid;
  }
  scenario::Report report;
  if (api::Status st = scenario::RunScenario(parsed, options, report); !st.ok()) {
    std::cerr << st.message() << "\n";
    return kExitInvalid;
  }
  std::cout << (flags.format == "json" ? scenario::RenderJson(report) : scenario::RenderText(report));
  if (!flags.junit.empty()) {
    std::ofstream junit(flags.junit, std::ios::binary);
    junit << scenario::RenderJunit(report);
    if (!junit) {
      std::cerr << "jobsim: cannot write " << flags.junit << "\n";
      return kExitInvalid;
    }
  }
  return report.failed() == 0 ? kExitOk : kExitChecksFailed;
}

int Main(int argc, char** argv) {
  CLI::App app{"jobsim: a deterministic simulator of the Kubernetes Job controller"};
  app.require_subcommand(1);

  RunFlags run;
  CLI::App* run_cmd = app.add_subcommand("run", "replay one scenario file and print its transcript");
  run_cmd->add_option("file", run.file, "the scenario file")->required();
  run_cmd->add_option("--seed", run.seed, "override spec.seed");
  run_cmd->add_option("--kubernetes-version", run.kubernetes_version, "override spec.kubernetesVersion (1.3 ... 1.33)");
  run_cmd->add_option("--feature-gates", run.feature_gates, kFeatureGatesHelp);
  run_cmd->add_option("--format", run.format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  run_cmd->add_option("--junit", run.junit, "also write JUnit XML, one test case per check, to this file");
  run_cmd->add_option("--until", run.until, "override spec.until (a duration such as 10m)");

  std::string dir;
  scenario::SuiteOptions suite;
  CLI::App* test_cmd = app.add_subcommand("test", "run every scenario in a directory against its golden transcript");
  test_cmd->add_option("dir", dir, "the directory")->required();
  test_cmd->add_flag("--update", suite.update, "rewrite the golden transcripts");

  scenario::DiffCommand diff;
  CLI::App* diff_cmd = app.add_subcommand("diff", "run one scenario under two Kubernetes versions and show where "
                                                  "their timelines diverge (docs/version-diff.md)");
  diff_cmd->add_option("a", diff.version_a, "version A (1.3 ... 1.33), shown on the left")->required();
  diff_cmd->add_option("b", diff.version_b, "version B, shown on the right")->required();
  diff_cmd->add_option("scenario", diff.file, "the scenario file")->required();
  diff_cmd->add_option("--seed", diff.seed, "override spec.seed");
  diff_cmd->add_option("--until", diff.until, "override spec.until (a duration such as 10m)");
  diff_cmd->add_option("--detail", diff.detail, "jobs, pods (default; not the Events about pods) or all")
      ->check(CLI::IsMember({"jobs", "pods", "all"}));
  diff_cmd->add_option("--format", diff.format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  diff_cmd->add_option("--width", diff.width, "text: columns (default 100)")
      ->check(CLI::Range(scenario::kMinDiffWidth, 1000));
  diff_cmd->add_option("--context", diff.context, "text: identical rows shown around a divergence (default 3)")
      ->check(CLI::NonNegativeNumber);

  server::ServeOptions serve;
  CLI::App* serve_cmd = app.add_subcommand("serve", "serve a simulated cluster's Kubernetes API to kubectl and clients");
  serve_cmd->add_option("scenario", serve.scenario,
                        "a scenario file: its version, seed, nodes and runtime model; its steps run as the clock "
                        "passes their times");
  serve_cmd->add_option("--address", serve.address, "the IP address to listen on (default 127.0.0.1)");
  serve_cmd->add_option("--port", serve.port, "the port (default 0: a free port)");
  serve_cmd->add_option("--kubernetes-version", serve.kubernetes_version, "the version to simulate (1.3 ... 1.33)");
  serve_cmd->add_option("--feature-gates", serve.feature_gates, kFeatureGatesHelp);
  CLI::Option* speed = serve_cmd->add_option("--speed", serve.speed, "virtual seconds per real second (default 1)");
  serve_cmd->add_flag("--manual-clock", serve.manual_clock, "virtual time moves only through /jobsim/v1/clock")
      ->excludes(speed);
  serve_cmd->add_flag("--wall-clock-timestamps", serve.wall_clock_timestamps,
                      "serve timestamps as virtual time has them, not moved so that kubectl's own ages follow "
                      "virtual time (the default with --speed or --manual-clock)");
  serve_cmd->add_option("--kubeconfig", serve.kubeconfig, "where to write the kubeconfig (default ./jobsim.kubeconfig)");
  serve_cmd->add_option("--token", serve.token, "require \"Authorization: Bearer TOKEN\" on every request");

  server::ClockOptions clock;
  CLI::App* clock_cmd = app.add_subcommand("clock", "show or move the clock of a running `jobsim serve`");
  CLI::App* advance_cmd = clock_cmd->add_subcommand("advance", "move virtual time forward and run the cluster");
  advance_cmd->add_option("duration", clock.advance, "how far (30s, 5m, 1h30m)")->required();
  advance_cmd->fallthrough();  // `clock advance 30s --kubeconfig F` takes clock's flags too
  clock_cmd->add_option("--to", clock.to, "move virtual time to this RFC 3339 instant");
  clock_cmd->add_option("--kubeconfig", clock.kubeconfig, "the server's kubeconfig (default $KUBECONFIG)");
  clock_cmd->add_option("--server", clock.server, "the server's URL (overrides the kubeconfig)");
  clock_cmd->add_option("--token", clock.token, "the bearer token (overrides the kubeconfig)");

  CLI::App* version_cmd = app.add_subcommand("version", "print the version");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitInvalid;
  }
  if (run_cmd->parsed()) return Run(run);
  if (test_cmd->parsed()) return scenario::RunSuite(dir, suite, std::cout);
  if (diff_cmd->parsed()) return scenario::RunDiffCommand(diff, std::cout, std::cerr);
  if (serve_cmd->parsed()) return server::RunServe(serve, std::cout, std::cerr);
  if (clock_cmd->parsed()) return server::RunClock(clock, std::cout, std::cerr);
  if (version_cmd->parsed()) {
    std::cout << "jobsim " << kVersion << " (Kubernetes 1." << sim::kOldestMinor << " to 1." << sim::kNewestMinor
              << ")\n";
  }
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Main(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "jobsim: internal error: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "jobsim: internal error\n";
  }
  return kExitInvalid;
}
