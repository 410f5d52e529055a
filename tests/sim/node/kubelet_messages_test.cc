#include "sim/node/kubelet_messages.h"

#include <catch2/catch.hpp>

#include "sim/node/start_failure.h"

using namespace jobsim;
using namespace jobsim::sim;

namespace {

api::Pod SeedPod() {
  api::Pod pod;
  pod.metadata.name = "pi-2n6pa";
  pod.metadata.namespace_ = "default";
  pod.metadata.uid = "3643a8cc-18fa-11e6-b739-0800278856e6";
  return pod;
}

// sim/profile.cc's 1.3 choices.
KubeletRules Rules13() {
  KubeletRules r;
  r.runtime = ContainerRuntime::kDockerLegacy;
  r.created_message = CreatedMessage::kDockerId;
  r.backoff_event_names_container = false;
  r.backoff_message_lowercase = false;
  r.failed_sync_events = true;
  r.pulled_with_duration = r.pulled_with_waiting = r.pulled_with_size = false;
  r.legacy_pull_messages = true;
  r.scheduled_message_with_namespace = false;
  return r;
}

const std::string kId = "310aac97cc9a5e6b1f7f06b6b0b4a2d5c1c3c3c1a9f0e9d8c7b6a5f4e3d2c1b0";

}  // namespace

TEST_CASE("the seed's 1.3 event texts") {
  const KubeletRules r = Rules13();
  const api::Pod pod = SeedPod();
  const StartFailure failure = MissingExecutable(r.runtime, "perl1");
  CHECK(ScheduledMessage(r, "default", "pi-2n6pa", "127.0.0.1") == "Successfully assigned pi-2n6pa to 127.0.0.1");
  CHECK(CreatedEventMessage(r, "pi", kId) == "Created container with docker id 310aac97cc9a");
  CHECK(StartFailedEventMessage(r, "pi", kId, failure) ==
        "Failed to start container with docker id 310aac97cc9a with error: API error (404): Container command "
        "'perl1' not found or does not exist.\n");
  CHECK(FailedSyncMessage("pi", "CrashLoopBackOff", BackOffWaitingMessage(r, 20'000, "pi", pod)) ==
        "Error syncing pod, skipping: failed to \"StartContainer\" for \"pi\" with CrashLoopBackOff: \"Back-off 20s "
        "restarting failed container=pi pod=pi-2n6pa_default(3643a8cc-18fa-11e6-b739-0800278856e6)\"\n");
  CHECK(FailedSyncMessage("pi", "RunContainerError", RunContainerErrorMessage(r, kId, failure)) ==
        "Error syncing pod, skipping: failed to \"StartContainer\" for \"pi\" with RunContainerError: "
        "\"runContainer: API error (404): Container command 'perl1' not found or does not exist.\\n\"\n");
  CHECK(PullingMessage(r, "index.tenxcloud.com/sdvdxl/perl") == "pulling image \"index.tenxcloud.com/sdvdxl/perl\"");
  CHECK(PulledMessage(r, "index.tenxcloud.com/sdvdxl/perl", 800, 800, 1) ==
        "Successfully pulled image \"index.tenxcloud.com/sdvdxl/perl\"");
  CHECK(BackOffEventMessage(r, "pi", pod) == "Back-off restarting failed docker container");
  CHECK(BackOffWaitingMessage(r, 80'000, "pi", pod) ==
        "Back-off 1m20s restarting failed container=pi pod=pi-2n6pa_default(3643a8cc-18fa-11e6-b739-0800278856e6)");
  CHECK(KillingEventMessage(r, "pi", kId) == "Killing container with docker id 310aac97cc9a: Need to kill pod.");
}

TEST_CASE("modern event texts") {
  const KubeletRules r;  // 1.33 defaults
  const api::Pod pod = SeedPod();
  CHECK(ScheduledMessage(r, "default", "pi-x", "node-1") == "Successfully assigned default/pi-x to node-1");
  CHECK(PullingMessage(r, "perl:5.34.0") == "Pulling image \"perl:5.34.0\"");
  CHECK(PulledMessage(r, "perl:5.34.0", 1'500, 1'500, 337'000'000) ==
        "Successfully pulled image \"perl:5.34.0\" in 1.5s (1.5s including waiting). Image size: 337000000 bytes.");
  CHECK(AlreadyPresentMessage("perl:5.34.0") == "Container image \"perl:5.34.0\" already present on machine");
  CHECK(CreatedEventMessage(r, "pi", kId) == "Created container: pi");
  CHECK(StartedEventMessage(r, "pi", kId) == "Started container pi");
  CHECK(KillingEventMessage(r, "pi", kId) == "Stopping container pi");
  CHECK(BackOffEventMessage(r, "pi", pod) ==
        "Back-off restarting failed container pi in pod pi-2n6pa_default(3643a8cc-18fa-11e6-b739-0800278856e6)");
  CHECK(BackOffWaitingMessage(r, 300'000, "pi", pod) ==
        "back-off 5m0s restarting failed container=pi pod=pi-2n6pa_default(3643a8cc-18fa-11e6-b739-0800278856e6)");
  const StartFailure failure = MissingExecutable(r.runtime, "perl1");
  CHECK(StartFailedEventMessage(r, "pi", kId, failure) == "Error: " + failure.error);
  CHECK(RunContainerErrorMessage(r, kId, failure) == failure.error);
}

TEST_CASE("Pulled grows with the era") {
  struct Row {
    std::string name;
    bool duration, waiting, size;
    std::string want;
  };
  const std::vector<Row> rows = {
      {"1.18", false, false, false, "Successfully pulled image \"busybox\""},
      {"1.19", true, false, false, "Successfully pulled image \"busybox\" in 1s"},
      {"1.28", true, true, false, "Successfully pulled image \"busybox\" in 1s (1s including waiting)"},
      {"1.30", true, true, true,
       "Successfully pulled image \"busybox\" in 1s (1s including waiting). Image size: 4269694 bytes."},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      KubeletRules r;
      r.pulled_with_duration = row.duration;
      r.pulled_with_waiting = row.waiting;
      r.pulled_with_size = row.size;
      CHECK(PulledMessage(r, "busybox", 1'000, 1'000, 4'269'694) == row.want);
    }
  }
}

TEST_CASE("dockershim start failures name the container in the event and the id in the waiting message") {
  KubeletRules r;
  r.runtime = ContainerRuntime::kDocker;
  r.created_message = CreatedMessage::kCreatedContainer;
  const StartFailure failure = MissingExecutable(r.runtime, "perl1");
  CHECK(StartFailedEventMessage(r, "pi", kId, failure) ==
        "Error: failed to start container \"pi\": Error response from daemon: OCI runtime create failed: "
        "container_linux.go:348: starting container process caused \"exec: \\\"perl1\\\": executable file not found "
        "in $PATH\": unknown");
  CHECK(RunContainerErrorMessage(r, kId, failure) == "failed to start container \"" + kId + "\": " + failure.error);
  CHECK(CreatedEventMessage(r, "pi", kId) == "Created container pi");
}

TEST_CASE("Go's %q quoting") {
  CHECK(GoQuote("a\"b\\c\nd\te") == "\"a\\\"b\\\\c\\nd\\te\"");
  CHECK(GoQuote(std::string("\x01", 1)) == "\"\\x01\"");
}
