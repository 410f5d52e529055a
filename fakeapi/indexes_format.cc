#include "fakeapi/indexes_format.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "fakeapi/field_errors.h"
#include "fakeapi/split.h"

namespace jobsim::api {
namespace {

struct Interval {
  int64_t first = 0;
  int64_t last = 0;
};

// parseIndexInterval: "x" or "x-y" with x < y, both below completions.
std::optional<std::string> ParseInterval(const std::string& interval, int32_t completions, Interval& out) {
  const std::vector<std::string> limits = SplitOn(interval, '-');
  if (limits.size() > 2) {
    return "the fragment " + FieldErrors::Quote(interval) +
           " violates the requirement that an index interval can have at most two parts separated by '-'";
  }
  if (!GoAtoi(limits[0], out.first)) {
    return "cannot convert string to integer for index: " + FieldErrors::Quote(limits[0]);
  }
  if (out.first >= completions) return "too large index: " + FieldErrors::Quote(limits[0]);
  out.last = out.first;
  if (limits.size() > 1) {
    if (!GoAtoi(limits[1], out.last)) {
      return "cannot convert string to integer for index: " + FieldErrors::Quote(limits[1]);
    }
    if (out.last >= completions) return "too large index: " + FieldErrors::Quote(limits[1]);
    if (out.first >= out.last) return fmt::format("non-increasing order, previous: {}, current: {}", out.first, out.last);
  }
  return std::nullopt;
}

std::vector<Interval> ParsableIntervals(const std::string& text, int32_t completions) {
  std::vector<Interval> out;
  for (const std::string& fragment : SplitOn(text, ',')) {
    Interval interval;
    if (!ParseInterval(fragment, completions, interval)) out.push_back(interval);
  }
  return out;
}

}  // namespace

bool GoAtoi(const std::string& s, int64_t& out) {
  size_t i = s.empty() || (s[0] != '+' && s[0] != '-') ? 0 : 1;
  if (i == s.size()) return false;
  int64_t v = 0;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    if (v > (INT64_MAX - (s[i] - '0')) / 10) return false;
    v = v * 10 + (s[i] - '0');
  }
  out = s[0] == '-' ? -v : v;
  return true;
}

std::optional<std::string> ValidateIndexesFormat(const std::string& text, int32_t completions, int64_t& total) {
  total = 0;
  if (text.empty()) return std::nullopt;
  std::optional<int64_t> last;
  for (const std::string& fragment : SplitOn(text, ',')) {
    Interval interval;
    if (auto err = ParseInterval(fragment, completions, interval)) return err;
    if (last && *last >= interval.first) {
      return fmt::format("non-increasing order, previous: {}, current: {}", *last, interval.first);
    }
    total += interval.last - interval.first + 1;
    last = interval.last;
  }
  return std::nullopt;
}

std::optional<std::string> FailedIndexesOverlapCompleted(const std::string& completed, const std::string& failed,
                                                         int32_t completions) {
  if (completed.empty() || failed.empty()) return std::nullopt;
  const std::vector<Interval> c = ParsableIntervals(completed, completions);
  const std::vector<Interval> f = ParsableIntervals(failed, completions);
  size_t i = 0, j = 0;
  while (i < c.size() && j < f.size()) {
    if (c[i].first > f[j].last) {
      ++j;
    } else if (f[j].first > c[i].last) {
      ++i;
    } else {
      return fmt::format("failedIndexes and completedIndexes overlap at index: {}", std::max(c[i].first, f[j].first));
    }
  }
  return std::nullopt;
}

}  // namespace jobsim::api
