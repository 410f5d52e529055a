// The Kubernetes API of one simulated cluster, as plain request -> response:
// authentication (--token), /version, health, discovery, OpenAPI, the clock
// endpoint, and the resource paths (resource_handlers.h); and the one place
// that moves the served cluster's time (CatchUp). No sockets: the listener
// hands each request over on the simulation thread, and tests call Handle
// directly.
//
// Simulation thread only (it reads and writes the World).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "server/api_resources.h"
#include "server/http_message.h"
#include "server/openapi_documents.h"
#include "server/pacer.h"
#include "server/pod_log.h"
#include "server/resource_handlers.h"
#include "server/timestamp_shift.h"
#include "server/watch_caches.h"
#include "sim/world.h"

namespace jobsim::server {

class ServedScenario;

struct ApiServerOptions {
  std::string token;  // non-empty: every request needs "Authorization: Bearer <token>"
  // A scenario whose steps run as the clock passes their times (jobsim serve
  // SCENARIO); it must outlive the server.
  ServedScenario* scenario = nullptr;
  // Set (the real clock): every timestamp is served moved by wall now -
  // virtual now, so that kubectl's own age arithmetic shows virtual ages
  // (timestamp_shift.h). Null: timestamps as stored.
  std::function<UnixMs()> wall_now;
};

class ApiServer {
 public:
  ApiServer(sim::World& world, Pacer& pacer, ApiServerOptions options);
  ApiServer(const ApiServer&) = delete;
  ApiServer& operator=(const ApiServer&) = delete;

  // Never throws: an unexpected failure is a 500 InternalError Status.
  Response Handle(const Request& request);
  // Real-time housekeeping: watch bookmarks, dropping watchers whose client left.
  void Tick() { caches_.Tick(); }
  // Runs the cluster to the pacer's target, the scenario's steps at their
  // times, then hands followed logs what the containers wrote. The only way
  // the served cluster's time moves (also for the clock endpoint).
  void CatchUp();
  // When the cluster next has something to do: its next task or scenario
  // step; -1 when nothing is scheduled.
  ElapsedMs NextDueMs();

 private:
  Response Route(const Request& request);
  Response Discovery(const Request& request, const std::vector<std::string>& segments);
  Response OpenApi(const Request& request, const std::vector<std::string>& segments);
  Response Version() const;

  sim::World& world_;
  Pacer& pacer_;
  ApiServerOptions options_;
  std::vector<ApiResource> resources_;
  OpenApiDocuments openapi_;
  TimestampShift shift_;  // before the watch caches: their watchers read it
  WatchCaches caches_;
  PodLogs logs_;
  ResourceHandlers handlers_;
};

}  // namespace jobsim::server
