// `jobsim serve` and `jobsim clock`: the library behind the two commands, so
// that cli/main.cc only parses flags.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>

namespace jobsim::server {

struct ServeOptions {
  std::string scenario;  // optional: its version, seed, nodes and runtime model are used
  std::string address = "127.0.0.1";
  uint16_t port = 0;  // 0 = a free port
  std::optional<std::string> kubernetes_version;
  std::string feature_gates;  // --feature-gates "Name=true,Other=false", over the scenario's spec.featureGates
  std::optional<double> speed;  // virtual seconds per real second (default 1)
  bool manual_clock = false;
  // Serve the stored (virtual) timestamps as they are. By default, when the
  // clock is not real time, they are moved to wall-clock ages (timestamp_shift.h).
  bool wall_clock_timestamps = false;
  std::string kubeconfig = "jobsim.kubeconfig";
  std::string token;
};

// Serves until SIGINT or SIGTERM. Prints the address and the KUBECONFIG line
// on out as soon as the port is bound. Returns the process exit code
// (0, or 2 for invalid options or a port that cannot be bound).
int RunServe(const ServeOptions& options, std::ostream& out, std::ostream& err);

struct ClockOptions {
  std::string advance;     // a duration ("30s"); empty = only print the clock
  std::string to;          // an RFC 3339 instant
  std::string kubeconfig;  // where to find the server; default $KUBECONFIG, then ./jobsim.kubeconfig
  std::string server;      // overrides the kubeconfig's server
  std::string token;       // overrides the kubeconfig's token
};

// `jobsim clock [advance D | --to T]`: prints the clock's state (JSON). 0 on success, 1 otherwise.
int RunClock(const ClockOptions& options, std::ostream& out, std::ostream& err);

}  // namespace jobsim::server
