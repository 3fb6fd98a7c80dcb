#!/usr/bin/env python3
"""Derives parley's trigger and cue vocabulary from WordNet 3.x, and lists every sense of each trigger lemma.

Standard library only: it parses WordNet's own database files (data.noun/verb/adj/adv, index.*, and for tag
counts cntlist.rev or index.sense). Run by hand through scripts/lexicon/regenerate.sh, never by the Maven build.

    python3 scripts/lexicon/derive.py --wordnet /usr/share/wordnet [--source "Debian wordnet-base 1:3.0-37"]
    python3 scripts/lexicon/derive.py --wordnet DIR --show summit        # every sense of a lemma, for review

For each list below: hand-chosen seed *synsets* (named by sense key, stable across WordNet 3.0 and 3.1), their
lemmas, hyponyms/troponyms to the seed's depth (adjectives: the satellites "similar to" a head), and
derivationally related forms of the seed synset; candidates are filtered by part of speech. Every candidate gets
a decision: words of Lexicon.java are always kept; the others are decided by the REVIEW table (explicit keep or
reject, with reasons) or by a few mechanical rules (person nouns, compounds whose word is already kept, a word
kept by a sibling list). A candidate that nothing decides is rejected as "unreviewed" and reported, so that a new
WordNet version never slips a word in silently.

Outputs (paths relative to the repository):
    src/main/resources/dev/parley/rules/lexicon/derived/<LIST>.tsv
    src/main/resources/dev/parley/rules/lexicon/derived/senses.tsv
    docs/lexicon.md  (only the part between the GENERATED markers is rewritten)
"""
import argparse
import os
import re
import sys

# =============================================================================================================
# WordNet reader
# =============================================================================================================

POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
SS_TYPE = {"n": 1, "v": 2, "a": 3, "r": 4, "s": 5}
LEXFILE_PERSON = 18  # noun.person


class Synset:
    __slots__ = ("offset", "pos", "lexfile", "words", "ptrs", "gloss")

    def __init__(self, offset, pos, lexfile, words, ptrs, gloss):
        self.offset, self.pos, self.lexfile = offset, pos, lexfile
        self.words, self.ptrs, self.gloss = words, ptrs, gloss

    @property
    def fpos(self):
        """Part of speech of the file: n v a r (an adjective satellite 's' is 'a')."""
        return "a" if self.pos == "s" else self.pos

    @property
    def id(self):
        return "%08d-%s" % (self.offset, self.fpos)


class WordNet:
    def __init__(self, root):
        self.root = root
        self.synsets = {}  # (fpos, offset) -> Synset
        self.index = {}    # (lemma, fpos) -> [offset, ...] in WordNet's sense order
        self.version = "3.x"
        for p, name in POS_FILES.items():
            self._read_data(p, os.path.join(root, "data." + name))
            self._read_index(p, os.path.join(root, "index." + name))
        self.tagcount = {}
        self._read_counts()
        self.verb_exc = {}  # lemma -> its irregular forms in verb.exc ("brought" for bring, "deferred" for defer)
        exc = os.path.join(root, "verb.exc")
        if os.path.exists(exc):
            for line in self._lines(exc):
                t = line.split()
                for lemma in t[1:]:
                    self.verb_exc.setdefault(lemma, []).append(t[0])

    def _lines(self, path):
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith("  "):  # the licence header: "  1 This software and database is ..."
                    m = re.search(r"WordNet (\d+\.\d+) Copyright", line)
                    if m:
                        self.version = m.group(1)
                    continue
                yield line.rstrip("\n")

    def _read_data(self, p, path):
        for line in self._lines(path):
            body, _, gloss = line.partition(" | ")
            t = body.split()
            words, i = [], 4
            for _ in range(int(t[3], 16)):
                words.append((re.sub(r"\((a|p|ip)\)$", "", t[i]), int(t[i + 1], 16)))
                i += 2
            ptrs = []
            for _ in range(int(t[i])):
                st = t[i + 4]
                ptrs.append((t[i + 1], int(t[i + 2]), t[i + 3], int(st[:2], 16), int(st[2:], 16)))
                i += 4
            self.synsets[(p, int(t[0]))] = Synset(int(t[0]), t[2], int(t[1]), words, ptrs, gloss.strip())

    def _read_index(self, p, path):
        for line in self._lines(path):
            t = line.split()
            n_ptr = int(t[3])
            offs = [int(x) for x in t[4 + n_ptr + 2:]]
            if len(offs) != int(t[2]):
                raise ValueError("bad index line in %s: %s" % (path, line))
            self.index[(t[0], p)] = offs

    def _read_counts(self):
        cnt, sense = os.path.join(self.root, "cntlist.rev"), os.path.join(self.root, "index.sense")
        if os.path.exists(sense):  # key offset sense_number tag_cnt
            for line in self._lines(sense):
                k, _, _, c = line.split()
                self.tagcount[k] = int(c)
        elif os.path.exists(cnt):  # key sense_number tag_cnt
            for line in self._lines(cnt):
                k, _, c = line.split()
                self.tagcount[k] = int(c)

    def synset(self, p, off):
        return self.synsets[("a" if p == "s" else p, off)]

    def senses(self, lemma, p):
        return [self.synsets[(p, o)] for o in self.index.get((wn_form(lemma), p), [])]

    def sense_key(self, ss, lemma):
        lemma = wn_form(lemma)
        for w, lex_id in ss.words:
            if w.lower() == lemma:
                head = ":"
                if ss.pos == "s":
                    h = next(self.synset("a", o) for s, o, _, _, _ in ss.ptrs if s == "&")
                    head = "%s:%02d" % (h.words[0][0].lower(), h.words[0][1])
                return "%s%%%d:%02d:%02d:%s" % (lemma, SS_TYPE[ss.pos], ss.lexfile, lex_id, head)
        raise KeyError((lemma, ss.id))

    def by_key(self, key):
        lemma, _, rest = key.partition("%")
        p = " nvara"[int(rest.split(":")[0])] if rest else "?"
        for ss in self.senses(lemma, p):
            if self.sense_key(ss, lemma) == key:
                return ss
        raise KeyError("sense key not in WordNet %s: %s" % (self.version, key))

    def sense_number(self, ss, lemma):
        return self.index[(wn_form(lemma), ss.fpos)].index(ss.offset) + 1

    def count(self, ss, lemma):
        return self.tagcount.get(self.sense_key(ss, lemma), 0)


def wn_form(lemma):
    return lemma.strip().lower().replace(" ", "_")


def text_form(word):
    return word.lower().replace("_", " ")


# =============================================================================================================
# What Lexicon.java held when this review was made (its lists have since moved to the rule file
# src/main/resources/dev/parley/rules/lexicon.yaml). Each of these words is kept. Each run compares the kept words
# with lexicon.yaml (--rules) and reports, in docs/lexicon.md, what the rule files lack or have beyond this review.
# =============================================================================================================

CURRENT = {
    "VISIT_NOUNS": "visit trip tour voyage stay journey",
    "TRAVEL_VERBS": "travel arrive land fly head leave depart jet",
    "MEETING_NOUNS": "meeting talk talks dialogue negotiation discussion summit encounter meet",
    "CALL_WORDS": "phone telephone telephonic video videoconference teleconference phonecall virtual videolink",
    "REPORTING": "say tell announce report add note quote accord claim state confirm cite write predict comment "
                 "disclose reveal brief warn insist explain declare stress emphasize emphasise describe characterize "
                 "praise criticise criticize urge tweet post",
    "FUTURE_GOVERNORS": "expect due schedule slate set plan intend go prepare hope want agree aim likely poised "
                        "expected scheduled slated will decide seek wish arrange",
    "CANCEL": "cancel postpone scrap shelve defer call rule delay decline abandon suspend cancellation postponement "
              "reschedule",
    "PROPOSE": "possible potential proposed propose proposal offer invite invitation suggest consider mull could "
               "might may hope possibility prospect pave",
    "FUTURE_ADJ": "upcoming coming forthcoming next planned scheduled expected proposed future",
    "PAST_ADJ": "last previous recent earlier past former first",
    "ABSENT": "absent skip miss boycott snub without",
}
CURRENT = {k: v.split() for k, v in CURRENT.items()}

# =============================================================================================================
# The lists: part(s) of speech, seed synsets (sense key, hyponym depth, why this sense), hand rows.
# depth: 0 = the seed synset's own lemmas; 1-2 = also hyponyms/troponyms (adjectives: satellites) to that depth.
# Derivationally related forms of each seed synset's words are always collected, then filtered by pos.
# group: lists of one group share a vocabulary; a word kept by one list is rejected by its siblings.
# =============================================================================================================

