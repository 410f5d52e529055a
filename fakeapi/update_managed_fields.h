// The Update entry of a write that is not an apply (create, update, patch,
// their /status forms), as kube-apiserver's field manager records it
// (structured-merge-diff merge.Updater.Update, force always on): the writer
// takes every field it added or changed from the other managers, the fields
// it removed leave every entry, its own Update entry (manager, apiVersion,
// subresource) gains what it changed and gets the write's time; entries left
// empty go. A write that changes nothing owned records nothing. Pure.
#pragma once

#include <string>

#include "fakeapi/field_changes.h"
#include "fakeapi/types.h"

namespace jobsim::api {

struct UpdateEntry {
  std::string manager;      // fieldManager, or the User-Agent's product ("kubectl")
  std::string api_version;  // "batch/v1"
  std::string subresource;  // "" or "status"
  std::string time;         // RFC 3339
};

// Records changes in entries (metadata.managedFields, an array), sorted.
void RecordUpdate(Json& entries, const FieldChanges& changes, const UpdateEntry& entry);

// The write of after (before null: a create): records its changes in
// after.metadata.managedFields, which holds the entries the write starts from.
void RecordWrite(const Json* before, Json& after, const UpdateEntry& entry);

}  // namespace jobsim::api
