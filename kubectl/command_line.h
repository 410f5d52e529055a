// Turning what a user typed after `kubectl` into a parsed command.
//
// SplitCommandLine follows POSIX shell quoting (the scenario runner hands
// kubectl steps over as one string): blanks separate words, '...' is literal,
// "..." allows \" \\ \$ \` escapes, a backslash outside quotes escapes the
// next character. ParseArgs knows the flags jobsim's kubectl supports and
// reports others the way cobra does ("unknown flag: --foo").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "fakeapi/status.h"
#include "kubectl/rules.h"

namespace jobsim::kubectl {

std::vector<std::string> SplitCommandLine(const std::string& line);

struct CommandLine {
  std::string verb;                     // get, describe, logs
  std::vector<std::string> positional;  // after the verb, flags removed
  std::optional<std::string> namespace_;
  bool all_namespaces = false;  // -A
  std::string selector;         // -l
  std::string field_selector;
  std::string output;  // -o: "", wide, yaml, json, name, jsonpath=...
  bool show_all = false;
  bool show_labels = false;
  std::string sort_by;  // --sort-by: a relaxed JSONPath
  bool watch = false;                // get -w/--watch: the list, then its changes
  bool watch_only = false;           // get --watch-only: the changes only
  bool output_watch_events = false;  // get --output-watch-events: an EVENT column
  bool show_managed_fields = false;  // get --show-managed-fields: -o yaml|json keep metadata.managedFields
  std::string container;  // logs -c
  bool previous = false;  // logs -p
  bool all_containers = false;  // logs --all-containers
  bool prefix = false;          // logs --prefix
  std::optional<int64_t> tail;
};

// The flags only some releases have.
struct FlagSet {
  bool show_all = true;             // -a/--show-all (kubectl before 1.10 hid finished pods)
  bool output_watch_events = true;  // --output-watch-events (1.16+)
  bool show_managed_fields = true;  // --show-managed-fields (1.21+)
};
FlagSet FlagSetOf(const KubectlRules& rules);

// On error the status message is kubectl's text without the "error: " prefix.
api::Status ParseArgs(const std::vector<std::string>& args, const FlagSet& flag_set, CommandLine& out);

}  // namespace jobsim::kubectl
