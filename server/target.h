// The request target: path segments and query parameters, percent-decoded.
// Pure functions.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace jobsim::server {

struct Target {
  std::string path;                            // decoded, without the query
  std::vector<std::string> segments;           // path split on '/', empty segments dropped
  std::map<std::string, std::string> query;    // a repeated key keeps its last value

  std::string Param(const std::string& key) const;
  bool Flag(const std::string& key) const;     // "true" or "1"
};

// "%2F" -> "/"; in a query, '+' is a space. nullopt on a malformed escape.
std::optional<std::string> PercentDecode(const std::string& text, bool plus_is_space);

// nullopt when the target has a malformed escape (the caller answers 400).
std::optional<Target> ParseTarget(const std::string& target);

}  // namespace jobsim::server
