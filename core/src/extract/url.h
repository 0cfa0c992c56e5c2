// Web addresses in a page's metadata (its canonical address, its lead image): a reference as the
// page writes it, resolved against the page's base the way a browser resolves an href, and kept
// only when it ends up an absolute http or https URL a reader can safely follow.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pith::extract {

// Longer references are refused: no shared address is this long, and a page could otherwise put
// megabytes into a metadata field.
constexpr std::size_t kMaxUrl = 8192;

// `ref` (an href or a meta content, as written) resolved against `base` (an absolute http(s) URL,
// or empty when the page's address is unknown), e.g. ("../b?x#y", "https://h.example/a/c/d") →
// "https://h.example/a/b?x#y". Normalised as browsers do: scheme and host lower-cased, default port
// dropped, "." and ".." segments removed, spaces and non-ASCII bytes percent-encoded.
// Nothing when the result would not be an absolute http(s) URL: another scheme (javascript:,
// data:, mailto:, ftp:…), a relative reference without a usable base, an empty or malformed host
// or port, a user name or password (https://bank.example@evil.example disguises its host), or
// more than kMaxUrl bytes.
std::optional<std::string> resolve_url(std::string_view ref, std::string_view base = {});

// The host of an absolute URL (as resolve_url gives), without a leading "www." ("" when there is
// none): "https://www.news.example:8080/a" → "news.example".
std::string_view url_host(std::string_view absolute_url);

// An href to the site's root as pages write their logo's and name's links: "/", "./", "index.html".
bool is_home_href(std::string_view href);

}  // namespace pith::extract
