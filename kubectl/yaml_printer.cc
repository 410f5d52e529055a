// The scalar analysis, style choice and writers follow go-yaml v2
// (encode.go stringv, resolve.go, emitterc.go yaml_emitter_analyze_scalar /
// select_scalar_style / write_*_scalar), themselves ports of libyaml.
#include "kubectl/yaml_printer.h"

#include <algorithm>
#include <cctype>
#include <regex>
#include <vector>

namespace jobsim::kubectl {
namespace {

using Json = nlohmann::json;

constexpr int kBestWidth = 80;
constexpr int kBestIndent = 2;

enum class ScalarStyle { kPlain, kSingle, kDouble, kLiteral };

int CharWidth(unsigned char c) {
  if ((c & 0x80) == 0) return 1;
  if ((c & 0xE0) == 0xC0) return 2;
  if ((c & 0xF0) == 0xE0) return 3;
  if ((c & 0xF8) == 0xF0) return 4;
  return 1;
}

unsigned char At(const std::string& s, size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0; }

bool IsSpace(const std::string& s, size_t i) { return At(s, i) == ' '; }
bool IsBreak(const std::string& s, size_t i) {
  const unsigned char c = At(s, i);
  return c == '\r' || c == '\n' || (c == 0xC2 && At(s, i + 1) == 0x85) ||
         (c == 0xE2 && At(s, i + 1) == 0x80 && (At(s, i + 2) == 0xA8 || At(s, i + 2) == 0xA9));
}
bool IsBlankz(const std::string& s, size_t i) {
  return i >= s.size() || IsSpace(s, i) || At(s, i) == '\t' || IsBreak(s, i);
}
bool IsBom(const std::string& s, size_t i) { return At(s, i) == 0xEF && At(s, i + 1) == 0xBB && At(s, i + 2) == 0xBF; }

// go-yaml is_printable.
bool IsPrintable(const std::string& s, size_t i) {
  const unsigned char c = At(s, i), n1 = At(s, i + 1), n2 = At(s, i + 2);
  return c == 0x0A || (c >= 0x20 && c <= 0x7E) || (c == 0xC2 && n1 >= 0xA0) || (c > 0xC2 && c < 0xED) ||
         (c == 0xED && n1 < 0xA0) || c == 0xEE ||
         (c == 0xEF && !(n1 == 0xBB && n2 == 0xBF) && !(n1 == 0xBF && (n2 == 0xBE || n2 == 0xBF)));
}

struct Analysis {
  bool multiline = false;
  bool block_plain_allowed = true;
  bool single_quoted_allowed = true;
  bool block_allowed = true;
};

// yaml_emitter_analyze_scalar (block context: flow_plain_allowed is unused).
Analysis Analyze(const std::string& v) {
  Analysis a;
  if (v.empty()) {
    a.block_allowed = false;
    return a;
  }
  bool block_indicators = v.rfind("---", 0) == 0 || v.rfind("...", 0) == 0;
  bool leading_space = false, leading_break = false, trailing_space = false, trailing_break = false;
  bool break_space = false, space_break = false, special = false, line_breaks = false;
  bool previous_space = false, previous_break = false, preceded_by_whitespace = true;
  for (size_t i = 0, w = 0; i < v.size(); i += w) {
    w = static_cast<size_t>(CharWidth(At(v, i)));
    const bool followed_by_whitespace = IsBlankz(v, i + w);
    const char c = v[i];
    if (i == 0) {
      if (std::string_view("#,[]{}&*!|>'\"%@`").find(c) != std::string_view::npos) block_indicators = true;
      if ((c == '?' || c == ':' || c == '-') && followed_by_whitespace) block_indicators = true;
    } else {
      if (c == ':' && followed_by_whitespace) block_indicators = true;
      if (c == '#' && preceded_by_whitespace) block_indicators = true;
    }
    if (!IsPrintable(v, i)) special = true;
    if (IsSpace(v, i)) {
      leading_space = leading_space || i == 0;
      trailing_space = trailing_space || i + w == v.size();
      break_space = break_space || previous_break;
      previous_space = true;
      previous_break = false;
    } else if (IsBreak(v, i)) {
      line_breaks = true;
      leading_break = leading_break || i == 0;
      trailing_break = trailing_break || i + w == v.size();
      space_break = space_break || previous_space;
      previous_space = false;
      previous_break = true;
    } else {
      previous_space = previous_break = false;
    }
    preceded_by_whitespace = IsBlankz(v, i);
  }
  a.multiline = line_breaks;
  if (leading_space || leading_break || trailing_space || trailing_break) a.block_plain_allowed = false;
  if (trailing_space) a.block_allowed = false;
  if (break_space) a.block_plain_allowed = a.single_quoted_allowed = false;
  if (space_break || special) a.block_plain_allowed = a.single_quoted_allowed = a.block_allowed = false;
  if (line_breaks || block_indicators) a.block_plain_allowed = false;
  return a;
}

bool Matches(const std::string& s, const char* pattern) { return std::regex_match(s, std::regex(pattern)); }

// resolve.go parseTimestamp: the formats time.Parse accepts for yaml timestamps.
bool IsTimestamp(const std::string& s) {
  std::smatch m;
  static const std::regex kDate(
      R"(^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))|(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?))?$)");
  if (!std::regex_match(s, m, kDate)) return false;
  const int month = std::stoi(m[2]), day = std::stoi(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  for (int g : {4, 7}) {
    if (m[g].matched && (std::stoi(m[g]) > 23 || std::stoi(m[g + 1]) > 59 || std::stoi(m[g + 2]) > 59)) return false;
  }
  return true;
}

bool IsNumber(const std::string& in) {
  std::string plain;
  for (char c : in) {
    if (c != '_') plain += c;
  }
  return Matches(plain, R"(^[-+]?(0|[1-9][0-9]*|0[0-7]+|0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+)$)") ||
         Matches(plain, R"(^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$)");
}

// resolve.go: would the plain string read back as something other than !!str?
bool ResolvesToNonString(const std::string& s, const YamlStyle& style) {
  static const std::vector<std::string> kMap = {"y",     "Y",     "yes",   "Yes",   "YES",   "true",  "True",  "TRUE",
                                                "on",    "On",    "ON",    "n",     "N",     "no",    "No",    "NO",
                                                "false", "False", "FALSE", "off",   "Off",   "OFF",   "",      "~",
                                                "null",  "Null",  "NULL",  ".nan",  ".NaN",  ".NAN",  ".inf",  ".Inf",
                                                ".INF",  "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", "<<"};
  if (s.empty()) return true;
  const char c = s[0];
  const bool hinted = std::string_view("+-0123456789yYnNtTfFoO~.").find(c) != std::string_view::npos;
  if (!hinted) return false;
  if (std::find(kMap.begin(), kMap.end(), s) != kMap.end()) return true;
  if (c == '.') return Matches(s, R"(^\.[0-9]+([eE][-+]?[0-9]+)?$)");
  if (std::string_view("+-0123456789").find(c) == std::string_view::npos) return false;
  if (style.quote_timestamps && IsTimestamp(s)) return true;
  return IsNumber(s);
}

// resolve.go isBase60Float: "1:20" style values are quoted for YAML 1.1 readers.
bool IsBase60Float(const std::string& s) { return Matches(s, R"(^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$)"); }

class Emitter {
 public:
  explicit Emitter(const YamlStyle& style) : style_(style) {}

  std::string Document(const Json& v) {
    if (v.is_object() && !v.empty())
      Mapping(v, 0, true);
    else if (v.is_array() && !v.empty())
      Sequence(v, 0, true);
    else
      Node(v, 0);
    // yaml_emitter_emit_document_end: write_indent at 0 (no break right after a literal block).
    if (!indention_ || column_ > 0 || !whitespace_) PutBreak();
    return out_;
  }

 private:
  void Put(char c) {
    out_ += c;
    ++column_;
  }
  void PutBreak() {
    out_ += '\n';
    column_ = 0;
  }
  void Write(const std::string& s, size_t& i) {
    const size_t w = static_cast<size_t>(CharWidth(At(s, i)));
    out_.append(s, i, w);
    i += w;
    ++column_;
  }
  void WriteIndent(int indent) {
    if (!indention_ || column_ > indent || (column_ == indent && !whitespace_)) PutBreak();
    while (column_ < indent) Put(' ');
    whitespace_ = indention_ = true;
  }
  // yaml_emitter_write_indicator.
  void Indicator(const std::string& text, bool need_whitespace, bool is_whitespace, bool is_indention) {
    if (need_whitespace && !whitespace_) Put(' ');
    for (char c : text) Put(c);
    whitespace_ = is_whitespace;
    indention_ = indention_ && is_indention;
  }

  void Mapping(const Json& m, int indent, bool first_inline) {
    std::vector<std::string> keys;
    for (auto it = m.begin(); it != m.end(); ++it) keys.push_back(it.key());
    std::stable_sort(keys.begin(), keys.end(), YamlKeyLess);
    bool first = true;
    for (const std::string& key : keys) {
      if (!(first && first_inline)) WriteIndent(indent);
      first = false;
      Scalar(key, indent, /*simple_key=*/true);
      Indicator(":", false, false, false);
      Node(m[key], indent);
    }
  }

  // Sequences under a mapping key are "indentless": items start at `indent`.
  void Sequence(const Json& s, int indent, bool first_inline) {
    bool first = true;
    for (const Json& item : s) {
      if (!(first && first_inline)) WriteIndent(indent);
      first = false;
      Indicator("-", true, false, true);
      if (item.is_object() && !item.empty()) {
        WriteIndent(indent + kBestIndent);
        Mapping(item, indent + kBestIndent, true);
      } else if (item.is_array() && !item.empty()) {
        WriteIndent(indent + kBestIndent);
        Sequence(item, indent + kBestIndent, true);
      } else {
        Node(item, indent);
      }
    }
  }

  // A value after "key:" or "-": nested collections on their own lines.
  void Node(const Json& v, int indent) {
    if (v.is_object()) {
      if (v.empty()) return Indicator("{}", true, false, false);
      return Mapping(v, indent + kBestIndent, false);
    }
    if (v.is_array()) {
      if (v.empty()) return Indicator("[]", true, false, false);
      return Sequence(v, indent, false);
    }
    if (v.is_string()) return Scalar(v.get<std::string>(), indent + kBestIndent, false);
    std::string text = v.is_null() ? "null" : v.is_boolean() ? (v.get<bool>() ? "true" : "false") : v.dump();
    if (!whitespace_) Put(' ');
    for (char c : text) Put(c);
    whitespace_ = indention_ = false;
  }

  ScalarStyle ChooseStyle(const std::string& s, const Analysis& a, bool simple_key) const {
    ScalarStyle chosen = ScalarStyle::kPlain;
    if (a.multiline && style_.literal_multiline)
      chosen = ScalarStyle::kLiteral;
    else if (ResolvesToNonString(s, style_) || IsBase60Float(s))
      chosen = ScalarStyle::kDouble;
    if (simple_key && a.multiline) chosen = ScalarStyle::kDouble;
    if (chosen == ScalarStyle::kPlain && (!a.block_plain_allowed || (s.empty() && simple_key))) {
      chosen = ScalarStyle::kSingle;
    }
    if (chosen == ScalarStyle::kSingle && !a.single_quoted_allowed) chosen = ScalarStyle::kDouble;
    if (chosen == ScalarStyle::kLiteral && (!a.block_allowed || simple_key)) chosen = ScalarStyle::kDouble;
    return chosen;
  }

  void Scalar(const std::string& s, int indent, bool simple_key) {
    const Analysis a = Analyze(s);
    const bool allow_breaks = !simple_key;
    switch (ChooseStyle(s, a, simple_key)) {
      case ScalarStyle::kPlain:
        return Plain(s, indent, allow_breaks);
      case ScalarStyle::kSingle:
        return SingleQuoted(s, indent, allow_breaks);
      case ScalarStyle::kDouble:
        return DoubleQuoted(s, indent, allow_breaks);
      case ScalarStyle::kLiteral:
        return Literal(s, indent);
    }
  }

  void Plain(const std::string& s, int indent, bool allow_breaks) {
    if (!whitespace_) Put(' ');
    bool spaces = false;
    for (size_t i = 0; i < s.size();) {
      if (IsSpace(s, i)) {
        if (allow_breaks && !spaces && column_ > kBestWidth && !IsSpace(s, i + 1)) {
          WriteIndent(indent);
          ++i;
        } else {
          Write(s, i);
        }
        spaces = true;
      } else {
        Write(s, i);
        indention_ = spaces = false;
      }
    }
    whitespace_ = indention_ = false;
  }

  void SingleQuoted(const std::string& s, int indent, bool allow_breaks) {
    Indicator("'", true, false, false);
    bool spaces = false, breaks = false;
    for (size_t i = 0; i < s.size();) {
      if (IsSpace(s, i)) {
        if (allow_breaks && !spaces && column_ > kBestWidth && i > 0 && i < s.size() - 1 && !IsSpace(s, i + 1)) {
          WriteIndent(indent);
          ++i;
        } else {
          Write(s, i);
        }
        spaces = true;
      } else if (IsBreak(s, i)) {
        if (!breaks && s[i] == '\n') PutBreak();
        i += s[i] == '\r' && At(s, i + 1) == '\n' ? 2 : static_cast<size_t>(CharWidth(At(s, i)));
        PutBreak();
        indention_ = breaks = true;
      } else {
        if (breaks) WriteIndent(indent);
        if (s[i] == '\'') Put('\'');
        Write(s, i);
        indention_ = spaces = breaks = false;
      }
    }
    if (breaks) WriteIndent(indent);
    Indicator("'", false, false, false);
  }

  void Escape(const std::string& s, size_t& i) {
    const unsigned char octet = At(s, i);
    const int w = CharWidth(octet);
    uint32_t v = w == 1 ? octet & 0x7F : w == 2 ? octet & 0x1F : w == 3 ? octet & 0x0F : octet & 0x07;
    for (int k = 1; k < w; ++k) v = (v << 6) + (At(s, i + static_cast<size_t>(k)) & 0x3F);
    i += static_cast<size_t>(w);
    Put('\\');
    static const std::vector<std::pair<uint32_t, char>> kShort = {
        {0x00, '0'}, {0x07, 'a'}, {0x08, 'b'},  {0x09, 't'}, {0x0A, 'n'}, {0x0B, 'v'},   {0x0C, 'f'},  {0x0D, 'r'},
        {0x1B, 'e'}, {0x22, '"'}, {0x5C, '\\'}, {0x85, 'N'}, {0xA0, '_'}, {0x2028, 'L'}, {0x2029, 'P'}};
    for (const auto& [code, letter] : kShort) {
      if (v == code) return Put(letter);
    }
    const int digits = v <= 0xFF ? 2 : v <= 0xFFFF ? 4 : 8;
    Put(digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
    for (int k = (digits - 1) * 4; k >= 0; k -= 4) Put("0123456789ABCDEF"[(v >> k) & 0x0F]);
  }

  void DoubleQuoted(const std::string& s, int indent, bool allow_breaks) {
    Indicator("\"", true, false, false);
    bool spaces = false;
    for (size_t i = 0; i < s.size();) {
      if (!IsPrintable(s, i) || IsBom(s, i) || IsBreak(s, i) || s[i] == '"' || s[i] == '\\') {
        Escape(s, i);
        spaces = false;
      } else if (IsSpace(s, i)) {
        if (allow_breaks && !spaces && column_ > kBestWidth && i != 0 && i != s.size() - 1) {
          WriteIndent(indent);
          if (IsSpace(s, i + 1)) Put('\\');
          ++i;
        } else {
          Write(s, i);
        }
        spaces = true;
      } else {
        Write(s, i);
        spaces = false;
      }
    }
    Indicator("\"", false, false, false);
  }

  // "|" with an indentation hint for a leading space and the chomping hint.
  void Literal(const std::string& s, int indent) {
    Indicator("|", true, false, false);
    if (IsSpace(s, 0) || IsBreak(s, 0))
      Indicator(std::string(1, static_cast<char>('0' + kBestIndent)), false, false, false);
    size_t last = s.size() - 1;
    while (last > 0 && (At(s, last) & 0xC0) == 0x80) --last;
    if (!IsBreak(s, last)) {
      Indicator("-", false, false, false);
    } else if (last == 0) {
      Indicator("+", false, false, false);
    } else {
      size_t prev = last - 1;
      while (prev > 0 && (At(s, prev) & 0xC0) == 0x80) --prev;
      if (IsBreak(s, prev)) Indicator("+", false, false, false);
    }
    PutBreak();
    indention_ = whitespace_ = true;
    bool breaks = true;
    for (size_t i = 0; i < s.size();) {
      if (IsBreak(s, i)) {
        i += s[i] == '\r' && At(s, i + 1) == '\n' ? 2 : static_cast<size_t>(CharWidth(At(s, i)));
        PutBreak();
        indention_ = breaks = true;
      } else {
        if (breaks) WriteIndent(indent);
        Write(s, i);
        indention_ = breaks = false;
      }
    }
  }

  const YamlStyle& style_;
  std::string out_;
  int column_ = 0;
  bool whitespace_ = true;
  bool indention_ = true;
};

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
// unicode.IsLetter for ASCII and the common letter blocks (Latin, Greek,
// Cyrillic, kana, CJK, Hangul); symbols such as emoji are not letters.
bool IsLetter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  return (c >= 0x370 && c <= 0x3FF && c != 0x37E && c != 0x387) ||
         (c >= 0x400 && c <= 0x52F && (c < 0x482 || c > 0x489)) ||
         (c >= 0x3041 && c <= 0x30FF && c != 0x30A0 && c != 0x30FB) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xAC00 && c <= 0xD7A3);
}

std::u32string Runes(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    const int w = CharWidth(At(s, i));
    char32_t v = w == 1 ? At(s, i) : w == 2 ? At(s, i) & 0x1F : w == 3 ? At(s, i) & 0x0F : At(s, i) & 0x07;
    for (int k = 1; k < w; ++k) v = (v << 6) + (At(s, i + static_cast<size_t>(k)) & 0x3F);
    out += v;
    i += static_cast<size_t>(w);
  }
  return out;
}

}  // namespace

