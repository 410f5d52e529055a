#include "fakeapi/update_managed_fields.h"

#include "fakeapi/field_ownership.h"
#include "fakeapi/managed_fields.h"

namespace jobsim::api {
namespace {

bool IsWriterEntry(const Json& e, const UpdateEntry& entry) {
  return e.value("manager", "") == entry.manager && e.value("operation", "") == "Update" &&
         e.value("apiVersion", "") == entry.api_version && e.value("subresource", "") == entry.subresource;
}

Json EntryOf(const UpdateEntry& entry, Json fields) {
  Json e = {{"manager", entry.manager}, {"operation", "Update"},    {"apiVersion", entry.api_version},
            {"time", entry.time},       {"fieldsType", "FieldsV1"}, {"fieldsV1", std::move(fields)}};
  if (!entry.subresource.empty()) e["subresource"] = entry.subresource;
  return e;
}

}  // namespace

void RecordUpdate(Json& entries, const FieldChanges& changes, const UpdateEntry& entry) {
  if (!entries.is_array()) entries = Json::array();
  if (changes.Empty()) return;
  Json mine = Json::object();
  Json kept = Json::array();
  for (Json& e : entries) {
    Json fields = e.value("fieldsV1", Json::object());
    if (IsWriterEntry(e, entry)) {
      mine = std::move(fields);
      continue;
    }
    SubtractSet(fields, changes.changed);
    SubtractSet(fields, changes.removed);
    if (fields.empty()) continue;
    e["fieldsV1"] = std::move(fields);
    kept.push_back(std::move(e));
  }
  mine = SetUnion(mine, changes.changed);
  SubtractSet(mine, changes.removed);
  if (!mine.empty()) kept.push_back(EntryOf(entry, std::move(mine)));
  SortManagedFields(kept);
  entries = std::move(kept);
}

void RecordWrite(const Json* before, Json& after, const UpdateEntry& entry) {
  const FieldChanges changes = WriteChanges(before, after, entry.subresource);
  Json& metadata = after["metadata"];
  if (!metadata.is_object()) metadata = Json::object();
  RecordUpdate(metadata["managedFields"], changes, entry);
  if (metadata["managedFields"].empty()) metadata.erase("managedFields");
}

}  // namespace jobsim::api