LISTS = [
    dict(name="VISIT_NOUNS", rules=["VISIT_NOUNS"], pos="n", group="event-nouns",
         doc="Nouns naming a trip.",
         seeds=[
             ("visit%1:04:02::", 1, "'the act of going to see some person or place or thing for a short time': the "
                                    "sense of 'state visit', 'his visit to Beijing'"),
             ("visit%1:04:01::", 1, "'the act of visiting in an official capacity': official visits"),
             ("visit%1:04:03::", 0, "'a temporary stay (e.g., as a guest)': 'during his visit to Paris'"),
             ("trip%1:04:00::", 1, "'a journey for some purpose (usually including the return)'; the other trip "
                                   "senses are stumbles, drugs and switches"),
             ("tour%1:04:00::", 1, "'a journey or route all the way around a particular place or area': 'a tour of "
                                   "Asia'; not 'tour of duty'"),
             ("journey%1:04:00::", 1, "'the act of traveling from one place to another': WordNet's only noun sense"),
             ("voyage%1:04:00::", 0, "'a journey to some distant place'; voyage%1:04:01 'traveling by water' is not "
                                     "how officials travel"),
             ("stay%1:04:00::", 1, "'continuing or remaining in a place': 'a three-day stay in Delhi'; the other "
                                   "senses are a court order, a corset bone and a ship's rope"),
         ],
         hand={}),
    dict(name="MEETING_NOUNS", rules=["MEETING_NOUNS"], pos="n", group="event-nouns",
         doc="Nouns naming a meeting.",
         seeds=[
             ("meeting%1:14:00::", 1, "'a formally arranged gathering': bilateral and multilateral meetings"),
             ("meeting%1:04:00::", 1, "'the social act of assembling for some common purpose': 'his meeting with "
                                      "the salesmen'"),
             ("meeting%1:11:00::", 0, "'a casual or unexpected convergence' (meeting, encounter): 'their encounter "
                                      "in the hallway'"),
             ("summit%1:14:00::", 0, "'a meeting of heads of governments'; summit%1:15:00 is the mountain top"),
             ("talks%1:10:00::", 1, "'a discussion intended to produce an agreement' (negotiation, dialogue, "
                                    "talks): the plural 'talks' of the news"),
             ("negotiation%1:04:00::", 0, "'the activity or business of negotiating an agreement'"),
             ("discussion%1:10:00::", 1, "'an exchange of views on some topic'; discussion%1:10:02 is a text's "
                                         "treatment of a topic"),
             ("talk%1:10:00::", 1, "'an exchange of ideas via conversation'; not a lecture or gossip"),
             ("dialogue%1:10:01::", 0, "'a conversation between two persons'; not lines in a play"),
             ("conversation%1:10:00::", 1, "'informal exchange of views'; 'a telephone conversation' is a call"),
             ("conference%1:10:00::", 1, "'a discussion among participants who have an agreed (serious) topic': "
                                         "consultations, round tables"),
             ("encounter%1:04:01::", 0, "'a casual meeting with a person or thing'; encounter%1:04:00 is a "
                                        "skirmish"),
         ],
         hand={"meet": "Indian and South Asian English name a meeting 'a meet' ('the Quad foreign ministers' meet', "
                       "'summit meet'); WordNet's only noun sense is an athletic meet"}),
    dict(name="LETTER_NOUNS", rules=[], pos="n", group="event-nouns",
         doc="Communications that are not encounters: a letter or message is no meeting and no call.",
         seeds=[
             ("letter%1:10:00::", 1, "'a written message addressed to a person or organization' (letter, missive)"),
             ("message%1:10:01::", 2, "'a communication (usually brief) that is written or spoken or signaled'; "
                                      "reaches telegram and cable"),
             ("note%1:10:03::", 0, "'a short personal letter': the diplomatic note ('a protest note')"),
             ("correspondence%1:10:00::", 1, "'communication by the exchange of letters'"),
             ("communique%1:10:00::", 0, "'an official report (usually sent in haste)' (dispatch, communique)"),
             ("email%1:10:00::", 0, "'a system of world-wide electronic communication' (e-mail, email)"),
         ],
         hand={}),
    dict(name="CALL_WORDS", rules=["CALL_WORDS"], pos="na", group="event-nouns",
         doc="Nouns and words that make a talk a call.",
         seeds=[
             ("telephone%1:10:00::", 2, "'transmitting speech at a distance' (telephone, telephony): reaches 'call', "
                                        "'phone call', 'conference call'"),
             ("telephone%1:06:00::", 1, "the telephone set (telephone, phone): 'by phone', 'on the telephone'"),
             ("telephonic%3:01:00::", 0, "'of or relating to telephony': 'a telephonic conversation'"),
             ("teleconference%1:10:00::", 0, "'a conference of people who are in different locations'"),
             ("hot_line%1:06:00::", 0, "'a direct telephone line between two officials'"),
         ],
         hand={"video": "WordNet's senses are a TV picture, a recording and television; 'by video', 'video call' "
                        "is newer than WordNet 3.0",
               "videoconference": "not in WordNet 3.0 (it has only 'teleconference')",
               "phonecall": "one-word spelling of 'phone call' (WordNet has phone_call, kept below)",
               "virtual": "WordNet's senses are 'being actually such in almost every respect' and 'existing in "
                          "essence'; the online-meeting sense ('a virtual summit') is newer than WordNet 3.0",
               "videolink": "not in WordNet 3.0 ('by videolink')",
               "hotline": "one-word spelling of WordNet's hot_line 'a direct telephone line between two officials'",
               "video call": "not in WordNet 3.0; the news phrase for a call with pictures",
               "video conference": "not in WordNet 3.0; two-word spelling of 'videoconference'"}),
    dict(name="TRAVEL_VERBS", rules=["TRAVEL_VERBS", "DEPART_VERBS"], pos="v", group="event-verbs",
         doc="Verbs of travel that make a visit when they have a destination.",
         seeds=[
             ("travel%2:38:04::", 1, "'undertake a journey or trip' (travel, journey)"),
             ("travel%2:38:00::", 0, "'change location; move, travel, or proceed' (travel, go, move): the general "
                                     "verb, without its hundreds of manner-of-motion troponyms"),
             ("arrive%2:38:00::", 1, "'reach a destination' (arrive, get, come); arrive%2:41:00 is 'succeed'"),
             ("land%2:38:00::", 1, "'reach or come to rest': 'the plane landed in Istanbul'"),
             ("fly%2:38:05::", 1, "'travel in an airplane': 'she is flying to Cincinnati'"),
             ("head%2:38:00::", 1, "'to go or travel towards': 'headed for Moscow'; head%2:41:00 is 'be in charge "
                                   "of', the commoner sense in news"),
             ("leave%2:38:01::", 1, "'go away from a place' (leave, go forth, go away)"),
             ("depart%2:38:01::", 0, "'leave' (depart, set out, set off, take off)"),
             ("depart%2:38:04::", 0, "'move away from a place into another direction' (go, go away, depart)"),
             ("jet%2:38:00::", 0, "'fly a jet plane': 'jetted off to Geneva'"),
         ],
         hand={}),
    dict(name="VISIT_VERBS", rules=["VISIT_VERBS"], pos="v", group="event-verbs",
         doc="Verbs that name a visit by themselves (the detector's 'visit').",
         seeds=[
             ("visit%2:41:00::", 1, "'pay a brief visit' (visit, call in, call): 'call on the prime minister'"),
             ("visit%2:38:00::", 0, "'go to certain places as for sightseeing' (travel to, visit): 'visit Paris'"),
             ("visit%2:38:01::", 0, "'come to see in an official or professional capacity' (visit, inspect): 'the "
                                    "governor visited the prison'"),
             ("visit%2:42:04::", 0, "'stay with as a guest'"),
             ("tour%2:38:00::", 1, "'make a tour of a certain place': 'toured the Gulf states'"),
             ("stop_over%2:38:00::", 0, "'interrupt a trip': 'stopped over in Singapore'"),
         ],
         hand={"call on": "WordNet's call_on is only 'have recourse to' ('called on the UN to act'); the visit "
                          "sense sits in visit%2:41:00 as 'call' with the example 'call on some of the prominent "
                          "citizens'",
               }),
    dict(name="MEET_VERBS", rules=["MEET_VERBS", "SPEAK_VERBS"], pos="v", group="event-verbs",
         doc="Verbs that name a meeting.",
         seeds=[
             ("meet%2:41:01::", 1, "'get together socially or for a specific purpose' (meet, get together)"),
             ("meet%2:38:01::", 0, "'come together' (meet, run into, encounter, see): 'I'll see you at the "
                                   "meeting'"),
             ("meet%2:41:00::", 1, "'collect in one place' (meet, gather, assemble): reaches 'convene'"),
             ("convene%2:38:00::", 1, "'meet formally': 'the council convened'; reaches 'reconvene'"),
             ("confer%2:32:00::", 0, "'have a conference in order to talk something over' (confer, consult)"),
             ("consult%2:32:02::", 0, "'get or ask advice from' (consult, confer with): 'consulted his counterpart'"),
             ("talk%2:32:01::", 0, "'exchange thoughts; talk with' (talk, speak): 'spoke with his counterpart'"),
             ("negotiate%2:32:00::", 0, "'discuss the terms of an arrangement'"),
         ],
         hand={"hold talks": "not a WordNet lemma; 'held talks with' is the commonest news verb of a meeting (the "
                             "detector sees the noun 'talks')",
               "sit down": "WordNet's sit_down is only 'take a seat'; 'sat down with the premier' for talks is not "
                           "glossed"}),
    dict(name="RECEIVE_VERBS", rules=["RECEIVE_VERBS", "GUEST_VERBS"], pos="v", group="event-verbs",
         doc="Verbs of receiving a visitor: a meeting with the person received.",
         seeds=[
             ("receive%2:32:00::", 1, "'bid welcome to; greet upon arrival' (welcome, receive)"),
             ("receive%2:41:00::", 0, "'have or give a reception'"),
             ("receive%2:35:00::", 0, "'express willingness to have in one's home or environs' (receive, take in)"),
             ("welcome%2:35:00::", 1, "'receive someone, as into one's house'"),
             ("host%2:34:00::", 1, "'be the host of or for': 'hosted the Japanese premier'"),
             ("greet%2:32:00::", 1, "'express greetings upon meeting someone' (greet, recognize)"),
         ],
         hand={}),
    dict(name="CALL_VERBS", rules=["PHONE_VERBS"], pos="v", group="event-verbs",
         doc="Verbs of a telephone call.",
         seeds=[
             ("phone%2:32:00::", 1, "'get or try to get into communication (with someone) by telephone' (call, "
                                    "telephone, call up, phone, ring)"),
             ("call%2:32:04::", 0, "'send a message or attempt to reach someone by radio, phone, etc.'"),
             ("dial%2:32:00::", 0, "'operate a dial to select a telephone number'"),
         ],
         hand={}),
    dict(name="REPORTING", rules=["REPORTING"], pos="v", group="reporting",
         doc="Verbs that report speech: their subject is a source, their date is the report's.",
         seeds=[
             ("say%2:32:00::", 1, "'express in words' (state, say, tell): reaches answer, reply, declare, add"),
             ("say%2:32:01::", 0, "'report or maintain' (allege, aver, say)"),
             ("tell%2:32:00::", 0, "'let something be known'"),
             ("announce%2:32:00::", 1, "'make known; make an announcement'"),
             ("announce%2:32:02::", 0, "'announce publicly or officially' (announce, declare)"),
             ("report%2:32:00::", 0, "'to give an account or representation of in words' (report, describe)"),
             ("report%2:32:04::", 0, "'announce as the result of an investigation or experience or finding'"),
             ("add%2:32:01::", 0, "'state or say further'"),
             ("note%2:32:00::", 0, "'make mention of' (note, observe, mention, remark)"),
             ("quote%2:32:00::", 0, "'repeat a passage from' (quote, cite)"),
             ("claim%2:32:00::", 0, "'assert or affirm strongly; state to be true or existing'"),
             ("confirm%2:32:00::", 0, "'strengthen or make more firm' (confirm, reassert): 'confirmed the account'"),
             ("confirm%2:31:00::", 0, "'establish or strengthen as with new evidence or facts' (confirm, "
                                      "corroborate)"),
             ("cite%2:32:00::", 0, "'make reference to' (mention, cite)"),
             ("write%2:32:00::", 0, "'communicate or express by writing'"),
             ("write%2:32:01::", 0, "'communicate by letter': 'he wrote that he would be coming soon'"),
             ("predict%2:32:00::", 0, "'make a prediction about; tell in advance'"),
             ("comment%2:32:00::", 0, "'make or write a comment on' (comment, remark, point out)"),
             ("disclose%2:32:00::", 0, "'make known to the public information that was previously known only to a "
                                       "few' (disclose, reveal, divulge)"),
             ("brief%2:32:00::", 0, "'give essential information to someone'"),
             ("warn%2:32:00::", 0, "'notify of danger, potential harm, or risk'"),
             ("insist%2:32:00::", 0, "'be emphatic or resolute and refuse to budge'"),
             ("explain%2:32:00::", 0, "'make plain and comprehensible'"),
             ("declare%2:32:00::", 0, "'state emphatically and authoritatively'"),
             ("stress%2:32:00::", 0, "'to stress, single out as important' (stress, emphasize, emphasise)"),
             ("describe%2:32:00::", 0, "'give a description of'"),
             ("characterize%2:32:00::", 0, "'describe or portray the character or the qualities'"),
             ("praise%2:32:00::", 0, "'express approval of'"),
             ("criticize%2:32:00::", 0, "'find fault with' (criticize, criticise)"),
             ("urge%2:32:00::", 0, "'force or impel in an indicated direction' (urge, press, exhort)"),
             ("post%2:32:03::", 0, "'publicize with, or as if with, a poster': 'posted on X'"),
             ("deny%2:32:00::", 0, "'declare untrue; contradict': a reporting verb missing from Lexicon.java"),
             ("admit%2:32:00::", 0, "'declare to be true or admit the existence' (admit, acknowledge)"),
             ("assert%2:32:01::", 0, "'state categorically' (assert, maintain)"),
         ],
         hand={"accord": "parser lemma of 'according to' (the source of a report); WordNet's accord verbs are "
                         "'harmonize' and 'grant'",
               "tweet": "WordNet 3.0 glosses only a bird's chirp and a pinch; the social-media sense is newer"}),
    dict(name="FUTURE_GOVERNORS", rules=["FUTURE_GOVERNORS"], pos="va", group="future-governors",
         doc="Governors of 'to VERB' that put the event in the future.",
         seeds=[
             ("expect%2:31:00::", 0, "'regard something as probable or likely': 'is expected to visit'"),
             ("schedule%2:31:00::", 0, "'plan for an activity or event': 'is scheduled to meet'"),
             ("slate%2:31:00::", 0, "'designate or schedule': 'is slated to travel'"),
             ("plan%2:31:01::", 0, "'have the will and intention to carry out some action': 'plans to visit'"),
             ("intend%2:31:00::", 0, "'have in mind as a purpose' (intend, mean, think)"),
             ("prepare%2:30:00::", 0, "'make ready or suitable or equip in advance' (prepare, set up, ready, gear "
                                      "up, set)"),
             ("hope%2:31:00::", 0, "'intend with some possibility of fulfilment': 'hopes to meet'"),
             ("hope%2:37:01::", 0, "'expect and wish' (hope, trust, desire)"),
             ("want%2:37:00::", 0, "'feel or have a desire for' (desire, want)"),
             ("agree%2:32:01::", 0, "'consent or assent to a condition, or agree to do something'"),
             ("aim%2:31:01::", 0, "'propose or intend': 'aims to arrive at noon'"),
             ("decide%2:31:00::", 0, "'reach, make, or come to a decision about something'"),
             ("seek%2:41:00::", 0, "'make an effort or attempt' (try, seek, attempt)"),
             ("wish%2:37:00::", 0, "'hope for; have a wish'"),
             ("arrange%2:32:04::", 0, "'make arrangements for': 'arrange a meeting with the President'"),
             ("promise%2:32:00::", 0, "'make a promise or commitment': 'promised to visit'"),
             ("due%5:00:00:expected:00", 0, "'scheduled to arrive': 'is due to visit'"),
             ("likely%3:00:00::", 0, "'has a good chance of being the case or of coming about'"),
             ("poised%5:00:00:balanced:00", 0, "'marked by balance or equilibrium and readiness for action'"),
             ("set%5:00:00:ready:00", 0, "'(usually followed by to or for) on the point of': 'is set to meet'"),
             ("expected%3:00:00::", 0, "'considered likely or probable to happen or arrive'"),
             ("scheduled%3:00:00::", 0, "'planned or scheduled for some certain time or times'"),
         ],
         hand={"go": "'is going to visit': WordNet has no future-auxiliary sense of 'go'",
               "will": "modal auxiliary; WordNet has no auxiliaries (its 'will' verbs are 'decree' and 'bequeath')",
               "slated": "participle of 'slate' used as an adjective ('is slated to'); WordNet has no adjective "
                         "'slated'"}),
    dict(name="CANCEL", rules=["CANCEL"], pos="vn", group="cancel",
         doc="Words that cancel an event.",
         seeds=[
             ("cancel%2:41:03::", 1, "'postpone indefinitely or annul something that was scheduled' (cancel, call "
                                     "off, scrub)"),
             ("postpone%2:42:00::", 1, "'hold back to a later time' (postpone, shelve, defer, put off, table)"),
             ("scrap%2:40:00::", 0, "'dispose of (something useless or old)' (trash, junk, scrap): 'scrapped the "
                                    "visit'"),
             ("delay%2:42:00::", 0, "'act later than planned, scheduled, or required'"),
             ("delay%2:30:00::", 0, "'cause to be slowed down or delayed' (delay, hold up)"),
             ("decline%2:32:00::", 0, "'show unwillingness towards' (refuse, decline): 'declined to meet'"),
             ("decline%2:40:00::", 0, "'refuse to accept' (refuse, reject, turn down, decline): 'declined the "
                                      "invitation'"),
             ("abandon%2:31:01::", 0, "'stop maintaining or insisting on; of ideas or claims' (abandon, give up)"),
             ("suspend%2:30:02::", 0, "'make inoperative or stop' (suspend, set aside)"),
             ("suspend%2:30:00::", 0, "'stop a process or a habit by imposing a freeze on it' (freeze, suspend)"),
             ("cancellation%1:04:00::", 0, "'the act of cancelling; calling off some arrangement'"),
             ("postponement%1:04:00::", 0, "'act of putting off to a future time' (postponement, deferment, "
                                           "deferral)"),
             ("reschedule%2:32:00::", 0, "'assign a new time and place for an event'"),
             ("rule_out%2:42:00::", 0, "'make impossible, especially beforehand' (preclude, rule out)"),
             ("axe%2:30:00::", 0, "'terminate' (ax, axe): 'the summit was axed'; axe%2:35:00 is chopping wood"),
         ],
         hand={"call": "parser lemma of 'call off' (WordNet's call_off, kept in the cancel synset); lexicon.yaml "
                       "holds the phrasal entry 'call off', which the detector matches as the verb with its particle",
               "rule": "parser lemma of 'rule out' (WordNet's rule_out, kept); lexicon.yaml holds the phrasal entry "
                       "'rule out'"}),
    dict(name="PROPOSE", rules=["PROPOSE", "MODAL_PROPOSE"], pos="vna", group="propose",
         doc="Words that make an event only proposed.",
         seeds=[
             ("possible%3:00:04::", 0, "'existing in possibility' (potential, possible): 'a possible visit'"),
             ("possible%3:00:00::", 0, "'capable of happening or existing'"),
             ("propose%2:32:00::", 0, "'make a proposal, declare a plan for something' (propose, suggest, advise)"),
             ("propose%2:31:00::", 0, "'present for consideration' (project, propose)"),
             ("proposal%1:10:00::", 0, "'something proposed (such as a plan or assumption)'"),
             ("offer%2:40:00::", 0, "'present for acceptance or rejection' (offer, proffer): 'offered to host'"),
             ("offer%2:31:00::", 0, "'put forward for consideration'"),
             ("offer%1:10:01::", 0, "'the verbal act of offering': 'an offer of talks'"),
             ("invite%2:32:00::", 0, "'ask someone in a friendly way to do something' (invite, bid)"),
             ("invite%2:41:00::", 0, "'invite someone to one's house' (invite, ask over)"),
             ("invitation%1:10:00::", 1, "'a request (spoken or written) to participate or be present'"),
             ("consider%2:32:02::", 0, "'think about carefully; weigh' (consider, debate, moot, deliberate)"),
             ("mull%2:31:00::", 0, "'reflect deeply on a subject' (mull, mull over, ponder, weigh)"),
             ("float%2:41:03::", 0, "'circulate or discuss tentatively; test the waters with': 'floated the idea of "
                                    "a summit'; the other float senses are of boats, currencies and plaster"),
             ("possibility%1:09:03::", 0, "'a future prospect or potential'"),
             ("prospect%1:26:00::", 0, "'the possibility of future success' (prospect, chance): 'the prospect of "
                                       "a summit'"),
         ],
         hand={"proposed": "participle of 'propose' used as an adjective ('the proposed visit'); WordNet has no "
                           "adjective 'proposed'",
               "could": "modal auxiliary; WordNet has no auxiliaries",
               "might": "modal auxiliary; WordNet has no auxiliaries (its 'might' is 'power')",
               "may": "modal auxiliary; WordNet has no auxiliaries (its 'may' is the month)",
               "hope": "'hope to' a future meeting; WordNet's hope verbs are seeds of FUTURE_GOVERNORS, listed here "
                       "by hand because Lexicon.java has it in both lists",
               "pave": "'pave the way for a visit'; WordNet's only sense is 'cover with stone or concrete'"}),
    dict(name="RESCHEDULE_VERBS", rules=["RESCHEDULE_VERBS"], pos="v", group="reschedule", forms=True,
         doc="Verbs that move a plan to other dates; lexicon.yaml holds their inflected forms as written.",
         seeds=[
             ("postpone%2:42:00::", 0, "'hold back to a later time' (postpone, defer, put off, shelve, table, ...): "
                                       "'postponed the visit to June'"),
             ("reschedule%2:32:00::", 0, "'assign a new time and place for an event'"),
             ("delay%2:30:00::", 0, "'cause to be slowed down or delayed' (delay, detain, hold up): 'delayed the "
                                    "talks until March'; delay%2:42:00 is acting late oneself"),
             ("shift%2:30:01::", 0, "'move and exchange for another': WordNet's example is 'shift the date for our "
                                    "class reunion'"),
             ("move%2:38:01::", 0, "'cause to move or shift into a new position or place, both in a concrete and in "
                                   "an abstract sense' (move, displace): 'moved the meeting to Thursday'; the other "
                                   "move senses are travel, moving house and emotion"),
             ("bring_forward%2:38:00::", 0, "'cause to move forward' (advance, bring forward): 'brought the summit "
                                            "forward to May'"),
         ],
         hand={"push back": "WordNet's push_back is only 'repel' ('push back the invaders'); news uses it for "
                            "moving a date later ('the talks were pushed back to June')"}),
    dict(name="END_VERBS", rules=["END_VERBS"], pos="v", group="end",
         doc="Verbs that end an event they take as object; the day of their clause is the event's last.",
         seeds=[
             ("conclude%2:31:01::", 0, "'bring to a close': 'concluded his state visit'; conclude%2:31:00 is "
                                       "reasoning, conclude%2:32:06 is reaching an agreement"),
             ("end%2:30:01::", 0, "'bring to an end or halt' (end, terminate): 'ended his trip on Friday'"),
             ("complete%2:30:02::", 0, "'come or bring to a finish or an end' (complete, finish): 'completed a "
                                       "three-day visit'"),
             ("close%2:41:01::", 0, "'finish or terminate (meetings, speeches, etc.)': 'closed the summit'; not "
                                    "shutting doors or factories"),
             ("wrap_up%2:30:04::", 0, "'finish a task completely' (wrap up, finish off, ...): 'wrapped up a visit "
                                      "to Ghana'"),
             ("cut_short%2:30:02::", 0, "'interrupt before its natural or planned end' (cut short, break off): 'cut "
                                        "short his visit on Tuesday' ends it that day; it still took place"),
         ],
         hand={}),
    dict(name="INVITATION_NOUNS", rules=["INVITATION_NOUNS"], pos="n", group="invitation",
         doc="Nouns of asking someone to come: the visit an invitation is 'to' is the invitee's.",
         seeds=[
             ("invitation%1:10:00::", 1, "'a request (spoken or written) to participate or be present or take part "
                                         "in something'; invitation%1:07:00 is 'an invitation to trouble'"),
             ("invite%1:10:00::", 0, "'a colloquial expression for invitation': 'an invite to visit'"),
             ("offer%1:10:01::", 0, "'the verbal act of offering': 'accepted an offer to visit Seoul'"),
         ],
         hand={}),
    dict(name="ACCEPT_VERBS", rules=["ACCEPT_VERBS"], pos="v", group="accept",
         doc="Verbs of taking up what is offered; their subject is the invitee of an invitation they take.",
         seeds=[
             ("accept%2:32:00::", 0, "'give an affirmative reply to; respond favorably to': WordNet's example is 'I "
                                     "cannot accept your invitation'"),
             ("accept%2:40:00::", 0, "'receive willingly something given or offered' (accept, take, have)"),
             ("receive%2:40:00::", 0, "'get something; come into possession of' (receive, have): 'received an "
                                      "invitation to visit'"),
             ("get%2:40:00::", 0, "'come into the possession of something concrete or abstract' (get, acquire): "
                                  "'got an invitation'"),
             ("welcome%2:40:00::", 0, "'accept gladly': 'welcomed the invitation to visit'"),
         ],
         hand={}),
    dict(name="FUTURE_ADJ", rules=["FUTURE_ADJ"], pos="a", group="future-adj",
         doc="Adjectives that mark a future event.",
         seeds=[
             ("future%3:00:00::", 1, "'yet to be or coming', with its satellites (upcoming, forthcoming, early)"),
             ("next%5:00:00:succeeding:00", 0, "'immediately following in time or order': 'next week's summit'"),
             ("planned%3:00:00::", 0, "'designed or carried out according to a plan'"),
             ("scheduled%3:00:00::", 0, "'planned or scheduled for some certain time or times'"),
             ("expected%3:00:00::", 1, "'considered likely or probable to happen or arrive', with its satellites"),
             ("prospective%3:00:00::", 0, "'of or concerned with or related to the future'"),
             ("imminent%5:00:00:close:01", 0, "'close in time; about to occur' (imminent, impending)"),
         ],
         hand={"proposed": "participle of 'propose' used as an adjective ('the proposed visit'); WordNet has no "
                           "adjective 'proposed'"}),
    dict(name="PAST_ADJ", rules=["PAST_ADJ"], pos="a", group="past-adj",
         doc="Adjectives that mark a past event.",
         seeds=[
             ("past%3:00:00::", 1, "'earlier than the present time; no longer current', with its satellites "
                                   "(last, former, previous, recent)"),
             ("earlier%5:00:00:early:00", 0, "'more early than': 'an earlier visit'"),
             ("first%3:00:00::", 0, "'preceding all others in time or space or degree': 'his first visit'"),
             ("prior%5:00:00:antecedent:00", 0, "'earlier in time': 'a prior visit'"),
         ],
         hand={}),
    dict(name="ABSENT", rules=["ABSENT"], pos="avn", group="absent",
         doc="Words that say a person stayed away from an event.",
         seeds=[
             ("absent%3:00:00::", 0, "'not being in a specified place'"),
             ("skip%2:42:00::", 0, "'intentionally fail to attend' (cut, skip): 'skipped the summit'"),
             ("miss%2:42:01::", 0, "'fail to attend an event or activity'"),
             ("boycott%2:41:00::", 0, "'refuse to sponsor; refuse to do business with'"),
             ("boycott%1:04:00::", 0, "'a group's refusal to have commercial dealings with some organization'"),
             ("snub%2:32:01::", 0, "'refuse to acknowledge' (ignore, disregard, snub, cut)"),
             ("snub%1:04:00::", 0, "'a refusal to recognize someone you know'"),
         ],
         hand={"without": "preposition ('the summit went ahead without Xi'); WordNet has no prepositions"}),
]

