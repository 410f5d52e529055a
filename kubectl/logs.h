// `kubectl logs POD|pod/NAME|job/NAME [CONTAINER] [-c C] [-p] [--tail N]
// [--all-containers] [--prefix]` and `kubectl logs -l SEL`.
//
// job/NAME reads one pod of the Job's selector, the first by ByLogging
// (logging_pod_order.h), and says "Found N pods, using pod/NAME" on stderr
// when there are several. --all-containers reads the init containers, then
// the containers, in spec order (kubectl ranges over a Go map: any order);
// --prefix starts each line with "[pod/NAME/CONTAINER] ".
//
// Logs come from Store::ReadLog, keyed by the container instance: instance k
// is the one that ran while status.restartCount was k. The current logs are
// instance restartCount (also while the container waits in back-off: that is
// the instance lastState describes); --previous is restartCount-1 for a
// running or terminated container and restartCount for a waiting one, and
// needs lastState.terminated. Errors are the kubelet's
// (validateContainerLogStatus) as the API returns them.
#pragma once

#include <optional>
#include <string>

#include "fakeapi/store.h"
#include "kubectl/output.h"
#include "kubectl/rules.h"

namespace jobsim::kubectl {

struct LogsRequest {
  std::string namespace_ = "default";
  std::string pod;        // empty with a selector or a job
  std::string job;        // job/NAME
  std::string selector;   // -l
  std::string container;  // -c or the second argument
  bool previous = false;
  bool all_containers = false;
  bool prefix = false;
  std::optional<int64_t> tail;  // --tail; -l defaults to 10
};

// What GET pods/NAME/log answers for one named container (the kubelet's
// side, shared with `jobsim serve`): the chosen instance and its text ("" when
// it wrote nothing), or the API's error.
struct ContainerLogText {
  int32_t instance = 0;
  std::string text;
};
api::Status ContainerLog(const api::Pod& pod, const std::string& container, bool previous, const api::Store& store,
                         ContainerLogText& out);
// Whether that instance of the container is running, so that its log may
// still grow (the kubelet follows a log until its container stops).
bool LogMayGrow(const api::Pod& pod, const std::string& container, int32_t instance);
// The last `lines` lines of text (the kubelet's tail); negative means all.
std::string TailLines(const std::string& text, int64_t lines);

Output RunLogs(const LogsRequest& request, const api::Store& store, const KubectlRules& rules);

}  // namespace jobsim::kubectl
