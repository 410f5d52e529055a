// Server-side printing: the meta.k8s.io/v1 Table kubectl asks for with
// `Accept: application/json;as=Table;…`. The columns and cells are the ones
// jobsim's kubectl/ printers compute for the transcripts (one column code for
// both); a column shown only by `-o wide` has priority 1. Pure functions.
// Facts: kubectl-wire.md §5.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "fakeapi/types.h"
#include "kubectl/rules.h"

namespace jobsim::server {

// Whether the Accept header asks for a Table.
bool WantsTable(const std::string& accept);

// What rows[].object holds: includeObject=None|Metadata (default)|Object.
enum class IncludeObject { kNone, kMetadata, kObject };
IncludeObject ParseIncludeObject(const std::string& value);

struct TableContext {
  UnixMs now = 0;
  kubectl::KubectlRules rules;  // the profile's printers (server-side: no client-only filtering)
  IncludeObject include = IncludeObject::kMetadata;
  uint64_t resource_version = 0;  // metadata.resourceVersion of the Table (needed by `get -w`)
};

// One row per object, in the given order.
template <class T>
api::Json TableOf(const std::vector<std::shared_ptr<const T>>& objects, const TableContext& context);

// The rules the server prints with: the profile's, minus what only the
// kubectl client of an era did (hiding finished pods, the 1.3 layout).
kubectl::KubectlRules ServerPrintRules(kubectl::KubectlRules rules);

}  // namespace jobsim::server