// encode.go keyList.Less for string keys: digit runs compare numerically,
// a letter sorts after a non-letter.
bool YamlKeyLess(const std::string& a_text, const std::string& b_text) {
  const std::u32string a = Runes(a_text), b = Runes(b_text);
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
    if (a[i] == b[i]) continue;
    const bool al = IsLetter(a[i]), bl = IsLetter(b[i]);
    if (al && bl) return a[i] < b[i];
    if (al || bl) return bl;
    int64_t an = 0, bn = 0;
    if (a[i] == '0' || b[i] == '0') {
      for (size_t j = i; j-- > 0 && IsDigit(a[j]);) {
        if (a[j] != '0') {
          an = bn = 1;
          break;
        }
      }
    }
    size_t ai = i, bi = i;
    for (; ai < a.size() && IsDigit(a[ai]); ++ai) an = an * 10 + (a[ai] - '0');
    for (; bi < b.size() && IsDigit(b[bi]); ++bi) bn = bn * 10 + (b[bi] - '0');
    if (an != bn) return an < bn;
    if (ai != bi) return ai < bi;
    return a[i] < b[i];
  }
  return a.size() < b.size();
}

std::string ToYaml(const nlohmann::json& value, const YamlStyle& style) { return Emitter(style).Document(value); }

}  // namespace jobsim::kubectl
