#include "fakeapi/pod_facts.h"

#include "fakeapi/object_key.h"

namespace jobsim::api {

bool IsPodTerminated(const Pod& pod) {
  // Compared as views, which look at the lengths first: the three phases
  // that are not terminated have seven letters, Succeeded and Failed other
  // lengths. (std::string's comparison with a C string compares characters
  // before lengths: a memcmp call for each.)
  const std::string_view phase = pod.status.phase;
  return phase != "Pending" && phase != "Running" && phase != "Unknown";
}

void PodFacts::Update(const Pod* before, const Pod* after) {
  const bool was_terminating = before && before->metadata.deletion_timestamp;
  const bool is_terminating = after && after->metadata.deletion_timestamp;
  if (was_terminating != is_terminating) {
    const ObjectMeta& meta = (after ? after : before)->metadata;
    if (is_terminating) {
      terminating_.insert(ObjectKey(meta));
    } else {
      terminating_.erase(ObjectKey(meta));
    }
  }
  if (!before || !after || before->status.phase != after->status.phase) {
    terminated_ -= before && IsPodTerminated(*before) ? 1 : 0;
    terminated_ += after && IsPodTerminated(*after) ? 1 : 0;
  }
  if (before && after && SameNode(*before, *after)) return;
  const std::string_view node_before = before ? std::string_view(before->spec->node_name) : std::string_view();
  const std::string_view node_after = after ? std::string_view(after->spec->node_name) : std::string_view();
  if (node_before == node_after) return;
  if (!node_before.empty()) {
    auto it = bound_.find(node_before);
    if (--it->second == 0) bound_.erase(it);
  }
  if (!node_after.empty()) {
    auto it = bound_.find(node_after);
    if (it == bound_.end()) it = bound_.emplace(std::string(node_after), 0).first;
    ++it->second;
  }
}

}  // namespace jobsim::api
