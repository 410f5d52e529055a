#include "fakeapi/status.h"

#include <fmt/format.h>

namespace jobsim::api {
namespace {

// "jobs.batch" -> {"jobs", "batch"}; "pods" -> {"pods", ""}.
std::pair<std::string, std::string> SplitResource(const std::string& resource) {
  const auto dot = resource.find('.');
  if (dot == std::string::npos) return {resource, ""};
  return {resource.substr(0, dot), resource.substr(dot + 1)};
}

}  // namespace

Status Status::NotFound(const std::string& resource, const std::string& name) {
  Status s(404, "NotFound", fmt::format("{} \"{}\" not found", resource, name));
  std::tie(s.details_kind, s.details_group) = SplitResource(resource);
  s.details_name = name;
  return s;
}

Status Status::AlreadyExists(const std::string& resource, const std::string& name) {
  Status s(409, "AlreadyExists", fmt::format("{} \"{}\" already exists", resource, name));
  std::tie(s.details_kind, s.details_group) = SplitResource(resource);
  s.details_name = name;
  return s;
}

// Message from k8s.io/apimachinery/pkg/api/errors NewConflict + registry OptimisticLockErrorMsg.
Status Status::Conflict(const std::string& resource, const std::string& name) {
  Status s(409, "Conflict",
           fmt::format("Operation cannot be fulfilled on {} \"{}\": the object has been modified; "
                       "please apply your changes to the latest version and try again",
                       resource, name));
  std::tie(s.details_kind, s.details_group) = SplitResource(resource);
  s.details_name = name;
  return s;
}

// Message shape from k8s.io/apimachinery/pkg/api/errors NewInvalid.
Status Status::Invalid(const std::string& kind_group, const std::string& name,
                       std::vector<StatusCause> causes) {
  std::string joined;
  for (size_t i = 0; i < causes.size(); ++i) {
    if (i > 0) joined += ", ";
    joined += causes[i].Text();
  }
  if (causes.size() > 1) joined = "[" + joined + "]";
  Status s(422, "Invalid", fmt::format("{} \"{}\" is invalid: {}", kind_group, name, joined));
  const auto dot = kind_group.find('.');
  s.details_kind = kind_group.substr(0, dot);
  if (dot != std::string::npos) s.details_group = kind_group.substr(dot + 1);
  s.details_name = name;
  s.causes_ = std::move(causes);
  return s;
}

Status Status::BadRequest(const std::string& message) { return Status(400, "BadRequest", message); }
Status Status::Forbidden(const std::string& message) { return Status(403, "Forbidden", message); }
Status Status::MethodNotAllowed(const std::string& message) {
  return Status(405, "MethodNotAllowed", message);
}
Status Status::Gone(const std::string& message) { return Status(410, "Expired", message); }
Status Status::InternalError(const std::string& message) {
  return Status(500, "InternalError", message);
}

std::string Status::KubectlText() const {
  if (ok()) return "";
  if (reason_ == "BadRequest") return "Error from server (BadRequest): " + message_;
  if (reason_ == "Invalid") return "The " + message_;
  return fmt::format("Error from server ({}): {}", reason_, message_);
}

}  // namespace jobsim::api
