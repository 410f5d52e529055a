// What `get` and `describe` read: the resource type and names a user typed
// (TYPE NAME..., TYPE/NAME..., TYPE -l SEL), resolved against the store the
// way kubectl's resource builder does (namespace "default" unless -n or -A,
// items in list order, one NotFound per missing name).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "fakeapi/store.h"
#include "kubectl/resource_types.h"

namespace jobsim::kubectl {

struct Selection {
  ResourceType type;
  std::string type_name;           // as typed: "ev", "jobs.batch"
  std::vector<std::string> names;  // empty: list the type
  std::string namespace_;          // "" with -A
  std::string label_selector;
  std::string field_selector;
};

// Parses the positional arguments after the verb. On error the message is
// kubectl's text without "error: ".
api::Status ResolveSelection(const std::vector<std::string>& positional, Selection& out);

struct Objects {
  ResourceKind kind = ResourceKind::kPod;
  std::vector<std::shared_ptr<const api::Pod>> pods;
  std::vector<std::shared_ptr<const api::Job>> jobs;
  std::vector<std::shared_ptr<const api::Event>> events;
  std::vector<std::shared_ptr<const api::Node>> nodes;
  std::vector<std::shared_ptr<const api::Namespace>> namespaces;
  std::vector<api::Status> not_found;  // one per missing name, in argument order

  size_t size() const;
  std::string name(size_t i) const;
  api::Json Encode(size_t i) const;  // the object as the store holds it
  // Encode with the managedFields `jobsim serve` serves: the entries recorded
  // by writes through it, and those of the actors' writes, derived here
  // (fakeapi/actor_managed_fields.h) so that only a printer showing them pays.
  api::Json Served(size_t i) const;
  // Puts the objects in `order` (indexes of the current order, each once).
  void Reorder(const std::vector<size_t>& order);
};

// A bad selector is the returned error; missing names land in not_found.
api::Status FetchObjects(const api::Store& store, const Selection& selection, Objects& out);

}  // namespace jobsim::kubectl
