#include "server/serve.h"

#include <csignal>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>

#include <fmt/format.h>

#include "server/api_server.h"
#include "server/http_client.h"
#include "server/http_listener.h"
#include "server/kubeconfig.h"
#include "server/pacer.h"
#include "server/served_scenario.h"
#include "server/simulation_thread.h"
#include "sim/scenario/controller_manager.h"
#include "sim/scenario/feature_gate_settings.h"
#include "sim/scenario/parser.h"

namespace jobsim::server {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitInvalid = 2;
// Two I/O threads: one keeps accepting and writing while the other is busy.
constexpr int kIoThreads = 2;

// The World a served cluster starts from: the scenario's cluster if one is
// given (version, feature gates, controller-manager flags, seed, nodes, runtime
// model), the flags winning. The
// scenario's startTime is not used: a served cluster starts now.
api::Status MakeWorldOptions(const ServeOptions& options, const scenario::Scenario* scenario,
                             sim::WorldOptions& world) {
  std::string version = fmt::format("1.{}", sim::kNewestMinor);
  if (scenario) {
    if (!scenario->kubernetes_version.empty()) version = scenario->kubernetes_version;
    world.seed = scenario->seed;
    world.nodes = scenario->nodes;
    world.node_labels = scenario->node_labels;
    world.runtime = scenario->runtime;
  }
  version = options.kubernetes_version.value_or(version);
  if (api::Status st = sim::LookupProfile(version, world.profile); !st.ok()) {
    return api::Status::BadRequest("--kubernetes-version: " + st.message());
  }
  if (api::Status st = scenario::ApplyRunFeatureGates(scenario, options.feature_gates, world.profile); !st.ok()) {
    return st;
  }
  if (scenario) scenario::ApplyControllerManager(*scenario, world.profile);
  world.start_unix_ms = Pacer::WallClockNowMs();
  return api::Status::Ok();
}

// Virtual ms per real second, in thousandths (0 = manual).
api::Status SpeedMilli(const ServeOptions& options, int64_t& out) {
  if (options.manual_clock) {
    if (options.speed) return api::Status::BadRequest("--speed and --manual-clock exclude each other");
    out = 0;
    return api::Status::Ok();
  }
  const double speed = options.speed.value_or(1.0);
  if (!(speed > 0) || speed > 1e6) return api::Status::BadRequest("--speed: want a number > 0 (60 = a minute per second)");
  out = std::max<int64_t>(1, std::llround(speed * 1000));
  return api::Status::Ok();
}

std::string ClockText(int64_t speed_milli) {
  if (speed_milli == 0) return "manual (POST /jobsim/v1/clock, or `jobsim clock advance 30s`)";
  if (speed_milli == 1000) return "real time";
  return fmt::format("x{:g}", static_cast<double>(speed_milli) / 1000.0);
}

// Blocks SIGINT and SIGTERM in every thread started after this, so that
// WaitForSignal receives them.
sigset_t BlockStopSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  return set;
}

}  // namespace

int RunServe(const ServeOptions& options, std::ostream& out, std::ostream& err) {
  std::optional<scenario::Scenario> parsed;
  sim::WorldOptions world_options;
  int64_t speed_milli = 0;
  api::Status st;
  if (!options.scenario.empty()) st = scenario::LoadScenario(options.scenario, parsed.emplace());
  if (st.ok()) st = MakeWorldOptions(options, parsed ? &*parsed : nullptr, world_options);
  if (st.ok()) st = SpeedMilli(options, speed_milli);
  if (!st.ok()) {
    err << "jobsim serve: " << st.message() << "\n";
    return kExitInvalid;
  }
  const sigset_t stop_signals = BlockStopSignals();
  sim::World world(std::move(world_options));
  Pacer pacer(speed_milli);
  std::optional<ServedScenario> served;
  if (parsed) served.emplace(*parsed, world, out);
  ApiServerOptions api_options{options.token, served ? &*served : nullptr};
  // At real time the virtual and the wall clock agree: nothing to move.
  if (speed_milli != 1000 && !options.wall_clock_timestamps) api_options.wall_now = &Pacer::WallClockNowMs;
  ApiServer api(world, pacer, std::move(api_options));
  SimulationThread simulation(pacer, api);
  HttpListener listener(simulation);
  if (st = listener.Start(options.address, options.port, kIoThreads); !st.ok()) {
    err << "jobsim serve: " << st.message() << "\n";
    return kExitInvalid;
  }
  const std::string url = fmt::format("http://{}:{}", options.address, listener.port());
  const std::string kubeconfig = std::filesystem::absolute(options.kubeconfig).string();
  if (st = WriteKubeconfig(kubeconfig, url, options.token); !st.ok()) {
    err << "jobsim serve: " << st.message() << "\n";
    return kExitInvalid;
  }
  out << fmt::format("jobsim serve: Kubernetes {} API on {} (clock: {})\n", world.profile().version, url,
                     ClockText(speed_milli))
      << "export KUBECONFIG=" << kubeconfig << std::endl;
  std::thread simulation_thread([&] { simulation.Run(); });
  int signal = 0;
  sigwait(&stop_signals, &signal);
  listener.Stop();
  simulation.Stop();
  simulation_thread.join();
  return kExitOk;
}

int RunClock(const ClockOptions& options, std::ostream& out, std::ostream& err) {
  ServerEndpoint endpoint;
  if (options.server.empty()) {
    const char* env = std::getenv("KUBECONFIG");
    const std::string path = !options.kubeconfig.empty() ? options.kubeconfig
                             : env && *env           ? std::string(env)
                                                     : std::string("jobsim.kubeconfig");
    if (api::Status st = ReadKubeconfig(path, endpoint); !st.ok()) {
      err << "jobsim clock: " << st.message() << "\n";
      return kExitFailed;
    }
  } else {
    endpoint.url = options.server;
  }
  if (!options.token.empty()) endpoint.token = options.token;
  std::string body;
  if (!options.advance.empty()) body = api::Json{{"advance", options.advance}}.dump();
  if (!options.to.empty()) body = api::Json{{"to", options.to}}.dump();
  HttpResult result;
  api::Status st = HttpCall(endpoint.url, body.empty() ? "GET" : "POST", "/jobsim/v1/clock", body, endpoint.token,
                            result);
  if (!st.ok()) {
    err << "jobsim clock: " << st.message() << "\n";
    return kExitFailed;
  }
  (result.status == 200 ? out : err) << result.body << "\n";
  return result.status == 200 ? kExitOk : kExitFailed;
}

}  // namespace jobsim::server
