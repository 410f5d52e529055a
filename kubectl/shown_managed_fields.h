// Which metadata.managedFields kubectl's generic printers show. An API server
// serves every object with them (jobsim serve: fakeapi/actor_managed_fields.h);
// kubectl 1.21+ drops them from the objects `-o yaml|json` prints unless
// --show-managed-fields (cli-runtime OmitManagedFieldsPrinter: a top-level
// object, or each item of a List). A watch event printed whole
// (--output-watch-events) keeps them: the printer sees a WatchEvent, not an
// object. jsonpath and custom-columns read the object as served. Deriving
// the entries costs, so they are derived only where the output can show them. Pure.
#pragma once

#include "fakeapi/types.h"
#include "kubectl/command_line.h"
#include "kubectl/object_source.h"
#include "kubectl/rules.h"

namespace jobsim::kubectl {

enum class ManagedFieldsShown {
  kStored,  // the object as stored: it has the entries of writes through `jobsim serve` only
  kNone,    // without managedFields
  kServed,  // with the entries `jobsim serve` serves
};

// What `get` (or `get -w` printing objects, not tables) shows with command's
// output format.
ManagedFieldsShown ShownManagedFields(const CommandLine& command, const KubectlRules& rules);

// Object i as the printer gets it.
api::Json ShownObject(const Objects& objects, size_t i, ManagedFieldsShown shown);

}  // namespace jobsim::kubectl