# =============================================================================================================
# Review: every new candidate is kept or rejected here, with a reason. "keep: why" / "reject: why".
# Shorthands expand to the reasons below.
# =============================================================================================================

WHY = {
    "RARE": "too rare in news",
    "SENSE": "non-diplomatic sense dominates in news",
    "GENERAL": "too general",
    "LEISURE": "leisure, tourism or private-life word, not an official encounter",
    "DOMAIN": "specialised domain",
    "INFORMAL": "informal or slang; not news register",
    "PROCESS": "names an activity or process in general, not one encounter",
    "PHRASE": "multi-word expression rare in news",
}

REVIEW = {
    "VISIT_NOUNS": {
        "junket": "keep: 'a trip taken by an official at public expense': news uses it for officials' trips",
        "stopover": "keep: 'a brief stay in the course of a journey': 'a stopover in Singapore' on a leader's tour",
        "call": "reject: the phone-call and demand senses dominate; the detector handles 'courtesy call' itself",
        "circuit": "reject: SENSE (electric and court circuits, racing)",
        "commute": "reject: LEISURE",
        "digression": "reject: SENSE",
        "drive": "reject: SENSE (campaigns, motoring)",
        "errand": "reject: LEISURE",
        "excursion": "reject: LEISURE",
        "expedition": "reject: exploration or military expedition",
        "flight": "reject: SENSE (the plane or the service, and 'flight' = escape)",
        "itineration": "reject: RARE",
        "jaunt": "reject: LEISURE",
        "journeying": "reject: RARE",
        "layover": "reject: airline word for changing planes, not a visit",
        "long haul": "reject: SENSE (figurative 'for the long haul')",
        "mush": "reject: RARE (dogsled)",
        "odyssey": "reject: figurative; RARE",
        "outing": "reject: LEISURE",
        "package holiday": "reject: LEISURE",
        "package tour": "reject: LEISURE",
        "passage": "reject: SENSE (a text passage, a bill's passage)",
        "pilgrimage": "reject: religious journey, not a state visit",
        "pub crawl": "reject: LEISURE",
        "ride": "reject: SENSE",
        "run": "reject: SENSE",
        "sashay": "reject: RARE",
        "schlep": "reject: INFORMAL",
        "service call": "reject: a repairman's trip",
        "shlep": "reject: INFORMAL",
        "sojourn": "reject: literary; RARE",
        "stop": "reject: SENSE ('put a stop to', 'bus stop'); a 'stop in Hanoi' is still a visit the detector sees "
                "through the tour around it",
        "transit": "reject: SENSE (public transport)",
        "trek": "reject: RARE (long walks)",
        "visitation": "reject: SENSE (church inspections, custody visits)",
        "visiting": "reject: gerund; its noun use is 'visiting hours', 'visiting rights'",
        "walkabout": "reject: a royal's walk among a crowd, not a visit between states",
        "way": "reject: GENERAL",
    },
    "MEETING_NOUNS": {
        "chat": "keep: 'an informal conversation': 'a brief chat on the sidelines of the G20'",
        "consultation": "keep: 'a conference between two or more people to consider a particular question': foreign "
                        "ministries hold 'political consultations'",
        "conversation": "keep: 'a telephone conversation' is a call, 'a conversation on the sidelines' a meeting "
                        "(the detector uses it with a call word today)",
        "dialog": "keep: American spelling of 'dialogue'",
        "parley": "keep: 'a negotiation between enemies'; headlines use it for talks ('Modi-Xi parley')",
        "round table": "keep: two-word spelling of 'roundtable'",
        "round-table conference": "keep: 'a round-table conference on Afghanistan'",
        "roundtable": "keep: 'a meeting of peers for discussion': ministers' round tables",
        "tete-a-tete": "keep: 'a private conversation between two people': 'a tete-a-tete with Xi'",
        "argument": "reject: SENSE",
        "argumentation": "reject: SENSE",
        "audience": "reject: SENSE (spectators); the papal or royal 'audience' is rare",
        "bargaining": "reject: PROCESS (trade and labour)",
        "board meeting": "reject: corporate meeting",
        "bull session": "reject: PHRASE",
        "cackle": "reject: INFORMAL",
        "camp meeting": "reject: religious meeting",
        "cant": "reject: SENSE",
        "caucus": "reject: US party politics",
        "chatter": "reject: INFORMAL",
        "collective bargaining": "reject: labour relations",
        "colloquy": "reject: RARE",
        "coming together": "reject: PHRASE",
        "coming upon": "reject: PHRASE",
        "commerce": "reject: SENSE (trade)",
        "committee meeting": "reject: not between states",
        "conclave": "reject: papal election",
        "confab": "reject: INFORMAL",
        "confabulation": "reject: INFORMAL",
        "conference": "reject: 'press conference'/'news conference' dominates; multilateral conferences are named "
                      "events, not an encounter between two officials",
        "congress": "reject: the legislature dominates ('the US Congress')",
        "convention": "reject: treaties ('Geneva Convention') and party conventions dominate",
        "council": "reject: the institution ('Security Council') dominates",
        "crossfire": "reject: SENSE (gunfire)",
        "debate": "reject: SENSE (parliamentary debate)",
        "deliberation": "reject: PROCESS",
        "diplomacy": "reject: PROCESS",
        "diplomatic negotiations": "reject: multi-word; covered by 'negotiation', kept",
        "duologue": "reject: RARE",
        "exchange": "reject: SENSE (exchange of fire, of prisoners, stock exchange)",
        "forum": "reject: names events and institutions ('Boao Forum'), not an encounter",
        "give-and-take": "reject: PROCESS",
        "gossiping": "reject: SENSE",
        "gossipmongering": "reject: SENSE",
        "group discussion": "reject: PHRASE",
        "group meeting": "reject: PHRASE",
        "heart-to-heart": "reject: INFORMAL",
        "horse trading": "reject: PROCESS",
        "huddle": "reject: INFORMAL",
        "idle words": "reject: PHRASE",
        "interview": "reject: SENSE (press interviews, job interviews)",
        "jazz": "reject: SENSE",
        "malarkey": "reject: SENSE",
        "malarky": "reject: SENSE",
        "mediation": "reject: PROCESS",
        "news conference": "reject: as 'press conference'",
        "nothingness": "reject: SENSE",
        "nothings": "reject: SENSE",
        "panel discussion": "reject: a public event, not an encounter",
        "phatic communication": "reject: PHRASE",
        "phatic speech": "reject: PHRASE",
        "pious platitude": "reject: PHRASE",
        "plenum": "reject: DOMAIN (party and legislature plenums)",
        "post-mortem": "reject: SENSE",
        "postmortem": "reject: SENSE",
        "powwow": "reject: INFORMAL",
        "press conference": "reject: reporters questioning an official: not an encounter between officials (a "
                            "reporting context: 'told a press conference')",
        "pretrial": "reject: DOMAIN (law)",
        "pretrial conference": "reject: DOMAIN (law)",
        "psychotherapy group": "reject: DOMAIN (psychotherapy)",
        "public discussion": "reject: PHRASE",
        "rap": "reject: SENSE",
        "rap session": "reject: PHRASE",
        "rendezvous": "reject: RARE",
        "schmoose": "reject: INFORMAL",
        "schmooze": "reject: INFORMAL",
        "second-hand speech": "reject: PHRASE",
        "session": "reject: SENSE (parliamentary and court sessions)",
        "shmooze": "reject: INFORMAL",
        "shop talk": "reject: PHRASE",
        "socialisation": "reject: SENSE",
        "socialising": "reject: SENSE",
        "socialization": "reject: SENSE",
        "socializing": "reject: SENSE",
        "stockholders meeting": "reject: corporate meeting",
        "summit meeting": "reject: covered by 'summit' and 'meeting'",
        "table talk": "reject: PHRASE",
        "talking": "reject: gerund; 'talking points'",
        "teach-in": "reject: RARE",
        "telephone conversation": "reject: multi-word; covered by 'conversation', kept; a call (see CALL_WORDS)",
        "town meeting": "reject: local politics",
        "ventilation": "reject: SENSE",
        "wind": "reject: SENSE",
        "word": "reject: GENERAL",
        "yack": "reject: INFORMAL",
        "yak": "reject: INFORMAL",
        "yakety-yak": "reject: INFORMAL",
    },
    "LETTER_NOUNS": {
        "cable": "keep: 'a telegram sent abroad': diplomatic cables",
        "communique": "keep: a joint communique follows a meeting but is a written text, not an encounter",
        "correspondence": "keep: 'communication by the exchange of letters'",
        "e-mail": "keep: electronic mail",
        "electronic mail": "keep: two-word form of 'email'",
        "email": "keep: electronic mail",
        "letter": "keep: 'a letter to Putin' is no meeting",
        "message": "keep: 'sent a message to' is no call",
        "missive": "keep: 'a strongly worded missive' — a letter by another name",
        "note": "keep: a diplomatic note ('a protest note', 'note verbale'); also 'a note of caution' (see senses)",
        "telegram": "keep: 'a message transmitted by telegraph': congratulatory telegrams between leaders",
        "1st class": "reject: PHRASE",
        "1st-class mail": "reject: PHRASE",
        "aerogram": "reject: RARE",
        "aerogramme": "reject: RARE",
        "air letter": "reject: RARE",
        "air mail": "reject: RARE",
        "airmail": "reject: RARE",
        "airmail letter": "reject: RARE",
        "billet": "reject: SENSE",
        "broadcast": "reject: SENSE (radio and TV)",
        "bulk mail": "reject: PHRASE",
        "cablegram": "reject: RARE",
        "card": "reject: SENSE (cards of every kind)",
        "cipher": "reject: SENSE",
        "cypher": "reject: SENSE",
        "dead letter": "reject: SENSE ('a dead letter' = a law not enforced)",
        "dead mail": "reject: PHRASE",
        "dedication": "reject: SENSE",
        "despatch": "reject: SENSE",
        "dispatch": "reject: SENSE (sending troops or aid; a reporter's dispatch)",
        "encyclical": "reject: DOMAIN (church)",
        "epistle": "reject: RARE (religious)",
        "express": "reject: SENSE",
        "express mail": "reject: PHRASE",
        "first class": "reject: PHRASE",
        "first-class mail": "reject: PHRASE",
        "heliogram": "reject: RARE",
        "inscription": "reject: SENSE",
        "invitation": "reject: kept in PROPOSE, where it marks a proposed event",
        "letter of intent": "reject: a commercial document",
        "letter telegram": "reject: RARE",
        "line": "reject: GENERAL",
        "mail": "reject: SENSE (the postal service; newspaper names)",
        "newscast": "reject: SENSE",
        "night letter": "reject: RARE",
        "overseas telegram": "reject: RARE",
        "packet": "reject: SENSE",
        "parcel post": "reject: PHRASE",
        "pastoral": "reject: DOMAIN (church)",
        "phone message": "reject: covered by 'message'; a voice message is not a call",
        "radio broadcast": "reject: SENSE (radio)",
        "radiogram": "reject: RARE",
        "rebroadcast": "reject: SENSE",
        "registered mail": "reject: PHRASE",
        "registered post": "reject: PHRASE",
        "round robin": "reject: PHRASE",
        "short letter": "reject: PHRASE",
        "simulcast": "reject: SENSE",
        "special delivery": "reject: PHRASE",
        "surface mail": "reject: PHRASE",
        "telecast": "reject: SENSE",
        "telephone message": "reject: covered by 'message'",
        "third class": "reject: PHRASE",
        "third-class mail": "reject: PHRASE",
        "wire": "reject: SENSE (news wires, wiretaps)",
    },
    "CALL_WORDS": {
        "conference call": "keep: a call among several leaders ('a conference call with G7 leaders')",
        "hot line": "keep: 'a direct telephone line between two officials' (also spelt 'hotline', below)",
        "phone call": "keep: 'held a phone call'",
        "teleconferencing": "keep: 'via teleconferencing'",
        "telephone call": "keep: 'in a telephone call'",
        "call": "reject: the trigger itself ('a call'), not a word that makes a talk a call",
        "call forwarding": "reject: PHRASE",
        "call waiting": "reject: PHRASE",
        "call-back": "reject: RARE",
        "call-in": "reject: SENSE (radio)",
        "collect call": "reject: PHRASE",
        "crank call": "reject: PHRASE",
        "desk phone": "reject: PHRASE",
        "dial phone": "reject: PHRASE",
        "dial telephone": "reject: PHRASE",
        "extension": "reject: SENSE",
        "extension phone": "reject: PHRASE",
        "french telephone": "reject: PHRASE",
        "handset": "reject: DOMAIN (device)",
        "local call": "reject: PHRASE",
        "long distance": "reject: SENSE",
        "long-distance call": "reject: PHRASE",
        "pay-phone": "reject: RARE",
        "pay-station": "reject: RARE",
        "radiophone": "reject: RARE",
        "radiotelephone": "reject: RARE",
        "speakerphone": "reject: RARE",
        "telephone extension": "reject: PHRASE",
        "telephone set": "reject: PHRASE",
        "telephony": "reject: RARE",
        "trunk call": "reject: PHRASE",
        "voice mail": "reject: a message, not a call",
        "voicemail": "reject: a message, not a call",
        "wake-up call": "reject: SENSE (figurative 'wake-up call')",
        "wireless telephone": "reject: PHRASE",
    },
    "TRAVEL_VERBS": {
        "come": "keep: 'Xi will come to Moscow'; needs a place destination like the others (not 'come to power')",
        "go": "keep: 'will go to Beijing'; like every TRAVEL_VERBS word it makes a visit only with a place "
              "destination (not 'go to war', 'go to court')",
        "journey": "keep: 'journeyed to Kyiv by train'",
        "set off": "keep: 'set off for Moscow'",
        "set out": "keep: 'set out for Moscow'",
        "touch down": "keep: 'touched down in Delhi'",
        "abandon": "reject: kept in CANCEL",
        "alight": "reject: RARE",
        "attain": "reject: SENSE",
        "beach": "reject: SENSE",
        "beetle off": "reject: RARE",
        "belly-land": "reject: RARE",
        "bolt": "reject: SENSE",
        "bolt out": "reject: PHRASE",
        "break away": "reject: SENSE",
        "bring down": "reject: SENSE",
        "bugger off": "reject: INFORMAL",
        "bunk": "reject: RARE",
        "buzz off": "reject: INFORMAL",
        "come away": "reject: PHRASE",
        "come in": "reject: SENSE",
        "crash land": "reject: accidents, not visits",
        "debark": "reject: RARE",
        "decamp": "reject: RARE",
        "desert": "reject: SENSE",
        "disembark": "reject: RARE",
        "draw in": "reject: PHRASE",
        "drive in": "reject: PHRASE",
        "empty": "reject: SENSE",
        "escape": "reject: SENSE (flight from danger)",
        "flood in": "reject: PHRASE",
        "fly the coop": "reject: PHRASE",
        "force-land": "reject: RARE",
        "fuck off": "reject: INFORMAL",
        "get": "reject: GENERAL",
        "get in": "reject: PHRASE",
        "get out": "reject: PHRASE",
        "globe-trot": "reject: LEISURE",
        "go away": "reject: PHRASE",
        "go forth": "reject: PHRASE",
        "go out": "reject: PHRASE",
        "head for the hills": "reject: PHRASE",
        "hightail": "reject: INFORMAL",
        "hightail it": "reject: INFORMAL",
        "hit": "reject: SENSE",
        "lam": "reject: RARE",
        "light": "reject: SENSE",
        "linger": "reject: SENSE",
        "locomote": "reject: RARE",
        "make": "reject: GENERAL",
        "move": "reject: SENSE (relocation, motions, 'move to ban')",
        "move in": "reject: PHRASE",
        "navigate": "reject: SENSE",
        "part": "reject: SENSE",
        "perch": "reject: SENSE",
        "plump in": "reject: RARE",
        "pop off": "reject: INFORMAL",
        "port": "reject: SENSE",
        "pull in": "reject: PHRASE",
        "pull out": "reject: SENSE (withdrawal)",
        "put down": "reject: SENSE",
        "quit": "reject: SENSE (resigning)",
        "reach": "reject: SENSE ('reached an agreement'); 'reached Moscow' is rarer than 'arrived in'",
        "red-eye": "reject: RARE",
        "ride away": "reject: PHRASE",
        "ride off": "reject: PHRASE",
        "roll up": "reject: INFORMAL",
        "run": "reject: SENSE",
        "run away": "reject: PHRASE",
        "run off": "reject: PHRASE",
        "run out": "reject: SENSE",
        "rush away": "reject: PHRASE",
        "rush off": "reject: PHRASE",
        "sail": "reject: SENSE",
        "scarper": "reject: INFORMAL",
        "scat": "reject: RARE",
        "scram": "reject: INFORMAL",
        "set ashore": "reject: RARE",
        "set down": "reject: SENSE",
        "set forth": "reject: SENSE ('set forth his views')",
        "shore": "reject: RARE",
        "skip": "reject: kept in ABSENT ('skipped the summit')",
        "sledge": "reject: RARE",
        "slip away": "reject: PHRASE",
        "sneak away": "reject: PHRASE",
        "sneak off": "reject: PHRASE",
        "sneak out": "reject: PHRASE",
        "start": "reject: GENERAL",
        "start out": "reject: PHRASE",
        "steal away": "reject: PHRASE",
        "take": "reject: GENERAL",
        "take leave": "reject: PHRASE",
        "take off": "reject: departure of the plane, not of the visitor; SENSE ('sales took off')",
        "take to the woods": "reject: PHRASE",
        "tarry": "reject: RARE",
        "trek": "reject: RARE",
        "turn tail": "reject: PHRASE",
        "undershoot": "reject: RARE",
        "vacate": "reject: SENSE",
        "vamoose": "reject: INFORMAL",
        "voyage": "reject: RARE as a verb",
        "walk away": "reject: PHRASE",
        "walk off": "reject: PHRASE",
        "walk out": "reject: SENSE (protest)",
    },
    "VISIT_VERBS": {
        "drop by": "keep: 'dropped by the embassy'",
        "drop in": "keep: 'dropped in on the summit'",
        "stop over": "keep: 'stopped over in Singapore on his way to Canberra'",
        "tour": "keep: 'toured the Gulf states'",
        "visit": "keep: the detector's 'visit' verb",
        "call": "reject: kept in CALL_VERBS (the phone sense dominates); the visit sense is 'call on', listed by "
                "hand",
        "call in": "reject: SENSE ('called in the army', 'call in sick')",
        "come by": "reject: SENSE ('hard to come by')",
        "inspect": "reject: an inspection (troops, a site), not a visit between states",
        "see": "reject: GENERAL ('see' in every sense)",
        "stop": "reject: GENERAL ('stop the war')",
        "take the road": "reject: PHRASE",
        "travel to": "reject: covered by 'travel' in TRAVEL_VERBS, which takes a destination",
    },
    "MEET_VERBS": {
        "confer": "keep: 'conferred with the Chancellor'",
        "consult": "keep: 'consulted his counterpart'",
        "convene": "keep: 'the leaders convened in Brussels' (the detector uses it already for summits)",
        "meet": "keep: the detector's 'meet' verb",
        "reconvene": "keep: 'talks reconvened in Geneva'",
        "speak": "keep: 'spoke with his counterpart'; with a call word it is a call; 'speaking to reporters' needs "
                 "the person check",
        "talk": "keep: 'talked for two hours with his counterpart'; with a call word it is a call",
        "aggroup": "reject: RARE",
        "assemble": "reject: SENSE (assembling things, crowds); lexicon.yaml uses it only with a group-of-states "
                    "subject",
        "call": "reject: kept in CALL_VERBS",
        "call in": "reject: SENSE",
        "caucus": "reject: US party politics",
        "celebrate": "reject: SENSE",
        "club": "reject: SENSE",
        "clump": "reject: SENSE",
        "cluster": "reject: SENSE",
        "come across": "reject: SENSE",
        "confab": "reject: INFORMAL",
        "confabulate": "reject: RARE",
        "confer with": "reject: covered by 'confer'",
        "congregate": "reject: crowds",
        "constellate": "reject: RARE",
        "converge": "reject: SENSE",
        "crowd": "reject: SENSE",
        "crowd together": "reject: PHRASE",
        "encounter": "reject: SENSE ('encountered problems')",
        "fete": "reject: SENSE",
        "flock": "reject: SENSE",
        "foregather": "reject: RARE",
        "forgather": "reject: RARE",
        "fort": "reject: RARE",
        "fort up": "reject: RARE",
        "gather": "reject: crowds and information ('gathered evidence'); lexicon.yaml uses it only with a "
                  "group-of-states subject ('BRICS leaders gathered')",
        "get together": "reject: PHRASE",
        "group": "reject: SENSE",
        "hive": "reject: RARE",
        "negociate": "reject: misspelling",
        "negotiate": "reject: PROCESS ('negotiated the deal for years'); the noun 'negotiations' is the trigger",
        "pick up": "reject: SENSE",
        "rendezvous": "reject: RARE",
        "reunite": "reject: SENSE",
        "run across": "reject: PHRASE",
        "run into": "reject: SENSE ('ran into opposition')",
        "see": "reject: GENERAL",
        "sit": "reject: 'be in session' (courts and parliaments); 'sit down with' is listed by hand",
        "talk terms": "reject: PHRASE",
        "turn out": "reject: SENSE",
        "visit": "reject: kept in VISIT_VERBS",
    },
    "RECEIVE_VERBS": {
        "greet": "keep: 'greeted the visiting president'",
        "host": "keep: 'hosted the Japanese premier'",
        "receive": "keep: 'Putin received Kim at the Kremlin'; most 'receive' is 'get' (see senses), so the object "
                   "must be a person",
        "shake hands": "keep: 'shook hands with Xi' at a meeting",
        "welcome": "keep: 'welcomed her counterpart'; 'welcome' also means 'accept gladly' ('welcomed the decision')",
        "banquet": "reject: RARE as a verb",
        "bid": "reject: SENSE",
        "bob": "reject: SENSE",
        "compere": "reject: SENSE",
        "curtsy": "reject: SENSE",
        "do the honors": "reject: PHRASE",
        "emcee": "reject: SENSE",
        "feast": "reject: SENSE",
        "hail": "reject: SENSE ('hailed the agreement')",
        "herald": "reject: SENSE ('heralded a new era')",
        "invite": "reject: kept in PROPOSE",
        "junket": "reject: SENSE",
        "present": "reject: SENSE",
        "recognise": "reject: a different diplomatic act ('recognise Palestine')",
        "recognize": "reject: a different diplomatic act ('recognise Palestine')",
        "salute": "reject: SENSE (military salute, praise)",
        "say farewell": "reject: PHRASE",
        "take in": "reject: SENSE",
        "wine and dine": "reject: PHRASE",
        "wish": "reject: kept in FUTURE_GOVERNORS",
    },
    "CALL_VERBS": {
        "call": "keep: 'called his counterpart'; 'call' also names, demands and summons (see senses)",
        "call up": "keep: 'called up the President'",
        "dial": "keep: 'dialled the White House': uncommon but unambiguous",
        "phone": "keep: 'phoned his counterpart'",
        "ring": "keep: British 'rang the Prime Minister'",
        "telephone": "keep: 'telephoned the Chancellor'",
        "call in": "reject: SENSE (radio call-ins, 'called in the army')",
        "cell phone": "reject: RARE",
    },
    "REPORTING": {
        "acknowledge": "keep: 'acknowledged that ...'",
        "admit": "keep: 'admitted that ...'",
        "allege": "keep: 'alleged that ...'",
        "answer": "keep: 'answered that ...'",
        "assert": "keep: 'asserted that ...'",
        "characterise": "keep: British spelling of 'characterize'",
        "denounce": "keep: 'denounced the visit as ...' reports a statement",
        "deny": "keep: 'denied that ...'",
        "divulge": "keep: 'divulged that ...'",
        "mention": "keep: 'mentioned that ...'",
        "point out": "keep: 'pointed out that ...'",
        "remark": "keep: 'remarked that ...'",
        "reply": "keep: 'replied that ...'",
        "respond": "keep: 'responded that ...'",
        "accent": "reject: SENSE",
        "accentuate": "reject: SENSE",
        "account": "reject: SENSE ('accounted for')",
        "advert": "reject: RARE",
        "advertise": "reject: SENSE",
        "advertize": "reject: SENSE",
        "affirm": "reject: RARE",
        "anticipate": "reject: SENSE ('expect')",
        "append": "reject: SENSE",
        "articulate": "reject: RARE",
        "asseverate": "reject: RARE",
        "aver": "reject: RARE",
        "blare out": "reject: PHRASE",
        "blat out": "reject: PHRASE",
        "blazon out": "reject: RARE",
        "break": "reject: SENSE",
        "bring out": "reject: SENSE",
        "bring up": "reject: SENSE",
        "call": "reject: SENSE (kept in CALL_VERBS and CANCEL); 'call' as 'predict' is rare",
        "call out": "reject: SENSE",
        "corroborate": "reject: RARE",
        "cry": "reject: SENSE",
        "denote": "reject: RARE",
        "depict": "reject: SENSE (pictures)",
        "discover": "reject: SENSE",
        "draw": "reject: SENSE",
        "enunciate": "reject: RARE",
        "exhort": "reject: RARE",
        "explicate": "reject: RARE",
        "expose": "reject: SENSE",
        "forebode": "reject: RARE",
        "foretell": "reject: RARE",
        "get out": "reject: PHRASE",
        "give": "reject: GENERAL",
        "give away": "reject: SENSE",
        "introduce": "reject: SENSE",
        "knock": "reject: INFORMAL",
        "lay out": "reject: PHRASE",
        "let on": "reject: INFORMAL",
        "let out": "reject: SENSE",
        "maintain": "reject: SENSE",
        "meld": "reject: DOMAIN (cards)",
        "misstate": "reject: RARE",
        "name": "reject: SENSE",
        "notice": "reject: SENSE (perceive)",
        "observe": "reject: SENSE ('observe the ceasefire', 'observe a minute's silence'); 'observed that' is rarer",
        "pick apart": "reject: PHRASE",
        "precede": "reject: SENSE",
        "preface": "reject: RARE",
        "premise": "reject: RARE",
        "present": "reject: SENSE",
        "press": "reject: SENSE (the press; 'pressed ahead')",
        "prognosticate": "reject: RARE",
        "promise": "reject: kept in FUTURE_GOVERNORS",
        "publicise": "reject: RARE",
        "publicize": "reject: RARE",
        "punctuate": "reject: SENSE",
        "qualify": "reject: SENSE",
        "reassert": "reject: RARE",
        "refer": "reject: SENSE",
        "represent": "reject: SENSE",
        "sound": "reject: SENSE",
        "substantiate": "reject: RARE",
        "sum": "reject: SENSE",
        "sum up": "reject: PHRASE",
        "summarise": "reject: RARE",
        "summarize": "reject: RARE",
        "supply": "reject: SENSE",
        "support": "reject: SENSE",
        "sustain": "reject: SENSE",
        "take a firm stand": "reject: PHRASE",
        "trump": "reject: SENSE (a surname in today's news)",
        "trump out": "reject: PHRASE",
        "uncover": "reject: SENSE ('uncovered a plot'); WordNet 3.1 only",
        "unwrap": "reject: SENSE",
        "urge on": "reject: PHRASE",
        "vocalise": "reject: RARE",
        "vocalize": "reject: RARE",
    },
    "FUTURE_GOVERNORS": {
        "promise": "keep: 'promised to visit' puts the visit in the future",
        "agreeable": "reject: derived adjective, not a governor of 'to VERB'",
        "anticipate": "reject: RARE with 'to VERB' (it takes an object: 'anticipate a visit')",
        "assay": "reject: RARE",
        "assure": "reject: SENSE (reassure)",
        "attempt": "reject: an attempt says nothing of the time",
        "be after": "reject: PHRASE",
        "decisive": "reject: derived adjective, not a governor of 'to VERB'",
        "desire": "reject: RARE as a verb",
        "determinant": "reject: derived adjective, not a governor of 'to VERB'",
        "determine": "reject: SENSE ('determine the cause')",
        "essay": "reject: RARE",
        "expectant": "reject: derived adjective, not a governor of 'to VERB'",
        "fit": "reject: SENSE",
        "fix": "reject: SENSE",
        "fix up": "reject: PHRASE",
        "gear up": "reject: PHRASE",
        "go for": "reject: PHRASE",
        "make up one's mind": "reject: PHRASE",
        "mean": "reject: SENSE",
        "preparative": "reject: derived adjective, not a governor of 'to VERB'",
        "preparatory": "reject: derived adjective, not a governor of 'to VERB'",
        "primed": "reject: RARE",
        "promissory": "reject: derived adjective, not a governor of 'to VERB'",
        "propose": "reject: kept in PROPOSE",
        "purport": "reject: SENSE",
        "purpose": "reject: RARE",
        "ready": "reject: RARE as a verb",
        "set up": "reject: SENSE",
        "think": "reject: SENSE",
        "trust": "reject: SENSE",
        "try": "reject: an attempt says nothing of the time ('tried to meet' is past and often failed)",
    },
    "CANCEL": {
        "call off": "keep: 'called off the summit' (the detector's 'call' + 'off')",
        "delay": "keep: the noun as well ('a delay in the talks')",
        "put off": "keep: 'put off the visit'",
        "refusal": "keep: noun of 'refuse' ('her refusal to meet')",
        "refuse": "keep: 'refused to meet' like 'declined to meet' (and like it at risk from 'refused to comment')",
        "rule out": "keep: 'ruled out a meeting' (the detector's 'rule' + 'out')",
        "scrub": "keep: 'scrubbed the visit'",
        "suspension": "keep: 'the suspension of talks'",
        "turn down": "keep: 'turned down the invitation'",
        "axe": "keep: 'the summit was axed', 'axed the visit': headline verb of cancelling",
        "ax": "keep: American spelling of 'axe' ('axed' lemmatises to either)",
        "abandonment": "reject: SENSE",
        "close out": "reject: PHRASE",
        "declination": "reject: RARE",
        "deferment": "reject: RARE",
        "deferral": "reject: RARE",
        "detain": "reject: SENSE (arrest)",
        "freeze": "reject: SENSE (frozen assets)",
        "give up": "reject: SENSE",
        "hold": "reject: GENERAL ('hold talks')",
        "hold over": "reject: PHRASE",
        "hold up": "reject: SENSE",
        "holdup": "reject: SENSE (robbery)",
        "junk": "reject: INFORMAL",
        "pass up": "reject: PHRASE",
        "preclude": "reject: RARE",
        "probate": "reject: DOMAIN (law)",
        "prorogation": "reject: DOMAIN (parliament)",
        "prorogue": "reject: DOMAIN (parliament)",
        "put over": "reject: PHRASE",
        "putoff": "reject: RARE",
        "reject": "reject: 'rejected the claims/criticism/proposal' dominates; only 'rejected the invitation' "
                  "cancels",
        "rejection": "reject: SENSE",
        "remit": "reject: SENSE",
        "reprieve": "reject: DOMAIN (law)",
        "respite": "reject: DOMAIN (law)",
        "scratch": "reject: SENSE",
        "set aside": "reject: SENSE",
        "set back": "reject: SENSE",
        "table": "reject: SENSE ('tabled a motion' = proposed, in British use)",
        "trash": "reject: INFORMAL",
        "turndown": "reject: RARE",
    },
    "PROPOSE": {
        "contemplate": "keep: 'contemplating a visit'",
        "float": "keep: 'floated the idea of a summit', 'floated a visit': a possibility put forward, not a plan",
        "invite": "keep: the colloquial noun as well ('an invite to the summit')",
        "mull over": "keep: 'mulling over a trip' (the detector's 'mull')",
        "ponder": "keep: 'pondering a visit to Beijing'",
        "suggestion": "keep: 'at Xi's suggestion' marks a proposed meeting",
        "advise": "reject: SENSE ('advised against travel')",
        "ask over": "reject: PHRASE",
        "ask round": "reject: PHRASE",
        "bid": "reject: SENSE (takeover bids, bids to win)",
        "biddable": "reject: derived adjective",
        "bidding": "reject: SENSE",
        "chance": "reject: SENSE ('a chance to meet' is opportunity, often past)",
        "chew over": "reject: PHRASE",
        "consideration": "reject: SENSE",
        "contemplation": "reject: SENSE",
        "contemplative": "reject: derived adjective",
        "debate": "reject: SENSE (parliamentary debate)",
        "deliberate": "reject: RARE",
        "deliberation": "reject: PROCESS",
        "excogitate": "reject: RARE",
        "excogitative": "reject: derived adjective",
        "invitational": "reject: DOMAIN (sport)",
        "invitatory": "reject: RARE",
        "meditate": "reject: SENSE",
        "meditation": "reject: SENSE",
        "meditative": "reject: derived adjective",
        "moot": "reject: RARE",
        "muse": "reject: SENSE",
        "musing": "reject: SENSE",
        "offering": "reject: SENSE (share offerings, religious offerings)",
        "possibleness": "reject: RARE",
        "potency": "reject: SENSE",
        "proffer": "reject: RARE",
        "project": "reject: SENSE",
        "proposition": "reject: SENSE",
        "reflect": "reject: SENSE",
        "reflective": "reject: derived adjective",
        "ruminate": "reject: RARE",
        "rumination": "reject: RARE",
        "ruminative": "reject: derived adjective",
        "speculate": "reject: SENSE (speculation about others)",
        "speculation": "reject: SENSE",
        "speculative": "reject: derived adjective",
        "suggestible": "reject: derived adjective",
        "summons": "reject: DOMAIN (law)",
        "think over": "reject: PHRASE",
        "turn over": "reject: SENSE",
    },
    "RESCHEDULE_VERBS": {
        "postpone": "keep: 'postponed the visit to June': the commonest verb of moving a plan",
        "defer": "keep: 'the talks were deferred until after the election'",
        "put off": "keep: 'put off the trip until next year'",
        "reschedule": "keep: 'rescheduled for 3 March'",
        "delay": "keep: 'the summit was delayed until October'; without a new date it is the detector's CANCEL",
        "shift": "keep: 'the meeting was shifted to Thursday' (Indian and British news use it for dates)",
        "move": "keep: 'the meeting has been moved from Monday to Thursday'; the detector needs a new date after it",
        "bring forward": "keep: 'the summit was brought forward to May': moved earlier",
        "shelve": "reject: a shelved plan gets no new date; kept in CANCEL",
        "table": "reject: SENSE (British 'tabled a motion' puts it forward; American 'tabled' puts it off)",
        "prorogue": "reject: DOMAIN (parliament)",
        "hold over": "reject: PHRASE",
        "put over": "reject: PHRASE",
        "set back": "reject: SENSE ('set back the peace process' is harm, not a new date)",
        "remit": "reject: SENSE (remittances, a body's remit)",
        "detain": "reject: SENSE (arrest)",
        "hold up": "reject: SENSE ('held up the bill', 'held up as a model')",
        "displace": "reject: SENSE (displaced people)",
        "advance": "reject: SENSE (troops advance, 'advance talks' furthers them); 'bring forward' is kept",
    },
    "END_VERBS": {
        "conclude": "keep: 'concluded his three-day state visit on Friday'",
        "end": "keep: 'ended his trip to Japan on Sunday'",
        "terminate": "keep: 'terminated the talks': rare of visits, but true of this sense and harmless where the "
                     "event is not its object",
        "complete": "keep: 'completed a two-day visit'",
        "finish": "keep: 'finished his tour of the Gulf in Doha'",
        "close": "keep: 'closed the summit with a joint declaration'",
        "wrap up": "keep: 'wrapped up a three-day visit to Ghana' (the detector matches 'wrap' with its particle "
                   "'up')",
        "cut short": "keep: 'cut short his visit on Tuesday': the visit took place and ended that day",
        "break off": "keep: 'broke off his tour on Monday', 'broke off the talks': the event took place and ended "
                     "then; not a cancellation",
        "break short": "reject: RARE",
        "get through": "reject: SENSE ('get through to someone' on the phone)",
        "finish off": "reject: INFORMAL",
        "mop up": "reject: SENSE (military mopping up)",
        "polish off": "reject: INFORMAL",
        "clear up": "reject: SENSE (clearing up a misunderstanding)",
        "finish up": "reject: PHRASE",
    },
    "INVITATION_NOUNS": {
        "invitation": "keep: 'accepted an invitation to visit Seoul'",
        "invite": "keep: colloquial noun ('an invite to the summit')",
        "offer": "keep: 'accepted an offer to visit': the one who takes it up comes",
        "bidding": "reject: SENSE (auctions and tenders)",
        "summons": "reject: DOMAIN (law); a summoned ambassador is no guest",
        "offering": "reject: SENSE (share offerings, religious offerings)",
    },
    "ACCEPT_VERBS": {
        "accept": "keep: 'accepted the invitation to visit'",
        "take": "keep: 'took up the invitation' (parser lemma of 'take up'; WordNet's take_up has no accept sense)",
        "receive": "keep: 'received an invitation to visit': the receiver is the invitee",
        "get": "keep: 'got an invitation to attend'",
        "welcome": "keep: 'welcomed the invitation to visit', as news reports an acceptance",
        "consent": "reject: it takes 'to VERB', not the invitation as object ('consented to visit')",
        "go for": "reject: INFORMAL",
        "have": "reject: GENERAL",
        "acquire": "reject: SENSE (companies and assets)",
    },
    "FUTURE_ADJ": {
        "anticipated": "keep: 'the anticipated visit'",
        "approaching": "keep: 'the approaching summit'",
        "imminent": "keep: 'an imminent visit'",
        "impending": "keep: 'the impending summit'",
        "prospective": "keep: 'a prospective visit'",
        "at hand": "reject: PHRASE",
        "awaited": "reject: RARE ('long-awaited' is one word)",
        "close at hand": "reject: PHRASE",
        "due": "reject: kept in FUTURE_GOVERNORS ('is due to visit')",
        "early": "reject: SENSE ('early' mostly means 'at the start of')",
        "emerging": "reject: SENSE ('emerging markets')",
        "expectable": "reject: RARE",
        "following": "reject: relative to the story's time, not the report's ('the following day')",
        "future day": "reject: RARE",
        "future-day": "reject: RARE; WordNet 3.1 spelling",
        "hoped-for": "reject: RARE",
        "impendent": "reject: RARE",
        "in store": "reject: PHRASE",
        "matter-of-course": "reject: RARE",
        "prox": "reject: RARE",
        "proximo": "reject: RARE",
        "rising": "reject: SENSE",
    },
    "PAST_ADJ": {
        "prior": "keep: 'a prior visit'",
        "ago": "reject: adverb in use ('two years ago'); dates handle it",
        "agone": "reject: RARE",
        "ancient": "reject: SENSE",
        "anterior": "reject: DOMAIN (anatomy)",
        "bygone": "reject: RARE",
        "bypast": "reject: RARE",
        "chivalric": "reject: SENSE",
        "departed": "reject: SENSE (dead)",
        "earliest": "reject: SENSE ('at the earliest')",
        "early": "reject: SENSE ('early' mostly means 'at the start of')",
        "erstwhile": "reject: RARE; qualifies persons ('erstwhile allies')",
        "foregone": "reject: SENSE",
        "gone": "reject: SENSE",
        "historic": "reject: SENSE ('a historic visit' may be in the future)",
        "historical": "reject: SENSE",
        "knightly": "reject: SENSE",
        "late": "reject: SENSE ('the late president' = dead; 'late evening')",
        "medieval": "reject: SENSE",
        "old": "reject: SENSE (age)",
        "olden": "reject: RARE",
        "one-time": "reject: SENSE ('a one-time payment')",
        "onetime": "reject: qualifies persons ('onetime ally')",
        "other": "reject: GENERAL",
        "prehistoric": "reject: SENSE",
        "prehistorical": "reject: SENSE",
        "quondam": "reject: RARE",
        "sometime": "reject: RARE",
        "then": "reject: qualifies persons ('the then president')",
        "ult": "reject: RARE",
        "ultimo": "reject: RARE",
    },
    "ABSENT": {
        "absence": "keep: noun of 'absent' ('Xi's absence from the summit')",
        "cold shoulder": "reject: PHRASE",
        "cold-shoulder": "reject: RARE",
        "cut": "reject: SENSE (cuts of every kind)",
        "disregard": "reject: SENSE",
        "ignore": "reject: SENSE ('ignored the warnings')",
    },
}

