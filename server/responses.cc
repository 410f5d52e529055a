#include "server/responses.h"

namespace jobsim::server {

using api::Json;

Json StatusJson(int code, const std::string& reason, const std::string& message) {
  return {{"kind", "Status"}, {"apiVersion", "v1"}, {"metadata", Json::object()}, {"status", "Failure"},
          {"message", message}, {"reason", reason},  {"code", code}};
}

Json StatusJson(const api::Status& status) {
  Json out = StatusJson(status.code(), status.reason(), status.message());
  Json details = Json::object();
  if (!status.details_name().empty()) details["name"] = status.details_name();
  if (!status.details_group().empty()) details["group"] = status.details_group();
  if (!status.details_kind().empty()) details["kind"] = status.details_kind();
  if (!status.causes().empty()) {
    Json causes = Json::array();
    for (const api::StatusCause& c : status.causes()) {
      causes.push_back({{"reason", c.type}, {"message", c.message}, {"field", c.field}});
    }
    details["causes"] = causes;
  }
  if (!details.empty()) out["details"] = details;
  return out;
}

Response JsonResponse(int code, const Json& body) {
  Response r;
  r.status = code;
  r.body = body.dump();
  return r;
}

Response ErrorResponse(const api::Status& status) { return JsonResponse(status.code(), StatusJson(status)); }

Response ErrorResponse(int code, const std::string& reason, const std::string& message) {
  return JsonResponse(code, StatusJson(code, reason, message));
}

Response NotFoundPage() {
  Response r;
  r.status = 404;
  r.content_type = "text/plain; charset=utf-8";
  r.body = "404 page not found\n";
  return r;
}

}  // namespace jobsim::server
