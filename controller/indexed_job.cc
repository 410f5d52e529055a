#include "controller/indexed_job.h"

#include <algorithm>
#include <charconv>

#include "controller/active_pods_order.h"
#include "controller/pod_classification.h"
#include "fakeapi/split.h"
#include "fakeapi/well_known.h"

namespace jobsim::controller {

bool Atoi(const std::string& s, int32_t& out) {
  if (s.empty()) return false;
  const char* begin = s.data() + (s[0] == '+' ? 1 : 0);
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(begin, end, out);
  return ec == std::errc() && ptr == end;
}

bool IsIndexedJob(const api::Job& job) { return job.spec.completion_mode == "Indexed"; }

int32_t CompletionIndex(const api::Pod& pod) {
  auto it = pod.metadata.annotations.find(api::kJobCompletionIndex);
  int32_t index = 0;
  if (it == pod.metadata.annotations.end() || !Atoi(it->second, index) || index < 0) return kUnknownCompletionIndex;
  return index;
}

bool HasValidIndex(const api::Pod& pod, const api::Job& job) {
  const int32_t index = CompletionIndex(pod);
  return index != kUnknownCompletionIndex && index < job.spec.completions.value_or(0);
}

IndexIntervals IndexIntervals::Parse(const std::string& text, int32_t completions) {
  IndexIntervals out;
  if (text.empty()) return out;
  for (const std::string& fragment : api::SplitOn(text, ',')) {
    const std::vector<std::string> limits = api::SplitOn(fragment, '-');
    int32_t first = 0;
    if (!Atoi(limits[0], first)) continue;
    if (first >= completions) break;
    int32_t last = first;
    if (limits.size() > 1) {
      if (!Atoi(limits[1], last)) continue;
      last = std::min(last, completions - 1);
    }
    if (!out.intervals_.empty() && out.intervals_.back().second == first - 1) {
      out.intervals_.back().second = last;
    } else {
      out.intervals_.emplace_back(first, last);
    }
  }
  return out;
}

void IndexIntervals::Append(int32_t first, int32_t last) {
  if (!intervals_.empty() && intervals_.back().second + 1 >= first) {
    intervals_.back().second = std::max(intervals_.back().second, last);
  } else {
    intervals_.emplace_back(first, last);
  }
}

IndexIntervals IndexIntervals::With(std::vector<int32_t> indexes) const {
  std::sort(indexes.begin(), indexes.end());
  IndexIntervals out;
  size_t i = 0;
  for (const auto& [first, last] : intervals_) {
    for (; i < indexes.size() && indexes[i] < first; ++i) out.Append(indexes[i], indexes[i]);
    out.Append(first, last);
  }
  for (; i < indexes.size(); ++i) out.Append(indexes[i], indexes[i]);
  return out;
}

IndexIntervals IndexIntervals::Merge(const IndexIntervals& other) const {
  IndexIntervals out;
  auto a = intervals_.begin();
  auto b = other.intervals_.begin();
  while (a != intervals_.end() || b != other.intervals_.end()) {
    const bool take_a = b == other.intervals_.end() || (a != intervals_.end() && a->first < b->first);
    const auto& [first, last] = take_a ? *a++ : *b++;
    out.Append(first, last);
  }
  return out;
}

bool IndexIntervals::Has(int32_t index) const {
  for (const auto& [first, last] : intervals_) {
    if (index >= first && index <= last) return true;
  }
  return false;
}

int32_t IndexIntervals::Total() const {
  int32_t total = 0;
  for (const auto& [first, last] : intervals_) total += last - first + 1;
  return total;
}

std::string IndexIntervals::String() const {
  std::string out;
  for (const auto& [first, last] : intervals_) {
    if (!out.empty()) out += ',';
    out += std::to_string(first);
    if (last > first) out += (last == first + 1 ? "," : "-") + std::to_string(last);
  }
  return out;
}

std::vector<int32_t> FirstPendingIndexes(const IndexIntervals& taken, int32_t count, int32_t completions) {
  std::vector<int32_t> out;
  int32_t candidate = 0;
  for (const auto& [first, last] : taken.intervals()) {
    for (; candidate < completions && static_cast<int32_t>(out.size()) < count && candidate < first; ++candidate) {
      out.push_back(candidate);
    }
    candidate = std::max(candidate, last + 1);
  }
  for (; candidate < completions && static_cast<int32_t>(out.size()) < count; ++candidate) out.push_back(candidate);
  return out;
}

void SplitSurplusIndexPods(std::vector<const api::Pod*> active, int32_t completions,
                           std::vector<const api::Pod*>& surplus, std::vector<const api::Pod*>& left) {
  std::stable_sort(active.begin(), active.end(),
                   [](const api::Pod* a, const api::Pod* b) { return CompletionIndex(*a) < CompletionIndex(*b); });
  for (size_t i = 0; i < active.size();) {
    const int32_t index = CompletionIndex(*active[i]);
    size_t end = i;
    while (end < active.size() && CompletionIndex(*active[end]) == index) ++end;
    std::vector<const api::Pod*> same(active.begin() + i, active.begin() + end);
    if (index == kUnknownCompletionIndex || index >= completions) {
      surplus.insert(surplus.end(), same.begin(), same.end());
    } else {
      SortForDeletion(same);
      surplus.insert(surplus.end(), same.begin(), same.end() - 1);
      left.push_back(same.back());
    }
    i = end;
  }
}

std::vector<const api::Pod*> ByCompletionIndex(const std::vector<std::shared_ptr<const api::Pod>>& pods) {
  std::vector<const api::Pod*> out;
  for (const auto& pod : pods) out.push_back(pod.get());
  std::stable_sort(out.begin(), out.end(),
                   [](const api::Pod* a, const api::Pod* b) { return CompletionIndex(*a) < CompletionIndex(*b); });
  return out;
}

std::vector<int32_t> SucceededPodIndexes(const api::Job& job, const std::vector<std::shared_ptr<const api::Pod>>& pods,
                                         bool finalizer_tracking) {
  std::vector<int32_t> out;
  for (const auto& pod : pods) {
    if (!IsPodSucceeded(*pod) || !HasValidIndex(*pod, job)) continue;
    if (finalizer_tracking && !pod->metadata.HasFinalizer(api::kJobTrackingFinalizer)) continue;
    out.push_back(CompletionIndex(*pod));
  }
  return out;
}

std::vector<int32_t> PodIndexes(const api::Job& job, const std::vector<const api::Pod*>& pods) {
  std::vector<int32_t> out;
  for (const api::Pod* pod : pods) {
    if (HasValidIndex(*pod, job)) out.push_back(CompletionIndex(*pod));
  }
  return out;
}

}  // namespace jobsim::controller
