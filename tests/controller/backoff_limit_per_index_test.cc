// backoffLimitPerIndex: the pure per-index rules row by row (upstream
// pkg/controller/job/indexed_job_utils_test.go TestIsIndexFailed,
// TestCalculateFailedIndexes, TestGetPodsWithDelayedDeletionPerIndex,
// TestGetNewIndexFailureCountValue, TestGetIndexFailureCount;
// backoff_utils_test.go TestGetRemainingBackoffTimePerIndex;
// job_controller_test.go TestGetPodCreationInfoForIndependentIndexes) and one
// sync of such a Job (TestSyncJobWithJobBackoffLimitPerIndex). Row names are
// upstream's.
#include "controller/backoff_limit_per_index.h"

#include <climits>

#include <catch2/catch.hpp>

#include "tests/controller/sync_harness.h"

using namespace jobsim;
using namespace jobsim::controller;
using namespace jobsim::controller::test;

namespace {

constexpr const char* kIndexKey = "batch.kubernetes.io/job-completion-index";
constexpr const char* kFailureCountKey = "batch.kubernetes.io/job-index-failure-count";
constexpr const char* kIgnoredCountKey = "batch.kubernetes.io/job-index-ignored-failure-count";
constexpr int64_t kInitialMs = 10'000;  // DefaultJobPodFailureBackOff
constexpr int64_t kMaxMs = 600'000;     // MaxJobPodFailureBackOff

// upstream's buildPod(): a pod with a uid and what the row sets.
struct PodBuilder {
  api::Pod pod;
  explicit PodBuilder(const std::string& uid = "") {
    pod.metadata.uid = pod.metadata.name = uid;
    pod.metadata.namespace_ = "default";
  }
  PodBuilder& Index(const std::string& ix) {
    pod.metadata.annotations.Mut()[kIndexKey] = ix;
    return *this;
  }
  PodBuilder& FailureCount(const std::string& n) {
    pod.metadata.annotations.Mut()[kFailureCountKey] = n;
    return *this;
  }
  PodBuilder& IgnoredFailureCount(const std::string& n) {
    pod.metadata.annotations.Mut()[kIgnoredCountKey] = n;
    return *this;
  }
  PodBuilder& Phase(const std::string& phase) {
    pod.status.phase = phase;
    return *this;
  }
  // A terminated container with this exit code (finishedAt unset, as upstream's rows).
  PodBuilder& ExitCode(int32_t code, const std::string& container = "") {
    api::ContainerStatus s;
    s.name = container;
    s.state.emplace<api::ContainerStateTerminated>().exit_code = code;
    pod.status.container_statuses.push_back(s);
    return *this;
  }
  PodBuilder& Condition(const std::string& type) {
    api::Condition c;
    c.type = type;
    c.status = "True";
    std::vector<api::Condition> conditions = pod.status.conditions;
    conditions.push_back(c);
    pod.status.conditions = conditions;
    return *this;
  }
  PodBuilder& TrackingFinalizer() {
    pod.metadata.finalizers.push_back("batch.kubernetes.io/job-tracking");
    return *this;
  }
  // customDeletionTimestamp: the finish time of a pod without container statuses.
  PodBuilder& DeletedAt(UnixMs t) {
    pod.metadata.deletion_timestamp = t;
    return *this;
  }
  std::shared_ptr<const api::Pod> Shared() const { return std::make_shared<const api::Pod>(pod); }
};

api::Job IndexedJob(int32_t completions, std::optional<int32_t> backoff_limit_per_index,
                    const std::string& failed_indexes_status = "-") {
  api::Job job;
  job.metadata.name = "foobar";
  job.metadata.namespace_ = "default";
  job.spec.completion_mode = "Indexed";
  job.spec.completions = completions;
  job.spec.backoff_limit_per_index = backoff_limit_per_index;
  if (failed_indexes_status != "-") job.status.failed_indexes = failed_indexes_status;
  return job;
}

std::optional<PodFailurePolicy> Policy(const std::string& json) {
  return ParsePodFailurePolicy(api::Json::parse(json));
}

const char* kFailIndexOnExit3 =
    R"({"rules": [{"action": "FailIndex", "onExitCodes": {"operator": "In", "values": [3]}}]})";
const char* kIgnoreDisruption =
    R"({"rules": [{"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget", "status": "True"}]}]})";

PodList List(const std::vector<PodBuilder>& pods) {
  PodList out;
  for (const PodBuilder& b : pods) out.push_back(b.Shared());
  return out;
}

}  // namespace

