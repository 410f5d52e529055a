#include "sim/node/start_failure.h"

#include <fmt/format.h>

namespace jobsim::sim {
namespace {

// Docker sets 127 when the command is missing (daemon/start.go: "set to 127
// for container cmd not found/does not exist"); containerd's CRI uses 128 for
// every start error (errorStartExitCode, "same with Docker's behavior").
constexpr int32_t kDockerNotFoundExitCode = 127;
constexpr int32_t kContainerdStartErrorExitCode = 128;

bool IsPath(const std::string& executable) { return executable.find('/') != std::string::npos; }

// runc's exec error for a name looked up in $PATH, or a path that does not exist.
std::string RuncExecError(const std::string& executable) {
  return IsPath(executable) ? fmt::format("exec: \"{}\": stat {}: no such file or directory", executable, executable)
                            : fmt::format("exec: \"{}\": executable file not found in $PATH", executable);
}

StartFailure Containerd(const std::string& executable) {
  StartFailure f;
  // runc >= 1.2 with containerd 1.7 / 2.x.
  f.error = fmt::format(
      "failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create "
      "failed: unable to start container process: error during container init: {}: unknown",
      RuncExecError(executable));
  f.reason = "StartError";
  f.message = f.error;
  f.exit_code = kContainerdStartErrorExitCode;
  return f;
}

StartFailure Docker(const std::string& executable) {
  // docker 18.09 (runc 1.0-rc, container_linux.go:348), the usual engine of k8s 1.13 ... 1.16.
  std::string inner = RuncExecError(executable);
  std::string escaped;
  for (char c : inner) {
    if (c == '"') escaped += '\\';
    escaped += c;
  }
  StartFailure f;
  f.message = fmt::format(
      "OCI runtime create failed: container_linux.go:348: starting container process caused "
      "\"{}\": unknown",
      escaped);
  f.error = "Error response from daemon: " + f.message;
  f.reason = "ContainerCannotRun";
  f.exit_code = kDockerNotFoundExitCode;
  f.times_at_creation = true;
  return f;
}

StartFailure DockerLegacy(const std::string& executable) {
  StartFailure f;
  // docker 1.11 daemon/start.go; "not found" maps to HTTP 404 and the engine
  // API client prefixes "API error (404): ". The body ends with a newline.
  f.error = fmt::format("API error (404): Container command '{}' not found or does not exist.\n", executable);
  f.reason = "ContainerCannotRun";
  // The 1.3 kubelet replaces docker's State.Error by the (empty) termination
  // log of the container (dockertools inspectContainer).
  f.message = "";
  f.exit_code = kDockerNotFoundExitCode;
  f.times_at_creation = true;
  return f;
}

}  // namespace

StartFailure MissingExecutable(ContainerRuntime runtime, const std::string& executable) {
  switch (runtime) {
    case ContainerRuntime::kDockerLegacy:
      return DockerLegacy(executable);
    case ContainerRuntime::kDocker:
      return Docker(executable);
    case ContainerRuntime::kContainerd:
      return Containerd(executable);
  }
  return Containerd(executable);
}

}  // namespace jobsim::sim
