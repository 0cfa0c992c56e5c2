#include "extract/url.h"

#include <array>
#include <vector>

#include "html/ascii.h"
#include "text/normalize.h"

namespace pith::extract {
namespace {

using html::ascii::iequals;

struct Url {
  std::string scheme;  // "http" or "https"
  std::string host;    // lower-cased, with ":port" when the port is not the scheme's default
  std::string path;    // starts with '/', dot segments removed
  std::optional<std::string> query;     // without its '?'; absent and empty differ ("x" vs "x?")
  std::optional<std::string> fragment;  // without its '#'
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
// http(s) URLs take a backslash for a slash before the query, as browsers do.
bool is_slash(char c) { return c == '/' || c == '\\'; }

// Browsers strip leading and trailing controls and spaces and drop tabs and newlines anywhere,
// which is also how "java\nscript:" fails to hide its scheme.
std::string clean(std::string_view ref) {
  while (!ref.empty() && static_cast<unsigned char>(ref.front()) <= 0x20) ref.remove_prefix(1);
  while (!ref.empty() && static_cast<unsigned char>(ref.back()) <= 0x20) ref.remove_suffix(1);
  std::string out;
  out.reserve(ref.size());
  // Copied a run at a time: most references hold no tab or newline at all.
  for (std::size_t i = 0; i <= ref.size();) {
    std::size_t end = i;
    while (end < ref.size() && ref[end] != '\t' && ref[end] != '\n' && ref[end] != '\r') ++end;
    out.append(ref.substr(i, end - i));
    i = end + 1;
  }
  return out;
}

// The scheme of "name:rest" (lower-cased), or nothing when the reference is relative.
std::optional<std::string> scheme_of(std::string_view s) {
  if (s.empty() || !html::ascii::is_alpha(s[0])) return std::nullopt;
  for (std::size_t i = 1; i < s.size(); ++i) {
    char c = s[i];
    if (c == ':') return text::ascii_lower(s.substr(0, i));
    if (!html::ascii::is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.') return std::nullopt;
  }
  return std::nullopt;
}

struct Pieces {
  std::string before;  // authority and path, or just the path; backslashes made slashes
  std::optional<std::string> query;
  std::optional<std::string> fragment;
};

Pieces split(std::string_view s) {
  Pieces p;
  if (std::size_t hash = s.find('#'); hash != std::string_view::npos) {
    p.fragment = std::string(s.substr(hash + 1));
    s = s.substr(0, hash);
  }
  if (std::size_t q = s.find('?'); q != std::string_view::npos) {
    p.query = std::string(s.substr(q + 1));
    s = s.substr(0, q);
  }
  p.before.assign(s);
  for (char& c : p.before) {
    if (c == '\\') c = '/';
  }
  return p;
}

bool forbidden_in_host(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  if (u <= 0x20 || u == 0x7F) return true;
  return std::string_view("#%/:<>?@[\\]^|").find(c) != std::string_view::npos;
}

// "Example.COM:8080" → "example.com:8080"; "example.com:443" under https → "example.com".
std::optional<std::string> parse_host(std::string_view authority, std::string_view scheme) {
  if (authority.find('@') != std::string_view::npos) return std::nullopt;
  std::string_view host = authority;
  std::string_view port;
  if (!authority.empty() && authority[0] == '[') {  // IPv6 literal
    std::size_t close = authority.find(']');
    if (close == std::string_view::npos || close < 2) return std::nullopt;
    host = authority.substr(0, close + 1);
    std::string_view rest = authority.substr(close + 1);
    if (!rest.empty()) {
      if (rest[0] != ':') return std::nullopt;
      port = rest.substr(1);
    }
    for (char c : host.substr(1, host.size() - 2)) {
      if (!is_hex(c) && c != ':' && c != '.') return std::nullopt;
    }
  } else {
    if (std::size_t colon = authority.find(':'); colon != std::string_view::npos) {
      host = authority.substr(0, colon);
      port = authority.substr(colon + 1);
    }
    if (host.empty()) return std::nullopt;
    for (char c : host) {
      if (forbidden_in_host(c)) return std::nullopt;
    }
  }
  std::string out = text::ascii_lower(host);
  if (!port.empty()) {
    unsigned long n = 0;
    for (char c : port) {
      if (!is_digit(c)) return std::nullopt;
      n = n * 10 + static_cast<unsigned long>(c - '0');
      if (n > 65535) return std::nullopt;
    }
    bool default_port = (scheme == "http" && n == 80) || (scheme == "https" && n == 443);
    if (!default_port) out += ":" + std::to_string(n);
  }
  return out;
}

bool is_dot(std::string_view s) { return s == "." || iequals(s, "%2e"); }
bool is_dot_dot(std::string_view s) {
  return s == ".." || iequals(s, ".%2e") || iequals(s, "%2e.") || iequals(s, "%2e%2e");
}

// "/a/b/../c/./d" → "/a/c/d". `path` starts with '/'. A trailing "." or ".." leaves a trailing
// slash ("/a/b/.." → "/a/"), and ".." never climbs above the root.
std::string remove_dots(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t start = 1;
  for (;;) {
    std::size_t end = path.find('/', start);
    bool last = end == std::string_view::npos;
    std::string_view segment = path.substr(start, last ? std::string_view::npos : end - start);
    if (is_dot_dot(segment)) {
      if (!out.empty()) out.pop_back();
      if (last) out.emplace_back();
    } else if (is_dot(segment)) {
      if (last) out.emplace_back();
    } else {
      out.push_back(segment);
    }
    if (last) break;
    start = end + 1;
  }
  std::string result;
  for (std::string_view s : out) {
    result += '/';
    result += s;
  }
  return result.empty() ? "/" : result;
}

// `rest` follows "scheme://": authority, path, query, fragment.
std::optional<Url> absolute(const std::string& scheme, std::string_view rest) {
  Pieces p = split(rest);
  std::size_t slash = p.before.find('/');
  auto host = parse_host(std::string_view(p.before).substr(0, slash), scheme);
  if (!host) return std::nullopt;
  std::string_view path = slash == std::string::npos ? std::string_view("/") : std::string_view(p.before).substr(slash);
  return Url{scheme, std::move(*host), remove_dots(path), std::move(p.query), std::move(p.fragment)};
}

// RFC 3986 §5.2.2 on a base that always has a host and an absolute path.
std::optional<Url> relative(std::string_view ref, const Url& base) {
  if (ref.size() >= 2 && is_slash(ref[0]) && is_slash(ref[1])) return absolute(base.scheme, ref.substr(2));
  Pieces p = split(ref);
  Url u = base;
  u.fragment = std::move(p.fragment);
  if (p.before.empty()) {  // "", "?q" or "#f": the base's path, and its query unless one is given
    if (p.query) u.query = std::move(p.query);
    return u;
  }
  u.query = std::move(p.query);
  if (p.before[0] == '/') {
    u.path = remove_dots(p.before);
  } else {
    u.path = remove_dots(base.path.substr(0, base.path.rfind('/') + 1) + p.before);
  }
  return u;
}

std::optional<Url> parse(std::string_view s, const Url* base) {
  if (auto scheme = scheme_of(s)) {
    if (*scheme != "http" && *scheme != "https") return std::nullopt;
    std::string_view rest = s.substr(scheme->size() + 1);
    if (rest.size() >= 2 && is_slash(rest[0]) && is_slash(rest[1])) return absolute(*scheme, rest.substr(2));
    // "http:x" is relative to a base of the same scheme; otherwise browsers read the host from it
    // ("http:example.com/x" → http://example.com/x).
    if (base && base->scheme == *scheme) return relative(rest, *base);
    while (!rest.empty() && is_slash(rest[0])) rest.remove_prefix(1);
    return absolute(*scheme, rest);
  }
  if (!base) return std::nullopt;
  return relative(s, *base);
}

// What may not stand in one part of a URL (WHATWG's encode sets): controls, space, non-ASCII bytes
// and the part's own extra characters. A table, so a byte is one look-up: every address a page
// names is copied through here, and most of its bytes are kept.
struct EncodeSet {
  std::array<bool, 256> encode{};
};

constexpr EncodeSet encode_set(std::string_view extra) {
  EncodeSet set;
  for (std::size_t u = 0; u < set.encode.size(); ++u) set.encode[u] = u <= 0x20 || u >= 0x7F;
  for (char c : extra) set.encode[static_cast<unsigned char>(c)] = true;
  return set;
}

constexpr EncodeSet kPathSet = encode_set("\"<>`{}");
constexpr EncodeSet kQuerySet = encode_set("\"<>'");
constexpr EncodeSet kFragmentSet = encode_set("\"<>`");

// Percent-encodes the bytes of `s` that `set` names; existing escapes are left alone. The bytes
// between them are copied a run at a time.
void append_encoded(std::string& out, std::string_view s, const EncodeSet& set) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t run = i;
    while (run < s.size() && !set.encode[static_cast<unsigned char>(s[run])]) ++run;
    out.append(s.substr(i, run - i));
    if (run == s.size()) break;
    auto u = static_cast<unsigned char>(s[run]);
    out += '%';
    out += kHex[u >> 4];
    out += kHex[u & 15];
    i = run + 1;
  }
}

std::string serialize(const Url& u) {
  std::string out = u.scheme + "://" + u.host;
  append_encoded(out, u.path, kPathSet);
  if (u.query) {
    out += '?';
    append_encoded(out, *u.query, kQuerySet);
  }
  if (u.fragment) {
    out += '#';
    append_encoded(out, *u.fragment, kFragmentSet);
  }
  return out;
}

}  // namespace

std::optional<std::string> resolve_url(std::string_view ref, std::string_view base) {
  if (ref.size() > kMaxUrl || base.size() > kMaxUrl) return std::nullopt;
  std::optional<Url> b;
  if (!base.empty()) b = parse(clean(base), nullptr);
  std::optional<Url> u = parse(clean(ref), b ? &*b : nullptr);
  if (!u) return std::nullopt;
  std::string out = serialize(*u);
  if (out.size() > kMaxUrl) return std::nullopt;
  return out;
}

std::string_view url_host(std::string_view url) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/:?#"));
  if (rest.substr(0, 4) == "www.") rest.remove_prefix(4);
  return rest;
}

bool is_home_href(std::string_view href) {
  return href == "/" || href == "./" || href == "index.html" || href == "/index.html";
}

}  // namespace pith::extract
