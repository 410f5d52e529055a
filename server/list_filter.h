// Whether one object belongs to a list or watch (namespace, label and field
// selectors), as Store::List decides for a list; the watch cache needs the
// same decision for single objects.
#pragma once

#include "fakeapi/fields.h"
#include "fakeapi/store.h"

namespace jobsim::server {

// An unsupported field selector field is not an error here: the list that
// starts every watch has already rejected it.
template <class T>
bool MatchesList(const T& object, const api::ListOptions& options) {
  if (!options.namespace_.empty() && object.metadata.namespace_ != options.namespace_) return false;
  bool matches = false;
  return api::MatchesSelectors(object, options.labels, options.fields, matches).ok() && matches;
}

}  // namespace jobsim::server
