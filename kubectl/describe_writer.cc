#include "kubectl/describe_writer.h"

namespace jobsim::kubectl {

DescribeWriter::DescribeWriter(bool legacy)
    : legacy_(legacy), tabs_(legacy ? TabWriter(0, 8, 1, '\t', 0) : TabWriter(0, 8, 2, ' ', 0)) {}

void DescribeWriter::Write(int level, std::string_view text) {
  std::string out(static_cast<size_t>(2 * level), ' ');
  if (legacy_) {
    out.append(text);
  } else {
    // cli-runtime printers/terminal.go terminalEscaper.
    for (char c : text) {
      if (c == '\x1b')
        out += "^[";
      else if (c == '\r')
        out += "\\r";
      else
        out += c;
    }
  }
  tabs_.Write(out);
}

std::string DescribeWriter::Finish() {
  tabs_.Flush();
  return tabs_.output();
}

}  // namespace jobsim::kubectl
