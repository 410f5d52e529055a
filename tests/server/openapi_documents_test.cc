// The OpenAPI documents are built on their first request and kept.
#include "server/openapi_documents.h"

#include <catch2/catch.hpp>

#include "sim/profile.h"

using namespace jobsim;
using namespace jobsim::server;

TEST_CASE("each document is built once, on its first request, and the index names what is served") {
  sim::Profile profile;
  REQUIRE(sim::LookupProfile("1.33", profile).ok());
  const std::vector<ApiResource> resources = ServedResources(profile.api);
  OpenApiDocuments documents(resources, profile.minor);

  const std::string* batch = documents.GroupVersionJson("apis/batch/v1");
  REQUIRE(batch != nullptr);
  CHECK(documents.GroupVersionJson("apis/batch/v1") == batch);  // the same text, not built again
  CHECK(documents.GroupVersionJson("apis/apps/v1") == nullptr);
  CHECK(documents.GroupVersionJson("apis/apps/v1") == nullptr);

  const api::Json index = api::Json::parse(documents.IndexJson());
  CHECK(index["paths"].size() == 3);
  CHECK(index["paths"]["apis/batch/v1"]["serverRelativeURL"].get<std::string>().rfind("/openapi/v3/apis/batch/v1?hash=", 0) ==
        0);
  CHECK(&documents.IndexJson() == &documents.IndexJson());
  CHECK(&documents.V2Protobuf() == &documents.V2Protobuf());
}
