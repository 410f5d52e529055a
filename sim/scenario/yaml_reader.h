// Reading a scenario's YAML with positions: a ParseContext collects errors as
// `file:line: message`, a MapReader walks one mapping, converts its values and
// reports every key nobody asked for as an unknown field. Nothing here throws;
// a value that does not convert is recorded and read as absent.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace jobsim::scenario {

class ParseContext {
 public:
  explicit ParseContext(std::string file) : file_(std::move(file)) {}
  ParseContext(const ParseContext&) = delete;
  ParseContext& operator=(const ParseContext&) = delete;

  const std::string& file() const { return file_; }
  // A path relative to the scenario file's directory, as a path to open and to print.
  std::string Resolve(const std::string& relative) const;

  // An error at node in the scenario file.
  void Fail(const YAML::Node& node, const std::string& message);
  // An error at a line of the scenario file (0 = no position known: line 1).
  void FailAtLine(int line, const std::string& message);
  // An error in another file (a manifest) referenced from `anchor` in the scenario file.
  void FailElsewhere(const std::string& file, int line, const YAML::Node& anchor, const std::string& message);

  bool ok() const { return errors_.empty(); }
  // The error that comes first in the scenario file, as "file:line: message".
  std::string FirstError() const;

 private:
  struct Error {
    int anchor_line;
    int anchor_column;
    size_t sequence;
    std::string text;
  };
  void Add(const YAML::Node& anchor, int line_fallback, std::string text);

  std::string file_;
  std::vector<Error> errors_;
};

// Conversions of one scalar; `path` names it in messages ("spec.seed").
std::optional<std::string> ReadString(ParseContext& ctx, const YAML::Node& node, const std::string& path);
std::optional<int64_t> ReadInt(ParseContext& ctx, const YAML::Node& node, const std::string& path);
std::optional<bool> ReadBool(ParseContext& ctx, const YAML::Node& node, const std::string& path);
// Go-style duration or a number of seconds; negative values are errors.
std::optional<int64_t> ReadDurationMs(ParseContext& ctx, const YAML::Node& node, const std::string& path);
std::optional<std::vector<std::string>> ReadStrings(ParseContext& ctx, const YAML::Node& node,
                                                    const std::string& path);

class MapReader {
 public:
  // A node that is not a map is an error ("<path>: expected a map"); the reader then reads nothing.
  MapReader(ParseContext& ctx, const YAML::Node& node, std::string path);

  bool is_map() const { return is_map_; }
  const YAML::Node& node() const { return node_; }
  bool Has(const std::string& key) const;
  // Every key, in file order.
  std::vector<std::string> Keys() const;
  // Marks key as known; an undefined node when absent.
  YAML::Node Take(const std::string& key);
  std::string PathOf(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }

  std::optional<std::string> String(const std::string& key) { return ReadString(ctx_, Take(key), PathOf(key)); }
  std::optional<int64_t> Int(const std::string& key) { return ReadInt(ctx_, Take(key), PathOf(key)); }
  std::optional<bool> Bool(const std::string& key) { return ReadBool(ctx_, Take(key), PathOf(key)); }
  std::optional<int64_t> DurationMs(const std::string& key) { return ReadDurationMs(ctx_, Take(key), PathOf(key)); }
  std::optional<std::vector<std::string>> Strings(const std::string& key) {
    return ReadStrings(ctx_, Take(key), PathOf(key));
  }

  // Reports each key no getter took: `unknown field "x" in <path>`.
  void RejectUnknown();

 private:
  ParseContext& ctx_;
  YAML::Node node_;
  std::string path_;
  bool is_map_ = false;
  std::set<std::string> taken_;
};

}  // namespace jobsim::scenario
