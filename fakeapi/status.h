// The one error type of jobsim: a Kubernetes-shaped status. Inside the code a
// Status is returned, never thrown; at the REST edge it becomes a meta/v1
// Status object, in the transcript the text kubectl prints.
#pragma once

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
  bool IsNotFound() const { return reason_ == "NotFound"; }
  bool IsConflict() const { return reason_ == "Conflict"; }
  bool IsAlreadyExists() const { return reason_ == "AlreadyExists"; }
  int code() const { return code_; }
  const std::string& reason() const { return reason_; }
  const std::string& message() const { return message_; }
  const std::vector<StatusCause>& causes() const { return causes_; }
  // What kubectl prints: `Error from server (NotFound): jobs.batch "x" not found`.
  std::string KubectlText() const;

  // Details for the REST body.
  std::string details_name;
  std::string details_group;
  std::string details_kind;

 private:
  Status(int code, std::string reason, std::string message)
      : code_(code), reason_(std::move(reason)), message_(std::move(message)) {}
  int code_ = 200;
  std::string reason_;
  std::string message_;
  std::vector<StatusCause> causes_;
};

}  // namespace jobsim::api