# =============================================================================================================
# Every sense of each trigger lemma: diplomatic-encounter sense (yes/no) and the surface cue that separates a
# non-diplomatic sense in text. Keyed by sense key; a leading "!" marks a diplomatic sense (its text then says
# where the diplomatic use shows). Senses of a part of speech the detector does not use get a default cue.
# TRIGGERS: lemma -> parts of speech in which the detector takes it as a trigger (other pos are listed too).
# =============================================================================================================

TRIGGERS = [
    ("visit", "nv"), ("trip", "n"), ("tour", "nv"), ("voyage", "n"), ("journey", "nv"), ("stay", "n"),
    ("travel", "v"), ("arrive", "v"), ("land", "v"), ("fly", "v"), ("head", "v"), ("leave", "v"),
    ("depart", "v"), ("jet", "v"),
    ("meet", "vn"), ("meeting", "n"), ("talk", "nv"), ("talks", "n"), ("summit", "n"), ("conference", "n"),
    ("encounter", "n"), ("negotiation", "n"), ("discussion", "n"), ("dialogue", "n"), ("consultation", "n"),
    ("conversation", "n"), ("confer", "v"), ("consult", "v"), ("convene", "v"), ("sit_down", "v"),
    ("call", "nv"), ("phone", "nv"), ("telephone", "nv"), ("ring", "v"),
    ("host", "v"), ("receive", "v"), ("welcome", "v"), ("greet", "v"),
]