TEST_CASE("TestIsIndexFailed: does a failed pod fail its index") {
  struct Row {
    std::string name;
    api::Job job;
    std::string policy;  // empty: none
    PodBuilder pod;
    bool want;
  };
  const std::vector<Row> rows = {
      {"failed pod exceeding backoffLimitPerIndex, when backoffLimitPerIndex=0", IndexedJob(2, 0), "",
       PodBuilder().FailureCount("0").Phase("Failed").Index("0").TrackingFinalizer(), true},
      {"failed pod exceeding backoffLimitPerIndex, when backoffLimitPerIndex=1", IndexedJob(2, 1), "",
       PodBuilder().FailureCount("1").Phase("Failed").Index("1").TrackingFinalizer(), true},
      {"matching FailIndex pod failure policy", IndexedJob(2, 1), kFailIndexOnExit3,
       PodBuilder().FailureCount("0").Phase("Failed").ExitCode(3).Index("0").TrackingFinalizer(), true},
      // Not upstream's: the limit not reached, an ignored failure, a running pod.
      {"failed pod below backoffLimitPerIndex", IndexedJob(2, 1), "",
       PodBuilder().FailureCount("0").Phase("Failed").Index("0").TrackingFinalizer(), false},
      {"failure ignored by the pod failure policy does not fail the index", IndexedJob(2, 0), kIgnoreDisruption,
       PodBuilder().FailureCount("5").Phase("Failed").Condition("DisruptionTarget").Index("0"), false},
      {"running pod does not fail its index", IndexedJob(2, 0), "",
       PodBuilder().FailureCount("3").Phase("Running").Index("0"), false},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      const std::optional<PodFailurePolicy> policy =
          row.policy.empty() ? std::nullopt : Policy(row.policy);
      CHECK(IsIndexFailed(row.job, row.pod.pod, policy ? &*policy : nullptr, ControllerRules{}) == row.want);
    }
  }
}

TEST_CASE("TestCalculateFailedIndexes: status.failedIndexes plus newly failed indexes") {
  struct Row {
    std::string name;
    api::Job job;
    std::vector<PodBuilder> pods;
    std::string want;
  };
  const std::vector<Row> rows = {
      {"one new index failed", IndexedJob(2, 1),
       {PodBuilder().FailureCount("0").Phase("Failed").Index("0").TrackingFinalizer(),
        PodBuilder().FailureCount("1").Phase("Failed").Index("1").TrackingFinalizer()},
       "1"},
      {"pod without finalizer is ignored", IndexedJob(2, 0),
       {PodBuilder().FailureCount("0").Phase("Failed").Index("0")},
       ""},
      {"pod outside completions is ignored", IndexedJob(2, 0),
       {PodBuilder().FailureCount("0").Phase("Failed").Index("3")},
       ""},
      {"extend the failed indexes", IndexedJob(2, 0, "0"),
       {PodBuilder().FailureCount("0").Phase("Failed").Index("1").TrackingFinalizer()},
       "0,1"},
      {"prev failed indexes empty", IndexedJob(2, 0, ""),
       {PodBuilder().FailureCount("0").Phase("Failed").Index("1").TrackingFinalizer()},
       "1"},
      {"prev failed indexes outside the completions", IndexedJob(2, 0, "9"),
       {PodBuilder().FailureCount("0").Phase("Failed").Index("1").TrackingFinalizer()},
       "1"},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      CHECK(FailedIndexes(row.job, List(row.pods), nullptr, ControllerRules{}).String() == row.want);
    }
  }
}

