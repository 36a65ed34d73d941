// Normalizes the publication dates that feeds and pages carry to YYYY-MM-DD ("" when the
// string is not a date it knows).
//
//   nf::normalize_published("Wed, 12 Jun 2024 08:30:00 GMT") == "2024-06-12"   // RFC 822
//   nf::normalize_published("2024-06-12T08:30:00+02:00")     == "2024-06-12"   // ISO 8601
//   nf::normalize_published("20240612T083000Z")              == "2024-06-12"   // NITF / compact
//
// The date is kept as the publisher wrote it (its own time zone): no conversion to UTC.
// Month names are those of RFC 822 and common English forms ("June 12, 2024", "12 June 2024").
#pragma once
#include <string>
#include <string_view>

namespace nf {

std::string normalize_published(std::string_view text);

}  // namespace nf