SENSES = {
    # --- visit -----------------------------------------------------------------------------------------------
    "visit%1:04:02::": "!'a visit to X', 'X's visit': the visitor and host are officials or states",
    "visit%1:14:00::": "'a visit to the dentist/doctor': object is a professional, not a state or official",
    "visit%1:04:01::": "!'an official visit', 'state visit', 'working visit'",
    "visit%1:04:00::": "'a visit to the dentist': object is a professional person",
    "visit%1:04:03::": "!'during his visit to Paris' (a stay as a guest)",
    "visit%2:41:02::": "!'visited the Great Wall' during a trip; an object that is a sight, not a state, is a side "
                       "visit within the trip",
    "visit%2:38:00::": "!'visited Paris', 'visit China': object is a place",
    "visit%2:41:00::": "!'visited the prime minister': object is a person",
    "visit%2:38:01::": "!'the governor visited the prison': an inspection; diplomatic when the visitor is foreign",
    "visit%2:32:01::": "'visit rage/punishment on': object is an evil, with 'on/upon'",
    "visit%2:32:00::": "'visit with' someone = chat (American); no place, no trip",
    "visit%2:42:04::": "!'visited relatives for a month': stay as a guest",
    "visit%2:30:00::": "passive 'was visited with/by an illness': subject is a victim, object an affliction",
    # --- trip ------------------------------------------------------------------------------------------------
    "trip%1:04:00::": "!'a trip to Beijing'",
    "trip%1:26:00::": "'an acid trip', 'ego trip': drug or figurative modifier",
    "trip%1:11:00::": "'slips and trips': an accident, no destination",
    "trip%1:11:01::": "'head trip', 'power trip': figurative modifier",
    "trip%1:06:00::": "machine part ('trip switch'), technical context",
    "trip%1:04:02::": "'the trip of feet': a tread, literary",
    "trip%1:04:01::": "'a trip-up': a blunder",
    # --- tour ------------------------------------------------------------------------------------------------
    "tour%1:04:00::": "!'a tour of Asia', 'a three-nation tour'",
    "tour%1:28:00::": "'my tour/turn': a spell of work; rare",
    "tour%1:28:01::": "'tour of duty', 'a tour in Afghanistan': military service ('of duty', soldiers)",
    "tour%2:38:00::": "!'toured the Gulf states', 'toured the factory' (a factory tour is part of a visit)",
    # --- voyage, journey, stay -------------------------------------------------------------------------------
    "voyage%1:04:01::": "an ocean voyage: ships and sea context; officials rarely travel so",
    "voyage%1:04:00::": "!'a voyage to a distant land' (literary for a long trip)",
    "voyage%2:38:00::": "verb: sailing; not a trigger",
    "journey%1:04:00::": "!'his journey to Kyiv' (the detector keeps it out of the triggers: also figurative "
                         "'a journey of reform')",
    "journey%2:38:00::": "!'journeyed to Moscow'",
    "journey%2:38:01::": "'journey the oceans': object is the expanse travelled, not a destination",
    "stay%1:04:00::": "!'a three-day stay in Delhi' (the detector keeps it out of the triggers: 'hospital stay')",
    "stay%1:26:00::": "'a stay/halt' in a process: no place, rare",
    "stay%1:10:00::": "'a stay of execution', 'stay order': legal context (court, order, execution)",
    "stay%1:06:01::": "a corset stay",
    "stay%1:06:00::": "a ship's stay (nautical)",
    # --- travel ----------------------------------------------------------------------------------------------
    "travel%1:04:00::": "noun: travel in general ('travel ban', 'travel restrictions')",
    "travel%2:38:00::": "!'will travel to Beijing': needs a destination ('to' + place); also metaphorical ('news "
                        "travels fast') without one",
    "travel%2:38:04::": "!'travelled to Tokyo for talks'",
    "travel%2:38:01::": "trip for pleasure: no official subject; 'travel' + holiday context",
    "travel%2:38:02::": "'travel the oceans': object is an expanse, not a destination",
    "travel%2:38:03::": "'travelled north on Route 508': direction or vehicle, no destination state",
    "travel%2:38:05::": "'travel from place to place' (circuit judges, preachers): no single destination",
    # --- arrive ----------------------------------------------------------------------------------------------
    "arrive%2:38:00::": "!'arrived in Hanoi': needs a place ('in/at' + place)",
    "arrive%2:41:00::": "'has arrived' = succeeded: no place; 'arrive at a decision/agreement' is the commoner "
                        "non-travel use (object is an abstraction)",
    # --- land ------------------------------------------------------------------------------------------------
    "land%1:17:00::": "noun: 'over land', 'by land' (the solid ground)",
    "land%1:15:02::": "noun: 'the land of his birth' (a country): not an event",
    "land%2:38:00::": "!'landed in Istanbul': subject is a person or plane, with 'in/at' + place",
    "land%2:38:01::": "'land the airplane': object is the aircraft (pilot's act)",
    "land%2:30:00::": "'land you in jail/trouble': 'in' + a state, not a place",
    "land%2:38:03::": "'landed the heroin on the beach': object is cargo",
    "land%2:40:00::": "'landed a blow/punch', and by extension 'landed a deal/job': object is a blow or prize",
    "land%2:38:02::": "!'the ship landed in Pearl Harbor': arrival by sea",
    "land%2:38:06::": "'landed several of our aircraft': object is an aircraft shot down (military)",
    # --- fly -------------------------------------------------------------------------------------------------
    "fly%2:38:00::": "!'flew to Paris': with a destination; without one ('birds fly') not a trip",
    "fly%2:38:02::": "'flew about the place', 'flew into the room': no distant destination; figurative speed",
    "fly%2:38:01::": "'the pilot flew to Cuba': subject is the pilot; diplomatic only if the subject is the "
                     "official",
    "fly%2:35:00::": "'fly flowers/aid to': object is cargo or people transported (an airlift)",
    "fly%2:38:07::": "'fly a kite': object is a kite or drone",
    "fly%2:38:08::": "'rumours are flying': subject is talk or debris",
    "fly%2:30:01::": "'fly into a rage': 'into' + an emotion",
    "fly%2:38:06::": "'time flies': subject is time",
    "fly%2:38:05::": "!'is flying to Cincinnati tonight': travel as a passenger",
    "fly%2:39:00::": "'fly the flag': object is a flag",
    "fly%2:38:03::": "'fled/fly the country': flight from danger ('fled', 'flee')",
    "fly%2:38:04::": "'fly the Atlantic': object is the expanse crossed",
    "fly%2:35:01::": "baseball: 'hit a fly'",
    "fly%2:30:00::": "'money flew': subject is money or assets",
    # --- head ------------------------------------------------------------------------------------------------
    "head%2:38:00::": "!'headed to Moscow', 'heading for Beijing': 'to/for' + place",
    "head%2:41:00::": "'heads the ministry/delegation': object is an organisation (the commonest use in news: "
                      "'the delegation headed by')",
    "head%2:38:02::": "'the procession was headed by': passive with a person as agent, no destination",
    "head%2:42:01::": "'heads the class/list': object is a ranking",
    "head%2:38:01::": "'head the ship north': object is a vehicle, direction not place",
    "head%2:42:05::": "'rivers head from': subject is a river",
    "head%2:42:00::": "'the list was headed by': subject is a list or page",
    "head%2:42:04::": "'the wheat headed': plants",
    "head%2:35:00::": "'head the fish': cooking",
    "head%1:18:00::": "noun: 'head of state/government' names the official, not an event",
    # --- leave -----------------------------------------------------------------------------------------------
    "leave%2:38:01::": "!'left for Washington': 'for' + destination makes a trip; 'left Beijing' ends one",
    "leave%2:31:05::": "'left a mess', 'left her keys': object is a thing left behind",
    "leave%2:42:02::": "'left them penniless/speechless': object + state",
    "leave%2:30:02::": "'leave it as is', 'leave alone'",
    "leave%2:38:00::": "!'left the country' (departure; a visit only with 'for' + another place)",
    "leave%2:42:01::": "'leaves no room for': object is room/possibility",
    "leave%2:42:00::": "'left a mark/stain': subject is a thing",
    "leave%2:41:00::": "'left the government/party/post': object is an organisation or office (resignation)",
    "leave%2:40:06::": "'left the decision to': 'to' + person, object an abstraction",
    "leave%2:40:01::": "'left him his estate': bequest",
    "leave%2:42:03::": "'that left four of us', '19 minus 8 leaves 11'",
    "leave%2:30:03::": "'he leaves a wife and two children': obituary",
    "leave%2:40:02::": "'leave your name': object is information",
    "leave%2:31:02::": "'left my umbrella': forgetting",
    "leave%1:28:00::": "noun: 'on leave', 'maternity leave'",
    # --- depart ----------------------------------------------------------------------------------------------
    "depart%2:38:04::": "!'departed for Tokyo': 'for' + destination",
    "depart%2:42:00::": "'depart from the script/policy': 'from' + an abstraction",
    "depart%2:38:01::": "!'departed for Florida' (set off)",
    "depart%2:38:00::": "!'departed' (went away): a visit only with a destination",
    "depart%2:41:00::": "'departed the company/post': object is an organisation or office",
    "depart%2:38:02::": "'depart from the subject': digression",
    # --- jet -------------------------------------------------------------------------------------------------
    "jet%2:35:00::": "'water jetted out': subject is a liquid or flame",
    "jet%2:38:00::": "!'jetted off to Geneva', 'jetted into Delhi'",
    "jet%1:06:00::": "noun: the aircraft ('flew in on a private jet', 'fighter jets')",
    # --- meet ------------------------------------------------------------------------------------------------
    "meet%1:11:00::": "!athletic 'meet' in WordNet; in South Asian English 'the Quad meet', 'summit meet' is a "
                      "meeting: modifier is a political body or 'summit', not a sport",
    "meet%2:38:01::": "!'met his counterpart': subject and object are officials",
    "meet%2:41:01::": "!'the two leaders met in Geneva'",
    "meet%2:42:02::": "'the lines/roads meet': subject is a line, road or border",
    "meet%2:34:00::": "'meet the demand/needs': object is a need, demand or requirement",
    "meet%2:42:01::": "'meets the requirements/criteria': object is a condition",
    "meet%2:41:02::": "'meet a target/deadline/obligation': object is a target, deadline or need",
    "meet%2:41:00::": "!'the council met', 'ministers will meet in Brussels': group subject (a summit when the "
                      "group is of states)",
    "meet%2:41:03::": "'first met her in 1990': getting acquainted; past private life, often with 'first'",
    "meet%2:38:06::": "!'was met at the airport by the foreign minister': a welcome on arrival",
    "meet%2:33:00::": "'Brazil meets Germany in the final': sports teams, 'in the final/match'",
    "meet%2:42:00::": "'met with criticism/opposition/resistance': 'with' + a reaction noun, not a person",
    "meet%2:39:00::": "'met his death/fate': object is death or fate",
    "meet%2:35:00::": "'where the two buildings meet': physical contact of things",
    "meet%5:00:00:just:00": "adjective: archaic 'meet and right'",
    # --- meeting ---------------------------------------------------------------------------------------------
    "meeting%1:14:00::": "!'a meeting with Xi', 'the G7 meeting'",
    "meeting%1:14:01::": "!'an informal meeting' (a get-together)",
    "meeting%1:11:00::": "!'their meeting in Paris' (a chance encounter)",
    "meeting%1:04:00::": "!'his meeting with the salesmen'",
    "meeting%1:04:02::": "'a meeting of minds', 'meeting point': 'of minds', the joining of things",
    "meeting%1:15:00::": "'the meeting of the rivers': a place where things join (rivers, roads)",
    # --- talk / talks ----------------------------------------------------------------------------------------
    "talk%1:10:00::": "!'held talks', 'a talk with': plural or 'with' + person",
    "talk%1:10:03::": "'talk of war', 'talk about sanctions': 'of/about' + topic, no participants",
    "talk%1:04:02::": "'gave a talk at the university': 'give a talk', 'on' + topic, an audience",
    "talk%1:10:02::": "'a talk on local history': lecture ('gave a talk')",
    "talk%1:10:01::": "'there is talk of', 'the talk of the town': gossip",
    "talk%2:32:01::": "!'talked with his counterpart': 'with' + person (with a call word: a call)",
    "talk%2:32:00::": "'talks a lot of nonsense': object is what is said",
    "talk%2:32:03::": "'the baby talks': ability to speak, no partner",
    "talk%2:32:02::": "'the prisoner talked': confession, no partner",
    "talk%2:32:06::": "'his secretary talks': divulging secrets",
    "talk%2:32:05::": "'will talk at Rutgers': 'at' + venue, a lecture",
    "talks%1:10:00::": "!'held talks', 'peace talks', 'trade talks': the plural is almost always negotiations",
    # --- summit ----------------------------------------------------------------------------------------------
    "summit%1:26:00::": "'the summit of his career/power': 'of' + an abstraction",
    "summit%1:15:00::": "'the summit of Everest', 'reached the summit': 'of' + a mountain, climbing verbs",
    "summit%1:14:00::": "!'the G20 summit', 'a summit with Putin'",
    "summit%2:38:00::": "verb: 'summited Everest' (climbing)",
    # --- conference ------------------------------------------------------------------------------------------
    "conference%1:14:00::": "!'a conference on Ukraine', 'the Munich Security Conference' — but 'press/news "
                            "conference' is reporters' questions: modifier 'press'/'news'",
    "conference%1:14:01::": "'the Eastern Conference': sports league",
    "conference%1:10:00::": "!'in conference with', 'round-table conference'; 'press conference' as above",
    # --- encounter -------------------------------------------------------------------------------------------
    "encounter%1:04:00::": "'an encounter with the police/rebels', 'gun battle': armed context (in South Asian "
                           "news 'encounter' is a police shooting)",
    "encounter%1:11:00::": "!'a brief encounter' between two leaders",
    "encounter%1:04:01::": "!'a chance encounter with Xi at the G20'",
    "encounter%1:10:00::": "'a tense encounter' (confrontation): hostile modifiers",
    # --- negotiation, discussion, dialogue, consultation, conversation ---------------------------------------
    "negotiation%1:10:00::": "!'negotiations with Iran', 'held negotiations'",
    "negotiation%1:04:00::": "!'the negotiation of a treaty' (the process; an event when dated and placed)",
    "discussion%1:10:02::": "'the book's discussion of': a text treating a topic ('the paper's discussion')",
    "discussion%1:10:00::": "!'held discussions with', 'discussions between the two ministers'",
    "dialogue%1:10:01::": "!'a dialogue between the two leaders'",
    "dialogue%1:10:00::": "'the film's dialogue': lines in drama or fiction",
    "dialogue%1:10:02::": "'Plato's Dialogues': a literary work",
    "dialogue%1:10:03::": "!'strategic dialogue', '2+2 dialogue': negotiations",
    "consultation%1:10:00::": "!'consultations with', 'an audience with the Pope'",
    "consultation%1:10:01::": "!'political consultations between the foreign ministries'",
    "consultation%1:04:00::": "'public consultation', 'consultation of the archives': a process or a look-up",
    "conversation%1:10:00::": "!'a telephone conversation with', 'a conversation on the sidelines'",
    # --- confer, consult, convene, sit down ------------------------------------------------------------------
    "confer%2:32:00::": "!'conferred with the Chancellor'",
    "confer%2:40:00::": "'conferred an honour/award on': object is an honour, with 'on'",
    "consult%2:32:02::": "!'consulted his counterpart': object is an official",
    "consult%2:32:01::": "'consult the dictionary/records': object is a document",
    "consult%2:32:05::": "!'the ministers consulted on the crisis'",
    "consult%2:32:00::": "'consults for industry': professional advice, 'for' + client",
    "convene%2:38:00::": "!'the leaders convened in Brussels': group subject",
    "convene%2:32:00::": "!'convened a meeting/summit' (calling it: the event named by the object)",
    "sit_down%2:38:00::": "!'sat down with the premier' for talks: 'with' + person (WordNet glosses only 'take a "
                          "seat')",
    "sit_down%2:35:00::": "'seated me next to': object is a guest being seated",
    "sit_down%2:35:03::": "'be seated': posture, no 'with' + person",
    # --- call ------------------------------------------------------------------------------------------------
    "call%1:10:01::": "!'a phone call with', 'held a call'",
    "call%1:09:00::": "'heard the call' (a vocation): religious or figurative",
    "call%1:10:02::": "'calls for resignation', 'cries from the crowd': 'calls for' + demand",
    "call%1:10:05::": "'the call of duty', 'calls on his time': 'of' + duty",
    "call%1:10:03::": "bird call",
    "call%1:04:03::": "!'a courtesy call on the prime minister': 'courtesy', 'on' + person",
    "call%1:10:08::": "'margin call': finance",
    "call%1:10:06::": "card games",
    "call%1:10:04::": "'calls for a ceasefire', 'renewed calls for': 'call(s) for' + demand, the commonest "
                      "non-event use in news",
    "call%1:10:07::": "software ('a function call')",
    "call%1:04:02::": "!'paid a call on' (official visit): 'on' + person",
    "call%1:04:00::": "a referee's call: sport",
    "call%1:04:04::": "'call option': finance",
    "call%2:32:02::": "'called it X', 'a city called X': naming, object + name",
    "call%2:32:00::": "'called him a traitor': object + predicate noun",
    "call%2:32:01::": "!'called his counterpart': object is a person, with a call word or by phone context",
    "call%2:32:09::": "'called out', cry",
    "call%2:32:05::": "'called the police', 'called in the army': summoning, 'in/for'",
    "call%2:41:00::": "!'called on the prime minister': 'call on' + person, a visit — but 'called on X to' + verb "
                      "is an appeal (next word 'to')",
    "call%2:41:04::": "'called a meeting/summit/election': object is an event being convened, not the event "
                      "happening",
    "call%2:32:13::": "'call the roll'",
    "call%2:32:04::": "!'Hawaii is calling': reaching someone by radio or phone",
    "call%2:32:03::": "bird calls",
    "call%2:42:09::": "'call a game' (stop it): sport; compare 'call off' (CANCEL)",
    "call%2:41:14::": "'call me Mister': address form",
    "call%2:41:12::": "'the ship will call at Honolulu': a ship's port call; 'call at' + port, subject a ship",
    "call%2:40:09::": "'call a loan': finance",
    "call%2:40:05::": "card games",
    "call%2:38:00::": "square dance",
    "call%2:32:06::": "'call balls and strikes': umpire",
    "call%2:32:10::": "'called the election': predicting",
    "call%2:32:12::": "'call a bond': finance",
    "call%2:32:07::": "'call him on it': challenge",
    "call%2:32:08::": "umpire's decision",
    "call%2:32:11::": "hunting: 'call ducks'",
    "call%2:32:15::": "'called a strike/election/ceasefire': object is an event being ordered",
    "call%2:32:14::": "'called to jury duty', 'called up reservists': 'to/for' + duty",
    "call%2:31:13::": "'called my name': announce aloud",
    "call%2:31:00::": "'call into question': challenge",
    "call%2:31:05::": "'I would not call it a success': object + predicate",
    "call%2:29:05::": "wake-up call",
    # --- phone, telephone, ring ------------------------------------------------------------------------------
    "phone%1:06:00::": "!'by phone', 'on the phone': the device as the channel of a call",
    "phone%1:10:00::": "phonetics",
    "phone%1:06:01::": "headphone, earpiece",
    "phone%2:32:00::": "!'phoned his counterpart'",
    "telephone%1:06:00::": "!'by telephone', 'telephone conversation'",
    "telephone%1:10:00::": "!'by telephone' (telephony)",
    "telephone%2:32:00::": "!'telephoned the Chancellor'",
    "ring%2:39:00::": "'bells rang': subject is a bell or sound",
    "ring%2:39:04::": "'the hall rang with': 'with' + sound",
    "ring%2:39:01::": "'ring the bells': object is a bell",
    "ring%2:32:00::": "!'rang the prime minister' (British): object is a person",
    "ring%2:35:03::": "'troops ringed the city': encircling, object is a place",
    "ring%2:35:00::": "'ring birds': bird banding",
    # --- host ------------------------------------------------------------------------------------------------
    "host%2:34:00::": "!'hosted the Japanese premier': object is a person; 'hosted the summit/talks' hosts an "
                      "event (its place is the host's), 'hosts refugees/troops' is not a meeting",
    "host%1:14:00::": "noun: 'a host of problems': 'a host of' + plural noun",
    "host%1:18:02::": "noun: 'the host country', 'our hosts': names the receiving side of a visit",
    "host%1:14:01::": "noun: 'host of the 2026 World Cup/summit': the organising state",
    "host%1:06:00::": "noun: a computer host",
    # --- receive ---------------------------------------------------------------------------------------------
    "receive%2:40:00::": "'received a letter/payment/aid': object is a thing, not a person",
    "receive%2:30:01::": "'received support/criticism/treatment': object is an abstraction",
    "receive%2:39:00::": "'received the signal'",
    "receive%2:39:03::": "'received an injury': experience",
    "receive%2:35:00::": "'received refugees/migrants': object is a group of people taken in, not an official",
    "receive%2:31:00::": "'received Christ': accepting a belief",
    "receive%2:32:00::": "!'received the visiting president': object is an official (a meeting with him)",
    "receive%2:30:00::": "'receive radio signals'",
    "receive%2:42:00::": "'the plan was well received': reaction, often passive with an adverb",
    "receive%2:41:00::": "!'the President received at the Elysee' (holding a reception); rare",
    "receive%2:39:15::": "'received five years in prison': a sentence",
    "receive%2:34:00::": "'receive communion': sacrament",
    "receive%2:31:08::": "'was well/poorly received': passive with 'well/poorly/warmly'; 'warmly received by Xi' "
                         "with a person as agent is a meeting",
    # --- welcome, greet --------------------------------------------------------------------------------------
    "welcome%2:40:00::": "'welcomed the decision/agreement/move': object is an abstraction, the commonest news use",
    "welcome%2:32:00::": "!'welcomed her counterpart at the airport': object is a person",
    "welcome%2:35:00::": "!'welcomed the delegation to Beijing': object is a person or group",
    "welcome%1:10:00::": "noun: 'a warm welcome for the proposal'; 'a red-carpet welcome' for a visitor marks a "
                         "visit",
    "welcome%3:00:00::": "adjective: 'a welcome step'",
    "greet%2:32:00::": "!'greeted the visiting president': object is a person, physically present",
    "greet%2:32:01::": "'sent greetings to', 'greeted him on his birthday': a message, not an encounter "
                       "(LETTER_NOUNS)",
    "greet%2:31:00::": "'the plan was greeted with scepticism': passive with 'with' + reaction",
    "greet%2:39:00::": "'loud music greeted him': subject is a thing",
}

