// A small reader for the `sh -c '...'` scripts Job commands use: simple
// commands joined by `;`, newlines, `&&` and `||`, with single and double
// quotes and backslash escapes. No variables, redirections, pipes or
// subshells: a script using them is read word by word as written.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jobsim::sim {

enum class ShellConnector {
  kAlways,  // first command, `;` or a newline
  kAnd,     // `&&`: runs if the previous command exited 0
  kOr,      // `||`: runs if the previous command failed
};

struct ShellCommand {
  ShellConnector connector = ShellConnector::kAlways;
  std::vector<std::string> words;
  int line = 1;  // 1-based line of the script, as dash and bash report it
};

std::vector<ShellCommand> ParseShellScript(std::string_view script);

}  // namespace jobsim::sim
