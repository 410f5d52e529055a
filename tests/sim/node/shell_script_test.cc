#include "sim/node/shell_script.h"

#include <catch2/catch.hpp>

using namespace jobsim::sim;

namespace {

// "connector:word word|..." for compact comparison.
std::string Render(const std::vector<ShellCommand>& commands) {
  std::string out;
  for (const auto& c : commands) {
    if (!out.empty()) out += "|";
    out += c.connector == ShellConnector::kAnd ? "&&" : c.connector == ShellConnector::kOr ? "||" : ";";
    out += std::to_string(c.line) + ":";
    for (size_t i = 0; i < c.words.size(); ++i) out += (i ? " " : "") + c.words[i];
  }
  return out;
}

}  // namespace

TEST_CASE("sh -c scripts split into commands, connectors and words") {
  struct Row {
    std::string name;
    std::string script;
    std::string want;
  };
  const std::vector<Row> rows = {
      {"one command", "exit 3", ";1:exit 3"},
      {"semicolons", "echo a; sleep 2;exit 1", ";1:echo a|;1:sleep 2|;1:exit 1"},
      {"and / or", "perl1 -v && echo ok || echo failed", ";1:perl1 -v|&&1:echo ok|||1:echo failed"},
      {"quotes keep spaces and separators", "echo 'a; b' \"c && d\"", ";1:echo a; b c && d"},
      {"escapes in double quotes", R"(echo "say \"hi\"")", R"(;1:echo say "hi")"},
      {"newlines count lines", "echo a\nperl1\n", ";1:echo a|;2:perl1"},
      {"a newline after && keeps the connector", "true &&\n  echo b", ";1:true|&&2:echo b"},
      {"empty script", "", ""},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) { CHECK(Render(ParseShellScript(row.script)) == row.want); }
  }
}
