#include "kubectl/kubectl.h"

#include <fmt/format.h>

#include "kubectl/describe_command.h"
#include "kubectl/get_command.h"
#include "kubectl/logs.h"
#include "kubectl/resource_types.h"

namespace jobsim::kubectl {
namespace {

// cobra's usage error footer, as kubectl prints it.
Output UsageError(const std::string& message, const std::string& verb) {
  const std::string help = verb.empty() ? "kubectl --help" : fmt::format("kubectl {} --help", verb);
  return Output{"", fmt::format("error: {}\nSee '{}' for usage.\n", message, help), 1};
}

Output Logs(const CommandLine& command, const api::Store& store, const KubectlRules& rules) {
  LogsRequest request;
  request.namespace_ = command.namespace_.value_or("default");
  request.selector = command.selector;
  request.container = command.container;
  request.previous = command.previous;
  request.all_containers = command.all_containers;
  request.prefix = command.prefix;
  request.tail = command.tail;
  const auto& args = command.positional;
  if (args.size() > 2 || (args.empty() && command.selector.empty())) {
    return UsageError(
        "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required "
        "argument for the logs command",
        "logs");
  }
  if (!args.empty() && !command.selector.empty())
    return UsageError("only a selector (-l) or a POD name is allowed", "logs");
  if (!args.empty()) {
    request.pod = args[0];
    const auto slash = request.pod.find('/');
    if (slash != std::string::npos) {
      const std::string type = request.pod.substr(0, slash);
      const auto resource = LookupResourceType(type);
      const bool job = resource && resource->kind == ResourceKind::kJob;
      if (!job && !(resource && resource->kind == ResourceKind::kPod)) {
        return Output{"", fmt::format("error: jobsim's kubectl reads logs of pods and jobs, not {}\n", type), 1};
      }
      (job ? request.job : request.pod) = request.pod.substr(slash + 1);
      if (job) request.pod.clear();
    }
  }
  if (args.size() == 2) request.container = args[1];
  return RunLogs(request, store, rules);
}

}  // namespace

Output Run(const std::vector<std::string>& args, api::Store& store, const KubectlRules& rules) {
  CommandLine command;
  if (api::Status st = ParseArgs(args, FlagSetOf(rules), command); !st.ok()) {
    return UsageError(st.message(), command.verb);
  }
  if (command.verb == "get" && (command.watch || command.watch_only)) {
    // A watch needs time to pass: GetWatch, which a scenario step runs `--for` a span.
    return Output{"", "error: jobsim's kubectl watches only in a scenario step: kubectl: get TYPE -w --for DURATION\n", 1};
  }
  if (command.verb == "get") return RunGet(command, store, rules);
  if (command.verb == "describe") return RunDescribe(command, store, rules);
  if (command.verb == "logs") return Logs(command, store, rules);
  if (command.verb.empty()) return UsageError("no command given", "");
  return Output{
      "", fmt::format("error: unknown command \"{}\" for \"kubectl\"\nRun 'kubectl --help' for usage.\n", command.verb),
      1};
}

}  // namespace jobsim::kubectl
