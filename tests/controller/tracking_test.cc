// The uncountedTerminatedPods protocol, write by write
// (upstream TestTrackJobStatusAndRemoveFinalizers).
#include "controller/tracking.h"

#include <catch2/catch.hpp>

#include "controller/conditions.h"
#include "tests/controller/fake_client.h"

using namespace jobsim;
using namespace jobsim::controller;
using namespace jobsim::controller::test;

namespace {

constexpr UnixMs kNow = 1735689600000;

struct P {
  std::string uid;
  std::string phase;
  bool finalizer = true;
  bool deleting = false;
  std::string index;  // Indexed Jobs
};

api::Pod MakePod(const P& p) {
  api::Pod pod;
  pod.metadata.name = pod.metadata.uid = p.uid;
  pod.metadata.namespace_ = "default";
  pod.status.phase = p.phase;
  if (p.finalizer) pod.metadata.finalizers = {"batch.kubernetes.io/job-tracking"};
  if (p.deleting) pod.metadata.deletion_timestamp = kNow;
  if (!p.index.empty()) pod.metadata.annotations.Mut()["batch.kubernetes.io/job-completion-index"] = p.index;
  return pod;
}

// "S2 F3 uS[a,c] uF[b] Complete" — the parts of a written status the protocol decides.
std::string Summary(const api::JobStatus& s) {
  std::string out = "A" + std::to_string(s.active) + " S" + std::to_string(s.succeeded) + " F" +
                    std::to_string(s.failed);
  auto list = [](const std::vector<std::string>& uids) {
    std::string l;
    for (const auto& u : uids) l += (l.empty() ? "" : ",") + u;
    return "[" + l + "]";
  };
  if (s.uncounted_terminated_pods) {
    out += " uS" + list(s.uncounted_terminated_pods->succeeded) + " uF" + list(s.uncounted_terminated_pods->failed);
  }
  if (!s.completed_indexes.empty()) out += " idx" + s.completed_indexes;
  for (const auto& c : s.conditions) out += " " + c.type;
  if (s.completion_time) out += " completionTime";
  return out;
}

struct TrackingRow {  // not Row: sync_harness.h has one, and the files may share a translation unit
  std::string name;
  api::JobStatus status;
  std::vector<P> pods;
  std::optional<std::string> finishing;  // Complete or Failed
  bool needs_flush = false;
  bool deleting = false;
  bool pod_error = false;
  int32_t completions = 1;
  bool indexed = false;
  std::vector<std::string> want_writes;
  int want_patches = 0;
  bool want_error = false;
};

api::JobStatus Status(int32_t active, int32_t succeeded, int32_t failed, std::vector<std::string> us = {},
                      std::vector<std::string> uf = {}) {
  api::JobStatus s;
  s.active = active;
  s.succeeded = succeeded;
  s.failed = failed;
  s.uncounted_terminated_pods = api::UncountedTerminatedPods{std::move(us), std::move(uf)};
  return s;
}

}  // namespace

TEST_CASE("tracking finished pods: status writes and finalizer removals") {
  const std::vector<TrackingRow> rows = {
      {.name = "no updates", .status = Status(0, 0, 0)},
      {.name = "new active", .status = Status(1, 0, 0), .needs_flush = true, .want_writes = {"A1 S0 F0 uS[] uF[]"}},
      {.name = "track finished pods",
       .status = Status(0, 0, 0),
       .pods = {{"a", "Succeeded"}, {"b", "Failed"}, {"c", "Succeeded", true, true}, {"d", "Failed", true, true},
                {"e", "Pending", true, true}, {"f", "Pending"}, {"g", "Running"}},
       .want_writes = {"A0 S0 F0 uS[a,c] uF[b,d,e]", "A0 S2 F3 uS[] uF[]"},
       .want_patches = 5},
      {.name = "past and new finished pods",
       .status = Status(1, 2, 3, {"a", "e"}, {"b", "f"}),
       .pods = {{"a", "Succeeded"}, {"b", "Failed"}, {"c", "Succeeded"}, {"d", "Failed"}},
       .want_writes = {"A1 S3 F4 uS[a,c] uF[b,d]", "A1 S5 F6 uS[] uF[]"},
       .want_patches = 4},
      {.name = "completing job",
       .status = Status(0, 0, 0),
       .pods = {{"a", "Succeeded"}, {"b", "Failed"}},
       .finishing = "Complete",
       .want_writes = {"A0 S0 F0 uS[a] uF[b]", "A0 S1 F1 uS[] uF[] Complete completionTime"},
       .want_patches = 2},
      {.name = "failing job",
       .status = Status(1, 0, 0),
       .pods = {{"a", "Succeeded"}, {"b", "Failed"}, {"c", "Running"}},
       .finishing = "Failed",
       .want_writes = {"A1 S0 F0 uS[a] uF[b,c]", "A1 S1 F2 uS[] uF[] Failed"},
       .want_patches = 3},
      {.name = "deleted job",
       .status = Status(1, 0, 0),
       .pods = {{"a", "Succeeded"}, {"b", "Failed"}, {"c", "Running"}},
       .deleting = true,
       .want_writes = {"A1 S0 F0 uS[a] uF[b]", "A1 S1 F1 uS[] uF[]"},
       .want_patches = 3},
      {.name = "pod patch errors",
       .status = Status(0, 0, 0),
       .pods = {{"a", "Succeeded"}, {"b", "Failed"}},
       .pod_error = true,
       .want_writes = {"A0 S0 F0 uS[a] uF[b]"},
       .want_patches = 2,
       .want_error = true},
      {.name = "indexed job new successful pods",
       .status = Status(1, 0, 0),
       .pods = {{"p1", "Succeeded", true, false, "1"}, {"p3", "Succeeded", true, false, "3"},
                {"p3b", "Succeeded", true, false, "3"}, {"p5", "Running", true, false, "5"},
                {"px", "Succeeded"}},
       .completions = 6,
       .indexed = true,
       .want_writes = {"A1 S2 F0 uS[] uF[] idx1,3"},
       .want_patches = 4},
  };
  for (const TrackingRow& row : rows) {
    DYNAMIC_SECTION(row.name) {
      api::Job sync_job;
      SyncContext ctx(sync_job);
      ctx.key = "default/foobar";
      ctx.now_ms = kNow;
      ctx.job.metadata.name = "foobar";
      ctx.job.spec.completions = row.completions;
      if (row.indexed) ctx.job.spec.completion_mode = "Indexed";
      if (row.deleting) ctx.job.metadata.deletion_timestamp = kNow;
      ctx.job.status = row.status;
      for (const P& p : row.pods) ctx.pods.push_back(std::make_shared<const api::Pod>(MakePod(p)));
      if (row.finishing) ctx.finished_condition = NewCondition(*row.finishing, "True", "", "", kNow);
      FakeClient client;
      if (row.pod_error) client.error = api::Status::InternalError("fake error");
      FinalizerExpectations expectations;
      const FlushResult result =
          TrackStatusAndRemoveFinalizers(ctx, row.needs_flush, TrackingSeams{client, client, expectations}, {});
      std::vector<std::string> writes;
      for (const api::Job& job : client.written) writes.push_back(Summary(job.status));
      CHECK(writes == row.want_writes);
      CHECK(client.patched.size() == static_cast<size_t>(row.want_patches));
      CHECK(result.status.ok() == !row.want_error);
      CHECK(result.finished == row.finishing.has_value());
      // Removals that went through stay expected until the pod update is seen.
      CHECK(expectations.Expected(ctx.key).size() == (row.pod_error ? 0u : client.patched.size()));
    }
  }
}

