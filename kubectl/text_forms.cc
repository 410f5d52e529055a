#include "kubectl/text_forms.h"

#include "fakeapi/selector.h"
#include "sim/base/duration.h"

namespace jobsim::kubectl {

// k8s.io/apimachinery/pkg/labels/labels.go FormatLabels.
std::string FormatLabels(const api::StringMap& labels) {
  if (labels.empty()) return "<none>";
  std::string out;
  for (const auto& [key, value] : labels) {
    if (!out.empty()) out += ',';
    out += key + "=" + value;
  }
  return out;
}

std::string SelectorString(const std::optional<api::LabelSelector>& selector) {
  if (!selector) return "";
  api::Selector parsed;
  api::Status st = api::Selector::FromLabelSelector(*selector, parsed);
  if (!st.ok()) return st.message();
  return parsed.String();
}

std::string GoEventSource(const api::EventSource& source) { return "{" + source.component + " " + source.host + "}"; }

std::string ContainerNames(const std::vector<api::Container>& containers) {
  std::string out;
  for (const auto& c : containers) out += (out.empty() ? "" : ",") + c.name;
  return out;
}

std::string ContainerImages(const std::vector<api::Container>& containers) {
  std::string out;
  for (size_t i = 0; i < containers.size(); ++i) out += (i == 0 ? "" : ",") + containers[i].image;
  return out;
}

std::string Rfc1123Z(UnixMs t) {
  if (t == 0) return "Mon, 01 Jan 0001 00:00:00 +0000";  // Go's zero time.Time
  return FormatRfc1123Z(t);
}

std::string Rfc1123Z(const std::optional<UnixMs>& t) {
  return t ? FormatRfc1123Z(*t) : Rfc1123Z(UnixMs{0});
}

std::string TrimSpace(const std::string& s) {
  const char* ws = " \t\n\v\f\r";
  const auto b = s.find_first_not_of(ws);
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

}  // namespace jobsim::kubectl
