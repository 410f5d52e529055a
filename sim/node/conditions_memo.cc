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
  // A condition's type, status, reason and message (ConditionValue, WantedCondition).
  template <class C>
  void MixTexts(const C& c) {
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

// Equal views, by address first: the kubelet's constants usually share one.
bool SameView(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.data() == b.data() || a == b);
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

uint64_t ConditionsMemo::ChangeHash(const List& old, std::span<const WantedCondition> wanted, UnixMs now) {
  ConditionHash hash(reinterpret_cast<uintptr_t>(&old.get()));
  hash.Mix(static_cast<uint64_t>(now));
  for (const WantedCondition& w : wanted) hash.MixTexts(w);
  return hash.value();
}

bool ConditionsMemo::SameChange(const Change& change, const List& old, std::span<const WantedCondition> wanted,
                                UnixMs now) {
  if (&change.old.get() != &old.get() || change.now != now || change.count != wanted.size()) return false;
  for (size_t i = 0; i < wanted.size(); ++i) {
    const Wanted& c = change.wanted[i];
    const WantedCondition& w = wanted[i];
    if (!SameView(c.type, w.type) || !SameView(c.status, w.status) || !SameView(c.reason, w.reason) ||
        c.message != w.message) {
      return false;
    }
  }
  return true;
}

const ConditionsMemo::List* ConditionsMemo::FindChange(const List& old, std::span<const WantedCondition> wanted,
                                                       UnixMs now) const {
  auto it = changes_.find(ChangeHash(old, wanted, now));
  return it != changes_.end() && SameChange(it->second, old, wanted, now) ? &it->second.result : nullptr;
}

void ConditionsMemo::AddChange(const List& old, std::span<const WantedCondition> wanted, UnixMs now,
                               const List& result) {
  if (wanted.size() > kMaxWanted) return;
  if (changes_.size() >= kMaxChanges) changes_.clear();
  Change& change = changes_[ChangeHash(old, wanted, now)];
  change.old = old;
  change.now = now;
  change.count = wanted.size();
  for (size_t i = 0; i < wanted.size(); ++i) {
    Wanted& w = change.wanted[i];
    w.type = wanted[i].type;
    w.status = wanted[i].status;
    w.reason = wanted[i].reason;
    w.message.assign(wanted[i].message);
  }
  change.result = result;
}

}  // namespace jobsim::sim
