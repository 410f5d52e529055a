#include "controller/indexed_job.h"

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::controller;

TEST_CASE("completedIndexes text: parse and print") {
  struct Row {
    std::string name;
    std::string text;
    int32_t completions;
    std::string want;
    int32_t want_total;
  };
  const std::vector<Row> rows = {
      {"empty", "", 5, "", 0},
      {"single indexes and ranges", "1,3-5,7", 10, "1,3-5,7", 5},
      {"two adjacent numbers print as a pair", "0-1", 5, "0,1", 2},
      {"adjacent fragments merge", "0,1,2,4", 5, "0-2,4", 4},
      {"unparsable fragments are skipped", "x,1,2-y,4", 5, "1,4", 2},
      {"a fragment at or past completions ends the parse", "1,5,2", 5, "1", 1},
      {"an end past completions is clipped", "2-9", 5, "2-4", 3},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      const IndexIntervals parsed = IndexIntervals::Parse(row.text, row.completions);
      CHECK(parsed.String() == row.want);
      CHECK(parsed.Total() == row.want_total);
    }
  }
}

TEST_CASE("adding indexes to an interval set") {
  const IndexIntervals base = IndexIntervals::Parse("2,4,5,7-9", 20);
  CHECK(base.With({}).String() == "2,4,5,7-9");
  CHECK(base.With({3}).String() == "2-5,7-9");
  CHECK(base.With({6, 0, 6}).String() == "0,2,4-9");
  CHECK(base.With({12, 10, 11}).String() == "2,4,5,7-12");
  CHECK(base.Has(8));
  CHECK_FALSE(base.Has(6));
}

TEST_CASE("the first pending indexes skip those already taken") {
  const IndexIntervals taken = IndexIntervals::Parse("0,2-5,7-9", 20);
  CHECK(FirstPendingIndexes(taken, 6, 20) == std::vector<int32_t>{1, 6, 10, 11, 12, 13});
  CHECK(FirstPendingIndexes(taken, 6, 11) == std::vector<int32_t>{1, 6, 10});
  CHECK(FirstPendingIndexes(IndexIntervals{}, 2, 5) == std::vector<int32_t>{0, 1});
  CHECK(FirstPendingIndexes(taken, 0, 20).empty());
}

// indexed_job_utils_test.go TestFirstPendingIndexes "with failed indexes":
// failed indexes (backoffLimitPerIndex) are never run again.
TEST_CASE("failed indexes merge into the indexes already taken") {
  const IndexIntervals taken = IndexIntervals::Parse("1,5,9", 20).With({3, 9});
  const IndexIntervals failed = IndexIntervals::Parse("2,6-7", 20);
  CHECK(taken.Merge(failed).String() == "1-3,5-7,9");
  CHECK(failed.Merge(taken).String() == "1-3,5-7,9");
  CHECK(FirstPendingIndexes(taken.Merge(failed), 5, 20) == std::vector<int32_t>{0, 4, 8, 10, 11});
  CHECK(IndexIntervals{}.Merge(failed).String() == "2,6,7");
  CHECK(IndexIntervals::Parse("0-4", 20).Merge(IndexIntervals::Parse("2,3", 20)).String() == "0-4");
}

TEST_CASE("a pod's completion index") {
  api::Pod pod;
  CHECK(CompletionIndex(pod) == kUnknownCompletionIndex);
  pod.metadata.annotations.Mut()["batch.kubernetes.io/job-completion-index"] = "invalid";
  CHECK(CompletionIndex(pod) == kUnknownCompletionIndex);
  pod.metadata.annotations.Mut()["batch.kubernetes.io/job-completion-index"] = "-3";
  CHECK(CompletionIndex(pod) == kUnknownCompletionIndex);
  pod.metadata.annotations.Mut()["batch.kubernetes.io/job-completion-index"] = "7";
  CHECK(CompletionIndex(pod) == 7);
}
