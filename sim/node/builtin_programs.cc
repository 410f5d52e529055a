#include "sim/node/builtin_programs.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <regex>

#include "sim/node/pi_digits.h"
#include "sim/node/shell_script.h"

namespace jobsim::sim {
namespace {

constexpr int32_t kNotFoundExitCode = 127;  // POSIX shells, command not found
constexpr int32_t kPerlDieExitCode = 255;   // perl's exit status after die
constexpr int64_t kPiBaseMs = 1'000;
constexpr int64_t kPiQuadraticDivisor = 1'000;  // + N^2/1000 ms: bignum's bpi is quadratic

RunOutcome Exit(int32_t code, std::string out = "", int64_t ms = 0) {
  RunOutcome o;
  o.exit_code = code;
  o.stdout_text = std::move(out);
  o.runs_ms = ms;
  return o;
}

RunOutcome Unmodeled() { return Exit(0, "", kUnmodeledRunMs); }

// One `sleep` operand in ms: "5", "0.5", "2m", "1.5h"; nullopt when malformed.
std::optional<int64_t> SleepOperandMs(const std::string& arg) {
  static const std::regex kOperand(R"(^(\d+)(?:\.(\d{1,3})\d*)?([smhd]?)$)");
  std::smatch m;
  if (!std::regex_match(arg, m, kOperand)) return std::nullopt;
  std::string fraction = m[2].str();
  fraction.resize(3, '0');
  const int64_t whole_ms = std::stoll(m[1].str()) * 1000 + std::stoll(fraction);
  const std::string unit = m[3].str();
  const int64_t scale = unit == "m" ? 60 : unit == "h" ? 3'600 : unit == "d" ? 86'400 : 1;
  return whole_ms * scale;
}

RunOutcome Sleep(const std::vector<std::string>& argv) {
  if (argv.size() < 2) return Exit(1, "sleep: missing operand\n");
  int64_t total_ms = 0;
  for (size_t i = 1; i < argv.size(); ++i) {
    if (argv[i] == "infinity" || argv[i] == "inf") {
      RunOutcome forever;
      forever.runs_forever = true;
      return forever;
    }
    auto ms = SleepOperandMs(argv[i]);
    if (!ms) return Exit(1, fmt::format("sleep: invalid number '{}'\n", argv[i]));
    total_ms += *ms;
  }
  return Exit(0, "", total_ms);
}

RunOutcome Echo(const std::vector<std::string>& argv) {
  size_t first = 1;
  const bool newline = !(argv.size() > 1 && argv[1] == "-n");
  if (!newline) first = 2;
  std::string out;
  for (size_t i = first; i < argv.size(); ++i) out += (i > first ? " " : "") + argv[i];
  return Exit(0, newline ? out + "\n" : out);
}

// perl [switches] -e PROGRAM: only `print bpi(N)` is understood.
RunOutcome Perl(const std::vector<std::string>& argv) {
  bool newline = false, bignum = false;
  std::optional<std::string> program;
  for (size_t i = 1; i < argv.size() && !program; ++i) {
    const std::string& a = argv[i];
    if (a.rfind("-M", 0) == 0) {
      bignum |= a.rfind("-Mbignum", 0) == 0 || a.rfind("-Mbigrat", 0) == 0 || a.rfind("-MMath::BigFloat", 0) == 0;
    } else if (a.size() > 1 && a[0] == '-' && a[1] != '-') {
      newline |= a.find('l') != std::string::npos;
      if (a.back() == 'e' || a.back() == 'E') {
        if (i + 1 >= argv.size()) return Exit(kPerlDieExitCode, "No code specified for -e.\n");
        program = argv[++i];
      }
    } else {
      return Unmodeled();  // a script file
    }
  }
  if (!program) return Exit(0);  // no program: reads an empty stdin
  static const std::regex kPrintPi(R"(^\s*print\s*\(?\s*bpi\s*\(\s*(\d+)\s*\)\s*\)?\s*;?\s*$)");
  std::smatch m;
  if (!std::regex_match(*program, m, kPrintPi)) return Unmodeled();
  if (!bignum) return Exit(kPerlDieExitCode, "Undefined subroutine &main::bpi called at -e line 1.\n");
  const int digits = std::min(std::atoi(m[1].str().c_str()), 100'000);
  if (digits < 1) return Unmodeled();
  const int64_t ms = kPiBaseMs + static_cast<int64_t>(digits) * digits / kPiQuadraticDivisor;
  return Exit(0, PiToSignificantDigits(digits) + (newline ? "\n" : ""), ms);
}

// Shell builtins that change only the shell's own state here.
bool IsSilentBuiltin(const std::string& word) {
  for (const char* builtin : {":", "cd", "export", "set", "unset", "wait", "trap", "shift", "umask"}) {
    if (word == builtin) return true;
  }
  return false;
}

class Shell {
 public:
  Shell(const ImageFacts& image, std::string name, bool bash) : image_(image), name_(std::move(name)), bash_(bash) {}

  RunOutcome Run(const std::string& script) {
    RunOutcome result;
    int32_t status = 0;
    for (const ShellCommand& command : ParseShellScript(script)) {
      if (command.connector == ShellConnector::kAnd && status != 0) continue;
      if (command.connector == ShellConnector::kOr && status == 0) continue;
      const std::vector<std::string>& words = command.words;
      if (words[0] == "exit") {
        status = words.size() > 1 ? static_cast<int32_t>(std::atoi(words[1].c_str()) & 0xff) : status;
        break;
      }
      const RunOutcome step = Command(command);
      result.runs_ms += step.runs_ms;
      result.stdout_text += step.stdout_text;
      if (step.runs_forever) {
        result.runs_forever = true;
        return result;
      }
      status = step.exit_code;
    }
    result.exit_code = status;
    return result;
  }

 private:
  RunOutcome Command(const ShellCommand& command) {
    const std::string& word = command.words[0];
    if (IsSilentBuiltin(word)) return Exit(0);
    if (word == "echo" || word == "true" || word == "false" || ImageHasExecutable(image_, word)) {
      return RunBuiltinProgram(image_, command.words);
    }
    return Exit(kNotFoundExitCode, NotFound(word, command.line));
  }

  std::string NotFound(const std::string& word, int line) const {
    if (bash_) {
      return fmt::format("{}: line {}: {}: {}\n", name_, line, word,
                         word.find('/') != std::string::npos ? "No such file or directory" : "command not found");
    }
    if (image_.shell == ShellDialect::kDash) return fmt::format("{}: {}: {}: not found\n", name_, line, word);
    return fmt::format("{}: {}: not found\n", name_, word);
  }

  const ImageFacts& image_;
  std::string name_;
  bool bash_;
};

bool IsShell(const std::string& name) { return name == "sh" || name == "ash" || name == "dash" || name == "bash"; }

// sh -c SCRIPT, sh -ec SCRIPT, ...; a shell without a program exits at once.
RunOutcome RunShell(const ImageFacts& image, const std::vector<std::string>& argv) {
  if (argv.size() == 1) return Exit(0);
  const std::string& flags = argv[1];
  if (flags.size() > 1 && flags[0] == '-' && flags.find('c') != std::string::npos && argv.size() > 2) {
    return Shell(image, argv[0], ExecutableName(argv[0]) == "bash").Run(argv[2]);
  }
  return Unmodeled();  // a script file
}

}  // namespace

std::string ExecutableName(const std::string& argv0) {
  const auto slash = argv0.rfind('/');
  return slash == std::string::npos ? argv0 : argv0.substr(slash + 1);
}

bool ImageHasExecutable(const ImageFacts& image, const std::string& executable) {
  const std::string name = ExecutableName(executable);
  return std::find(image.executables.begin(), image.executables.end(), name) != image.executables.end();
}

RunOutcome RunBuiltinProgram(const ImageFacts& image, const std::vector<std::string>& argv) {
  const std::string name = ExecutableName(argv[0]);
  if (IsShell(name)) return RunShell(image, argv);
  if (name == "sleep") return Sleep(argv);
  if (name == "true") return Exit(0);
  if (name == "false") return Exit(1);
  if (name == "echo") return Echo(argv);
  if (name == "perl") return Perl(argv);
  if (name == "tail" && std::find(argv.begin(), argv.end(), "-f") != argv.end()) {
    RunOutcome forever;
    forever.runs_forever = true;
    return forever;
  }
  if (name == "python" || name == "python3") return argv.size() == 1 ? Exit(0) : Unmodeled();
  return Exit(0);
}

}  // namespace jobsim::sim
