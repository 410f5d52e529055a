#include "sim/node/shell_script.h"

namespace jobsim::sim {
namespace {

class Reader {
 public:
  explicit Reader(std::string_view script) : script_(script) {}

  std::vector<ShellCommand> Read() {
    while (pos_ < script_.size()) Step();
    EndCommand(ShellConnector::kAlways);
    return std::move(commands_);
  }

 private:
  void Step() {
    const char c = script_[pos_];
    if (c == '\'' || c == '"') return Quoted(c);
    if (c == '\\' && pos_ + 1 < script_.size()) {
      word_ += script_[pos_ + 1];
      in_word_ = true;
      pos_ += 2;
      return;
    }
    if (Peek("&&")) return Separator(ShellConnector::kAnd, 2);
    if (Peek("||")) return Separator(ShellConnector::kOr, 2);
    if (c == ';') return Separator(ShellConnector::kAlways, 1);
    if (c == '\n') {
      ++line_;  // the command that follows starts on the next line
      return Separator(ShellConnector::kAlways, 1);
    }
    if (c == ' ' || c == '\t') {
      EndWord();
    } else {
      word_ += c;
      in_word_ = true;
    }
    ++pos_;
  }

  void Quoted(char quote) {
    in_word_ = true;
    for (++pos_; pos_ < script_.size() && script_[pos_] != quote; ++pos_) {
      if (quote == '"' && script_[pos_] == '\\' && pos_ + 1 < script_.size()) ++pos_;
      if (script_[pos_] == '\n') ++line_;
      word_ += script_[pos_];
    }
    ++pos_;  // the closing quote (or the end of an unterminated one)
  }

  bool Peek(std::string_view token) const { return script_.substr(pos_, token.size()) == token; }

  void Separator(ShellConnector next, size_t length) {
    EndCommand(next);
    pos_ += length;
  }

  void EndWord() {
    if (in_word_) current_.words.push_back(word_);
    word_.clear();
    in_word_ = false;
  }

  // Closes the current command; `next` joins the command that follows.
  void EndCommand(ShellConnector next) {
    EndWord();
    if (!current_.words.empty()) commands_.push_back(current_);
    // An empty command keeps the connector that led to it (`a; && b` does not occur in practice).
    if (!current_.words.empty() || next != ShellConnector::kAlways) current_.connector = next;
    current_.words.clear();
    current_.line = line_;
  }

  std::string_view script_;
  size_t pos_ = 0;
  int line_ = 1;
  std::string word_;
  bool in_word_ = false;
  ShellCommand current_;
  std::vector<ShellCommand> commands_;
};

}  // namespace

std::vector<ShellCommand> ParseShellScript(std::string_view script) { return Reader(script).Read(); }

}  // namespace jobsim::sim
