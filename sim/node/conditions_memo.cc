#include "sim/node/conditions_memo.h"

#include "sim/base/string_hash.h"

namespace jobsim::sim {
namespace {

// Cheap rather than thorough: the kubelet's types, statuses and reasons
// differ in length, so their lengths stand for them; only messages (which
// name containers) are hashed whole. A collision costs a rebuild.
uint64_t MemoHash(std::span<const ConditionValue> values) {
  uint64_t h = values.size();
  auto mix = [&h](uint64_t v) { h = (h ^ v) * 0x9e3779b97f4a7c15ULL; };
  std::string_view hashed;  // Ready and ContainersReady carry the same message
  uint64_t message_hash = 0;
  for (const ConditionValue& v : values) {
    mix(v.type.size() | v.status.size() << 16 | v.reason.size() << 32 | v.message.size() << 48);
    if (!v.message.empty()) {
      if (v.message.data() != hashed.data() || v.message.size() != hashed.size()) {
        hashed = v.message;
        message_hash = HashString(hashed);
      }
      mix(message_hash);
    }
    mix(static_cast<uint64_t>(v.last_transition_time));
    mix(static_cast<uint64_t>(v.last_probe_time));
  }
  return h ^ h >> 29;
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
  uint64_t h = reinterpret_cast<uintptr_t>(&old.get());
  auto mix = [&h](uint64_t v) { h = (h ^ v) * 0x9e3779b97f4a7c15ULL; };
  mix(static_cast<uint64_t>(now));
  std::string_view hashed;  // Ready and ContainersReady carry the same message
  uint64_t message_hash = 0;
  for (const WantedCondition& w : wanted) {
    mix(w.type.size() | w.status.size() << 16 | w.reason.size() << 32 | w.message.size() << 48);
    if (!w.message.empty()) {
      if (w.message.data() != hashed.data() || w.message.size() != hashed.size()) {
        hashed = w.message;
        message_hash = HashString(hashed);
      }
      mix(message_hash);
    }
  }
  return h ^ h >> 29;
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
