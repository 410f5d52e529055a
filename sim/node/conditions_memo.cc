#include "sim/node/conditions_memo.h"

#include "sim/base/string_hash.h"

namespace jobsim::sim {
namespace {

// Cheap rather than thorough: the kubelet's types, statuses and reasons
// differ in length, so their lengths stand for them; only messages (which
// name containers) are hashed whole. A collision costs a rebuild.
class ConditionHash {
 public:
  explicit ConditionHash(uint64_t seed) : h_(seed) {}
  void Mix(uint64_t v) { h_ = (h_ ^ v) * 0x9e3779b97f4a7c15ULL; }
  void MixTexts(const ConditionValue& c) {
    Mix(c.type.size() | c.status.size() << 16 | c.reason.size() << 32 | c.message.size() << 48);
    if (c.message.empty()) return;
    // Ready and ContainersReady carry the same message: hashed once.
    if (c.message.data() != hashed_.data() || c.message.size() != hashed_.size()) {
      hashed_ = c.message;
      message_hash_ = HashString(hashed_);
    }
    Mix(message_hash_);
  }
  uint64_t value() const { return h_ ^ h_ >> 29; }

 private:
  uint64_t h_;
  std::string_view hashed_;
  uint64_t message_hash_ = 0;
};

uint64_t MemoHash(std::span<const ConditionValue> values) {
  ConditionHash hash(values.size());
  for (const ConditionValue& v : values) {
    hash.MixTexts(v);
    hash.Mix(static_cast<uint64_t>(v.last_transition_time));
    hash.Mix(static_cast<uint64_t>(v.last_probe_time));
  }
  return hash.value();
}

bool SameList(const std::vector<api::Condition>& list, std::span<const ConditionValue> values) {
  if (list.size() != values.size()) return false;
  for (size_t i = 0; i < values.size(); ++i) {
    const api::Condition& c = list[i];
    const ConditionValue& v = values[i];
    if (c.last_transition_time != v.last_transition_time || c.last_probe_time != v.last_probe_time ||
        c.type != v.type || c.status != v.status || c.reason != v.reason || c.message != v.message) {
      return false;
    }
  }
  return true;
}

// The names of the containers as Change::names keeps them.
void JoinNames(std::string& out, std::span<const api::Container> init, std::span<const api::Container> regular) {
  for (std::span<const api::Container> containers : {init, regular}) {
    for (const api::Container& c : containers) out.append(c.name).append(1, '\0');
  }
}

// Whether `names` (as Change::names keeps them) are those of the containers.
bool SameNames(std::string_view names, std::span<const api::Container> init, std::span<const api::Container> regular) {
  size_t at = 0;
  for (std::span<const api::Container> containers : {init, regular}) {
    for (const api::Container& c : containers) {
      if (names.compare(at, c.name.size(), c.name) != 0 || at + c.name.size() >= names.size() ||
          names[at + c.name.size()] != '\0') {
        return false;
      }
      at += c.name.size() + 1;
    }
  }
  return at == names.size();
}

}  // namespace

void AppendCondition(std::vector<api::Condition>& out, const ConditionValue& value) {
  api::Condition& c = out.emplace_back();
  c.type.assign(value.type);
  c.status.assign(value.status);
  c.reason.assign(value.reason);
  c.message.assign(value.message);
  c.last_probe_time = value.last_probe_time;
  c.last_transition_time = value.last_transition_time;
}

const ConditionsMemo::List& ConditionsMemo::Get(std::span<const ConditionValue> values) {
  const uint64_t hash = MemoHash(values);
  if (auto it = lists_.find(hash); it != lists_.end() && SameList(it->second, values)) return it->second;
  if (lists_.size() >= kMaxEntries) lists_.clear();
  // Sized exactly: a vector of conditions that grows passes 1 KiB, where
  // glibc malloc takes its slow path.
  std::vector<api::Condition> list;
  list.reserve(values.size());
  for (const ConditionValue& v : values) AppendCondition(list, v);
  List& entry = lists_[hash];
  entry = std::move(list);
  return entry;
}

const std::string* ConditionsMemo::Names(std::span<const api::Container> init,
                                         std::span<const api::Container> regular) {
  std::string key = std::to_string(init.size()) + '\0';  // where the init names end
  JoinNames(key, init, regular);
  return &*names_.insert(std::move(key)).first;
}

uint64_t ConditionsMemo::ChangeHash(const List& old, const ConditionInputs& inputs, UnixMs now) {
  ConditionHash hash(reinterpret_cast<uintptr_t>(&old.get()));
  hash.Mix(static_cast<uint64_t>(now));
  hash.Mix(inputs.bits);
  if (inputs.names) {
    hash.Mix(reinterpret_cast<uintptr_t>(inputs.names));
    return hash.value();
  }
  hash.Mix(inputs.init.size());
  for (const api::Container& c : inputs.init) hash.Mix(HashString(c.name));
  for (const api::Container& c : inputs.regular) hash.Mix(HashString(c.name));
  return hash.value();
}

bool ConditionsMemo::SameChange(const Change& change, const List& old, const ConditionInputs& inputs, UnixMs now) {
  if (&change.old.get() != &old.get() || change.now != now || change.bits != inputs.bits) return false;
  if (change.token || inputs.names) return change.token == inputs.names;
  return change.init_count == inputs.init.size() && SameNames(change.names, inputs.init, inputs.regular);
}

const ConditionsMemo::List* ConditionsMemo::FindChange(const List& old, const ConditionInputs& inputs,
                                                       UnixMs now) const {
  auto it = changes_.find(ChangeHash(old, inputs, now));
  return it != changes_.end() && SameChange(it->second, old, inputs, now) ? &it->second.result : nullptr;
}

void ConditionsMemo::AddChange(const List& old, const ConditionInputs& inputs, UnixMs now, const List& result) {
  if (changes_.size() >= kMaxChanges) changes_.clear();
  Change& change = changes_[ChangeHash(old, inputs, now)];
  change.old = old;
  change.now = now;
  change.bits = inputs.bits;
  change.init_count = inputs.init.size();
  change.token = inputs.names;
  change.names.clear();
  if (!inputs.names) JoinNames(change.names, inputs.init, inputs.regular);
  change.result = result;
}

}  // namespace jobsim::sim
