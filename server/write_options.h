// The options of a write: dryRun on every write, and DeleteOptions from the
// request body (what kubectl sends: {"propagationPolicy":"Background"}) and
// the query (propagationPolicy, gracePeriodSeconds, dryRun), the query
// winning as in kube-apiserver.
#pragma once

#include <optional>

#include "fakeapi/store.h"
#include "server/http_message.h"
#include "server/target.h"

namespace jobsim::server {

// dryRun: absent, or "All" (the only value kube-apiserver accepts).
// nullopt on success, else the 400 answer.
std::optional<Response> ParseDryRun(const std::string& value, bool& dry_run);

// nullopt on success, else the 400 answer.
std::optional<Response> ParseDeleteOptions(const api::Json& body, const Target& target, api::DeleteOptions& options,
                                           bool& dry_run);

}  // namespace jobsim::server
