// Where describers write: kubectl's tabbedString (a tab writer over a buffer)
// with the PrefixWriter of modern describe.go on top (LEVEL_n = 2n spaces).
//
// The era decides the tab writer: kubectl 1.3 used Init(0, 8, 1, '\t', 0),
// so its describe output contains real tabs; modern kubectl uses
// Init(0, 8, 2, ' ', 0) and defuses terminal escapes in every write
// (printers.WriteEscaped: ESC -> "^[", CR -> "\r").
#pragma once

#include <string>
#include <string_view>

#include "kubectl/tabwriter.h"

namespace jobsim::kubectl {

class DescribeWriter {
 public:
  explicit DescribeWriter(bool legacy);

  // Writes text prefixed with 2*level spaces.
  void Write(int level, std::string_view text);
  void Flush() { tabs_.Flush(); }
  // Flushes and returns everything written.
  std::string Finish();
  bool legacy() const { return legacy_; }

 private:
  bool legacy_;
  TabWriter tabs_;
};

}  // namespace jobsim::kubectl