# =============================================================================================================
# Derivation
# =============================================================================================================

RELATION_RANK = {"seed": 0, "derived": 1, "hyponym": 2, "similar": 2, "hand": 3}


def collect(wn, spec):
    """Candidates of one list: {(lemma, pos): row} with the best path to each."""
    allowed = set(spec["pos"])
    out = {}

    def add(word, ss, relation, depth, via):
        pos = ss.fpos
        if pos not in allowed:
            return
        lemma = text_form(word)
        key = (lemma, pos)
        rank = (RELATION_RANK[relation], depth)
        if key in out and out[key]["rank"] <= rank:
            return
        out[key] = dict(lemma=lemma, pos=pos, synset=ss.id, relation=relation, rank=rank, via=via,
                        sense_key=wn.sense_key(ss, word), gloss=ss.gloss, lexfile=ss.lexfile,
                        count=wn.count(ss, word))

    for key, depth, _why in spec["seeds"]:
        try:
            seed = wn.by_key(key)
        except KeyError as e:  # WordNet 3.1 merged a few 3.0 senses away
            print("warning: %s: seed %s" % (spec["name"], e.args[0]), file=sys.stderr)
            continue
        for w, _ in seed.words:
            add(w, seed, "seed", 0, key)
        frontier = [seed]
        for d in range(1, depth + 1):
            nxt = []
            for ss in frontier:
                for sym, off, p, _, _ in ss.ptrs:
                    if sym == "~" or (sym == "&" and ss.pos == "a"):
                        t = wn.synset(p, off)
                        for w, _ in t.words:
                            add(w, t, "hyponym" if sym == "~" else "similar", d, key)
                        nxt.append(t)
            frontier = nxt
        for sym, off, p, src, tgt in seed.ptrs:
            if sym == "+":
                t = wn.synset(p, off)
                words = [t.words[tgt - 1]] if tgt else t.words
                for w, _ in words:
                    add(w, t, "derived", 1, key)
    return out


