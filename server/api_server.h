// The Kubernetes API of one simulated cluster, as plain request -> response:
// authentication (--token), /version, health, discovery, OpenAPI, the clock
// endpoint, and the resource paths (resource_handlers.h). No sockets: the
// listener hands each request over on the simulation thread, and tests call
// Handle directly.
//
// Simulation thread only (it reads and writes the World).
#pragma once

#include <string>
#include <vector>

#include "server/api_resources.h"
#include "server/http_message.h"
#include "server/pacer.h"
#include "server/resource_handlers.h"
#include "server/watch_caches.h"
#include "sim/world.h"

namespace jobsim::server {

struct ApiServerOptions {
  std::string token;  // non-empty: every request needs "Authorization: Bearer <token>"
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

 private:
  Response Route(const Request& request);
  Response Discovery(const Request& request, const std::vector<std::string>& segments);
  Response OpenApi(const Request& request, const std::vector<std::string>& segments);
  Response Version() const;

  sim::World& world_;
  Pacer& pacer_;
  ApiServerOptions options_;
  std::vector<ApiResource> resources_;
  WatchCaches caches_;
  ResourceHandlers handlers_;
};

}  // namespace jobsim::server
