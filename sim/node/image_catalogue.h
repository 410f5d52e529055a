// The built-in image catalogue: what the common public images contain, so that
// a scenario without a `runtime` section behaves like a real cluster (the
// seed's misspelled `perl1` fails to start, `sleep 5` sleeps). The executable
// lists follow the official images (docker-library): busybox applets, alpine
// = busybox + apk, debian/ubuntu = bash, dash, coreutils, grep, sed, perl-base,
// perl/python = debian + their interpreters (buildpack-deps adds curl, wget,
// git), bash = alpine + bash. Sizes are the approximate unpacked sizes a
// containerd pull reports; they only feed the Pulled event text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jobsim::sim {

// How an image's shell reports a command it cannot find (it then exits 127).
enum class ShellDialect {
  kBusybox,  // "sh: perl1: not found"
  kDash,     // "/bin/sh: 1: perl1: not found" (debian's /bin/sh)
};

struct ImageFacts {
  std::vector<std::string> executables;      // base names on $PATH
  std::vector<std::string> default_command;  // CMD, used when the container gives no command or args
  ShellDialect shell = ShellDialect::kBusybox;
  uint64_t size_bytes = 0;
};

// The catalogue entry for a repository base name (ImageBaseName in
// sim/node/image_ref.h), or nullptr for an image jobsim does not know.
const ImageFacts* FindBuiltinImage(std::string_view base_name);

// A size for an image the catalogue does not know: 10 MB ... 500 MB, derived
// from the name alone (the same on every run and for every seed).
uint64_t UnknownImageSizeBytes(std::string_view image);

}  // namespace jobsim::sim
