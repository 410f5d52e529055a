// One JobController::TEST_SyncJob run against hand-placed cache contents, in
// the shape of upstream's job_controller_test.go harness: Job default/foobar
// with selector foo=bar, pods owned by it and carrying the tracking finalizer,
// finished pods with a container finishedAt long ago (no pod-failure back-off),
// time pinned to 2025-01-01T00:00:00Z. The "actual" status is the last one
// written, or the Job's own status when nothing was written.
#pragma once

#include <algorithm>
#include <climits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "controller/job_controller.h"
#include "controller/rules.h"
#include "tests/controller/fake_client.h"
#include "tests/support/test_loop.h"

namespace jobsim::controller::test {

inline constexpr UnixMs kEpoch = 1735689600000;  // 2025-01-01T00:00:00Z
inline constexpr UnixMs kLongAgo = 1000;         // finishedAt of finished pods
inline constexpr const char* kJobKey = "default/foobar";

// Feature gates of the upstream tests, mapped onto rules (gates off = the
// 1.28-like non-delayed mode).
struct Gates {
  bool pod_replacement_policy = false;  // JobPodReplacementPolicy
  bool managed_by = false;              // JobManagedBy
  bool success_policy = false;          // JobSuccessPolicy
  bool pod_index_label_disabled = false;  // PodIndexLabel off
};

struct Cond {
  std::string type;
  std::string status = "True";
  std::string reason;
  std::string message;
};

struct InitialStatus {
  bool set = false;  // start time now and these counters
  int32_t active = 0;
  int32_t succeeded = 0;
  int32_t failed = 0;
  std::string completed_indexes;
  std::vector<Cond> conditions;
};

struct JobSetup {
  int32_t parallelism = 1;
  int32_t completions = 1;  // -1: unset (work-queue Job)
  int32_t backoff_limit = 0;
  bool deleting = false;
  bool suspend = false;
  bool was_suspended = false;  // a Suspended=True condition exists
  std::optional<std::string> replacement_policy;
  std::string restart_policy;
  std::optional<int64_t> active_deadline_s;
  std::optional<int64_t> started_ago_s;
  InitialStatus initial;
  std::string completion_mode;  // empty: unset
  api::Json pod_failure_policy;  // null: none
  std::optional<int32_t> backoff_limit_per_index;
  std::optional<int32_t> max_failed_indexes;
  api::Json success_policy;  // null: none
};

// A pod of an Indexed Job: index is the annotation's text ("" = none).
struct IndexedPod {
  std::string index;
  std::string phase;
};

struct PodSetup {
  int pending = 0;
  int running = 0;
  int ready = 0;  // of the running pods
  int succeeded = 0;
  int failed = 0;
  int terminating = 0;  // Running with a deletionTimestamp
  // One pod per entry in phase restart_phase whose only container status is this restart count.
  std::vector<int32_t> restart_counts;
  std::string restart_phase;
  bool legacy = false;  // 1.3 pods: no ownerReference, no finalizer, no container status
  std::vector<IndexedPod> indexed;
  // Pods given whole (status, deletionTimestamp, annotations); named mypod-<i>
  // in list order, owned by the Job with the tracking finalizer; when Indexed,
  // index i unless the pod has an index annotation of its own.
  std::vector<api::Pod> given;
  std::vector<size_t> given_without_finalizer;  // positions in given
};

struct ControlSetup {
  bool pod_error = false;  // every pod call fails
  int pod_limit = 0;       // creations beyond this fail
  int32_t expectation = 0;  // >0: ExpectCreations(n); <0: ExpectDeletions(-n)
  std::optional<BackoffRecord> backoff;
};

struct Want {
  int32_t creations = 0;
  int32_t deletions = 0;
  int32_t active = 0;
  std::optional<int32_t> ready = 0;
  int32_t succeeded = 0;
  int32_t failed = 0;
  std::optional<int32_t> terminating;
  std::vector<Cond> conditions;
  int patches = 0;
  bool error = false;
  std::optional<int64_t> requeue_after_ms;    // the key is parked for this long
  std::optional<std::vector<std::string>> events;  // "Type Reason Message" of the Job's events
  std::string completed_indexes;
  std::vector<int32_t> created_indexes;  // Indexed Jobs: the indexes of the created pods
  std::optional<std::string> failed_indexes;  // status.failedIndexes
};

struct Row {
  std::string name;
  Gates gates;
  JobSetup job;
  PodSetup pods;
  ControlSetup control;
  Want want;
};

struct Outcome {
  api::Status status;
  api::Job job;     // as placed in the cache
  api::Job actual;  // last status written, or the cached Job
  FakeClient client;
  std::vector<std::string> events;
  std::optional<ElapsedMs> parked_until;
};

inline ControllerRules RulesFor(const Gates& gates) {
  ControllerRules r;  // 1.33
  r.pod_replacement_policy = gates.pod_replacement_policy;
  r.report_terminating = gates.pod_replacement_policy;
  r.delayed_terminal_conditions = gates.pod_replacement_policy || gates.managed_by;
  r.completions_reached_reason = gates.success_policy;
  r.pod_index_label = !gates.pod_index_label_disabled;
  return r;
}

// What the profile table gives Kubernetes 1.3.
inline ControllerRules Rules13() {
  ControllerRules r;
  r.legacy_counting = true;
  r.finalizer_tracking = false;
  r.owner_references = false;
  r.backoff_limit = false;
  r.pod_failure_backoff = false;
  r.slow_start = false;
  r.max_pods_per_sync = INT32_MAX;
  r.delete_above_remaining_completions = false;
  r.complete_requires_no_active = false;
  r.delayed_terminal_conditions = false;
  r.completions_reached_reason = false;
  r.report_ready = false;
  r.report_terminating = false;
  r.pod_replacement_policy = false;
  r.deadline_event_is_normal = true;
  r.too_many_active_pods_event = true;
  r.completed_event = false;
  r.suspend = false;
  r.sync_batch_period_ms = 0;
  r.deadline_requeue = false;
  r.job_resync_period_ms = 600'000;
  r.requeue_on_pod_errors = false;
  r.created_by_annotation = true;
  return r;
}

inline api::Condition ToCondition(const Cond& c) {
  api::Condition out;
  out.type = c.type;
  out.status = c.status;
  out.reason = c.reason;
  out.message = c.message;
  out.last_probe_time = out.last_transition_time = kEpoch - 60'000;
  return out;
}

inline api::Job NewJob(const JobSetup& setup) {
  api::Job job;
  job.metadata.name = "foobar";
  job.metadata.namespace_ = "default";
  job.metadata.uid = "foobar-uid";
  job.metadata.resource_version = 1;
  job.metadata.generation = 1;
  job.spec.selector.emplace().match_labels = {{"foo", "bar"}};
  job.spec.template_.metadata.labels = {{"foo", "bar"}};
  api::Container c;
  c.image = "foo/bar";
  job.spec.template_.spec.Mut().containers.push_back(c);
  job.spec.template_.spec.Mut().restart_policy = setup.restart_policy;
  job.spec.parallelism = setup.parallelism;
  if (setup.completions >= 0) job.spec.completions = setup.completions;
  job.spec.backoff_limit = setup.backoff_limit;
  job.spec.suspend = setup.suspend;
  job.spec.pod_replacement_policy = setup.replacement_policy;
  job.spec.active_deadline_seconds = setup.active_deadline_s;
  if (setup.initial.set) {
    job.status.start_time = kEpoch;
    job.status.active = setup.initial.active;
    job.status.succeeded = setup.initial.succeeded;
    job.status.failed = setup.initial.failed;
    job.status.completed_indexes = setup.initial.completed_indexes;
    for (const Cond& c : setup.initial.conditions) job.status.conditions.push_back(ToCondition(c));
  }
  if (setup.started_ago_s) job.status.start_time = kEpoch - *setup.started_ago_s * kMsPerSecond;
  if (setup.was_suspended) {
    job.status.conditions.push_back(ToCondition({"Suspended", "True", "JobSuspended", "Job suspended"}));
  }
  if (setup.deleting) job.metadata.deletion_timestamp = kEpoch;
  if (!setup.completion_mode.empty()) job.spec.completion_mode = setup.completion_mode;
  job.spec.pod_failure_policy = setup.pod_failure_policy;
  job.spec.backoff_limit_per_index = setup.backoff_limit_per_index;
  job.spec.max_failed_indexes = setup.max_failed_indexes;
  job.spec.success_policy = setup.success_policy;
  return job;
}

inline api::Pod NewPod(const api::Job& job, const std::string& name, const std::string& phase, bool legacy) {
  api::Pod pod;
  pod.metadata.name = name;
  pod.metadata.uid = name;
  pod.metadata.namespace_ = "default";
  pod.metadata.labels = {{"foo", "bar"}};
  pod.metadata.resource_version = 1;
  pod.status.phase = phase;
  if (legacy) return pod;
  pod.metadata.owner_references.push_back(ControllerRefTo(job));
  pod.metadata.finalizers.push_back("batch.kubernetes.io/job-tracking");
  api::ContainerStatus s;
  s.state.emplace<api::ContainerStateTerminated>().finished_at = kLongAgo;
  pod.status.container_statuses.push_back(s);
  return pod;
}

inline std::vector<api::Pod> NewPods(const api::Job& job, const PodSetup& setup) {
  std::vector<api::Pod> pods;
  auto add = [&](int n, const char* kind, const char* phase) {
    for (int i = 0; i < n; ++i) {
      pods.push_back(NewPod(job, std::string("pod-") + kind + "-" + std::to_string(i), phase, setup.legacy));
    }
  };
  add(setup.pending, "pending", "Pending");
  add(setup.running, "running", "Running");
  for (int i = 0; i < setup.ready; ++i) {
    api::Condition ready;
    ready.type = "Ready";
    ready.status = "True";
    pods[setup.pending + i].status.conditions.push_back(ready);
  }
  add(setup.succeeded, "succeeded", "Succeeded");
  add(setup.failed, "failed", "Failed");
  const size_t first_terminating = pods.size();
  add(setup.terminating, "terminating", "Running");
  for (size_t i = first_terminating; i < pods.size(); ++i) pods[i].metadata.deletion_timestamp = kEpoch;
  for (size_t i = 0; i < setup.restart_counts.size(); ++i) {
    api::Pod pod = NewPod(job, "pod-restarted-" + std::to_string(i), setup.restart_phase, setup.legacy);
    pod.status.container_statuses.Mut().assign(1, api::ContainerStatus{});
    pod.status.container_statuses.Mut()[0].restart_count = setup.restart_counts[i];
    pods.push_back(pod);
  }
  for (size_t i = 0; i < setup.indexed.size(); ++i) {
    const IndexedPod& ip = setup.indexed[i];
    api::Pod pod = NewPod(job, "pod-indexed-" + std::to_string(i), ip.phase, false);
    if (ip.phase != "Succeeded" && ip.phase != "Failed") pod.status.container_statuses.Mut().clear();
    if (!ip.index.empty()) {
      pod.metadata.annotations.Mut()["batch.kubernetes.io/job-completion-index"] = ip.index;
      pod.spec.Mut().hostname = "foobar-" + ip.index;
    }
    pods.push_back(pod);
  }
  for (size_t i = 0; i < setup.given.size(); ++i) {
    api::Pod pod = setup.given[i];
    const api::Pod named = NewPod(job, "mypod-" + std::to_string(i), pod.status.phase, false);
    pod.metadata.name = pod.metadata.uid = named.metadata.name;
    pod.metadata.namespace_ = named.metadata.namespace_;
    pod.metadata.labels = named.metadata.labels;
    pod.metadata.resource_version = named.metadata.resource_version;
    pod.metadata.owner_references = named.metadata.owner_references;
    pod.metadata.finalizers = named.metadata.finalizers;
    const auto& bare = setup.given_without_finalizer;
    if (std::find(bare.begin(), bare.end(), i) != bare.end()) pod.metadata.finalizers = std::vector<std::string>{};
    if (job.spec.completion_mode == "Indexed") {
      pod.metadata.annotations.Mut().try_emplace("batch.kubernetes.io/job-completion-index", std::to_string(i));
    }
    pods.push_back(pod);
  }
  return pods;
}

inline std::vector<std::string> ConditionStrings(const std::vector<api::Condition>& conditions) {
  std::vector<std::string> out;
  for (const auto& c : conditions) out.push_back(c.type + "=" + c.status + " " + c.reason + " \"" + c.message + "\"");
  return out;
}

inline std::vector<std::string> ConditionStrings(const std::vector<Cond>& conditions) {
  std::vector<api::Condition> converted;
  for (const Cond& c : conditions) converted.push_back(ToCondition(c));
  return ConditionStrings(converted);
}

// A Job controller over a store, loop and clock of its own, at kEpoch: what a
// test that drives the controller's syncs needs.
struct ControllerUnderTest {
  explicit ControllerUnderTest(const ControllerRules& rules) : controller(store, executor, clock, events, rules) {}
  VirtualClock clock{kEpoch};
  jobsim::test::TestLoop executor{clock};
  api::Store store{clock, 1, executor, api::ApiRules{}};
  RecordingEvents events;
  JobController controller;
};

inline Outcome RunSync(const Row& row, const ControllerRules& rules) {
  ControllerUnderTest under_test(rules);
  JobController& controller = under_test.controller;
  Outcome out;
  out.job = NewJob(row.job);
  controller.TEST_PutJob(out.job);
  for (const api::Pod& pod : NewPods(out.job, row.pods)) controller.TEST_PutPod(pod);
  if (row.control.expectation > 0) controller.TEST_expectations().ExpectCreations(kJobKey, row.control.expectation);
  if (row.control.expectation < 0) controller.TEST_expectations().ExpectDeletions(kJobKey, -row.control.expectation);
  if (row.control.backoff) controller.TEST_backoff_store().Set(kJobKey, *row.control.backoff);
  FakeClient client;
  if (row.control.pod_error) client.error = api::Status::InternalError("fake error");
  client.create_limit = row.control.pod_limit;
  client.fresh = std::make_shared<const api::Job>(out.job);
  out.status = controller.TEST_SyncJob(kJobKey, client, client);
  out.actual = client.written.empty() ? out.job : client.written.back();
  out.parked_until = controller.TEST_queue().ParkedUntil(kJobKey);
  for (const RecordedEvent& e : under_test.events.events) out.events.push_back(e.type + " " + e.reason + " " + e.message);
  out.client = std::move(client);
  return out;
}

// checkIndexedJobPods: index annotation (and label), hostname, generateName
// and the JOB_COMPLETION_INDEX variable of every created pod.
inline void CheckIndexedPods(const Want& want, const Outcome& out) {
  const std::string key = "batch.kubernetes.io/job-completion-index";
  std::vector<int32_t> created;
  for (const api::Pod& pod : out.client.created) {
    const std::string ix = pod.metadata.annotations.at(key);
    created.push_back(std::stoi(ix));
    CHECK(pod.spec->hostname == "foobar-" + ix);
    CHECK(pod.metadata.generate_name == "foobar-" + ix + "-");
    const bool label = pod.metadata.labels.count(key) > 0;
    const std::string source = label ? "metadata.labels['" + key + "']" : "metadata.annotations['" + key + "']";
    for (const api::Container& c : pod.spec->containers) {
      REQUIRE(c.env.size() == 1);
      CHECK(c.env[0].name == "JOB_COMPLETION_INDEX");
      CHECK(c.env[0].value_from == api::Json{{"fieldRef", {{"fieldPath", source}}}});
    }
  }
  std::sort(created.begin(), created.end());
  CHECK(created == want.created_indexes);
}

inline void CheckOutcome(const Want& want, const Outcome& out) {
  const api::JobStatus& s = out.actual.status;
  CHECK(out.client.created.size() == static_cast<size_t>(want.creations));
  CHECK(out.client.deleted.size() == static_cast<size_t>(want.deletions));
  CHECK(out.client.patched.size() == static_cast<size_t>(want.patches));
  CHECK(s.active == want.active);
  CHECK(s.ready == want.ready);
  CHECK(s.succeeded == want.succeeded);
  CHECK(s.failed == want.failed);
  CHECK(s.terminating == want.terminating);
  CHECK(ConditionStrings(s.conditions) == ConditionStrings(want.conditions));
  CHECK(out.status.ok() == !want.error);
  // startTime is set on the first sync of an unsuspended Job, and never cleared.
  CHECK(s.start_time.has_value() == (out.job.status.start_time || !out.job.spec.suspend.value_or(false)));
  if (out.job.spec.completion_mode.value_or("") == "Indexed") {
    CheckIndexedPods(want, out);
  } else {
    for (const api::Pod& pod : out.client.created) {
      CHECK(pod.metadata.generate_name == "foobar-");
      CHECK(pod.spec->hostname.empty());
    }
  }
  CHECK(s.completed_indexes == want.completed_indexes);
  CHECK(s.failed_indexes == want.failed_indexes);
  if (want.requeue_after_ms) CHECK(out.parked_until == std::optional<ElapsedMs>(*want.requeue_after_ms));
  if (want.events) CHECK(out.events == *want.events);
}

}  // namespace jobsim::controller::test
