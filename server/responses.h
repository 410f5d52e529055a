// Building answers: JSON bodies, and every error as a meta/v1 Status (the one
// place an error becomes HTTP), so kubectl prints
// `Error from server (NotFound): jobs.batch "x" not found`. Facts:
// kubectl-wire.md §8.
#pragma once

#include <string>

#include "fakeapi/status.h"
#include "fakeapi/types.h"
#include "server/http_message.h"

namespace jobsim::server {

// The meta/v1 Status object of a failure (details and causes when present).
api::Json StatusJson(const api::Status& status);
api::Json StatusJson(int code, const std::string& reason, const std::string& message);

Response JsonResponse(int code, const api::Json& body);
Response ErrorResponse(const api::Status& status);
// Errors of the HTTP layer that api::Status has no factory for (401, 413, 415, 431, ...).
Response ErrorResponse(int code, const std::string& reason, const std::string& message);
// Unknown non-resource paths: kubectl's OpenAPI fallbacks key on this exact 404.
Response NotFoundPage();

}  // namespace jobsim::server
