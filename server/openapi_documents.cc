#include "server/openapi_documents.h"

#include "server/openapi.h"
#include "server/openapi_v2.h"

namespace jobsim::server {

OpenApiDocuments::OpenApiDocuments(const std::vector<ApiResource>& resources, int minor)
    : resources_(resources), minor_(minor) {}

const std::string& OpenApiDocuments::V2Protobuf() {
  if (!v2_) v2_ = OpenApiV2Protobuf(resources_, minor_);
  return *v2_;
}

const std::string& OpenApiDocuments::IndexJson() {
  if (!index_) {
    index_ = OpenApiIndex(resources_, [this](const std::string& path) {
               const std::string* text = GroupVersionJson(path);
               return text ? *text : std::string();
             }).dump();
  }
  return *index_;
}

const std::string* OpenApiDocuments::GroupVersionJson(const std::string& path) {
  auto it = group_versions_.find(path);
  if (it == group_versions_.end()) {
    const api::Json document = OpenApiGroupVersion(resources_, path);
    std::optional<std::string> text;
    if (!document.is_null()) text = document.dump();
    it = group_versions_.emplace(path, std::move(text)).first;
  }
  return it->second ? &*it->second : nullptr;
}

}  // namespace jobsim::server
