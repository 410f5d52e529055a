#include "sim/scenario/timeline_diff.h"

#include <catch2/catch.hpp>

#include <fmt/format.h>

using namespace jobsim;
using namespace jobsim::scenario;

namespace {

TimelineEntry E(ElapsedMs t_ms, const std::string& subject, const std::string& what, const std::string& reason = "") {
  return TimelineEntry{t_ms, subject.rfind("pod/", 0) == 0 ? "Pod" : "Job", subject, what, reason};
}

// A row as one line: "1450 = job/pi created", or "1450 A: job/pi status.failed=1 @2500 | B: -"
// (@: the other side's time of the same entry).
std::vector<std::string> Show(const TimelineDiff& diff, const Timeline& a, const Timeline& b) {
  auto cell = [](const std::optional<DiffCell>& c, const Timeline& t) {
    if (!c) return std::string("-");
    const TimelineEntry& e = t[c->entry];
    return e.subject + " " + e.what + (c->other_ms ? fmt::format(" @{}", *c->other_ms) : "");
  };
  std::vector<std::string> out;
  for (const DiffRow& row : diff.rows) {
    out.push_back(row.same ? fmt::format("{} = {}", row.t_ms, cell(row.a, a))
                           : fmt::format("{} A: {} | B: {}", row.t_ms, cell(row.a, a), cell(row.b, b)));
  }
  return out;
}

}  // namespace

TEST_CASE("two timelines compared entry by entry") {
  struct Row {
    std::string name;
    Timeline a;
    Timeline b;
    std::vector<std::string> want_rows;
    std::optional<size_t> want_first_divergence;
    size_t want_same;
    size_t want_shifted;
  };
  const TimelineEntry created = E(0, "job/pi", "created");
  const TimelineEntry active = E(0, "job/pi", "status.active=1");
  const std::vector<Row> rows = {
      {"identical timelines: no divergence",
       {created, active, E(1450, "pod/pi-#1", "phase Failed")},
       {created, active, E(1450, "pod/pi-#1", "phase Failed")},
       {"0 = job/pi created", "0 = job/pi status.active=1", "1450 = pod/pi-#1 phase Failed"},
       std::nullopt, 3, 0},
      {"two empty timelines are identical", {}, {}, {}, std::nullopt, 0, 0},
      {"the first differing entry, side by side with what the other has then",
       {created, E(5000, "job/pi", "condition Failed=True BackoffLimitExceeded")},
       {created, E(5000, "job/pi", "condition Failed=True DeadlineExceeded")},
       {"0 = job/pi created",
        "5000 A: job/pi condition Failed=True BackoffLimitExceeded | B: job/pi condition Failed=True DeadlineExceeded"},
       1, 1, 0},
      {"an entry only in A",
       {created, E(2000, "job/pi", "status.failed=1")},
       {created},
       {"0 = job/pi created", "2000 A: job/pi status.failed=1 | B: -"},
       1, 1, 0},
      {"an entry only in B",
       {created},
       {created, E(0, "job/pi", "status.ready=0")},
       {"0 = job/pi created", "0 A: - | B: job/pi status.ready=0"},
       1, 1, 0},
      {"the same entry at different times: each side says when the other has it",
       {created, E(1450, "pod/pi-#2", "created")},
       {created, E(11000, "pod/pi-#2", "created")},
       {"0 = job/pi created", "1450 A: pod/pi-#2 created @11000 | B: -", "11000 A: - | B: pod/pi-#2 created @1450"},
       1, 1, 1},
      {"a repeated entry: the k-th in A goes with the k-th in B",
       {E(1000, "job/pi", "status.active=0"), E(2000, "job/pi", "status.active=0")},
       {E(1000, "job/pi", "status.active=0"), E(3000, "job/pi", "status.active=0")},
       {"1000 = job/pi status.active=0", "2000 A: job/pi status.active=0 @3000 | B: -",
        "3000 A: - | B: job/pi status.active=0 @2000"},
       1, 1, 1},
      {"the order within one millisecond does not matter",
       {E(5, "pod/pi-#1", "created"), E(5, "job/pi", "status.active=1")},
       {E(5, "job/pi", "status.active=1"), E(5, "pod/pi-#1", "created")},
       {"5 = pod/pi-#1 created", "5 = job/pi status.active=1"},
       std::nullopt, 2, 0},
      {"the subject is part of the entry",
       {E(0, "job/a", "created")},
       {E(0, "job/b", "created")},
       {"0 A: job/a created | B: job/b created"},
       0, 0, 0},
      {"shared entries come first in a millisecond, then each side's own",
       {E(0, "job/pi", "status.failed=1"), created},
       {created, E(0, "job/pi", "status.failed=2")},
       {"0 = job/pi created", "0 A: job/pi status.failed=1 | B: job/pi status.failed=2"},
       1, 1, 0},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      const TimelineDiff diff = DiffTimelines(row.a, row.b);
      CHECK(Show(diff, row.a, row.b) == row.want_rows);
      CHECK(diff.first_divergence == row.want_first_divergence);
      CHECK(diff.identical() == !row.want_first_divergence);
      CHECK(diff.same == row.want_same);
      CHECK(diff.shifted == row.want_shifted);
    }
  }
}

