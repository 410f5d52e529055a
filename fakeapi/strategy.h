// Per-kind rules of the write path (kube-apiserver's "registry strategies"):
// defaulting, create/update preparation and validation. One overload set per
// kind; the store calls them generically.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "fakeapi/api_rules.h"
#include "fakeapi/status.h"
#include "fakeapi/types.h"

namespace jobsim::api {

// What pod defaulting and admission made of the parts pods share with their
// template (fakeapi/cow.h EditMemo). Owned by the store: its rules are fixed.
struct PodDefaultingMemo {
  EditMemo<PodSpec> specs;  // defaulted and admitted at create
  EditMemo<std::vector<Container>> containers;
  EditMemo<Json> spec_defaults;
  EditMemo<Json> admission;
};

struct WriteContext {
  const ApiRules& rules;
  UnixMs now;
  std::vector<std::string>& warnings;
  PodDefaultingMemo* pod_memo = nullptr;  // null: compute every time
};

// Called after name and uid are assigned.
Status PrepareForCreate(Pod& pod, WriteContext& ctx);
Status PrepareForCreate(Job& job, WriteContext& ctx);
Status PrepareForCreate(Event& event, WriteContext& ctx);
// PrepareForCreate's checks of an Event, also for Store::CreateRecorded: the
// name is a DNS-1123 subdomain, and the involved object has a kind or name.
Status ValidateNewEvent(std::string_view name, std::string_view involved_kind, std::string_view involved_name);
Status PrepareForCreate(Node& node, WriteContext& ctx);
Status PrepareForCreate(Namespace& ns, WriteContext& ctx);

// Called with the stored object and the proposed one (metadata already carried over).
Status PrepareForUpdate(const Pod& old, Pod& updated, bool status_only, WriteContext& ctx);
Status PrepareForUpdate(const Job& old, Job& updated, bool status_only, WriteContext& ctx);
Status PrepareForUpdate(const Event& old, Event& updated, bool status_only, WriteContext& ctx);
Status PrepareForUpdate(const Node& old, Node& updated, bool status_only, WriteContext& ctx);
Status PrepareForUpdate(const Namespace& old, Namespace& updated, bool status_only, WriteContext& ctx);

// SetDefaults_* of the API version; idempotent.
void ApplyDefaults(Job& job, const ApiRules& rules);
// A spec left as it was stays shared.
void ApplyDefaults(Cow<PodSpec>& spec, const ApiRules& rules, PodDefaultingMemo* memo = nullptr);

// job_template: restartPolicy is checked by the Job rules instead.
void ValidatePodSpec(const PodSpec& spec, const std::string& path, bool job_template,
                     class FieldErrors& errors);

// Metadata rules shared by every kind.
void ValidateObjectName(std::string_view name, bool namespaced, class FieldErrors& errors);
bool IsDns1123Label(const std::string& s);
// validation.DNS1123SubdomainMaxLength.
inline constexpr size_t kMaxDns1123SubdomainLength = 253;
bool IsDns1123Subdomain(std::string_view s);
// IsDomainPrefixedPath (k8s.io/apimachinery/pkg/util/validation): "acme.io/foo".
void ValidateDomainPrefixedPath(const std::string& path, const std::string& value, class FieldErrors& errors);

}  // namespace jobsim::api