TEST_CASE("TestGetPodsWithDelayedDeletionPerIndex: the failed pod kept for its replacement") {
  struct Row {
    std::string name;
    api::Job job;
    std::vector<PodBuilder> pods;
    std::vector<std::string> expected_rm_finalizers;
    std::vector<std::string> want;  // uids, sorted
  };
  const std::vector<Row> rows = {
      {"failed pods are kept corresponding to non-failed indexes are kept", IndexedJob(3, 1),
       {PodBuilder("a").FailureCount("0").Phase("Failed").Index("0").TrackingFinalizer(),
        PodBuilder("b").FailureCount("1").Phase("Failed").Index("1").TrackingFinalizer(),
        PodBuilder("c").FailureCount("0").Phase("Failed").Index("2").TrackingFinalizer()},
       {},
       {"a", "c"}},
      {"failed pod without finalizer; the pod's deletion is not delayed as it already started", IndexedJob(2, 0),
       {PodBuilder("a").FailureCount("0").Phase("Failed").Index("0")},
       {},
       {}},
      {"failed pod with expected finalizer removal; the pod's deletion is not delayed as it already started",
       IndexedJob(2, 0),
       {PodBuilder("a").FailureCount("0").Phase("Failed").Index("0").TrackingFinalizer()},
       {"a"},
       {}},
      {"failed pod with index outside of completions; the pod's deletion is not delayed", IndexedJob(2, 0),
       {PodBuilder("a").FailureCount("0").Phase("Failed").Index("4").TrackingFinalizer()},
       {},
       {}},
      {"failed pod for active index; the pod's deletion is not delayed as it is already replaced", IndexedJob(2, 1),
       {PodBuilder("a1").FailureCount("0").Phase("Failed").Index("0").TrackingFinalizer(),
        PodBuilder("a2").FailureCount("1").Phase("Running").Index("0").TrackingFinalizer()},
       {},
       {}},
      {"failed pod for succeeded index; the pod's deletion is not delayed as it is already replaced",
       IndexedJob(2, 1),
       {PodBuilder("a1").FailureCount("0").Phase("Failed").Index("0").TrackingFinalizer(),
        PodBuilder("a2").FailureCount("1").Phase("Succeeded").Index("0").TrackingFinalizer()},
       {},
       {}},
      {"multiple failed pods for index with different failure count; only the pod with highest failure count is "
       "kept",
       IndexedJob(2, 4),
       {PodBuilder("a1").FailureCount("0").Phase("Failed").Index("0").TrackingFinalizer(),
        PodBuilder("a3").FailureCount("2").Phase("Failed").Index("0").TrackingFinalizer(),
        PodBuilder("a2").FailureCount("1").Phase("Failed").Index("0").TrackingFinalizer()},
       {},
       {"a3"}},
      {"multiple failed pods for index with different finish times; only the last failed pod is kept",
       IndexedJob(2, 4),
       {PodBuilder("a1").FailureCount("1").Phase("Failed").Index("0").DeletedAt(kEpoch - 1'000).TrackingFinalizer(),
        PodBuilder("a3").FailureCount("1").Phase("Failed").Index("0").DeletedAt(kEpoch).TrackingFinalizer(),
        PodBuilder("a2").FailureCount("1").Phase("Failed").Index("0").DeletedAt(kEpoch - 2'000).TrackingFinalizer()},
       {},
       {"a3"}},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      const ControllerRules rules;
      const PodList pods = List(row.pods);
      std::vector<const api::Pod*> active;
      for (const auto& pod : pods) {
        if (IsPodActive(*pod)) active.push_back(pod.get());
      }
      const IndexIntervals failed = FailedIndexes(row.job, pods, nullptr, rules);
      const IndexIntervals succeeded = IndexIntervals{}.With(SucceededPodIndexes(row.job, pods, true));
      std::vector<std::string> got;
      api::SortedUids expected_rm;
      for (const std::string& uid : row.expected_rm_finalizers) expected_rm.emplace(uid);
      for (const auto& [index, pod] : PodsWithDelayedDeletion(row.job, pods, expected_rm, active,
                                                              succeeded, failed, rules)) {
        got.push_back(pod->metadata.uid.str());
      }
      std::sort(got.begin(), got.end());
      CHECK(got == row.want);
    }
  }
}

TEST_CASE("TestGetNewIndexFailureCountValue: the counts a replacement pod starts with") {
  struct Row {
    std::string name;
    std::string policy;  // empty: none
    std::optional<PodBuilder> replaced;
    IndexFailureCounts want;
  };
  const std::vector<Row> rows = {
      {"first pod created", "", std::nullopt, {0, 0}},
      {"failed pod being replaced with 0 index failure count", "",
       PodBuilder("a").FailureCount("0").Phase("Failed").Index("0").TrackingFinalizer(), {1, 0}},
      {"failed pod being replaced with >0 index failure count", "",
       PodBuilder("a").FailureCount("3").Phase("Failed").Index("0").TrackingFinalizer(), {4, 0}},
      {"failed pod being replaced, matching the ignore rule", kIgnoreDisruption,
       PodBuilder("a").FailureCount("3").Phase("Failed").Condition("DisruptionTarget").Index("3").TrackingFinalizer(),
       {3, 1}},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      const std::optional<PodFailurePolicy> policy = row.policy.empty() ? std::nullopt : Policy(row.policy);
      CHECK(NewIndexFailureCounts(row.replaced ? &row.replaced->pod : nullptr, policy ? &*policy : nullptr) ==
            row.want);
    }
  }
}

TEST_CASE("TestGetIndexFailureCount: the annotation as an int32, 0 when unusable") {
  struct Row {
    std::string name;
    std::optional<std::string> annotation;
    int32_t want;
  };
  const std::vector<Row> rows = {
      {"no annotation", std::nullopt, 0},      {"valid value", "2", 2},
      {"valid maxint32 value", "2147483647", INT32_MAX}, {"too large value", "2147483648", 0},
      {"negative value", "-1", 0},             {"invalid int value", "xyz", 0},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      PodBuilder b;
      if (row.annotation) b.FailureCount(*row.annotation);
      CHECK(PodIndexFailureCounts(b.pod).failed == row.want);
    }
  }
}

