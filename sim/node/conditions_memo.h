// ConditionsMemo: the pod condition lists a node's kubelet has written, so
// that pods whose conditions come out the same share one list. The pods of a
// Job that start, run and end in the same seconds have equal conditions,
// lastTransitionTimes included; sharing saves building each list (five
// conditions, a dozen strings) and keeping a copy of it in every pod.
//
// It also remembers the changes it made: the list that replaced a stored list
// (that very list, kept alive meanwhile) given the conditions the kubelet
// wanted at a time. Those pods go through the same changes in the same
// seconds, so the later ones take the new list without working out each
// condition's times and finding the list by content (~750 instructions).
//
// Only a cache: a list is found by its content, a change by the old list's
// identity and the wanted conditions, and a miss builds what a hit would give.
// Bounded: full, it forgets everything.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "fakeapi/types.h"

namespace jobsim::sim {

// One condition of a list, as views of its fields.
struct ConditionValue {
  std::string_view type;
  std::string_view status;
  std::string_view reason;
  std::string_view message;
  UnixMs last_probe_time = 0;
  UnixMs last_transition_time = 0;
};

// A condition the kubelet wants, before its times are known. The type,
// status and reason are the kubelet's constants: equal ones usually share an
// address, which is compared first.
struct WantedCondition {
  std::string_view type;
  std::string_view status;
  std::string_view reason;
  std::string_view message;
};

// Appends the condition `value` describes.
void AppendCondition(std::vector<api::Condition>& out, const ConditionValue& value);

class ConditionsMemo {
 public:
  using List = api::Cow<std::vector<api::Condition>>;

  // The list of `values`, in order: a remembered one, or a new one remembered.
  const List& Get(std::span<const ConditionValue> values);

  // The list that replaced `old` when `wanted` was written over it at `now`
  // (AddChange), or null.
  const List* FindChange(const List& old, std::span<const WantedCondition> wanted, UnixMs now) const;
  // Remembers that writing `wanted` over `old` at `now` gave `result`.
  void AddChange(const List& old, std::span<const WantedCondition> wanted, UnixMs now, const List& result);

  size_t size() const { return lists_.size(); }
  size_t changes() const { return changes_.size(); }

 private:
  static constexpr size_t kMaxEntries = 128;
  // Changes that pay are those of the pods going through one step in the same
  // second: a few are enough, and each holds a list alive.
  static constexpr size_t kMaxChanges = 32;
  static constexpr size_t kMaxWanted = 5;  // the kubelet owns five condition types
  struct Wanted {
    std::string_view type, status, reason;  // the kubelet's constants
    std::string message;
  };
  struct Change {
    List old;  // held, so that its address names only it
    UnixMs now = 0;
    size_t count = 0;
    Wanted wanted[kMaxWanted];
    List result;
  };
  static uint64_t ChangeHash(const List& old, std::span<const WantedCondition> wanted, UnixMs now);
  static bool SameChange(const Change& change, const List& old, std::span<const WantedCondition> wanted, UnixMs now);
  std::unordered_map<uint64_t, List> lists_;      // by the hash of the values; looked up only, never iterated
  std::unordered_map<uint64_t, Change> changes_;  // by ChangeHash; looked up only, never iterated
};

}  // namespace jobsim::sim
