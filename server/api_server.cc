#include "server/api_server.h"

#include <algorithm>

#include <fmt/format.h>

#include "server/clock_endpoint.h"
#include "server/discovery.h"
#include "server/node_leases.h"
#include "server/openapi_v2.h"
#include "server/resource_path.h"
#include "server/responses.h"
#include "server/served_scenario.h"
#include "server/target.h"

namespace jobsim::server {
namespace {

using api::Json;

bool IsHealthPath(const std::vector<std::string>& segments) {
  return !segments.empty() && (segments[0] == "healthz" || segments[0] == "livez" || segments[0] == "readyz");
}

Response Text(const std::string& text) {
  Response r;
  r.content_type = "text/plain; charset=utf-8";
  r.body = text;
  return r;
}

}  // namespace

ApiServer::ApiServer(sim::World& world, Pacer& pacer, ApiServerOptions options)
    : world_(world),
      pacer_(pacer),
      options_(std::move(options)),
      resources_(ServedResources(world.profile().api)),
      openapi_(resources_, world.profile().minor),
      shift_(world.clock(), options_.wall_now),
      caches_(world.store()),
      logs_(world.store()),
      handlers_(world.store(), world.profile(), caches_, logs_, shift_) {}

void ApiServer::CatchUp() {
  const ElapsedMs target = std::max(world_.now_ms(), pacer_.TargetMs());
  if (options_.scenario) options_.scenario->Play(target);
  world_.RunUntil(target);
  logs_.Pump();
}

ElapsedMs ApiServer::NextDueMs() {
  const ElapsedMs task = world_.loop().NextDueMs();
  const ElapsedMs step = options_.scenario ? options_.scenario->NextDueMs() : -1;
  if (task < 0 || step < 0) return std::max(task, step);
  return std::min(task, step);
}

Response ApiServer::Handle(const Request& request) {
  try {
    if (!options_.token.empty() && request.Header("authorization") != "Bearer " + options_.token) {
      return ErrorResponse(401, "Unauthorized", "Unauthorized");
    }
    return Route(request);
  } catch (const std::exception& e) {
    return ErrorResponse(500, "InternalError", fmt::format("Internal error occurred: {}", e.what()));
  }
}

Response ApiServer::Version() const {
  const int minor = world_.profile().minor;
  return JsonResponse(200, {{"major", "1"},
                            {"minor", std::to_string(minor)},
                            {"gitVersion", fmt::format("v1.{}.0", minor)},
                            {"gitCommit", "jobsim"},
                            {"gitTreeState", "clean"},
                            {"buildDate", "2025-01-01T00:00:00Z"},
                            {"goVersion", "jobsim"},
                            {"compiler", "gc"},
                            {"platform", "linux/amd64"}});
}

Response ApiServer::Discovery(const Request& request, const std::vector<std::string>& segments) {
  const bool core = segments[0] == "api";
  if (segments.size() == 1) {
    const std::string version = AggregatedDiscoveryVersion(request.Header("accept"));
    if (!version.empty()) {
      Response r = JsonResponse(200, AggregatedDiscovery(resources_, core, version));
      r.content_type = AggregatedDiscoveryContentType(version);
      return r;
    }
    return JsonResponse(200, core ? LegacyCoreVersions(request.Header("host")) : LegacyGroupList(resources_));
  }
  Json document;
  if (core && segments.size() == 2) document = LegacyResourceList(resources_, segments[1]);
  if (!core && segments.size() == 2) document = LegacyGroup(resources_, segments[1]);
  if (!core && segments.size() == 3) document = LegacyResourceList(resources_, segments[1] + "/" + segments[2]);
  return document.is_null() ? NotFoundPage() : JsonResponse(200, document);
}

Response ApiServer::OpenApi(const Request& request, const std::vector<std::string>& segments) {
  if (segments.size() == 2 && segments[1] == "v2") {
    // Only the protobuf form exists here; kubectl asks for nothing else.
    if (request.Header("accept").find("protobuf") == std::string::npos) return NotFoundPage();
    Response r;
    r.content_type = kOpenApiV2ContentType;
    r.body = openapi_.V2Protobuf();
    return r;
  }
  if (segments.size() < 2 || segments[1] != "v3") return NotFoundPage();
  Response r;
  if (segments.size() == 2) {
    r.body = openapi_.IndexJson();
    return r;
  }
  std::string path;
  for (size_t i = 2; i < segments.size(); ++i) path += (path.empty() ? "" : "/") + segments[i];
  const std::string* document = openapi_.GroupVersionJson(path);
  if (!document) return NotFoundPage();
  r.body = *document;
  return r;
}

Response ApiServer::Route(const Request& request) {
  const auto target = ParseTarget(request.target);
  if (!target) return ErrorResponse(400, "BadRequest", "malformed percent-encoding in the request URL");
  const std::vector<std::string>& s = target->segments;
  if (s.size() == 3 && s[0] == "jobsim" && s[1] == "v1" && s[2] == "clock") {
    return ServeClock(request, pacer_, world_, [this] { CatchUp(); });
  }
  if (s.size() >= 2 && (s[0] == "api" || s[0] == "apis")) {
    if (auto path = ParseResourcePath(s, resources_)) return handlers_.Serve(request, *target, *path);
    if (auto lease = ServeNodeLease(request, s, world_.store(), shift_.OffsetMs())) return *lease;
  }
  if (request.method != "GET" && request.method != "HEAD") return NotFoundPage();
  if (s.size() == 1 && s[0] == "version") return Version();
  if (IsHealthPath(s)) return Text("ok");
  if (!s.empty() && (s[0] == "api" || s[0] == "apis") && s.size() <= 3) return Discovery(request, s);
  if (!s.empty() && s[0] == "openapi") return OpenApi(request, s);
  return NotFoundPage();
}

}  // namespace jobsim::server
