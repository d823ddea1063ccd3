// Country codes the datasets use, mapped to ISO 3166-1 alpha-3 (what we store).
// The tables cover the countries of the conflicts we hold data on and their
// neighbours; a code that is not listed leaves `country` empty rather than
// guessing (docs/formats.md says so).

/** ISO 3166-1 alpha-3 -> [ISO numeric (ACLED `iso`), FIPS 10-4 (GDELT geo), Gleditsch-Ward (UCDP `country_id`), name]. */
const COUNTRIES: Record<string, [number, string, number | null, string]> = {
  AFG: [4, "AF", 700, "Afghanistan"], ALB: [8, "AL", 339, "Albania"], ARM: [51, "AM", 371, "Armenia"], AUS: [36, "AS", 900, "Australia"],
  AUT: [40, "AU", 305, "Austria"], AZE: [31, "AJ", 373, "Azerbaijan"], BLR: [112, "BO", 370, "Belarus"], BEL: [56, "BE", 211, "Belgium"],
  BGR: [100, "BU", 355, "Bulgaria"], CAN: [124, "CA", 20, "Canada"], CHN: [156, "CH", 710, "China"], COL: [170, "CO", 100, "Colombia"],
  HRV: [191, "HR", 344, "Croatia"], CZE: [203, "EZ", 316, "Czechia"], DNK: [208, "DA", 390, "Denmark"], EGY: [818, "EG", 651, "Egypt"],
  EST: [233, "EN", 366, "Estonia"], FIN: [246, "FI", 375, "Finland"], FRA: [250, "FR", 220, "France"], GEO: [268, "GG", 372, "Georgia"],
  DEU: [276, "GM", 260, "Germany"], GRC: [300, "GR", 350, "Greece"], HUN: [348, "HU", 310, "Hungary"], IND: [356, "IN", 750, "India"],
  IRN: [364, "IR", 630, "Iran"], IRQ: [368, "IZ", 645, "Iraq"], IRL: [372, "EI", 205, "Ireland"], ISR: [376, "IS", 666, "Israel"],
  ITA: [380, "IT", 325, "Italy"], JPN: [392, "JA", 740, "Japan"], JOR: [400, "JO", 663, "Jordan"], KAZ: [398, "KZ", 705, "Kazakhstan"],
  PRK: [408, "KN", 731, "North Korea"], KOR: [410, "KS", 732, "South Korea"], LVA: [428, "LG", 367, "Latvia"], LBN: [422, "LE", 660, "Lebanon"],
  LBY: [434, "LY", 620, "Libya"], LTU: [440, "LH", 368, "Lithuania"], MDA: [498, "MD", 359, "Moldova"], MNG: [496, "MG", 712, "Mongolia"],
  NLD: [528, "NL", 210, "Netherlands"], NOR: [578, "NO", 385, "Norway"], PAK: [586, "PK", 770, "Pakistan"], PSE: [275, "WE", null, "Palestine"],
  POL: [616, "PL", 290, "Poland"], ROU: [642, "RO", 360, "Romania"], RUS: [643, "RS", 365, "Russia"], SAU: [682, "SA", 670, "Saudi Arabia"],
  SRB: [688, "RI", 345, "Serbia"], SVK: [703, "LO", 317, "Slovakia"], SDN: [729, "SU", 625, "Sudan"], SWE: [752, "SW", 380, "Sweden"],
  CHE: [756, "SZ", 225, "Switzerland"], SYR: [760, "SY", 652, "Syria"], TUR: [792, "TU", 640, "Turkey"], UKR: [804, "UP", 369, "Ukraine"],
  GBR: [826, "UK", 200, "United Kingdom"], USA: [840, "US", 2, "United States"], CUB: [192, "CU", 40, "Cuba"], VNM: [704, "VM", 816, "Vietnam"],
  YEM: [887, "YM", 679, "Yemen"], ZAF: [710, "SF", 560, "South Africa"], TWN: [158, "TW", 713, "Taiwan"],
};

const byNumeric = new Map(Object.entries(COUNTRIES).map(([a3, [n]]) => [n, a3]));
const byFips = new Map(Object.entries(COUNTRIES).map(([a3, [, f]]) => [f, a3]));
const byGw = new Map(Object.entries(COUNTRIES).filter(([, [, , g]]) => g !== null).map(([a3, [, , g]]) => [g as number, a3]));

export const countryFromIsoNumeric = (n: string) => byNumeric.get(Number(n));
export const countryFromFips = (code: string) => byFips.get(code);
export const countryFromGw = (n: string) => byGw.get(Number(n));
/** A CAMEO actor country code is ISO alpha-3 for states; regions (EUR, WST, AFR...) are not countries. */
export const countryFromAlpha3 = (code: string) => (code in COUNTRIES ? code : undefined);
export const isoNumericOf = (alpha3: string | null | undefined) => (alpha3 && COUNTRIES[alpha3] ? String(COUNTRIES[alpha3][0]) : "");
export const countryName = (alpha3: string | null | undefined) => (alpha3 && COUNTRIES[alpha3] ? COUNTRIES[alpha3][3] : "");
