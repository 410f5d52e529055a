// What a command does inside a catalogued image when the scenario says
// nothing about it: the shell and the handful of programs Job examples use.
//
//   sleep N            runs N seconds (fractions and s/m/h/d suffixes; `infinity` runs forever)
//   true / false       exit 0 / 1 at once (and the shell builtins :, cd, export, set, ... exit 0)
//   echo ...           prints its arguments
//   sh|bash -c SCRIPT  runs the script's commands (`;`, newlines, `&&`, `||`,
//                      `exit N`); a command missing from the image prints the
//                      shell's "not found" line and yields 127
//   perl -Mbignum=bpi -wle 'print bpi(N)'
//                      prints pi to N digits and runs 1 s + N^2/1000 ms
//                      (bpi(2000): 5 s)
//   tail -f ...        runs forever
//   sh, bash, perl, python with no program: exit 0 at once (no stdin)
//
// Any other executable of the image (ls, date, cat, ...) exits 0 at once
// without output; an interpreter given a program jobsim cannot read (a perl
// or python script) runs kUnmodeledRunMs and exits 0.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/node/image_catalogue.h"
#include "sim/node/runtime_config.h"

namespace jobsim::sim {

inline constexpr int64_t kUnmodeledRunMs = 5'000;

// The file name of an argv[0]: "/usr/bin/perl" -> "perl".
std::string ExecutableName(const std::string& argv0);

// Whether `executable` (a name or a path; only its base name counts) is on
// the image's $PATH.
bool ImageHasExecutable(const ImageFacts& image, const std::string& executable);

// REQUIRES: argv is not empty and ImageHasExecutable(image, argv[0]).
RunOutcome RunBuiltinProgram(const ImageFacts& image, const std::vector<std::string>& argv);

}  // namespace jobsim::sim
