// `kubectl get TYPE -w` (--watch, --watch-only, --output-watch-events): what
// kubectl prints while it watches, fed by the store's watch as the simulation
// runs (kubernetes/kubectl pkg/cmd/get/get.go watch()).
//
// First the list as `get` prints it (nothing with --watch-only; no "No
// resources found" notice either), then one row per watch event in the order
// the store commits them (resourceVersion order), the row of the object as
// that event carries it (a DELETED event: the object's last state), its ages
// computed at the event's virtual time. The header is printed once, with the
// first row printed. Modern kubectl writes every row through one tab writer
// with remembered widths, flushed after each event, so a column never
// narrows; kubectl 1.3 (pkg/kubectl/cmd/get.go of release-1.3) printed each
// event through a fresh tab writer, so each row is aligned on its own.
// --output-watch-events adds an EVENT column first (ADDED for the listed
// objects). `-o name` prints TYPE/NAME per object and event; `-o yaml` and
// `-o json` each object whole (kubectl/watched_object.h); other generic
// formats are not supported.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "fakeapi/store.h"
#include "kubectl/command_line.h"
#include "kubectl/get_printer.h"
#include "kubectl/object_source.h"
#include "kubectl/rules.h"

namespace jobsim::kubectl {

class GetWatch {
 public:
  // Parses `args` (a `get` with a watch flag), prints the start and starts
  // watching `store`, which must outlive the watch. When the command fails
  // nothing is watched and output() holds kubectl's error.
  GetWatch(const std::vector<std::string>& args, api::Store& store, const KubectlRules& rules);
  ~GetWatch();
  GetWatch(const GetWatch&) = delete;
  GetWatch& operator=(const GetWatch&) = delete;

  bool watching() const { return watch_id_ != 0; }
  // Everything printed so far: stdout, then stderr.
  std::string output() const { return out_ + err_; }

 private:
  api::Status Start(const std::vector<std::string>& args);
  template <class T>
  void Watch();
  template <class T>
  void OnEvent(const api::WatchEvent<T>& event);
  // Prints `objects` (one watch event, or the start's list) as `type` events.
  void Print(const Objects& objects, const char* type);

  api::Store& store_;
  const KubectlRules rules_;  // a copy: the watch outlives its caller's rules
  CommandLine command_;
  Selection selection_;
  api::Selector labels_;
  api::FieldSelector fields_;
  TabWriter writer_;
  size_t written_ = 0;  // how much of writer_'s output is already in out_
  bool header_printed_ = false;  // -o yaml|json: an object was printed
  api::Store::WatchId watch_id_ = 0;
  std::string out_;
  std::string err_;
};

}  // namespace jobsim::kubectl