def parse_review(text):
    decision, _, reason = text.partition(":")
    reason = reason.strip()
    for k, v in WHY.items():
        reason = re.sub(r"\b%s\b" % k, v, reason)
    return decision.strip(), reason


def decide(lists_rows):
    """Decisions for all lists; a word kept by one list of a group is rejected by its siblings.

    Returns the unreviewed candidates and the REVIEW entries that matched no candidate."""
    explicit_keep = {}  # (group, lemma, pos) -> list name
    for spec, rows in lists_rows:
        cur = set(CURRENT.get(spec["name"], []))
        rev = REVIEW.get(spec["name"], {})
        for (lemma, pos), r in rows.items():
            if lemma in cur or rev.get(lemma, "").startswith("keep") or r["relation"] == "hand":
                explicit_keep.setdefault((spec["group"], lemma, pos), spec["name"])
    unreviewed, unused = [], []
    for spec, rows in lists_rows:
        name, cur, rev = spec["name"], set(CURRENT.get(spec["name"], [])), REVIEW.get(spec["name"], {})
        used = set()
        # the rows that carry a word of Lexicon.java: its seed and hand rows, else its best row
        cur_rows = set()
        for lemma in cur:
            mine = [k for k, r in rows.items() if k[0] == lemma]
            direct = [k for k in mine if rows[k]["relation"] in ("seed", "hand")]
            cur_rows.update(direct or [min(mine, key=lambda k: rows[k]["rank"])])
        kept_here = {k[0] for k in cur_rows} | {l for (l, p), r in rows.items()
                                                 if rev.get(l, "").startswith("keep") or r["relation"] == "hand"}
        for (lemma, pos), r in rows.items():
            owner = explicit_keep.get((spec["group"], lemma, pos))
            if (lemma, pos) in cur_rows:
                r["decision"], r["reason"] = "keep", "in Lexicon.java" + (
                    "; " + spec["hand"][lemma] if lemma in spec["hand"] else "")
            elif r["relation"] == "hand":
                r["decision"], r["reason"] = "keep", spec["hand"][lemma]
            elif rev.get(lemma):
                used.add(lemma)
                r["decision"], r["reason"] = parse_review(rev[lemma])
            elif lemma in cur:
                best = next(k for k in cur_rows if k[0] == lemma)
                r["decision"], r["reason"] = "reject", "%s form of '%s', which is kept as %s" % (
                    r["relation"], lemma, POS_NAME[best[1]])
            elif owner and owner != name:
                r["decision"], r["reason"] = "reject", "kept in %s" % owner
            elif pos == "n" and r["lexfile"] == LEXFILE_PERSON:
                r["decision"], r["reason"] = "reject", "names a person (noun.person), not an event"
            elif " " in lemma and any(t in kept_here for t in lemma.split()):
                part = next(t for t in lemma.split() if t in kept_here)
                r["decision"], r["reason"] = "reject", "multi-word; covered by its word '%s', kept" % part
            else:
                r["decision"], r["reason"] = "reject", "unreviewed: not in derive.py's REVIEW table"
                unreviewed.append((name, lemma, pos, r["synset"], r["gloss"][:80]))
        unused += ["%s: %s" % (name, l) for l in rev if l not in used]
    return unreviewed, unused


POS_NAME = {"n": "a noun", "v": "a verb", "a": "an adjective", "r": "an adverb"}


def hand_rows(spec, rows):
    for lemma, why in spec["hand"].items():
        pos = None
        for p in spec["pos"]:
            if (lemma, p) in rows:
                pos = p
        if pos:  # WordNet did reach it (in another sense); the hand reason still says why it is here
            continue
        pos = hand_pos(spec, lemma)
        rows[(lemma, pos)] = dict(lemma=lemma, pos=pos, synset="", relation="hand", rank=(3, 0), via="",
                                  sense_key="", gloss="", lexfile=-1, count=0)


def hand_pos(spec, lemma):
    if lemma in ("could", "might", "may", "will"):
        return "v"
    if lemma == "without":
        return "r"  # WordNet has no prepositions; 'r' is the nearest of its four parts of speech
    if lemma in ("slated", "proposed", "virtual", "telephonic"):
        return "a"
    return spec["pos"][0]


# =============================================================================================================
# Output
# =============================================================================================================

