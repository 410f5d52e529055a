#include "sim/scenario/file_text.h"

#include <fstream>
#include <sstream>

namespace jobsim::scenario {

std::optional<std::string> ReadTextFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace jobsim::scenario
