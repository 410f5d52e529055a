// Builders shared by the kubectl tests: the 1.3 and 1.33 rules (the values
// sim/profile.cc KubectlFor gives), pinned times, and small API objects.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "fakeapi/types.h"
#include "kubectl/rules.h"
#include "sim/base/duration.h"

namespace jobsim::kubectl::test {

// 2016-05-13T10:45:22Z, the seed's job start.
inline constexpr UnixMs kSeedStart = 1463136322000;
inline constexpr UnixMs kSecond = 1000;

inline UnixMs At(const char* rfc3339) { return *ParseRfc3339(rfc3339); }

inline KubectlRules Rules13() {
  KubectlRules r;
  r.minor = 3;
  r.legacy_layout = true;
  r.get_pods_hides_finished = true;
  r.job_status_column = false;
  r.job_completions_column = false;
  r.events_from_with_host = true;
  r.events_field_path_prefix = false;
  r.restarts_with_age = false;
  r.terminating_excludes_terminal_phase = false;
  r.error_reason_in_parentheses = false;
  r.invalid_causes_inline = false;
  r.empty_list_notice = false;
  r.empty_list_names_namespace = false;
  r.logs_defaults_container = false;
  r.logs_checks_container = false;
  r.logs_not_found_names_namespace = false;
  r.output_watch_events_flag = false;
  r.yaml_document_separator = false;
  r.short_name_ambiguity_warning = false;
  r.describe_job_suspend_and_template_placement = false;
  r.json_struct_order = true;
  r.sort_by_natural_strings = true;
  r.sort_by_quantity_strings = false;
  r.go_sort = GoSortAlgorithm::kGo16;
  return r;
}

inline KubectlRules Rules133() { return KubectlRules{}; }

inline api::Event MakeEvent(const std::string& name, const std::string& kind, const std::string& object,
                            const std::string& type, const std::string& reason, const std::string& message,
                            UnixMs first, UnixMs last, int32_t count) {
  api::Event e;
  e.metadata.name = name;
  e.metadata.namespace_ = "default";
  e.involved_object.kind = kind;
  e.involved_object.name = object;
  e.involved_object.namespace_ = "default";
  e.type = type;
  e.reason = reason;
  e.message = message;
  e.first_timestamp = first;
  e.last_timestamp = last;
  e.count = count;
  return e;
}

inline std::vector<std::shared_ptr<const api::Event>> ToList(const std::vector<api::Event>& events) {
  std::vector<std::shared_ptr<const api::Event>> out;
  for (const auto& e : events) out.push_back(std::make_shared<const api::Event>(e));
  return out;
}

// Expands tabs to `width`-column stops, as a text viewer shows them.
inline std::string ExpandTabs(const std::string& text, size_t width) {
  std::string out;
  size_t column = 0;
  for (char c : text) {
    if (c == '\t') {
      const size_t spaces = width - column % width;
      out.append(spaces, ' ');
      column += spaces;
    } else {
      out += c;
      column = c == '\n' ? 0 : column + 1;
    }
  }
  return out;
}

}  // namespace jobsim::kubectl::test
