#include "kubectl/watched_object.h"

#include "kubectl/json_printer.h"
#include "kubectl/yaml_printer.h"

namespace jobsim::kubectl {

std::string WatchedObjectText(const WatchedObject& watched, const std::string& format, bool output_watch_events,
                              const KubectlRules& rules) {
  const api::Json& object = *watched.object;
  if (format == "json" && output_watch_events) {
    // JSONPrinter marshals a *metav1.WatchEvent compactly, one line per event.
    return "{\"type\":" + GoJsonString(watched.event_type) + ",\"object\":" + ToGoJsonCompact(object) + "}\n";
  }
  if (format == "json") return rules.json_struct_order ? ToGoJsonInStructOrder(object) : ToGoJson(object);
  const api::Json document =
      output_watch_events ? api::Json{{"type", watched.event_type}, {"object", object}} : object;
  const std::string separator = !watched.first && rules.yaml_document_separator ? "---\n" : "";
  return separator + ToYaml(document, YamlStyle{!rules.legacy_layout, !rules.legacy_layout});
}

}  // namespace jobsim::kubectl
