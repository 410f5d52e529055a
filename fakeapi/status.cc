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

const Status::Error& Status::error() const {
  static const Error kNone;
  return error_ ? *error_ : kNone;
}

Status Status::WithDetails(int code, std::string reason, std::string message, const std::string& resource,
                           const std::string& name) {
  Error e{std::move(reason), std::move(message), {}, name, "", ""};
  std::tie(e.details_kind, e.details_group) = SplitResource(resource);
  return Status(code, std::move(e));
}

Status Status::NotFound(const std::string& resource, const std::string& name) {
  return WithDetails(404, "NotFound", fmt::format("{} \"{}\" not found", resource, name), resource, name);
}

Status Status::AlreadyExists(const std::string& resource, const std::string& name) {
  return WithDetails(409, "AlreadyExists", fmt::format("{} \"{}\" already exists", resource, name), resource, name);
}

// Message from k8s.io/apimachinery/pkg/api/errors NewConflict + registry OptimisticLockErrorMsg.
Status Status::Conflict(const std::string& resource, const std::string& name) {
  return WithDetails(409, "Conflict",
                     fmt::format("Operation cannot be fulfilled on {} \"{}\": the object has been modified; "
                                 "please apply your changes to the latest version and try again",
                                 resource, name),
                     resource, name);
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
  Error e{"Invalid", fmt::format("{} \"{}\" is invalid: {}", kind_group, name, joined), std::move(causes), name,
          "", ""};
  const auto dot = kind_group.find('.');
  e.details_kind = kind_group.substr(0, dot);
  if (dot != std::string::npos) e.details_group = kind_group.substr(dot + 1);
  return Status(422, std::move(e));
}

Status Status::BadRequest(const std::string& message) { return Status(400, Error{"BadRequest", message}); }
Status Status::Forbidden(const std::string& message) { return Status(403, Error{"Forbidden", message}); }
Status Status::MethodNotAllowed(const std::string& message) {
  return Status(405, Error{"MethodNotAllowed", message});
}
Status Status::Gone(const std::string& message) { return Status(410, Error{"Expired", message}); }
Status Status::InternalError(const std::string& message) { return Status(500, Error{"InternalError", message}); }

std::string Status::KubectlText() const {
  if (ok()) return "";
  if (reason() == "BadRequest") return "Error from server (BadRequest): " + message();
  if (reason() == "Invalid") return "The " + message();
  return fmt::format("Error from server ({}): {}", reason(), message());
}

}  // namespace jobsim::api