TEST_CASE("timelines out of time order are compared in time order") {
  const Timeline a = {E(2000, "job/pi", "status.failed=1"), E(0, "job/pi", "created")};
  const Timeline b = {E(0, "job/pi", "created"), E(2000, "job/pi", "status.failed=1")};
  CHECK(Show(DiffTimelines(a, b), a, b) ==
        std::vector<std::string>{"0 = job/pi created", "2000 = job/pi status.failed=1"});
}

TEST_CASE("Event reasons that only one timeline records") {
  const Timeline a = {E(0, "job/pi", "event SuccessfulCreate: Created pod: pi-#1", "SuccessfulCreate"),
                      E(1, "pod/pi-#1", "event Warning FailedSync: ...", "FailedSync"),
                      E(2, "pod/pi-#1", "event Killing: ...", "Killing"), E(3, "job/pi", "status.failed=1")};
  const Timeline b = {E(0, "job/pi", "event SuccessfulCreate: Created pod: pi-#1", "SuccessfulCreate"),
                      E(9, "pod/pi-#1", "event Warning BackOff: ...", "BackOff")};
  CHECK(EventReasonsOnlyIn(a, b) == std::vector<std::string>{"FailedSync", "Killing"});
  CHECK(EventReasonsOnlyIn(b, a) == std::vector<std::string>{"BackOff"});
  CHECK(EventReasonsOnlyIn(a, a).empty());
}

TEST_CASE("the detail levels keep Jobs, then Pods, then the Events about Pods") {
  const Timeline t = {E(0, "job/pi", "created"), E(0, "job/pi", "event SuccessfulCreate: x", "SuccessfulCreate"),
                      E(0, "pod/pi-#1", "created"), E(1, "pod/pi-#1", "event Scheduled: y", "Scheduled"),
                      TimelineEntry{2, "Node", "node/n1", "event NodeNotReady: z", "NodeNotReady"}};
  auto whats = [](const Timeline& selected) {
    std::vector<std::string> out;
    for (const TimelineEntry& e : selected) out.push_back(e.subject + " " + e.what);
    return out;
  };
  CHECK(whats(Select(t, Detail::kJobs)) ==
        std::vector<std::string>{"job/pi created", "job/pi event SuccessfulCreate: x"});
  CHECK(whats(Select(t, Detail::kPods)) ==
        std::vector<std::string>{"job/pi created", "job/pi event SuccessfulCreate: x", "pod/pi-#1 created",
                                 "node/n1 event NodeNotReady: z"});
  CHECK(Select(t, Detail::kAll) == t);
  CHECK(DetailNamed("pods") == Detail::kPods);
  CHECK(DetailNamed("everything") == std::nullopt);
}
