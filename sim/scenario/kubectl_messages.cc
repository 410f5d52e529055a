#include "sim/scenario/kubectl_messages.h"

#include <fmt/format.h>

#include "kubectl/api_errors.h"

namespace jobsim::scenario {
namespace {

const char* OperationWord(Operation op, bool slash_names) {
  switch (op) {
    case Operation::kCreated: return "created";
    case Operation::kConfigured: return "configured";
    // Before the name printer, apply said "configured" and patch "patched" whatever changed.
    case Operation::kUnchanged: return slash_names ? "unchanged" : "configured";
    case Operation::kPatched: return "patched";
    case Operation::kPatchedNoChange: return slash_names ? "patched (no change)" : "patched";
    case Operation::kDeleted: return "deleted";
  }
  return "";
}

}  // namespace

std::string SuccessLine(const kubectl::KubectlRules& rules, Kind kind, const std::string& name, Operation op) {
  std::string resource = KindSingular(kind);
  if (rules.success_names_group && *KindGroup(kind) != '\0') resource += std::string(".") + KindGroup(kind);
  const char* word = OperationWord(op, rules.success_names_slash);
  // Deletion kept the quoted form when the others moved to the name printer.
  if (rules.success_names_slash && op != Operation::kDeleted) return fmt::format("{}/{} {}", resource, name, word);
  return fmt::format("{} \"{}\" {}", resource, name, word);
}

// pkg/kubectl/cmd/util/helpers.go checkErr (Invalid: details, one line per cause,
// "field: message" as statusCausesToAggrError writes them, through MultilineError)
// and StandardErrorMessage + AddSourceToErr for the rest.
std::string ErrorText(const kubectl::KubectlRules& rules, const api::Status& status, const std::string& verb,
                      const std::string& source) {
  if (status.ok()) return "";
  if (status.reason() == "Invalid") {
    // 1.3 ended the prefix with ".\n"; MultilineError prints the prefix, then one
    // cause, or a line break and "* cause" lines.
    const std::string prefix = fmt::format("The {} \"{}\" is invalid{}", status.details_kind(), status.details_name(),
                                           rules.invalid_causes_inline ? ": " : ".\n");
    const auto& causes = status.causes();
    if (causes.empty()) return prefix + status.message();
    if (causes.size() == 1) return prefix + causes[0].Text();
    std::string text = prefix;
    for (const auto& cause : causes) text += "\n* " + cause.Text();
    return text;
  }
  if (source.empty()) return kubectl::ApiErrorText(status, rules);
  // AddSourceToErr: the file goes into the message, inside kubectl's usual prefix.
  const std::string message = fmt::format("error when {} \"{}\": {}", verb, source, status.message());
  if (!rules.error_reason_in_parentheses) return "Error from server: " + message;
  return fmt::format("Error from server ({}): {}", status.reason(), message);
}

std::string NoMatchText(const std::string& kind, const std::string& api_version, const std::string& source) {
  return fmt::format("error: unable to recognize \"{}\": no matches for kind \"{}\" in version \"{}\"",
                     source.empty() ? "STDIN" : source, kind, api_version);
}

}  // namespace jobsim::scenario
