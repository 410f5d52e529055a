// The scenario runner's API client: it talks to the Store the way kubectl
// does for create / apply / patch / delete (REST mapping of apiVersion and
// kind, namespace defaulting, apply's last-applied annotation and merge), and
// reads objects back as the API returns them (JSON), for checks and waits.
// Every write answers with what kubectl would print.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "fakeapi/patch.h"
#include "fakeapi/store.h"
#include "sim/profile.h"
#include "sim/scenario/object_ref.h"
#include "sim/scenario/scenario.h"

namespace jobsim::scenario {

struct WriteResult {
  bool ok = false;
  int code = 0;                       // the HTTP status of a rejection
  std::string reason;                 // NotFound, Invalid, ...
  std::string error_text;             // as kubectl prints it
  std::vector<std::string> warnings;  // the API's Warning headers
  std::string message;                // kubectl's success line
};

class ApiClient {
 public:
  ApiClient(api::Store& store, const sim::Profile& profile) : store_(store), profile_(profile) {}
  ApiClient(const ApiClient&) = delete;
  ApiClient& operator=(const ApiClient&) = delete;

  // source: the manifest path as written, or "" for inline objects.
  WriteResult Create(const Manifest& manifest, const std::string& source);
  WriteResult Apply(const Manifest& manifest, const std::string& source);
  // status: the status subresource (the rest of the object is left as it is).
  WriteResult Patch(const ObjectRef& ref, api::PatchType type, const Json& patch, bool status = false);
  WriteResult Delete(const ObjectRef& ref, api::Propagation propagation);
  // One result per object the selector matched; none matched gives one "No resources found" result.
  std::vector<WriteResult> DeleteAll(const ResourceRef& resource, const std::string& ns, const std::string& selector,
                                     api::Propagation propagation);

  // nullopt when the object does not exist.
  std::optional<Json> Get(const ObjectRef& ref) const;
  // ns is ignored for cluster-scoped kinds; selectors in kubectl's text syntax.
  api::Status List(const ResourceRef& resource, const std::string& ns, const std::string& label_selector,
                   const std::string& field_selector, std::vector<Json>& out) const;

 private:
  // The API serves resource.api_version (kube-apiserver's discovery), else a WriteResult error.
  std::optional<WriteResult> CheckServed(Kind kind, const std::string& api_version, const std::string& source) const;
  WriteResult Failure(const api::Status& status, const std::string& verb = "", const std::string& source = "") const;

  api::Store& store_;
  const sim::Profile& profile_;
};

// kubectl apply's annotation holding the configuration it last applied.
inline constexpr const char* kLastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration";

// The merge patch kubectl apply sends: the new configuration, plus null for
// every map key the last applied configuration had and the new one dropped.
Json ApplyPatchBody(const Json& last_applied, const Json& desired);

}  // namespace jobsim::scenario
