#include "sim/base/duration.h"

#include <cstdio>

namespace jobsim {
namespace {

constexpr int64_t kMsPerMinute = 60 * kMsPerSecond;
constexpr int64_t kMsPerHour = 60 * kMsPerMinute;
constexpr int64_t kMsPerDay = 24 * kMsPerHour;

// Days since 1970-01-01 from a civil date (Howard Hinnant's algorithm).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

struct Civil {
  int64_t year;
  unsigned month, day, hour, minute, second, weekday;  // weekday 0 = Sunday
  int64_t ms;
};

Civil CivilFromUnixMs(UnixMs t) {
  int64_t days = t / kMsPerDay;
  int64_t rem = t % kMsPerDay;
  if (rem < 0) {
    rem += kMsPerDay;
    --days;
  }
  Civil c{};
  c.weekday = static_cast<unsigned>(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday
  const int64_t z = days + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  c.day = doy - (153 * mp + 2) / 5 + 1;
  c.month = mp < 10 ? mp + 3 : mp - 9;
  c.year = static_cast<int64_t>(yoe) + era * 400 + (c.month <= 2);
  c.hour = static_cast<unsigned>(rem / kMsPerHour);
  c.minute = static_cast<unsigned>(rem % kMsPerHour / kMsPerMinute);
  c.second = static_cast<unsigned>(rem % kMsPerMinute / kMsPerSecond);
  c.ms = rem % kMsPerSecond;
  return c;
}

bool ReadDigits(std::string_view text, size_t& pos, size_t count, int64_t& out) {
  if (pos + count > text.size()) return false;
  out = 0;
  for (size_t i = 0; i < count; ++i) {
    const char c = text[pos + i];
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  pos += count;
  return true;
}

bool Expect(std::string_view text, size_t& pos, char c) {
  if (pos >= text.size() || text[pos] != c) return false;
  ++pos;
  return true;
}

// Unit multipliers in microseconds so that "1.5ms" style fractions stay exact enough.
int64_t UnitMicros(std::string_view unit) {
  if (unit == "us" || unit == "µs") return 1;
  if (unit == "ms") return 1000;
  if (unit == "s") return 1000 * 1000;
  if (unit == "m") return 60LL * 1000 * 1000;
  if (unit == "h") return 3600LL * 1000 * 1000;
  return 0;
}

void AppendFraction(std::string& out, int64_t whole, int64_t frac, int64_t frac_scale) {
  out += std::to_string(whole);
  if (frac == 0) return;
  std::string digits = std::to_string(frac_scale + frac).substr(1);
  while (!digits.empty() && digits.back() == '0') digits.pop_back();
  out += "." + digits;
}

}  // namespace

std::optional<int64_t> ParseDurationMs(std::string_view text) {
  if (text.empty()) return std::nullopt;
  bool plain = true;
  for (char c : text) plain = plain && ((c >= '0' && c <= '9') || c == '.');
  if (plain) text = std::string(text) + "s";  // plain number = seconds
  std::string owned(text);
  std::string_view s = owned;
  int64_t total_us = 0;
  size_t pos = 0;
  while (pos < s.size()) {
    int64_t whole = 0, frac = 0, frac_scale = 1;
    size_t start = pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') whole = whole * 10 + (s[pos++] - '0');
    if (pos < s.size() && s[pos] == '.') {
      ++pos;
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
        if (frac_scale < 1000000) {
          frac = frac * 10 + (s[pos] - '0');
          frac_scale *= 10;
        }
        ++pos;
      }
    }
    if (pos == start) return std::nullopt;
    size_t unit_start = pos;
    while (pos < s.size() && !(s[pos] >= '0' && s[pos] <= '9') && s[pos] != '.') ++pos;
    const int64_t unit = UnitMicros(s.substr(unit_start, pos - unit_start));
    if (unit == 0) return std::nullopt;
    total_us += whole * unit + frac * unit / frac_scale;
  }
  return total_us / 1000;
}

std::string FormatGoDuration(int64_t ms) {
  if (ms == 0) return "0s";
  std::string out;
  if (ms < 0) {
    out = "-";
    ms = -ms;
  }
  if (ms < kMsPerSecond) return out + std::to_string(ms) + "ms";
  const int64_t hours = ms / kMsPerHour;
  const int64_t minutes = ms % kMsPerHour / kMsPerMinute;
  const int64_t seconds_ms = ms % kMsPerMinute;
  if (hours > 0) out += std::to_string(hours) + "h";
  if (hours > 0 || minutes > 0) out += std::to_string(minutes) + "m";
  AppendFraction(out, seconds_ms / kMsPerSecond, seconds_ms % kMsPerSecond, 1000);
  return out + "s";
}

std::string FormatRfc3339(UnixMs t) {
  const Civil c = CivilFromUnixMs(t);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02u:%02u:%02uZ", static_cast<long long>(c.year),
                c.month, c.day, c.hour, c.minute, c.second);
  return buf;
}

std::string FormatRfc3339Micro(UnixMs t) {
  const Civil c = CivilFromUnixMs(t);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02u:%02u:%02u.%06lldZ",
                static_cast<long long>(c.year), c.month, c.day, c.hour, c.minute, c.second,
                static_cast<long long>(c.ms * 1000));
  return buf;
}

std::optional<UnixMs> ParseRfc3339(std::string_view text) {
  size_t pos = 0;
  int64_t year, month, day, hour, minute, second;
  if (!ReadDigits(text, pos, 4, year) || !Expect(text, pos, '-') ||
      !ReadDigits(text, pos, 2, month) || !Expect(text, pos, '-') ||
      !ReadDigits(text, pos, 2, day) || !(Expect(text, pos, 'T') || Expect(text, pos, 't')) ||
      !ReadDigits(text, pos, 2, hour) || !Expect(text, pos, ':') ||
      !ReadDigits(text, pos, 2, minute) || !Expect(text, pos, ':') ||
      !ReadDigits(text, pos, 2, second)) {
    return std::nullopt;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return std::nullopt;
  }
  int64_t ms = 0;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    int64_t scale = 100;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      ms += (text[pos++] - '0') * scale;
      scale /= 10;
    }
  }
  int64_t offset_ms = 0;
  if (Expect(text, pos, 'Z') || Expect(text, pos, 'z')) {
  } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
    const int sign = text[pos++] == '+' ? 1 : -1;
    int64_t oh, om;
    if (!ReadDigits(text, pos, 2, oh) || !Expect(text, pos, ':') || !ReadDigits(text, pos, 2, om)) {
      return std::nullopt;
    }
    offset_ms = sign * (oh * kMsPerHour + om * kMsPerMinute);
  } else {
    return std::nullopt;
  }
  if (pos != text.size()) return std::nullopt;
  const int64_t days = DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  return days * kMsPerDay + hour * kMsPerHour + minute * kMsPerMinute + second * kMsPerSecond + ms -
         offset_ms;
}

std::string FormatRfc1123Z(UnixMs t) {
  static const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const Civil c = CivilFromUnixMs(t);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s, %02u %s %04lld %02u:%02u:%02u +0000", kDays[c.weekday], c.day,
                kMonths[c.month - 1], static_cast<long long>(c.year), c.hour, c.minute, c.second);
  return buf;
}

}  // namespace jobsim
