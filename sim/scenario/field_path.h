// Paths into an object as the API returns it (JSON), as checks write them:
//   status.failed
//   status.conditions[0].type                    a list index
//   metadata.labels["batch.kubernetes.io/job-name"]   a key with dots
//   status.conditions[type=Complete].status      the first list item whose field equals
// A leading `.` is allowed (`.status.failed`, as in jsonpath). The empty path
// is the object itself.
#pragma once

#include <string>
#include <vector>

#include "fakeapi/status.h"
#include "fakeapi/types.h"

namespace jobsim::scenario {

struct PathStep {
  enum class Type { kKey, kIndex, kSelect };
  Type type = Type::kKey;
  std::string key;     // kKey; kSelect: the item's field
  size_t index = 0;    // kIndex
  std::string value;   // kSelect: the wanted value (compared with the field's text)
};

// A syntax error is a BadRequest naming the position.
api::Status ParseFieldPath(const std::string& path, std::vector<PathStep>& out);

// nullptr when the path leads nowhere (or does not parse).
const api::Json* LookupField(const api::Json& root, const std::string& path);

// The string at path, or "" when it is absent or not a string.
std::string LookupString(const api::Json& root, const std::string& path);

// A scalar's text as compared and printed: strings raw, everything else as JSON.
std::string ScalarText(const api::Json& value);

}  // namespace jobsim::scenario
