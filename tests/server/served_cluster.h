// A served cluster without sockets, for the server tests: a World, a manual
// pacer and the ApiServer, with helpers to send requests as kubectl would.
#pragma once

#include <map>
#include <string>

#include <catch2/catch.hpp>

#include "server/api_server.h"

namespace jobsim::server::test {

inline constexpr const char* kTableAccept =
    "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";

inline sim::WorldOptions Options(const std::string& version) {
  sim::WorldOptions options;
  REQUIRE(sim::LookupProfile(version, options.profile).ok());
  return options;
}

struct ServedCluster {
  // wall_now: the "real" clock of a cluster whose timestamps are served shifted (timestamp_shift.h).
  explicit ServedCluster(const std::string& version = "1.33", const std::string& token = "",
                         std::function<UnixMs()> wall_now = nullptr)
      : world(Options(version)), api(world, pacer, ApiServerOptions{token, nullptr, std::move(wall_now)}) {
    world.RunUntil(0);
  }

  Response Call(const std::string& method, const std::string& target, const std::string& body = "",
                std::map<std::string, std::string> headers = {}) {
    Request request;
    request.method = method;
    request.target = target;
    request.body = body;
    if (!body.empty() && !headers.count("content-type")) headers["content-type"] = "application/json";
    request.headers = std::move(headers);
    Response response = api.Handle(request);
    world.RunUntil(world.now_ms());  // deliver the watch events of the write
    return response;
  }
  api::Json Json(const Response& response) { return api::Json::parse(response.body); }

  sim::World world;
  Pacer pacer{0};
  ApiServer api;
};

// The entries of one operation ("Apply", "Update") in an object's managedFields.
inline api::Json EntriesOf(const api::Json& object, const std::string& operation) {
  api::Json out = api::Json::array();
  for (const api::Json& e : object["metadata"].value("managedFields", api::Json::array())) {
    if (e.value("operation", "") == operation) out.push_back(e);
  }
  return out;
}

// The managedFields entry of one manager (and subresource), or null.
inline const api::Json* EntryOf(const api::Json& object, const std::string& manager,
                                const std::string& subresource = "") {
  for (const api::Json& e : object["metadata"]["managedFields"]) {
    if (e["manager"] == manager && e.value("subresource", "") == subresource) return &e;
  }
  return nullptr;
}

inline const char* kJobs = "/apis/batch/v1/namespaces/default/jobs";

inline const char* kPiJob = R"json({"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"pi"},
  "spec":{"backoffLimit":4,"template":{"spec":{"containers":[{"name":"pi","image":"perl:5.34.0",
  "command":["perl","-Mbignum=bpi","-wle","print bpi(20)"]}],"restartPolicy":"Never"}}}})json";

}  // namespace jobsim::server::test
