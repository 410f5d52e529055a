#include "sim/scenario/timeline_diff.h"

#include <algorithm>
#include <deque>
#include <iterator>
#include <limits>
#include <map>
#include <set>

namespace jobsim::scenario {
namespace {

constexpr size_t kNone = std::numeric_limits<size_t>::max();

std::string Key(const TimelineEntry& e) { return e.subject + '\n' + e.what; }

// partner_of_a[i]: the entry of B that goes with A's entry i (kNone: none), and back.
struct Pairs {
  std::vector<size_t> partner_of_a;
  std::vector<size_t> partner_of_b;
};

Pairs Pair(const Timeline& a, const Timeline& b) {
  std::map<std::string, std::deque<size_t>> unpaired_b;  // by key, in B's order
  for (size_t j = 0; j < b.size(); ++j) unpaired_b[Key(b[j])].push_back(j);
  Pairs p{std::vector<size_t>(a.size(), kNone), std::vector<size_t>(b.size(), kNone)};
  for (size_t i = 0; i < a.size(); ++i) {
    const auto it = unpaired_b.find(Key(a[i]));
    if (it == unpaired_b.end() || it->second.empty()) continue;
    p.partner_of_a[i] = it->second.front();
    p.partner_of_b[it->second.front()] = i;
    it->second.pop_front();
  }
  return p;
}

// A timeline's indexes in time order (a recorded timeline is in that order already).
std::vector<size_t> ByTime(const Timeline& t) {
  std::vector<size_t> order(t.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&t](size_t x, size_t y) { return t[x].t_ms < t[y].t_ms; });
  return order;
}

// The indexes of `order`, from `next` on, of entries at time t; moves next past them.
std::vector<size_t> TakeAt(const Timeline& t, const std::vector<size_t>& order, size_t& next, ElapsedMs at) {
  std::vector<size_t> out;
  while (next < order.size() && t[order[next]].t_ms == at) out.push_back(order[next++]);
  return out;
}

std::set<std::string> Reasons(const Timeline& t) {
  std::set<std::string> reasons;
  for (const TimelineEntry& e : t) {
    if (!e.reason.empty()) reasons.insert(e.reason);
  }
  return reasons;
}

// What one side has at a time that the other side does not have then.
std::vector<DiffCell> OwnCells(const std::vector<size_t>& bucket, const std::vector<size_t>& partner,
                               const Timeline& other, ElapsedMs at) {
  std::vector<DiffCell> cells;
  for (size_t i : bucket) {
    const size_t j = partner[i];
    if (j == kNone) cells.push_back(DiffCell{i, std::nullopt});
    else if (other[j].t_ms != at) cells.push_back(DiffCell{i, other[j].t_ms});
  }
  return cells;
}

// The rows of one millisecond: the shared entries, then the others side by side.
void AddRows(const Timeline& a, const Timeline& b, const Pairs& p, ElapsedMs at, const std::vector<size_t>& bucket_a,
             const std::vector<size_t>& bucket_b, TimelineDiff& out) {
  for (size_t i : bucket_a) {
    const size_t j = p.partner_of_a[i];
    if (j == kNone || b[j].t_ms != at) continue;
    out.rows.push_back(DiffRow{at, true, DiffCell{i, std::nullopt}, DiffCell{j, std::nullopt}});
    ++out.same;
  }
  const std::vector<DiffCell> own_a = OwnCells(bucket_a, p.partner_of_a, b, at);
  const std::vector<DiffCell> own_b = OwnCells(bucket_b, p.partner_of_b, a, at);
  for (size_t k = 0; k < std::max(own_a.size(), own_b.size()); ++k) {
    DiffRow row{at, false, std::nullopt, std::nullopt};
    if (k < own_a.size()) row.a = own_a[k];
    if (k < own_b.size()) row.b = own_b[k];
    if (!out.first_divergence) out.first_divergence = out.rows.size();
    out.rows.push_back(row);
  }
  for (const DiffCell& c : own_a) out.shifted += c.other_ms ? 1 : 0;
}

}  // namespace

TimelineDiff DiffTimelines(const Timeline& a, const Timeline& b) {
  TimelineDiff out;
  const Pairs pairs = Pair(a, b);
  const std::vector<size_t> order_a = ByTime(a), order_b = ByTime(b);
  size_t next_a = 0, next_b = 0;
  while (next_a < order_a.size() || next_b < order_b.size()) {
    constexpr ElapsedMs kNever = std::numeric_limits<ElapsedMs>::max();
    const ElapsedMs at = std::min(next_a < order_a.size() ? a[order_a[next_a]].t_ms : kNever,
                                  next_b < order_b.size() ? b[order_b[next_b]].t_ms : kNever);
    const std::vector<size_t> bucket_a = TakeAt(a, order_a, next_a, at);
    const std::vector<size_t> bucket_b = TakeAt(b, order_b, next_b, at);
    AddRows(a, b, pairs, at, bucket_a, bucket_b, out);
  }
  return out;
}

std::vector<std::string> EventReasonsOnlyIn(const Timeline& x, const Timeline& y) {
  const std::set<std::string> in_x = Reasons(x), in_y = Reasons(y);
  std::vector<std::string> out;
  std::set_difference(in_x.begin(), in_x.end(), in_y.begin(), in_y.end(), std::back_inserter(out));
  return out;
}

}  // namespace jobsim::scenario