TEST_CASE("the replacement pod carries its counts as annotations") {
  api::Pod pod;
  SetIndexFailureCountAnnotations(pod, {2, 0});
  CHECK(pod.metadata.annotations.at(kFailureCountKey) == "2");
  CHECK(pod.metadata.annotations.count(kIgnoredCountKey) == 0);  // only when above 0
  SetIndexFailureCountAnnotations(pod, {2, 1});
  CHECK(pod.metadata.annotations.at(kIgnoredCountKey) == "1");
  CHECK(PodIndexFailureCounts(pod) == IndexFailureCounts{2, 1});
}

// Upstream's 5 s / 700 s test values.
TEST_CASE("TestGetRemainingBackoffTimePerIndex: an index waits after its own failures") {
  struct Row {
    std::string name;
    std::optional<PodBuilder> last_failed;
    int64_t want_ms;
  };
  const std::vector<Row> rows = {
      {"no failures", std::nullopt, 0},
      {"two prev failures; current time and failure time are same",
       PodBuilder().Phase("Failed").FailureCount("2").DeletedAt(kEpoch), 20'000},
      {"one prev failure counted and one ignored; current time and failure time are same",
       PodBuilder().Phase("Failed").FailureCount("1").IgnoredFailureCount("1").DeletedAt(kEpoch), 20'000},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      CHECK(RemainingIndexBackoffMs(row.last_failed ? &row.last_failed->pod : nullptr, kEpoch, 5'000, 700'000) ==
            row.want_ms);
    }
  }
}

