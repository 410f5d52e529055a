#include "kubectl/shown_managed_fields.h"

namespace jobsim::kubectl {

ManagedFieldsShown ShownManagedFields(const CommandLine& command, const KubectlRules& rules) {
  const std::string& format = command.output;
  if (format == "yaml" || format == "json") {
    if ((command.watch || command.watch_only) && command.output_watch_events) return ManagedFieldsShown::kServed;
    // Before the flag existed kubectl printed objects whole; jobsim prints them as stored (README, known gaps).
    if (!rules.show_managed_fields_flag) return ManagedFieldsShown::kStored;
    return command.show_managed_fields ? ManagedFieldsShown::kServed : ManagedFieldsShown::kNone;
  }
  // A template that names no managedFields cannot print them.
  if (format.find("managedFields") != std::string::npos) return ManagedFieldsShown::kServed;
  return ManagedFieldsShown::kStored;
}

api::Json ShownObject(const Objects& objects, size_t i, ManagedFieldsShown shown) {
  if (shown == ManagedFieldsShown::kServed) return objects.Served(i);
  api::Json object = objects.Encode(i);
  if (shown == ManagedFieldsShown::kNone) {
    if (const auto it = object.find("metadata"); it != object.end() && it->is_object()) it->erase("managedFields");
  }
  return object;
}

}  // namespace jobsim::kubectl
