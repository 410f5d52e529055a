// Compares two timelines (sim/scenario/timeline.h), for `jobsim diff`. Pure:
// (timeline A, timeline B) in, rows to print side by side out.
//
// Entries are compared by subject and text. The k-th occurrence of an entry
// in A goes with the k-th occurrence of the same entry in B: at the same
// time they are the same; at different times each side shows when the other
// has it. Entries of one millisecond are compared as a set (their order is the
// order of tasks queued at that millisecond, not something a version decides).
// Two timelines are identical when every entry is the same in both.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "sim/scenario/timeline.h"

namespace jobsim::scenario {

// One side of a row: an entry of that side's timeline.
struct DiffCell {
  size_t entry = 0;                   // index in the side's timeline
  std::optional<ElapsedMs> other_ms;  // when the other side has the same entry, if at another time
  friend bool operator==(const DiffCell&, const DiffCell&) = default;
};

// At t_ms: an entry both have (same: a and b both set), or what each side has
// that the other does not have at t_ms (either may be missing).
struct DiffRow {
  ElapsedMs t_ms = 0;
  bool same = false;
  std::optional<DiffCell> a;
  std::optional<DiffCell> b;
  friend bool operator==(const DiffRow&, const DiffRow&) = default;
};

struct TimelineDiff {
  // By time; within one millisecond the shared entries first (in A's order),
  // then A's and B's other entries side by side, each in its own order.
  std::vector<DiffRow> rows;
  std::optional<size_t> first_divergence;  // index in rows of the first row that is not the same
  size_t same = 0;     // entries the same in both
  size_t shifted = 0;  // entries both have, at different times (counted once per pair)
  bool identical() const { return !first_divergence; }
};

TimelineDiff DiffTimelines(const Timeline& a, const Timeline& b);

// The Event reasons x records and y never does, sorted.
std::vector<std::string> EventReasonsOnlyIn(const Timeline& x, const Timeline& y);

}  // namespace jobsim::scenario
