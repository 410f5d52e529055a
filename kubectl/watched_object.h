// `kubectl get -w -o yaml|json`: each object of the watch printed whole, as
// get.go watch() hands the listed objects and then each event's object to the
// generic printer. JSON objects follow each other bare; YAML documents are
// separated by "---" where the era's YAMLPrinter counts what it printed.
// With --output-watch-events the object is wrapped in a metav1.WatchEvent:
// the JSON printer marshals it compactly on one line ("type" before
// "object", the struct's order), the YAML printer goes through a map (keys
// sorted: "object" first); kubectl 1.27 and 1.33 checked. Pure.
#pragma once

#include <string>

#include "fakeapi/types.h"
#include "kubectl/rules.h"

namespace jobsim::kubectl {

struct WatchedObject {
  const api::Json* object = nullptr;  // as the API serves it
  const char* event_type = "ADDED";   // ADDED, MODIFIED, DELETED
  bool first = true;                  // the first object this watch prints
};

// REQUIRES: format is "yaml" or "json".
std::string WatchedObjectText(const WatchedObject& watched, const std::string& format, bool output_watch_events,
                              const KubectlRules& rules);

}  // namespace jobsim::kubectl
