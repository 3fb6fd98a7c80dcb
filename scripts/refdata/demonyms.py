#!/usr/bin/env python3
"""Builds src/main/resources/dev/parley/refdata/demonyms.tsv: nationality adjectives that countries.tsv lacks.

countries.tsv (mledoze/countries) gives one demonym per country, often the noun ("Filipino", "Dane", "Kazakhstani"),
while news writes the adjective ("Philippine President", "Danish", "Icelandic Prime Minister"). Two public sources
add the other forms, each mapped to a country only through the names countries.tsv already holds:

  * WordNet 3.0 (Debian wordnet-base; WordNet 3.0 licence): every adjective with a pertainym pointer to a noun
    synset one of whose words is a country's common, official or alternative name ("Philippine" -> "Philippines").
  * i18n-nationality (npm, MIT): the English nationality of each ISO 3166-1 alpha-2 code.

A form is kept when it is capitalised, is not already a demonym, name or code of countries.tsv, and maps to exactly
one country. Run by scripts/refdata/demonyms.sh, never by the Maven build.

    python3 scripts/refdata/demonyms.py WORDNET_DIR I18N_EN_JSON COUNTRIES_TSV OUT_TSV
"""
import json
import re
import os
import sys


LEXFILE_LOCATION = 15  # noun.location
# Forms that the rules above admit but that name no nationality of a state in today's news, reviewed by hand:
# peoples and languages wider or narrower than a state, historical states, an island of two states, a racial term.
EXCLUDED = {
    "Afrikaans", "Afrikaner", "Anglo-Indian", "Tai", "Norse", "Persian", "Mongol",         # peoples and languages
    "Rhodesian", "Kampuchean", "East Pakistani", "Lusitanian", "Soviet", "Maroc",          # historical or not English
    "Hispaniolan",                                                                          # Haiti and the Dominican Republic
    "Mongoloid",                                                                            # a racial term
}
FORM = re.compile(r"^[A-Z][A-Za-z-]+( [A-Z][A-Za-z-]+)?$")


def country_names(countries_tsv):
    names, alpha2, known, words = {}, {}, set(), {}
    for line in open(countries_tsv, encoding="utf-8"):
        if line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t")
        a3, a2, common, official, alts, dm, df = f[0], f[1], f[2], f[3], f[4], f[5], f[6]
        alpha2[a2] = a3
        for n in [common, official] + [a for a in alts.split("|") if a]:
            if len(n) > 3:
                names.setdefault(n.lower(), set()).add(a3)
            known.add(n.lower())
            for w in n.split():
                if len(w) > 3:
                    words.setdefault(a3, set()).add(w.lower()[:3])
        known.update({dm.lower(), df.lower(), a2.lower(), a3.lower()})
    return names, alpha2, known, words


def wordnet_pertainyms(wordnet_dir, names):
    nouns = {}
    for line in open(os.path.join(wordnet_dir, "data.noun"), encoding="utf-8"):
        if line.startswith(" "):
            continue
        f = line.split(" ")
        n = int(f[3], 16)
        if int(f[1]) == LEXFILE_LOCATION:
            nouns[f[0]] = [f[4 + 2 * i].replace("_", " ") for i in range(n)]
    out = {}
    for line in open(os.path.join(wordnet_dir, "data.adj"), encoding="utf-8"):
        if line.startswith(" "):
            continue
        f = line.split(" ")
        n = int(f[3], 16)
        words = [f[4 + 2 * i].split("(")[0].replace("_", " ") for i in range(n)]
        p = 4 + 2 * n
        ptrs = int(f[p])
        targets = set()
        elsewhere = False  # a pertainym to a people, a language or a culture as well: "Welsh", "Afrikaans"
        for i in range(ptrs):
            sym, off, pos = f[p + 1 + 4 * i], f[p + 2 + 4 * i], f[p + 3 + 4 * i]
            if sym == "\\" and pos == "n":
                if off not in nouns:
                    elsewhere = True
                    continue
                for w in nouns[off]:
                    targets |= names.get(w.lower(), set())
        if not targets or elsewhere:
            continue
        for w in words:
            out.setdefault(w, set()).update(targets)
    return out


def main(wordnet_dir, i18n_json, countries_tsv, out_tsv):
    names, alpha2, known, words = country_names(countries_tsv)
    found = {}  # form -> {alpha3: [sources]}
    for form, cs in wordnet_pertainyms(wordnet_dir, names).items():
        for c in cs:
            found.setdefault(form, {}).setdefault(c, []).append("wordnet")
    for a2, form in json.load(open(i18n_json, encoding="utf-8"))["nationalities"].items():
        if a2 in alpha2:
            for part in [p.strip() for p in form.split(" - ")]:
                # a form unlike every name of its country is a slip of the list ("Welsh" for Wallis and Futuna)
                if part[:3].lower() not in words.get(alpha2[a2], set()):
                    continue
                found.setdefault(part, {}).setdefault(alpha2[a2], []).append("i18n-nationality")
    rows = []
    for form in sorted(found):
        cs = found[form]
        if not FORM.match(form) or form in EXCLUDED or form.lower() in known or len(cs) != 1:
            continue
        (c, srcs), = cs.items()
        rows.append((form, c, "+".join(sorted(set(srcs)))))
    with open(out_tsv, "w", encoding="utf-8") as out:
        out.write("# Nationality adjectives that countries.tsv lacks: form, alpha-3, source. Generated by\n")
        out.write("# scripts/refdata/demonyms.sh from WordNet 3.0 pertainyms (WordNet 3.0 licence) and i18n-nationality\n")
        out.write("# (MIT); do not edit by hand (overrides.tsv takes hand-kept demonyms).\n")
        for r in rows:
            out.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} demonyms to {out_tsv}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
