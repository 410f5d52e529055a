#include "sim/node/image_catalogue.h"

#include <map>

#include "sim/base/random.h"

namespace jobsim::sim {
namespace {

std::vector<std::string> Join(std::initializer_list<std::vector<std::string>> parts) {
  std::vector<std::string> out;
  for (const auto& part : parts) out.insert(out.end(), part.begin(), part.end());
  return out;
}

// busybox applets a Job command is likely to name.
const std::vector<std::string>& BusyboxApplets() {
  static const std::vector<std::string> kApplets = {
      "sh",       "ash",    "echo",   "sleep",     "true", "false", "cat",    "ls",       "date",     "env",
      "printf",   "wget",   "head",   "tail",      "yes",  "seq",   "grep",   "sed",      "awk",      "expr",
      "test",     "[",      "uname",  "hostname",  "id",   "pwd",   "mkdir",  "rm",       "cp",       "mv",
      "touch",    "find",   "xargs",  "sort",      "uniq", "wc",    "tr",     "cut",      "dd",       "df",
      "du",       "free",   "ps",     "kill",      "top",  "vi",    "nc",     "ping",     "nslookup", "timeout",
      "tee",      "base64", "md5sum", "sha256sum", "gzip", "tar",   "whoami", "basename", "dirname",  "readlink",
      "realpath", "stat",   "chmod",  "chown",     "ln",   "which", "usleep", "watch"};
  return kApplets;
}

// debian/ubuntu base: bash, dash as /bin/sh, coreutils, grep, sed, findutils, perl-base, mawk.
const std::vector<std::string>& DebianTools() {
  static const std::vector<std::string> kTools = {
      "bash",     "sh",     "dash",     "echo",    "sleep",    "true",     "false", "cat",    "ls",     "date",
      "env",      "printf", "head",     "tail",    "yes",      "seq",      "expr",  "test",   "[",      "uname",
      "hostname", "id",     "pwd",      "mkdir",   "rm",       "cp",       "mv",    "touch",  "sort",   "uniq",
      "wc",       "tr",     "cut",      "dd",      "df",       "du",       "tee",   "base64", "md5sum", "sha256sum",
      "timeout",  "whoami", "basename", "dirname", "readlink", "realpath", "stat",  "chmod",  "chown",  "ln",
      "grep",     "sed",    "find",     "xargs",   "tar",      "gzip",     "perl",  "awk",    "mawk",   "which"};
  return kTools;
}

const std::map<std::string, ImageFacts, std::less<>>& Catalogue() {
  static const std::map<std::string, ImageFacts, std::less<>> kImages = {
      {"busybox", {BusyboxApplets(), {"sh"}, ShellDialect::kBusybox, 4'269'694}},
      {"alpine", {Join({BusyboxApplets(), {"apk"}}), {"/bin/sh"}, ShellDialect::kBusybox, 8'834'048}},
      {"bash", {Join({BusyboxApplets(), {"apk", "bash"}}), {"bash"}, ShellDialect::kBusybox, 14'356'480}},
      {"debian", {DebianTools(), {"bash"}, ShellDialect::kDash, 120'283'136}},
      {"ubuntu", {DebianTools(), {"bash"}, ShellDialect::kDash, 78'102'528}},
      {"perl",
       {Join({DebianTools(), {"cpan", "cpanm", "perldoc", "curl", "wget", "git"}}),
        {"perl", "-de0"},
        ShellDialect::kDash,
        890'515'456}},
      {"python",
       {Join({DebianTools(), {"python", "python3", "pip", "pip3", "curl", "wget", "git"}}),
        {"python3"},
        ShellDialect::kDash,
        1'019'789'312}},
  };
  return kImages;
}

}  // namespace

const ImageFacts* FindBuiltinImage(std::string_view base_name) {
  const auto& catalogue = Catalogue();
  auto it = catalogue.find(base_name);
  return it == catalogue.end() ? nullptr : &it->second;
}

uint64_t UnknownImageSizeBytes(std::string_view image) {
  constexpr uint64_t kMinBytes = 10'000'000;
  constexpr uint64_t kSpanBytes = 490'000'000;
  Random random(0, "image-size/" + std::string(image));
  return kMinBytes + random.Uniform(kSpanBytes);
}

}  // namespace jobsim::sim
