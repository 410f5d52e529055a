// The seed's kubectl listings (tests/kubectl/seed_listings.h, copied verbatim
// from the 2016 notes) against what the shipped 1.3 scenarios print, line by
// line: the golden transcripts are what `jobsim run` prints (CTest compares
// them byte for byte), so a listing that drifts from the seed fails here. Pod
// names, uids and the event ages are masked; whitespace runs are compared as
// one space, since the notes expanded kubectl's tabs (the tab layout itself is
// checked against the seed in tests/kubectl/describe_job_test.cc).
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "tests/kubectl/seed_listings.h"

namespace {

using namespace jobsim::kubectl::test;

std::string ReadGolden(const std::string& scenario) {
  std::ifstream in(std::string(JOBSIM_SOURCE_DIR) + "/scenarios/" + scenario + ".golden");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The output of the transcript step whose header is `step` (up to the next step or the summary).
std::string StepOutput(const std::string& transcript, const std::string& step) {
  const size_t header = transcript.find(step + "\n");
  if (header == std::string::npos) return "";
  const size_t begin = header + step.size() + 1;
  static const std::regex kNext(R"(\n(\[t=|\d+ passed))");
  std::smatch next;
  const std::string rest = transcript.substr(begin);
  return std::regex_search(rest, next, kNext) ? rest.substr(0, static_cast<size_t>(next.position(0)) + 1) : rest;
}

// One line as the comparison sees it.
std::string Masked(std::string line) {
  static const std::regex kUid("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  static const std::regex kPodName(R"(\bpi-[a-z0-9]{5}(?![a-z0-9]))");  // also in "pi-2n6pa_default(uid)"
  static const std::regex kDockerId("docker id [0-9a-f]{12}");
  static const std::regex kEventAges(R"(^\s+\d+[smhd]\s+\d+[smhd]\s)");  // FirstSeen, LastSeen
  static const std::regex kPodAge(R"(^(pi-NAME\s.*\s)\d+[smhd]$)");           // get pods' AGE
  static const std::regex kSpaces(R"(\s+)");
  line = std::regex_replace(line, kUid, "UID");
  line = std::regex_replace(line, kPodName, "pi-NAME");
  line = std::regex_replace(line, kDockerId, "docker id ID");
  line = std::regex_replace(line, kEventAges, "AGE AGE ");
  line = std::regex_replace(line, kPodAge, "$1AGE");
  line = std::regex_replace(line, kSpaces, " ");
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

std::vector<std::string> MaskedLines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(Masked(line));
  return out;
}

}  // namespace

TEST_CASE("the shipped 1.3 scenarios print the seed's listings line for line") {
  struct Row {
    const char* what;
    const char* scenario;
    const char* step;
    const char* seed;
  };
  const std::vector<Row> rows = {
      {"restartPolicy Never, one minute in: 41 failed pods and the combined events", "41-failed-pods",
       "[t=60s] $ kubectl describe job/pi", kSeedNeverJob},
      {"restartPolicy Never, one minute in: the one pod that exists is being created", "41-failed-pods",
       "[t=60s] $ kubectl get pods", kSeedNeverGetPods},
      {"restartPolicy OnFailure: one pod, restarted in place, none failed", "onfailure-crashloop",
       "[t=46s] $ kubectl describe job/pi", kSeedOnFailureJob},
      {"activeDeadlineSeconds 1: the pod deleted, DeadlineExceeded as a Normal event", "active-deadline",
       "[t=7s] $ kubectl describe job pi", kSeedDeadlineJob},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what, row.scenario, row.step);
    const std::string ours = StepOutput(ReadGolden(row.scenario), row.step);
    REQUIRE_FALSE(ours.empty());
    const std::vector<std::string> want = MaskedLines(row.seed);
    const std::vector<std::string> got = MaskedLines(ours);
    CHECK(got.size() == want.size());
    for (size_t i = 0; i < want.size() && i < got.size(); ++i) {
      CAPTURE(i);
      CHECK(got[i] == want[i]);
    }
  }
}

TEST_CASE("masking hides names, uids and event ages, and nothing else") {
  CHECK(Masked("Selector:\tcontroller-uid=cb44e05e-18f7-11e6-b739-0800278856e6") == "Selector: controller-uid=UID");
  CHECK(Masked("  59s\t\t47s\t1\t{job-controller }\tCreated pod: pi-s0y10") ==
        "AGE AGE 1 {job-controller } Created pod: pi-NAME");
  CHECK(Masked("Pods Statuses:\t1 Running / 0 Succeeded / 41 Failed") != Masked("Pods Statuses:\t1 Running / 0 Succeeded / 40 Failed"));
  CHECK(Masked("Active Deadline Seconds:\t1s") == "Active Deadline Seconds: 1s");
  CHECK(Masked("pi-k1xx3   0/1       ContainerCreating   0          1s") == "pi-NAME 0/1 ContainerCreating 0 AGE");
}

namespace {

// The event rows of a legacy describe listing from its "Events:" line, each
// with the blank lines after it, names, uids and docker ids masked but the
// ages kept; trailing blank lines dropped (the notes end the listing there).
std::vector<std::string> EventRows(const std::string& text) {
  static const std::regex kUid("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  static const std::regex kPodName(R"(\bpi-[a-z0-9]{5}(?![a-z0-9]))");
  static const std::regex kDockerId("docker id [0-9a-f]{12}");
  static const std::regex kSpaces(R"(\s+)");
  std::vector<std::string> rows;
  std::istringstream in(text.substr(std::min(text.size(), text.find("Events:\n"))));
  for (std::string line; std::getline(in, line);) {
    line = std::regex_replace(line, kUid, "UID");
    line = std::regex_replace(line, kPodName, "pi-NAME");
    line = std::regex_replace(line, kDockerId, "docker id ID");
    line = std::regex_replace(line, kSpaces, " ");
    while (!line.empty() && line.back() == ' ') line.pop_back();
    if (line.empty() && !rows.empty()) {
      rows.back() += "\n";
    } else {
      rows.push_back(line);
    }
  }
  while (!rows.empty() && rows.back().back() == '\n') rows.back().pop_back();
  return rows;
}

// The LastSeen cell of an event row ("" for the header rows).
std::string LastSeen(const std::string& row) {
  static const std::regex kAges(R"(^ \d+[smhd] (\d+[smhd]) )");
  std::smatch m;
  return std::regex_search(row, m, kAges) ? m[1].str() : "";
}

// kubectl 1.3 sorts the events by lastTimestamp, whole seconds, with Go's
// unstable quicksort: how rows of one second come out depends on the
// sub-second times of every event, which the notes do not show. So each run
// of consecutive rows with the same LastSeen cell is compared as a set.
std::vector<std::string> SortedWithinRuns(std::vector<std::string> rows) {
  for (size_t begin = 0; begin < rows.size();) {
    size_t end = begin + 1;
    while (end < rows.size() && !LastSeen(rows[begin]).empty() && LastSeen(rows[end]) == LastSeen(rows[begin])) ++end;
    std::sort(rows.begin() + static_cast<std::ptrdiff_t>(begin), rows.begin() + static_cast<std::ptrdiff_t>(end));
    begin = end;
  }
  return rows;
}

}  // namespace

// The seed's long `describe pod/pi-2n6pa` (notes line 125) of the OnFailure
// crash loop, taken 2m48s into the pod's life: every event row with its
// count and its FirstSeen and LastSeen ages (2m/3s/12 BackOff, 1m/3s/8
// "Back-off 1m20s", ...), which pin the kubelet's timing (sim/node/README.md).
TEST_CASE("the OnFailure crash loop's describe pod prints the seed's events, ages and counts included") {
  const std::string ours =
      StepOutput(ReadGolden("onfailure-crashloop"), "[t=203s] $ kubectl describe pod -l job-name=pi");
  REQUIRE_FALSE(ours.empty());
  const std::vector<std::string> seed = EventRows(kSeedOnFailurePodEvents);
  const std::vector<std::string> want = SortedWithinRuns(seed);
  const std::vector<std::string> got = SortedWithinRuns(EventRows(ours));
  REQUIRE(want.size() == 21);  // "Events:", the header and its rule, 18 events
  CHECK(got.size() == want.size());
  for (size_t i = 0; i < want.size() && i < got.size(); ++i) {
    CAPTURE(i);
    std::string row = got[i];
    // The notes end with the seed's last row; the blank line after it is cut off.
    if (want[i] == seed.back() && !row.empty() && row.back() == '\n') row.pop_back();
    CHECK(row == want[i]);
  }
}

TEST_CASE("event rows: blank lines stay with their row, runs of one LastSeen compare as sets") {
  const std::string text = "Events:\n  2m\t2m\t1\ta\n\n  2m\t1m\t5\tc\n  1m\t1m\t1\tb\n\n  1m\t3s\t8\td\n\n";
  CHECK(EventRows(text) == std::vector<std::string>{"Events:", " 2m 2m 1 a\n", " 2m 1m 5 c", " 1m 1m 1 b\n", " 1m 3s 8 d"});
  CHECK(SortedWithinRuns(EventRows(text)) ==
        std::vector<std::string>{"Events:", " 2m 2m 1 a\n", " 1m 1m 1 b\n", " 2m 1m 5 c", " 1m 3s 8 d"});
  CHECK(EventRows("Events:\n  1m\t3s\t8\td pi-2n6pa_default(3643a8cc-18fa-11e6-b739-0800278856e6)\n") ==
        std::vector<std::string>{"Events:", " 1m 3s 8 d pi-NAME_default(UID)"});
}