def header(wn, source, what):
    return ["# %s" % what,
            "# source: WordNet %s (Princeton University), %s; licence: WordNet 3.0 licence (see docs/lexicon.md)"
            % (wn.version, source),
            "# generated by scripts/lexicon/derive.py (run scripts/lexicon/regenerate.sh); do not edit: change the "
            "seeds or the REVIEW table in derive.py and re-run"]


def clean(s):
    return s.replace("\t", " ").replace("\n", " ")


def write_list(path, wn, source, spec, rows):
    order = sorted(rows.values(), key=lambda r: (r["decision"] != "keep", r["rank"], r["lemma"], r["pos"]))
    lines = header(wn, source, "%s: %s" % (spec["name"], spec["doc"]))
    lines.append("# columns: lemma, pos (n/v/a/r), synset (offset-pos in this WordNet), relation (seed/hyponym/"
                 "similar/derived/hand), decision, reason, sense_key, via (the seed it came from), gloss")
    lines.append("lemma\tpos\tsynset\trelation\tdecision\treason\tsense_key\tvia\tgloss")
    for r in order:
        lines.append("\t".join(clean(str(x)) for x in (r["lemma"], r["pos"], r["synset"], r["relation"],
                                                        r["decision"], r["reason"], r["sense_key"], r["via"],
                                                        r["gloss"])))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def sense_rows(wn):
    rows, missing = [], []
    for lemma, tpos in TRIGGERS:
        for p in "nvar":
            for i, ss in enumerate(wn.senses(lemma, p), 1):
                key = wn.sense_key(ss, lemma)
                note = SENSES.get(key)
                if note is None:
                    if p in tpos:
                        missing.append((lemma, p, i, key, ss.gloss[:80]))
                        dip, cue = "no", "unreviewed"
                    else:
                        dip, cue = "no", DEFAULT_CUE[p] % {"lemma": text_form(lemma)}
                else:
                    dip, cue = ("yes", note[1:].strip()) if note.startswith("!") else ("no", note)
                rows.append(dict(lemma=text_form(lemma), pos=p, n=i, synset=ss.id, key=key, gloss=ss.gloss,
                                 dip=dip, cue=cue, trigger=p in tpos, count=wn.count(ss, lemma),
                                 words=", ".join(text_form(w) for w, _ in ss.words)))
    return rows, missing


DEFAULT_CUE = {
    "n": "noun: the detector takes '%(lemma)s' as a trigger only as a verb",
    "v": "verb: the detector takes '%(lemma)s' as a trigger only as a noun",
    "a": "adjective: not a trigger",
    "r": "adverb: not a trigger",
}


def write_senses(path, wn, source, rows):
    lines = header(wn, source, "Every WordNet sense of each trigger lemma: is it a diplomatic-encounter sense, and "
                               "what separates it in text")
    lines.append("# columns: lemma, pos, sense (WordNet sense number), synset, gloss, diplomatic (yes/no), cue, "
                 "trigger_pos (yes when the detector takes the lemma as a trigger in this part of speech), "
                 "sense_key, tag_count (SemCor)")
    lines.append("lemma\tpos\tsense\tsynset\tgloss\tdiplomatic\tcue\ttrigger_pos\tsense_key\ttag_count")
    for r in rows:
        lines.append("\t".join(clean(str(x)) for x in (r["lemma"], r["pos"], r["n"], r["synset"], r["gloss"],
                                                        r["dip"], r["cue"], "yes" if r["trigger"] else "no",
                                                        r["key"], r["count"])))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def md_escape(s):
    return clean(s).replace("|", "\\|")


def markdown(wn, source, specs_rows, sense_rows_, comparison):
    out = ["<!-- GENERATED by scripts/lexicon/derive.py from WordNet %s (%s); edits below this line are "
           "overwritten -->" % (wn.version, source), ""]
    out.append("## The lists")
    out.append("")
    out.append("| list | pos | seeds | candidates | kept | rejected | kept, new to Lexicon.java |")
    out.append("| --- | --- | --- | --- | --- | --- | --- |")
    for spec, rows in specs_rows:
        kept = [r for r in rows.values() if r["decision"] == "keep"]
        new = sorted(r["lemma"] for r in kept if r["lemma"] not in CURRENT.get(spec["name"], []))
        out.append("| %s | %s | %d | %d | %d | %d | %s |" % (
            spec["name"], spec["pos"], len(spec["seeds"]), len(rows), len(kept), len(rows) - len(kept),
            ", ".join(new) or "—"))
    out.append("")
    if comparison:
        out.append("### Against the rule file lexicon.yaml (when this file was generated)")
        out.append("")
        out.append("| derived list | lists of lexicon.yaml | kept here, not in them (to measure) | in them, not kept "
                   "here |")
        out.append("| --- | --- | --- | --- |")
        for name, lists, extra, missing_here in comparison:
            out.append("| %s | %s | %s | %s |" % (name, ", ".join(lists), ", ".join(extra) or "—",
                                                  ", ".join(missing_here) or "—"))
        out.append("")
    for spec, rows in specs_rows:
        out.append("### %s" % spec["name"])
        out.append("")
        out.append("%s File: `src/main/resources/dev/parley/rules/lexicon/derived/%s.tsv`." % (spec["doc"],
                                                                                               spec["name"]))
        out.append("")
        out.append("| seed sense | synset | lemmas | depth | why this sense |")
        out.append("| --- | --- | --- | --- | --- |")
        for key, depth, why in spec["seeds"]:
            try:
                ss = wn.by_key(key)
                sid, words = ss.id, ", ".join(text_form(w) for w, _ in ss.words)
            except KeyError:
                sid, words = "absent from WordNet %s" % wn.version, ""
            out.append("| `%s` | %s | %s | %d | %s |" % (key, sid, words, depth, md_escape(why)))
        out.append("")
        kept = sorted((r for r in rows.values() if r["decision"] == "keep"), key=lambda r: (r["rank"], r["lemma"]))
        out.append("Kept (%d): %s" % (len(kept), ", ".join(
            "**%s**" % r["lemma"] if r["lemma"] not in CURRENT.get(spec["name"], []) else r["lemma"]
            for r in kept)) + ". New words in bold.")
        if spec.get("forms"):
            out.append("")
            out.append("Written forms (lexicon.yaml holds word forms for this list): %s." % ", ".join(
                kept_words(wn, spec, rows)))
        hand = [r for r in kept if r["relation"] == "hand"]
        if hand:
            out.append("")
            out.append("By hand (no WordNet path in this sense): " + "; ".join(
                "*%s*: %s" % (r["lemma"], md_escape(r["reason"])) for r in hand) + ".")
        out.append("")
    out.append("## Every sense of each trigger lemma")
    out.append("")
    out.append("*diplomatic*: the sense under which an encounter between officials is reported. *cue*: what tells a "
               "non-diplomatic sense apart in text. Senses of a part of speech in which the detector does not take "
               "the lemma as a trigger are listed with a default cue. SemCor tag counts in brackets show which "
               "sense dominates in general English (0 = unseen in SemCor, not necessarily rare in news).")
    out.append("")
    cur = None
    for r in sense_rows_:
        if (r["lemma"], r["pos"]) != cur:
            cur = (r["lemma"], r["pos"])
            out.append("")
            out.append("### %s (%s)%s" % (r["lemma"], {"n": "noun", "v": "verb", "a": "adjective", "r": "adverb"}[
                r["pos"]], "" if r["trigger"] else " — not a trigger in this part of speech"))
            out.append("")
            out.append("| # | synset | words | gloss | diplomatic | cue |")
            out.append("| --- | --- | --- | --- | --- | --- |")
        out.append("| %d [%d] | %s | %s | %s | %s | %s |" % (r["n"], r["count"], r["synset"], md_escape(r["words"]),
                                                             md_escape(r["gloss"]), "**yes**" if r["dip"] == "yes"
                                                             else "no", md_escape(r["cue"])))
    out.append("")
    return "\n".join(out)


BEGIN, END = "<!-- BEGIN GENERATED -->", "<!-- END GENERATED -->"


def write_markdown(path, text):
    old = open(path, encoding="utf-8").read() if os.path.exists(path) else "# Lexicon\n\n%s\n%s\n" % (BEGIN, END)
    if BEGIN not in old or END not in old:
        raise SystemExit("%s lacks the %s / %s markers" % (path, BEGIN, END))
    head, rest = old.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + BEGIN + "\n" + text + "\n" + END + tail)


def rule_lists(path):
    """The word lists of the rule file lexicon.yaml ({NAME: [words]}), read without a YAML library: top-level
    NAME: keys and their 'words: [...]' flow lists, which may run over several lines."""
    if not path or not os.path.exists(path):
        return {}
    out, name, buf = {}, None, None
    for line in open(path, encoding="utf-8"):
        line = line.split(" #")[0].rstrip() if not line.lstrip().startswith("#") else ""
        m = re.match(r"^([A-Z][A-Z0-9_]*):\s*$", line)
        if m:
            name, buf = m.group(1), None
            continue
        if buf is None:
            m = re.match(r"^\s+words:\s*\[(.*)$", line)
            if not m or not name:
                continue
            buf = m.group(1)
        else:
            buf += " " + line.strip()
        if "]" in buf:
            items = buf.split("]")[0]
            out[name] = [w.strip().strip("'\"") for w in items.split(",") if w.strip()]
            buf, name = None, None
    return out


# Past forms that verb.exc leaves out because they equal the base ("put off" -> "put off").
SAME_PAST = {"put", "set", "cut", "shut"}


def inflections(wn, lemma):
    """The forms a verb is written in: base, third person singular, past (and participle), -ing; a particle stays
    after the verb ("pushed back"). Irregular forms from WordNet's verb.exc, the rest by the regular rules."""
    verb, _, rest = lemma.partition(" ")
    exc = wn.verb_exc.get(verb, [])
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        third = verb + "es"
    elif re.search(r"[^aeiou]y$", verb):
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    past = [f for f in exc if not f.endswith("ing") and f != third]
    if not past:
        if verb in SAME_PAST:
            past = [verb]
        elif verb.endswith("e"):
            past = [verb + "d"]
        elif re.search(r"[^aeiou]y$", verb):
            past = [verb[:-1] + "ied"]
        else:
            past = [verb + "ed"]
    ing = [f for f in exc if f.endswith("ing")] or [
        verb[:-1] + "ing" if verb.endswith("e") and not verb.endswith("ee") else verb + "ing"]
    forms = [verb, third] + past + ing
    return [f + (" " + rest if rest else "") for f in dict.fromkeys(forms)]


def kept_words(wn, spec, rows):
    """The kept words as the rule file holds them: lemmas, or for a list of word forms every form of each lemma."""
    kept = sorted(r["lemma"] for r in rows.values() if r["decision"] == "keep")
    if spec.get("forms"):
        return sorted({f for k in kept for f in inflections(wn, k)})
    return kept


def compare_rules(wn, specs_rows, rules):
    """Per derived list: kept here but in none of its rule lists, and in its rule lists but not kept here. A verb
    kept as the parser lemma of a phrasal verb ('call' of 'call off') is in the rule lists when the phrasal entry is."""
    out = []
    for spec, rows in specs_rows:
        if not rules or not spec["rules"]:
            continue
        ruled = set()
        for n in spec["rules"]:
            ruled.update(rules.get(n, []))
        kept = set(kept_words(wn, spec, rows))
        heads = {w.split()[0] for w in ruled & kept if " " in w}
        out.append((spec["name"], spec["rules"], sorted(kept - ruled - heads), sorted(ruled - kept)))
    return out


# =============================================================================================================

def show(wn, lemma):
    for p in "nvar":
        for i, ss in enumerate(wn.senses(lemma, p), 1):
            key = wn.sense_key(ss, lemma)
            print("%s.%s.%d\t%s\t%s\t[%d]\t{%s}\t%s" % (lemma, p, i, key, ss.id, wn.count(ss, lemma),
                                                        ",".join(w for w, _ in ss.words), ss.gloss))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wordnet", required=True, help="folder with data.noun, index.noun, ... (e.g. /usr/share/wordnet)")
    ap.add_argument("--source", default="WordNet database files", help="where the files came from, for the headers")
    ap.add_argument("--repo", default=os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                    "..", "..")))
    ap.add_argument("--rules", default=None, help="the rule file lexicon.yaml to compare with (default: the "
                    "repository's src/main/resources/dev/parley/rules/lexicon.yaml)")
    ap.add_argument("--verbose", action="store_true", help="list REVIEW entries that match no candidate")
    ap.add_argument("--show", metavar="LEMMA", nargs="+", help="print every sense of these lemmas and stop")
    ap.add_argument("--strict", action="store_true", help="exit 1 if any candidate or trigger sense is unreviewed")
    a = ap.parse_args()

    wn = WordNet(a.wordnet)
    if a.show:
        for lemma in a.show:
            show(wn, lemma)
        return 0

    specs_rows = []
    for spec in LISTS:
        rows = collect(wn, spec)
        hand_rows(spec, rows)
        for lemma in CURRENT.get(spec["name"], []):
            if not any(l == lemma for l, _ in rows):
                raise SystemExit("%s: '%s' of Lexicon.java has no WordNet path and no hand reason" % (
                    spec["name"], lemma))
        specs_rows.append((spec, rows))
    unreviewed, unused = decide(specs_rows)

    for spec, rows in specs_rows:
        for lemma in CURRENT.get(spec["name"], []):
            assert any(r["decision"] == "keep" for (l, _), r in rows.items() if l == lemma), (spec["name"], lemma)

    rules = rule_lists(a.rules or os.path.join(a.repo, "src/main/resources/dev/parley/rules/lexicon.yaml"))
    comparison = compare_rules(wn, specs_rows, rules)

    out = os.path.join(a.repo, "src/main/resources/dev/parley/rules/lexicon/derived")
    os.makedirs(out, exist_ok=True)
    for spec, rows in specs_rows:
        write_list(os.path.join(out, spec["name"] + ".tsv"), wn, a.source, spec, rows)
    srows, missing = sense_rows(wn)
    write_senses(os.path.join(out, "senses.tsv"), wn, a.source, srows)
    write_markdown(os.path.join(a.repo, "docs/lexicon.md"), markdown(wn, a.source, specs_rows, srows, comparison))

    for spec, rows in specs_rows:
        kept = [r for r in rows.values() if r["decision"] == "keep"]
        new = sorted(r["lemma"] for r in kept if r["lemma"] not in CURRENT.get(spec["name"], []))
        print("%-17s kept %3d  rejected %3d  new: %s" % (spec["name"], len(kept), len(rows) - len(kept),
                                                          ", ".join(new) or "-"))
    print("senses: %d senses of %d trigger lemmas, %d diplomatic" % (
        len(srows), len(TRIGGERS), sum(r["dip"] == "yes" for r in srows)))
    for u in unreviewed:
        print("UNREVIEWED candidate %s: %s (%s) %s %s" % u, file=sys.stderr)
    for m in missing:
        print("UNREVIEWED sense %s.%s.%d %s %s" % m, file=sys.stderr)
    for name, lists, extra, missing_here in comparison:
        if missing_here:
            print("note: %s: in lexicon.yaml %s but not kept here: %s" % (name, "/".join(lists),
                                                                          ", ".join(missing_here)), file=sys.stderr)
    if unused:
        print("note: %d REVIEW entries match no candidate in WordNet %s%s" % (
            len(unused), wn.version, "" if a.verbose else " (--verbose lists them)"), file=sys.stderr)
        if a.verbose:
            for u in unused:
                print("  " + u, file=sys.stderr)
    if a.strict and (unreviewed or missing):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
