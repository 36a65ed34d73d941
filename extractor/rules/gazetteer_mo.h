// Reads the translations of ISO 3166-2 names that iso-codes ships as gettext catalogs
// (/usr/share/locale/<lang>/LC_MESSAGES/iso_3166-2.mo): other spellings of a subdivision
// ("Baat Dambang" is "Battambang" in Dutch, "Tigrai" "Tigray"), used to link GeoNames' names
// of provinces to their ISO codes.
//
//   std::map<std::string, std::vector<std::string>> t;
//   nf::read_mo_catalog(bytes, t);    // t["Baat Dambang"] gets "Battambang"
//   nf::read_mo_files("/usr/share/locale/*/LC_MESSAGES/iso_3166-2.mo", t);
//
// Only entries whose translation differs from the original are kept; a translation appears
// once per catalog giving it (so callers can count the languages that agree). A malformed catalog is
// skipped (returns false), never thrown on: translations are a help, not a requirement.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace nf {

using MoTranslations = std::map<std::string, std::vector<std::string>>;

// Adds the catalog's translations to `out`; false when `bytes` is no valid .mo catalog.
bool read_mo_catalog(std::string_view bytes, MoTranslations& out);

// Every catalog matching the glob(3) pattern; returns how many were read.
int read_mo_files(const std::string& pattern, MoTranslations& out);

}  // namespace nf