TEST_CASE("a Job finishing with a terminating pod waits for it when terminal conditions are delayed") {
  api::Job sync_job;
  SyncContext ctx(sync_job);
  ctx.key = "default/foobar";
  ctx.now_ms = kNow;
  ctx.job.spec.completions = 1;
  ctx.job.status = Status(0, 0, 0);
  ctx.pods.push_back(std::make_shared<const api::Pod>(MakePod({"a", "Running", false, true})));
  ctx.terminating = 1;
  ctx.finished_condition = NewCondition("FailureTarget", "True", "BackoffLimitExceeded", "m", kNow);
  FakeClient client;
  FinalizerExpectations expectations;
  const FlushResult result =
      TrackStatusAndRemoveFinalizers(ctx, false, TrackingSeams{client, client, expectations}, ControllerRules{});
  CHECK_FALSE(result.finished);
  REQUIRE(client.written.size() == 1);
  CHECK(Summary(client.written[0].status) == "A0 S0 F0 uS[] uF[] FailureTarget");
  CHECK(ctx.finished_condition->type == "Failed");
}

TEST_CASE("UidSet orders uids as text, however early they differ") {
  const std::vector<std::string_view> uids = {
      "8e0b1d6a-0001-4000-8000-000000000000", "8e0b1d6a-0001-4000-8000-000000000001",  // same first word
      "8e0b1d6b-0000-4000-8000-000000000000", "0e0b1d6a-ffff-4000-8000-000000000000",
      "8e0b1d6",  "8e0b1d6a", "",  "z",  "8e0b1d6a-"};
  for (std::string_view a : uids) {
    for (std::string_view b : uids) {
      INFO(a << " < " << b);
      CHECK(UidSet::Less{}(a, b) == (a < b));
    }
  }
  UidSet set(uids);
  for (std::string_view uid : uids) CHECK(set.count(uid));
  CHECK_FALSE(set.count("8e0b1d6a-0001-4000-8000-000000000002"));
  set.erase("8e0b1d6a-0001-4000-8000-000000000001");
  CHECK_FALSE(set.count("8e0b1d6a-0001-4000-8000-000000000001"));
  CHECK(set.count("8e0b1d6a-0001-4000-8000-000000000000"));
}

TEST_CASE("FinalizerExpectations: each uid expected once, until observed") {
  api::Pod a, b;
  a.metadata.uid = "uid-a";
  b.metadata.uid = "uid-b";
  FinalizerExpectations expectations;
  expectations.ExpectRemovals("ns/job", {&a, &b});
  expectations.ExpectRemovals("ns/job", {&a});  // already expected
  CHECK(expectations.Expected("ns/job") == api::SortedUids{api::Uid("uid-a"), api::Uid("uid-b")});
  expectations.RemovalObserved("ns/job", a.metadata.uid);
  CHECK(expectations.Expected("ns/job") == api::SortedUids{api::Uid("uid-b")});
  expectations.RemovalObserved("ns/other", b.metadata.uid);  // another Job's
  expectations.RemovalObserved("ns/job", a.metadata.uid);    // no longer expected
  CHECK(expectations.Expected("ns/job") == api::SortedUids{api::Uid("uid-b")});
  expectations.RemovalObserved("ns/job", b.metadata.uid);
  CHECK(expectations.Expected("ns/job").empty());
}
