// ConditionsMemo: the pod condition lists a node's kubelet has written, so
// that pods whose conditions come out the same share one list. The pods of a
// Job that start, run and end in the same seconds have equal conditions,
// lastTransitionTimes included; sharing saves building each list (five
// conditions, a dozen strings) and keeping a copy of it in every pod.
//
// Only a cache: a list is found by its content, and a miss builds what a hit
// would give. Bounded: full, it forgets everything.
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

// Appends the condition `value` describes.
void AppendCondition(std::vector<api::Condition>& out, const ConditionValue& value);

class ConditionsMemo {
 public:
  using List = api::Cow<std::vector<api::Condition>>;

  // The list of `values`, in order: a remembered one, or a new one remembered.
  const List& Get(std::span<const ConditionValue> values);

  size_t size() const { return lists_.size(); }

 private:
  static constexpr size_t kMaxEntries = 128;
  std::unordered_map<uint64_t, List> lists_;  // by the hash of the values; looked up only, never iterated
};

}  // namespace jobsim::sim