TEST_CASE("TestGetPodCreationInfoForIndependentIndexes: indexes whose back-off is over") {
  struct Row {
    std::string name;
    std::vector<int32_t> indexes;
    std::map<int32_t, PodBuilder> last_failed;
    std::vector<int32_t> want_indexes;
    int64_t want_wait_ms;
  };
  const std::vector<Row> rows = {
      {"simple index creation", {1, 3}, {}, {1, 3}, 0},
      {"subset of indexes can be recreated now",
       {1, 3},
       {{1, PodBuilder().FailureCount("0").Index("1").DeletedAt(kEpoch)}},
       {3},
       0},
      {"subset of indexes can be recreated now as the pods failed long time ago",
       {1, 3},
       {{1, PodBuilder().FailureCount("0").DeletedAt(kEpoch)},
        {3, PodBuilder().FailureCount("0").DeletedAt(kEpoch - kInitialMs)}},
       {3},
       0},
      {"no indexes can be recreated now, need to wait default pod failure backoff",
       {1, 2, 3},
       {{1, PodBuilder().FailureCount("1").DeletedAt(kEpoch)},
        {2, PodBuilder().FailureCount("0").DeletedAt(kEpoch)},
        {3, PodBuilder().FailureCount("2").DeletedAt(kEpoch)}},
       {},
       kInitialMs},
      {"no indexes can be recreated now, need to wait but 1s already passed",
       {1, 2, 3},
       {{1, PodBuilder().FailureCount("1").DeletedAt(kEpoch - 1'000)},
        {2, PodBuilder().FailureCount("0").DeletedAt(kEpoch - 1'000)},
        {3, PodBuilder().FailureCount("2").DeletedAt(kEpoch - 1'000)}},
       {},
       kInitialMs - 1'000},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      PodsByIndex last_failed;
      for (const auto& [index, b] : row.last_failed) last_failed[index] = &b.pod;
      const IndexesReady got = IndexesReadyToCreate(row.indexes, last_failed, kEpoch, kInitialMs, kMaxMs);
      CHECK(got.now == row.want_indexes);
      CHECK(got.wait_ms == row.want_wait_ms);
    }
  }
}

namespace {

// A pod of TestSyncJobWithJobBackoffLimitPerIndex; finished pods finished
// long ago, so that no per-index back-off holds the sync.
api::Pod SyncPod(const std::string& index, const std::string& phase, const std::string& failure_count,
                 std::optional<int32_t> exit_code = std::nullopt, const std::string& container = "") {
  PodBuilder b;
  b.Index(index).Phase(phase).FailureCount(failure_count);
  if (exit_code) b.ExitCode(*exit_code, container);
  if (phase == "Failed" || phase == "Succeeded") {
    if (b.pod.status.container_statuses.empty()) b.ExitCode(phase == "Failed" ? 1 : 0);
    b.pod.status.container_statuses.Mut()[0].state.terminated()->finished_at = kLongAgo;
  }
  return b.pod;
}

JobSetup BlpiJob(int32_t n, int32_t backoff_limit, std::string policy = "") {
  JobSetup job{.parallelism = n, .completions = n, .backoff_limit = backoff_limit, .completion_mode = "Indexed",
               .backoff_limit_per_index = 1};
  if (!policy.empty()) job.pod_failure_policy = api::Json::parse(policy);
  return job;
}

Cond Target(const char* reason, const char* message) { return {"FailureTarget", "True", reason, message}; }
Cond Failed(const char* reason, const char* message) { return {"Failed", "True", reason, message}; }

constexpr const char* kFailedIndexesMessage = "Job has failed indexes";
constexpr const char* kMaxFailedMessage = "Job has exceeded the specified maximal number of failed indexes";
constexpr const char* kBackoffMessage = "Job has reached the specified backoff limit";
const std::string kFailJobX3 =
    R"({"rules": [{"action": "FailJob", "onExitCodes": {"operator": "In", "values": [3]}}]})";
const std::string kIgnoreX3 = R"({"rules": [{"action": "Ignore", "onExitCodes": {"operator": "In", "values": [3]}}]})";
const std::string kX3Message =
    "Container x for pod default/mypod-0 failed with exit code 3 matching FailJob rule at index 0";

// The failure-count (and ignored-failure-count) annotations of the created pods, by index.
std::map<int32_t, std::string> CreatedCounts(const Outcome& out) {
  std::map<int32_t, std::string> counts;
  for (const api::Pod& pod : out.client.created) {
    const auto& a = pod.metadata.annotations;
    std::string text = a.count(kFailureCountKey) ? a.at(kFailureCountKey) : "none";
    if (a.count(kIgnoredCountKey)) text += "+" + a.at(kIgnoredCountKey) + " ignored";
    counts[CompletionIndex(pod)] = text;
  }
  return counts;
}

struct BlpiRow {
  Row row;
  std::map<int32_t, std::string> want_created_counts;
};

}  // namespace

TEST_CASE("TestSyncJobWithJobBackoffLimitPerIndex: one sync of an Indexed Job with backoffLimitPerIndex") {
  const Gates prp{.pod_replacement_policy = true};
  const Gates managed_by{.managed_by = true};
  const Gates off{};
  JobSetup max_failed = BlpiJob(4, INT32_MAX);
  max_failed.max_failed_indexes = 1;
  const std::vector<api::Pod> max_failed_pods = {SyncPod("0", "Failed", "1"), SyncPod("1", "Succeeded", "0"),
                                                 SyncPod("2", "Failed", "1"), SyncPod("3", "Running", "0")};
  const std::vector<api::Pod> failed_index_pods = {SyncPod("0", "Failed", "1"), SyncPod("1", "Succeeded", "0")};
  const std::vector<BlpiRow> rows = {
      {{.name = "successful job after a single failure within index", .gates = prp, .job = BlpiJob(2, INT32_MAX),
        .pods = {.given = {SyncPod("0", "Failed", "0"), SyncPod("0", "Succeeded", "1"),
                           SyncPod("1", "Succeeded", "0")}},
        .want = {.succeeded = 2, .failed = 1, .terminating = 0,
                 .conditions = {{"SuccessCriteriaMet", "True"}, {"Complete", "True"}}, .patches = 3,
                 .completed_indexes = "0,1", .failed_indexes = ""}}},
      {{.name = "single failed pod, not counted as the replacement pod creation is delayed", .gates = prp,
        .job = BlpiJob(2, INT32_MAX), .pods = {.given = {SyncPod("0", "Failed", "0")}},
        .want = {.creations = 2, .active = 2, .terminating = 0, .created_indexes = {0, 1}, .failed_indexes = ""}},
       {{0, "1"}, {1, "0"}}},
      {{.name = "single failed pod replaced already", .gates = prp, .job = BlpiJob(2, INT32_MAX),
        .pods = {.given = {SyncPod("0", "Failed", "0"), SyncPod("0", "Pending", "1")}},
        .want = {.creations = 1, .active = 2, .failed = 1, .terminating = 0, .patches = 1, .created_indexes = {1},
                 .failed_indexes = ""}},
       {{1, "0"}}},
      {{.name = "single failed index due to exceeding the backoff limit per index, the job continues", .gates = prp,
        .job = BlpiJob(2, INT32_MAX), .pods = {.given = {SyncPod("0", "Failed", "1")}},
        .want = {.creations = 1, .active = 1, .failed = 1, .terminating = 0, .patches = 1, .created_indexes = {1},
                 .failed_indexes = "0"}},
       {{1, "0"}}},
      {{.name = "single failed index due to FailIndex action, the job continues", .gates = prp,
        .job = BlpiJob(2, INT32_MAX, kFailIndexOnExit3),
        .pods = {.given = {SyncPod("0", "Failed", "0", 3)}},
        .want = {.creations = 1, .active = 1, .failed = 1, .terminating = 0, .patches = 1, .created_indexes = {1},
                 .failed_indexes = "0"}},
       {{1, "0"}}},
      {{.name = "job failed index due to FailJob action", .gates = prp, .job = BlpiJob(2, 6, kFailJobX3),
        .pods = {.given = {SyncPod("0", "Failed", "0", 3, "x")}},
        .want = {.failed = 1, .terminating = 0,
                 .conditions = {{"FailureTarget", "True", "PodFailurePolicy", kX3Message},
                                {"Failed", "True", "PodFailurePolicy", kX3Message}},
                 .patches = 1, .events = std::vector<std::string>{"Warning PodFailurePolicy " + kX3Message},
                 .failed_indexes = ""}}},
      {{.name = "job pod failure ignored due to matching Ignore action", .gates = prp, .job = BlpiJob(2, 6, kIgnoreX3),
        .pods = {.given = {SyncPod("0", "Failed", "0", 3, "x")}},
        .want = {.creations = 2, .active = 2, .terminating = 0, .created_indexes = {0, 1}, .failed_indexes = ""}},
       {{0, "0+1 ignored"}, {1, "0"}}},
      {{.name = "job failed due to exceeding backoffLimit before backoffLimitPerIndex", .gates = prp,
        .job = BlpiJob(2, 1), .pods = {.given = {SyncPod("0", "Failed", "0"), SyncPod("1", "Failed", "0")}},
        .want = {.failed = 2, .terminating = 0,
                 .conditions = {Target("BackoffLimitExceeded", kBackoffMessage),
                                Failed("BackoffLimitExceeded", kBackoffMessage)},
                 .patches = 2, .failed_indexes = ""}}},
      {{.name = "job failed due to failed indexes", .gates = prp, .job = BlpiJob(2, INT32_MAX),
        .pods = {.given = failed_index_pods},
        .want = {.succeeded = 1, .failed = 1, .terminating = 0,
                 .conditions = {Target("FailedIndexes", kFailedIndexesMessage),
                                Failed("FailedIndexes", kFailedIndexesMessage)},
                 .patches = 2,
                 .events = std::vector<std::string>{"Warning FailedIndexes Job has failed indexes"},
                 .completed_indexes = "1", .failed_indexes = "0"}}},
      {{.name = "job failed due to exceeding max failed indexes", .gates = prp, .job = max_failed,
        .pods = {.given = max_failed_pods},
        .want = {.deletions = 1, .succeeded = 1, .failed = 3, .terminating = 1,
                 .conditions = {Target("MaxFailedIndexesExceeded", kMaxFailedMessage)}, .patches = 4,
                 .events = std::vector<std::string>{}, .completed_indexes = "1", .failed_indexes = "0,2"}}},
      {{.name = "job failed due to failed indexes; JobPodReplacementPolicy and JobManagedBy disabled", .gates = off,
        .job = BlpiJob(2, INT32_MAX), .pods = {.given = failed_index_pods},
        .want = {.succeeded = 1, .failed = 1, .conditions = {Failed("FailedIndexes", kFailedIndexesMessage)},
                 .patches = 2, .completed_indexes = "1", .failed_indexes = "0"}}},
      {{.name = "job failed due to failed indexes; JobManagedBy enabled", .gates = managed_by,
        .job = BlpiJob(2, INT32_MAX), .pods = {.given = failed_index_pods},
        .want = {.succeeded = 1, .failed = 1,
                 .conditions = {Target("FailedIndexes", kFailedIndexesMessage),
                                Failed("FailedIndexes", kFailedIndexesMessage)},
                 .patches = 2, .completed_indexes = "1", .failed_indexes = "0"}}},
      {{.name = "job failed due to exceeding max failed indexes; JobPodReplacementPolicy and JobManagedBy disabled",
        .gates = off, .job = max_failed, .pods = {.given = max_failed_pods},
        .want = {.deletions = 1, .succeeded = 1, .failed = 3,
                 .conditions = {Failed("MaxFailedIndexesExceeded", kMaxFailedMessage)}, .patches = 4,
                 .events = std::vector<std::string>{"Warning MaxFailedIndexesExceeded " +
                                                    std::string(kMaxFailedMessage)},
                 .completed_indexes = "1", .failed_indexes = "0,2"}}},
      {{.name = "job failed due to exceeding max failed indexes; JobManagedBy enabled", .gates = managed_by,
        .job = max_failed, .pods = {.given = max_failed_pods},
        .want = {.deletions = 1, .succeeded = 1, .failed = 3,
                 .conditions = {Target("MaxFailedIndexesExceeded", kMaxFailedMessage)}, .patches = 4,
                 .completed_indexes = "1", .failed_indexes = "0,2"}}},
  };
  for (const BlpiRow& r : rows) {
    DYNAMIC_SECTION(r.row.name) {
      const Outcome out = RunSync(r.row, RulesFor(r.row.gates));
      CheckOutcome(r.row.want, out);
      CHECK(CreatedCounts(out) == r.want_created_counts);
    }
  }
}

// Not upstream's: the per-index back-off holds a sync that only has indexes
// still waiting, and reports 0 active pods meanwhile as the Job-level one does.
TEST_CASE("an index whose back-off runs holds its replacement; the Job is synced when it ends") {
  api::Pod failed = SyncPod("0", "Failed", "1");
  failed.status.container_statuses.Mut()[0].state.terminated()->finished_at = kEpoch - 5'000;
  const Row row{.name = "second failure of index 0, 5 s ago: 20 s back-off",
                .gates = {.pod_replacement_policy = true},
                .job = {.parallelism = 1, .completions = 2, .backoff_limit = INT32_MAX, .completion_mode = "Indexed",
                        .backoff_limit_per_index = 3},
                .pods = {.given = {failed, SyncPod("1", "Succeeded", "0")}},
                .want = {.succeeded = 1, .terminating = 0, .patches = 1, .requeue_after_ms = 15'000,
                         .completed_indexes = "1", .failed_indexes = ""}};
  const Outcome out = RunSync(row, RulesFor(row.gates));
  CheckOutcome(row.want, out);
}
