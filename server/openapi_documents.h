// The OpenAPI documents of one server (the v3 index and group-versions,
// openapi.h; the protobuf v2 document, openapi_v2.h), each built on its first
// request and kept: they depend only on the served resources and the version.
// Built lazily so that `jobsim serve` answers its first request as soon as it
// listens; kept so that kubectl's several fetches per command (and the
// index's hashes, which need every document) cost one build. Not
// thread-safe: the simulation thread owns it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "server/api_resources.h"

namespace jobsim::server {

class OpenApiDocuments {
 public:
  // `resources` must outlive this.
  OpenApiDocuments(const std::vector<ApiResource>& resources, int minor);

  const std::string& V2Protobuf();
  const std::string& IndexJson();
  // The JSON of "api/v1", "apis/batch/v1", ...; nullptr when not served.
  const std::string* GroupVersionJson(const std::string& path);

 private:
  const std::vector<ApiResource>& resources_;
  int minor_;
  std::optional<std::string> v2_;
  std::optional<std::string> index_;
  std::map<std::string, std::optional<std::string>> group_versions_;  // nullopt: not served
};

}  // namespace jobsim::server
