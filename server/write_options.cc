#include "server/write_options.h"

#include <fmt/format.h>

#include "server/responses.h"

namespace jobsim::server {
namespace {

Response BadOptions(const std::string& message) { return ErrorResponse(400, "BadRequest", message); }

std::optional<api::Propagation> ParsePropagation(const std::string& text) {
  if (text == "Orphan") return api::Propagation::kOrphan;
  if (text == "Background") return api::Propagation::kBackground;
  if (text == "Foreground") return api::Propagation::kForeground;
  return std::nullopt;
}

}  // namespace

std::optional<Response> ParseDryRun(const std::string& value, bool& dry_run) {
  dry_run = value == "All";
  if (value.empty() || dry_run) return std::nullopt;
  return BadOptions(fmt::format("Unsupported value: \"{}\": supported values: \"All\"", value));
}

std::optional<Response> ParseDeleteOptions(const api::Json& body, const Target& target, api::DeleteOptions& options,
                                           bool& dry_run) {
  if (!body.is_object()) return BadOptions("DeleteOptions must be an object");
  std::string propagation = target.Param("propagationPolicy");
  if (propagation.empty() && body.contains("propagationPolicy") && body["propagationPolicy"].is_string()) {
    propagation = body["propagationPolicy"].get<std::string>();
  }
  if (body.contains("orphanDependents") && body["orphanDependents"].is_boolean() && propagation.empty()) {
    propagation = body["orphanDependents"].get<bool>() ? "Orphan" : "Background";
  }
  if (!propagation.empty()) {
    const auto parsed = ParsePropagation(propagation);
    if (!parsed) return BadOptions(fmt::format("Unsupported value: \"{}\": supported values: \"Foreground\", "
                                               "\"Background\", \"Orphan\"", propagation));
    options.propagation = *parsed;
  }
  const std::string grace = target.Param("gracePeriodSeconds");
  if (!grace.empty()) {
    try {
      options.grace_period_seconds = std::stoll(grace);
    } catch (const std::exception&) {
      return BadOptions(fmt::format("gracePeriodSeconds: invalid value \"{}\"", grace));
    }
  } else if (body.contains("gracePeriodSeconds") && body["gracePeriodSeconds"].is_number_integer()) {
    options.grace_period_seconds = body["gracePeriodSeconds"].get<int64_t>();
  }
  const auto preconditions = body.find("preconditions");
  if (preconditions != body.end() && preconditions->is_object() && preconditions->contains("uid") &&
      (*preconditions)["uid"].is_string()) {
    options.precondition_uid = (*preconditions)["uid"].get<std::string>();
  }
  std::string dry = target.Param("dryRun");
  if (dry.empty() && body.contains("dryRun") && body["dryRun"].is_array() && !body["dryRun"].empty() &&
      body["dryRun"][0].is_string()) {
    dry = body["dryRun"][0].get<std::string>();
  }
  return ParseDryRun(dry, dry_run);
}

}  // namespace jobsim::server
