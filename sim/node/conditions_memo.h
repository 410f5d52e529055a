// ConditionsMemo: the pod condition lists a node's kubelet has written, so
// that pods whose conditions come out the same share one list. The pods of a
// Job that start, run and end in the same seconds have equal conditions,
// lastTransitionTimes included; sharing saves building each list (five
// conditions, a dozen strings) and keeping a copy of it in every pod.
//
// It also remembers the changes it made: the list that replaced a stored list
// (that very list, kept alive meanwhile) given what the conditions are worked
// out from (ConditionInputs) at a time. Those pods go through the same changes
// in the same seconds, so the later ones take the new list without working
// out any condition, their messages or times (a write's conditions cost ~600
// instructions so; found by the conditions wanted, with their messages
// built, they cost ~1,700).
//
// Only a cache: a list is found by its content, a change by the old list's
// identity, the inputs and the time, and a miss builds what a hit would give.
// Bounded: full, it forgets everything.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
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

// What the kubelet's conditions are worked out from, besides the stored list,
// the time and the node's rules: the containers in the order the conditions
// visit them (their names go into the messages) and `bits`, the rest of what
// is read (sim/node/pod_conditions.cc packs them: the phase as the conditions
// see it, sandbox, initialized, and per container whether it is a sidecar,
// has a status, is ready, has started).
struct ConditionInputs {
  std::span<const api::Container> init;
  std::span<const api::Container> regular;
  uint64_t bits = 0;
  // The memo's token for the names of init and regular (ConditionsMemo::Names),
  // or null. A change remembered with a token is found by it alone: a pod's
  // writes take it once instead of hashing and comparing the names each time.
  const std::string* names = nullptr;
};

// Appends the condition `value` describes.
void AppendCondition(std::vector<api::Condition>& out, const ConditionValue& value);

class ConditionsMemo {
 public:
  using List = api::Cow<std::vector<api::Condition>>;

  // The list of `values`, in order: a remembered one, or a new one remembered.
  const List& Get(std::span<const ConditionValue> values);

  // The token of these containers' names: the same for every pod whose init
  // and regular containers are so named, kept for the memo's life.
  const std::string* Names(std::span<const api::Container> init, std::span<const api::Container> regular);

  // The list that replaced `old` when the conditions of `inputs` were written
  // over it at `now` (AddChange), or null. REQUIRES: one node's rules for
  // every change of one memo.
  const List* FindChange(const List& old, const ConditionInputs& inputs, UnixMs now) const;
  // Remembers that writing the conditions of `inputs` over `old` at `now` gave `result`.
  void AddChange(const List& old, const ConditionInputs& inputs, UnixMs now, const List& result);

  size_t size() const { return lists_.size(); }
  size_t changes() const { return changes_.size(); }

 private:
  static constexpr size_t kMaxEntries = 128;
  // Changes that pay are those of the pods going through one step in the same
  // second: a few are enough, and each holds a list alive.
  static constexpr size_t kMaxChanges = 32;
  struct Change {
    List old;  // held, so that its address names only it
    UnixMs now = 0;
    uint64_t bits = 0;
    size_t init_count = 0;
    const std::string* token = nullptr;  // the names' token (ConditionInputs::names), or null
    std::string names;  // without a token: the init containers' names, then the others', each ended by '\0'
    List result;
  };
  static uint64_t ChangeHash(const List& old, const ConditionInputs& inputs, UnixMs now);
  static bool SameChange(const Change& change, const List& old, const ConditionInputs& inputs, UnixMs now);
  std::unordered_map<uint64_t, List> lists_;      // by the hash of the values; looked up only, never iterated
  std::unordered_map<uint64_t, Change> changes_;  // by ChangeHash; looked up only, never iterated
  // The tokens: a node's pods name few distinct lists of containers.
  std::unordered_set<std::string> names_;
};

}  // namespace jobsim::sim
