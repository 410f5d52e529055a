#include "server/server_side_apply.h"

#include "fakeapi/patch.h"

namespace jobsim::server {
namespace {

using api::Json;

// What an applier cannot set: status is reset by the Job and Pod strategies
// (GetResetFields), the rest is metadata the server owns.
Json WithoutServerFields(const Json& applied) {
  Json config = applied;
  config.erase("status");
  if (auto it = config.find("metadata"); it != config.end() && it->is_object()) {
    for (const char* key : {"uid", "resourceVersion", "generation", "creationTimestamp", "selfLink", "managedFields",
                            "deletionTimestamp", "deletionGracePeriodSeconds"}) {
      it->erase(key);
    }
  }
  return config;
}

}  // namespace

api::Status ApplyConfiguration(const Json* live, const Json& applied, const ApplyEntry& entry, Json& out) {
  const Json config = WithoutServerFields(applied);
  if (live == nullptr) {
    out = config;
  } else if (api::Status st = api::StrategicMergePatch(*live, config, out); !st.ok()) {
    return st;
  }
  ApplyEntry recorded = entry;
  recorded.fields = FieldSetOf(config);
  RecordApply(out, recorded);
  return api::Status::Ok();
}

}  // namespace jobsim::server
