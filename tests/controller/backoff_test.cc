#include "controller/backoff.h"

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::controller;

namespace {

constexpr UnixMs kNow = 1735689600000;  // 2025-01-01T00:00:00Z
constexpr int64_t kInitialMs = 10'000;  // DefaultJobPodFailureBackOff
constexpr int64_t kMaxMs = 600'000;     // MaxJobPodFailureBackOff

api::ContainerStatus Terminated(const std::string& name, UnixMs finished_at) {
  api::ContainerStatus s;
  s.name = name;
  s.state.emplace<api::ContainerStateTerminated>();
  s.state.terminated()->finished_at = finished_at;
  return s;
}

}  // namespace

// backoff_utils_test.go TestGetRemainingBackoffTime, with our 10 s / 10 min
// instead of the test's 5 s / 700 s.
TEST_CASE("remaining pod-failure back-off") {
  struct Row {
    std::string name;
    int32_t failures;
    int64_t since_last_failure_ms;
    int64_t want_ms;
  };
  const std::vector<Row> rows = {
      {"no failures", 0, 0, 0},
      {"one failure; no wait", 1, 0, 10'000},
      {"one failure; 1s wait", 1, 1'000, 9'000},
      {"one failure; exactly 10s wait", 1, 10'000, 0},
      {"one failure; 11s wait", 1, 11'000, 0},
      {"three failures; no wait", 3, 0, 40'000},
      {"six failures; no wait", 6, 0, 320'000},
      {"seven failures hit the 10 minute cap", 7, 0, 600'000},
      {"nine failures stay at the cap", 9, 0, 600'000},
      {"nine failures; 100s wait", 9, 100'000, 500'000},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      BackoffRecord record;
      record.failures_after_last_success = row.failures;
      if (row.failures > 0) record.last_failure_ms = kNow;
      CHECK(RemainingBackoffMs(record, kNow + row.since_last_failure_ms, kInitialMs, kMaxMs) == row.want_ms);
    }
  }
}

TEST_CASE("the back-off record after newly finished pods") {
  struct Row {
    std::string name;
    BackoffRecord stored;
    std::vector<UnixMs> succeeded;
    std::vector<UnixMs> failed;
    BackoffRecord want;
  };
  const std::vector<Row> rows = {
      {"nothing new keeps the record", {2, kNow}, {}, {}, {2, kNow}},
      {"failures add up; the latest finish counts", {1, kNow}, {}, {kNow + 5'000, kNow + 3'000}, {3, kNow + 5'000}},
      {"a success resets", {4, kNow}, {kNow + 1'000}, {}, {0, std::nullopt}},
      {"failures after the last success count again",
       {4, kNow},
       {kNow + 2'000},
       {kNow + 1'000, kNow + 3'000, kNow + 4'000},
       {2, kNow + 4'000}},
      {"a failure finishing with the success does not count", {1, kNow}, {kNow + 2'000}, {kNow + 2'000}, {0, {}}},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) { CHECK(NextBackoffRecord(row.stored, row.succeeded, row.failed) == row.want); }
  }
}

TEST_CASE("a pod's finish time") {
  api::Pod pod;
  pod.metadata.creation_timestamp = kNow - 60'000;
  SECTION("falls back to the creation time") { CHECK(PodFinishTimeMs(pod) == kNow - 60'000); }
  SECTION("uses deletionTimestamp minus the grace period") {
    pod.metadata.deletion_timestamp = kNow;
    pod.metadata.deletion_grace_period_seconds = 30;
    CHECK(PodFinishTimeMs(pod) == kNow - 30'000);
  }
  SECTION("prefers a Ready=False transition") {
    pod.metadata.deletion_timestamp = kNow;
    api::Condition ready;
    ready.type = "Ready";
    ready.status = "False";
    ready.last_transition_time = kNow - 10'000;
    pod.status.conditions.push_back(ready);
    CHECK(PodFinishTimeMs(pod) == kNow - 10'000);
  }
  SECTION("prefers the latest container finish when all containers terminated") {
    pod.status.container_statuses = {Terminated("a", kNow - 5'000), Terminated("b", kNow - 2'000)};
    CHECK(PodFinishTimeMs(pod) == kNow - 2'000);
  }
  SECTION("ignores container times while one container still runs") {
    pod.status.container_statuses = {Terminated("a", kNow - 5'000), api::ContainerStatus{}};
    CHECK(PodFinishTimeMs(pod) == kNow - 60'000);
  }
  SECTION("a sidecar finishing after the app containers supplies the time") {
    api::Container sidecar;
    sidecar.name = "log";
    sidecar.restart_policy = "Always";
    pod.spec.Mut().init_containers.push_back(sidecar);
    pod.status.container_statuses = {Terminated("a", kNow - 5'000)};
    pod.status.init_container_statuses = {Terminated("log", kNow - 1'000)};
    CHECK(PodFinishTimeMs(pod) == kNow - 1'000);
  }
}
