// What PodGC's pass asks of every pod, kept up to date as pods are written.
// Upstream's PodGC (pkg/controller/podgc/gc_controller.go) walks the whole
// pod listing every 20 s; the store answers its questions from these instead,
// so a pass costs the nodes and the terminating pods, not every pod kept.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "fakeapi/types.h"

namespace jobsim::api {

// isPodTerminated (gc_controller.go): any phase but Pending, Running and Unknown.
bool IsPodTerminated(const Pod& pod);

// Whether two versions of a pod name the same node (spec.nodeName). Most
// writes keep the spec, shared, which answers without comparing names.
inline bool SameNode(const Pod& a, const Pod& b) {
  return a.spec.held() == b.spec.held() || a.spec->node_name == b.spec->node_name;
}

class PodFacts {
 public:
  // One pod's write: `before` is null on create, `after` null on removal.
  void Update(const Pod* before, const Pod* after);

  // Keys ("namespace/name") of the pods with a deletionTimestamp, in the
  // store's key order.
  const std::set<std::string, std::less<>>& terminating() const { return terminating_; }
  // Each node some pod is bound to (spec.nodeName), with how many are.
  const std::map<std::string, size_t, std::less<>>& bound() const { return bound_; }
  // How many pods have terminated.
  size_t terminated() const { return terminated_; }

 private:
  std::set<std::string, std::less<>> terminating_;
  std::map<std::string, size_t, std::less<>> bound_;
  size_t terminated_ = 0;
};

}  // namespace jobsim::api
