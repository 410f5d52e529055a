#include "server/request_body.h"

#include <cctype>

#include <yaml-cpp/yaml.h>

#include "server/protobuf_body.h"
#include "server/responses.h"
#include "sim/scenario/yaml_json.h"

namespace jobsim::server {
namespace {

Response Malformed(const std::string& detail) {
  return ErrorResponse(400, "BadRequest", "the object provided is unrecognized or malformed: " + detail);
}

std::optional<Response> ParseYaml(const std::string& body, api::Json& out) {
  try {
    const YAML::Node node = YAML::Load(body);
    if (!node.IsDefined() || node.IsNull()) return Malformed("empty YAML document");
    out = scenario::YamlToJson(node);
  } catch (const YAML::Exception& e) {
    return Malformed(e.what());
  }
  return std::nullopt;
}

}  // namespace

std::string MediaType(const std::string& content_type) {
  std::string out = content_type.substr(0, content_type.find(';'));
  while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back()))) out.pop_back();
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::optional<Response> ParseJsonBody(const std::string& body, api::Json& out) {
  out = api::Json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (out.is_discarded()) return Malformed("the body is not valid JSON");
  return std::nullopt;
}

std::optional<Response> ParseYamlBody(const std::string& body, api::Json& out) {
  if (auto error = ParseYaml(body, out)) return error;
  if (!out.is_object()) return Malformed("the body is not an object");
  return std::nullopt;
}

std::optional<Response> DecodeObjectBody(const Request& request, api::Json& out) {
  const std::string type = MediaType(request.Header("content-type"));
  std::optional<Response> error;
  if (type == "application/json" || type.empty()) {
    error = ParseJsonBody(request.body, out);
  } else if (type == "application/yaml") {
    error = ParseYaml(request.body, out);
  } else if (type == "application/vnd.kubernetes.protobuf") {
    std::string message;
    if (!DecodeProtobufObject(request.body, out, message)) return Malformed(message);
  } else {
    return ErrorResponse(415, "UnsupportedMediaType",
                         "the body of the request was in an unknown format - accepted media types include: "
                         "application/json, application/yaml, application/vnd.kubernetes.protobuf");
  }
  if (error) return error;
  if (!out.is_object()) return Malformed("the body is not an object");
  return std::nullopt;
}

}  // namespace jobsim::server
