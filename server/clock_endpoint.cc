#include "server/clock_endpoint.h"

#include <algorithm>

#include <fmt/format.h>

#include "server/request_body.h"
#include "server/responses.h"
#include "sim/base/duration.h"

namespace jobsim::server {
namespace {

using api::Json;

Json ClockState(const Pacer& pacer, sim::World& world) {
  const ElapsedMs elapsed = world.now_ms();
  Json state = {{"kind", "Clock"},
                {"apiVersion", "jobsim/v1"},
                {"now", FormatRfc3339Micro(world.clock().NowUnixMs())},
                {"elapsed", FormatGoDuration(elapsed)},
                {"elapsedMs", elapsed},
                {"mode", pacer.manual() ? "manual" : "paced"}};
  if (!pacer.manual()) state["speed"] = static_cast<double>(pacer.speed_milli()) / 1000.0;
  return state;
}

Response Invalid(const std::string& message) { return ErrorResponse(400, "BadRequest", message); }

// How far to move the clock, from {"advance": D} or {"to": T}.
std::optional<Response> ParseStep(const Json& body, sim::World& world, int64_t& step_ms) {
  const bool has_advance = body.contains("advance") && body["advance"].is_string();
  const bool has_to = body.contains("to") && body["to"].is_string();
  if (has_advance == has_to) return Invalid("want exactly one of {\"advance\": \"30s\"} or {\"to\": \"<RFC 3339>\"}");
  if (has_advance) {
    const auto ms = ParseDurationMs(body["advance"].get<std::string>());
    if (!ms) return Invalid(fmt::format("advance: bad duration \"{}\"", body["advance"].get<std::string>()));
    step_ms = *ms;
    return std::nullopt;
  }
  const auto at = ParseRfc3339(body["to"].get<std::string>());
  if (!at) return Invalid(fmt::format("to: bad time \"{}\"", body["to"].get<std::string>()));
  step_ms = std::max<int64_t>(0, *at - world.clock().NowUnixMs());
  return std::nullopt;
}

}  // namespace

Response ServeClock(const Request& request, Pacer& pacer, sim::World& world, const std::function<void()>& catch_up) {
  if (request.method == "GET") return JsonResponse(200, ClockState(pacer, world));
  if (request.method != "POST") return ErrorResponse(405, "MethodNotAllowed", "GET or POST only");
  Json body;
  if (auto error = ParseJsonBody(request.body, body)) return *error;
  if (!body.is_object()) return Invalid("the body must be an object");
  int64_t step_ms = 0;
  if (auto error = ParseStep(body, world, step_ms)) return *error;
  pacer.Advance(step_ms);
  catch_up();
  return JsonResponse(200, ClockState(pacer, world));
}

}  // namespace jobsim::server
