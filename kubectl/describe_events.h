// The Events section of `kubectl describe`: the event search (a field
// selector on involvedObject name, namespace, kind, uid) and the table, in
// the era's layout.
//
// kubectl 1.3: "Events:" + FirstSeen LastSeen Count From SubobjectPath Type
// Reason Message, From as Go's %v of the source ("{kubelet 127.0.0.1}"),
// "No events." (without a newline) when there are none.
// Modern: Type Reason Age From Message with "x N over M", "Events:\t<none>".
// Both sort by lastTimestamp with the era's (unstable) Go sort.Sort.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "fakeapi/store.h"
#include "kubectl/describe_writer.h"
#include "kubectl/rules.h"

namespace jobsim::kubectl {

using EventList = std::vector<std::shared_ptr<const api::Event>>;

// Events about one object, in list (name) order. `kind` may be empty: pod
// describe searches without it, like kubectl.
EventList SearchEvents(const api::Store& store, const std::string& ns, const std::string& name, const std::string& kind,
                       std::string_view uid);

// Sorts `events` by lastTimestamp as the era's kubectl did.
void SortEvents(EventList& events, const KubectlRules& rules);

// Writes the section (sorting first).
void DescribeEvents(EventList events, UnixMs now, const KubectlRules& rules, DescribeWriter& w);

}  // namespace jobsim::kubectl
