#include "kubectl/object_source.h"

#include <fmt/format.h>

#include "fakeapi/actor_managed_fields.h"
#include "fakeapi/codec.h"

namespace jobsim::kubectl {
namespace {

template <class T>
api::Status Collect(const api::Store& store, const Selection& s, const char* resource,
                    std::vector<std::shared_ptr<const T>>& out, std::vector<api::Status>& not_found) {
  if (s.names.empty()) {
    api::ListOptions options;
    options.namespace_ = s.type.namespaced ? s.namespace_ : "";
    if (api::Status st = api::Selector::Parse(s.label_selector, options.labels); !st.ok()) return st;
    if (api::Status st = api::FieldSelector::Parse(s.field_selector, options.fields); !st.ok()) return st;
    return store.List(options, out);
  }
  for (const std::string& name : s.names) {
    auto object = store.Get<T>(s.type.namespaced ? s.namespace_ : "", name);
    if (object)
      out.push_back(std::move(object));
    else
      not_found.push_back(api::Status::NotFound(resource, name));
  }
  return api::Status::Ok();
}

template <class T>
void Permute(std::vector<T>& items, const std::vector<size_t>& order) {
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (size_t i : order) sorted.push_back(std::move(items[i]));
  items = std::move(sorted);
}

// The group-qualified resource of NotFound messages ("jobs.batch").
std::string QualifiedResource(const ResourceType& type) {
  return *type.group == '\0' ? std::string(type.plural) : std::string(type.plural) + "." + type.group;
}

}  // namespace

api::Status ResolveSelection(const std::vector<std::string>& positional, Selection& out) {
  if (positional.empty()) return api::Status::BadRequest("Required resource not specified.");
  const bool slashed = positional[0].find('/') != std::string::npos;
  std::string type_name = positional[0];
  if (slashed) type_name = positional[0].substr(0, positional[0].find('/'));
  const auto type = LookupResourceType(type_name);
  if (!type) return api::Status::BadRequest(fmt::format("the server doesn't have a resource type \"{}\"", type_name));
  out.type = *type;
  out.type_name = type_name;
  for (size_t i = slashed ? 0 : 1; i < positional.size(); ++i) {
    const std::string& arg = positional[i];
    const auto slash = arg.find('/');
    if (slashed != (slash != std::string::npos)) {
      return api::Status::BadRequest(
          "there is no need to specify a resource type as a separate argument when passing arguments in "
          "resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource "
          "resource/<resource_name>'");
    }
    if (slashed) {
      const auto other = LookupResourceType(arg.substr(0, slash));
      if (!other)
        return api::Status::BadRequest(
            fmt::format("the server doesn't have a resource type \"{}\"", arg.substr(0, slash)));
      if (other->kind != type->kind)
        return api::Status::BadRequest("jobsim's kubectl prints one resource type per command");
    }
    out.names.push_back(slashed ? arg.substr(slash + 1) : arg);
  }
  return api::Status::Ok();
}

api::Status FetchObjects(const api::Store& store, const Selection& s, Objects& out) {
  out.kind = s.type.kind;
  const std::string resource = QualifiedResource(s.type);
  switch (s.type.kind) {
    case ResourceKind::kPod:
      return Collect(store, s, resource.c_str(), out.pods, out.not_found);
    case ResourceKind::kJob:
      return Collect(store, s, resource.c_str(), out.jobs, out.not_found);
    case ResourceKind::kEvent:
      return Collect(store, s, resource.c_str(), out.events, out.not_found);
    case ResourceKind::kNode:
      return Collect(store, s, resource.c_str(), out.nodes, out.not_found);
    case ResourceKind::kNamespace:
      return Collect(store, s, resource.c_str(), out.namespaces, out.not_found);
  }
  return api::Status::Ok();
}

size_t Objects::size() const {
  switch (kind) {
    case ResourceKind::kPod:
      return pods.size();
    case ResourceKind::kJob:
      return jobs.size();
    case ResourceKind::kEvent:
      return events.size();
    case ResourceKind::kNode:
      return nodes.size();
    case ResourceKind::kNamespace:
      return namespaces.size();
  }
  return 0;
}

std::string Objects::name(size_t i) const {
  switch (kind) {
    case ResourceKind::kPod:
      return pods[i]->metadata.name;
    case ResourceKind::kJob:
      return jobs[i]->metadata.name;
    case ResourceKind::kEvent:
      return events[i]->metadata.name;
    case ResourceKind::kNode:
      return nodes[i]->metadata.name;
    case ResourceKind::kNamespace:
      return namespaces[i]->metadata.name;
  }
  return "";
}

api::Json Objects::Encode(size_t i) const {
  switch (kind) {
    case ResourceKind::kPod:
      return api::Encode(*pods[i]);
    case ResourceKind::kJob:
      return api::Encode(*jobs[i]);
    case ResourceKind::kEvent:
      return api::Encode(*events[i]);
    case ResourceKind::kNode:
      return api::Encode(*nodes[i]);
    case ResourceKind::kNamespace:
      return api::Encode(*namespaces[i]);
  }
  return api::Json();
}

api::Json Objects::Served(size_t i) const {
  api::Json object = Encode(i);
  api::AttributeActorFields(object);
  return object;
}

void Objects::Reorder(const std::vector<size_t>& order) {
  switch (kind) {
    case ResourceKind::kPod:
      return Permute(pods, order);
    case ResourceKind::kJob:
      return Permute(jobs, order);
    case ResourceKind::kEvent:
      return Permute(events, order);
    case ResourceKind::kNode:
      return Permute(nodes, order);
    case ResourceKind::kNamespace:
      return Permute(namespaces, order);
  }
}

}  // namespace jobsim::kubectl
