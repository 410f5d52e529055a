// Small text forms that several kubectl printers share, each as kubectl
// renders it: label maps, label selectors, Go's %v of an EventSource, the
// container/image lists of wide output, RFC 1123Z times.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "fakeapi/types.h"

namespace jobsim::kubectl {

// labels.FormatLabels: "a=b,c=d" sorted by key, "<none>" when empty.
std::string FormatLabels(const api::StringMap& labels);

// metav1.LabelSelectorAsSelector(selector).String(); "" for an empty or
// missing selector, "<error>" text for an invalid one.
std::string SelectorString(const std::optional<api::LabelSelector>& selector);

// fmt's %v of a core/v1 EventSource: "{kubelet 127.0.0.1}", "{job-controller }".
std::string GoEventSource(const api::EventSource& source);

// Comma-joined container names / images (wide output, "Image(s):").
std::string ContainerNames(const std::vector<api::Container>& containers);
std::string ContainerImages(const std::vector<api::Container>& containers);

// time.RFC1123Z, or Go's zero time for 0: "Mon, 01 Jan 0001 00:00:00 +0000".
std::string Rfc1123Z(UnixMs t);
// An optional instant: unset prints Go's zero time; the Unix epoch prints as itself.
std::string Rfc1123Z(const std::optional<UnixMs>& t);

// Go strings.TrimSpace (ASCII whitespace).
std::string TrimSpace(const std::string& s);

}  // namespace jobsim::kubectl
