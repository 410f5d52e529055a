// The one error type of jobsim: a Kubernetes-shaped status. Inside the code a
// Status is returned, never thrown; at the REST edge it becomes a meta/v1
// Status object, in the transcript the text kubectl prints.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace jobsim::api {

struct StatusCause {
  std::string type;  // FieldValueRequired, FieldValueInvalid, ...
  std::string message;  // without the field: "Required value" (field.Error.ErrorBody)
  std::string field;
  std::string Text() const { return field + ": " + message; }  // field.Error.Error
};

class Status {
 public:
  Status() = default;  // OK
  static Status Ok() { return Status(); }
  // resource is "jobs.batch" or "pods" (group-qualified as kube-apiserver prints it).
  static Status NotFound(const std::string& resource, const std::string& name);
  static Status AlreadyExists(const std::string& resource, const std::string& name);
  static Status Conflict(const std::string& resource, const std::string& name);
  // kind_group is "Job.batch" or "Pod"; causes become "[a, b]" or the single cause.
  static Status Invalid(const std::string& kind_group, const std::string& name,
                        std::vector<StatusCause> causes);
  static Status BadRequest(const std::string& message);
  static Status Forbidden(const std::string& message);
  static Status MethodNotAllowed(const std::string& message);
  static Status Gone(const std::string& message);
  static Status InternalError(const std::string& message);

  bool ok() const { return code_ == 200 || code_ == 201; }
  bool IsNotFound() const { return reason() == "NotFound"; }
  bool IsConflict() const { return reason() == "Conflict"; }
  bool IsAlreadyExists() const { return reason() == "AlreadyExists"; }
  int code() const { return code_; }
  const std::string& reason() const { return error().reason; }
  const std::string& message() const { return error().message; }
  const std::vector<StatusCause>& causes() const { return error().causes; }
  // Details for the REST body.
  const std::string& details_name() const { return error().details_name; }
  const std::string& details_group() const { return error().details_group; }
  const std::string& details_kind() const { return error().details_kind; }
  // What kubectl prints: `Error from server (NotFound): jobs.batch "x" not found`.
  std::string KubectlText() const;

 private:
  // What an error says. Kept apart and shared, so that an OK status, which
  // every read and write returns, is a code and a null pointer to copy.
  struct Error {
    std::string reason;
    std::string message;
    std::vector<StatusCause> causes;
    std::string details_name;
    std::string details_group;
    std::string details_kind;
  };
  Status(int code, Error error) : code_(code), error_(std::make_shared<const Error>(std::move(error))) {}
  static Status WithDetails(int code, std::string reason, std::string message, const std::string& resource,
                            const std::string& name);
  const Error& error() const;

  int code_ = 200;
  std::shared_ptr<const Error> error_;  // null when OK
};

}  // namespace jobsim::api
