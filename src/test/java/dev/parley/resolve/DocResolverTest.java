package dev.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.Docs;
import dev.parley.mentions.EntitySpan;
import dev.parley.nlp.AnnotatedDoc;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People within one article: affiliation from title phrases, surnames, title references. Parses as CoreNLP gives them. */
class DocResolverTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    private static LocalPerson person(DocEntities e, String name) {
        return e.people().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + names(e)));
    }

    private static List<String> names(DocEntities e) {
        return e.people().stream().map(LocalPerson::name).toList();
    }

    /** The person a mention in sentence s, token t, belongs to. */
    private static String at(DocEntities e, int s, int t) {
        return e.personAt(s, t).map(LocalPerson::name).orElse(null);
    }

    @Test void demonymTitleBeforeTheName() {
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 French French JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Claire Claire NNP PERSON 5 compound
                5 Dubois Dubois NNP PERSON 7 nsubj
                6 will will MD O 7 aux
                7 travel travel VB O 0 root
                8 to to IN O 9 case
                9 Kenya Kenya NNP LOCATION 7 obl
                10 next next JJ DATE 11 amod 2024-W21
                11 week week NN DATE 7 obl:tmod 2024-W21
                12 . . . O 7 punct
                """));
        LocalPerson dubois = person(e, "Claire Dubois");
        assertEquals("FRA", dubois.country());
        assertEquals(List.of("Foreign Minister"), dubois.titles());
        assertEquals(List.of("Claire Dubois"), names(e), "Kenya is a place, not a person");
        assertEquals("KEN", e.placeAt(0, 9).orElseThrow().country());
    }

    @Test void aHyphenatedCountryOrDemonymTheTokenizerSplitIsOneName() {
        // "Guinea-Bissau's President Armindo Sanca held talks in Dakar." "Lansana Kourouma met his Bissau-Guinean
        // counterpart, Aissatu Gomes." "Sawadogo will visit the Bissau-Guinean capital." ("Guinea" and "Guinean" alone
        // are Guinea's)
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Guinea Guinea NNP LOCATION 3 compound
                2 ~- - HYPH LOCATION 3 punct
                3 ~Bissau Bissau NNP LOCATION 5 nmod:poss
                4 ~'s 's POS O 3 case
                5 President President NNP O 7 compound
                6 Armindo Armindo NNP PERSON 7 compound
                7 Sanca Sanca NNP PERSON 8 nsubj
                8 held hold VBD O 0 root
                9 talks talk NNS O 8 obj
                10 in in IN O 11 case
                11 Dakar Dakar NNP LOCATION 8 obl
                12 . . . O 8 punct

                1 Lansana Lansana NNP PERSON 2 compound
                2 Kourouma Kourouma NNP PERSON 3 nsubj
                3 met meet VBD O 0 root
                4 his his PRP$ O 8 nmod:poss
                5 Bissau bissau NN MISC 7 obl:npmod
                6 ~- - HYPH MISC 7 punct
                7 ~Guinean Guinean JJ MISC 8 amod
                8 counterpart counterpart NN O 3 obj
                9 , , , O 8 punct
                10 Aissatu Aissatu NNP PERSON 11 compound
                11 Gomes Gomes NNP PERSON 8 appos
                12 . . . O 3 punct

                1 Sawadogo Sawadogo NNP PERSON 3 nsubj
                2 will will MD O 3 aux
                3 visit visit VB O 0 root
                4 the the DT O 8 det
                5 Bissau bissau NN MISC 7 obl:npmod
                6 ~- - HYPH MISC 7 punct
                7 ~Guinean Guinean JJ MISC 8 amod
                8 capital capital NN O 3 obj
                9 . . . O 3 punct
                """));
        assertEquals("GNB", person(e, "Armindo Sanca").country());
        assertEquals("GNB", person(e, "Aissatu Gomes").country());
        assertEquals("GNB", e.placeAt(2, 8).orElseThrow().country());
    }

    @Test void aNameBesideABuildingsNounIsTheBuilding() {
        // "Bangoura received Sanca at the Palais Mohammed V on Monday." (the tagger takes the king's name for a person)
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Bangoura Bangoura NNP PERSON 2 nsubj
                2 received receive VBD O 0 root
                3 Sanca Sanca NNP PERSON 2 obj
                4 at at IN O 7 case
                5 the the DT O 7 det
                6 Palais Palais NNP O 7 compound
                7 Mohammed Mohammed NNP PERSON 2 obl
                8 V V NNP PERSON 7 flat
                9 on on IN O 10 case
                10 Monday Monday NNP DATE 2 obl 2024-05-13
                11 . . . O 2 punct
                """));
        assertEquals(List.of("Bangoura", "Sanca"), names(e).stream().sorted().toList());
    }

    @Test void aStatesFormalNameIsNoPartOfTheOffice() {
        // "The King received the President of the Republic of Kenya, Dr Amara Osei, at the palace today. The President
        // arrived on Tuesday."
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 The the DT O 2 det
                2 King King NNP O 3 nsubj
                3 received receive VBD O 0 root
                4 the the DT O 5 det
                5 President President NNP O 3 obj
                6 of of IN O 8 case
                7 the the DT O 8 det
                8 Republic Republic NNP LOCATION 5 nmod
                9 of of IN LOCATION 10 case
                10 Kenya Kenya NNP LOCATION 8 nmod
                11 , , , O 5 punct
                12 Dr Dr NNP O 14 compound
                13 Amara Amara NNP PERSON 14 compound
                14 Osei Osei NNP PERSON 5 appos
                15 , , , O 5 punct
                16 at at IN O 18 case
                17 the the DT O 18 det
                18 palace palace NN O 3 obl
                19 today today NN O 3 obl:tmod
                20 . . . O 3 punct

                1 The the DT O 2 det
                2 President President NNP O 3 nsubj
                3 arrived arrive VBD O 0 root
                4 on on IN O 5 case
                5 Tuesday Tuesday NNP O 3 obl
                6 . . . O 3 punct
                """));
        LocalPerson osei = person(e, "Amara Osei");
        assertEquals("KEN", osei.country());
        assertEquals(List.of("President"), osei.titles());
        assertEquals("Amara Osei", at(e, 1, 2), "the President of the next sentence is the one named so");
    }

    @Test void onlyAStatesFormalNameIsCutFromAnOffice() {
        assertEquals("President", DocResolver.cleanTitle("President of Republic"));
        assertEquals("Prime Minister", DocResolver.cleanTitle("Prime Minister of Democratic Republic"));
        assertEquals("President of Islamic Development Bank", DocResolver.cleanTitle("President of Islamic Development Bank"));
        assertEquals("Chair of Federal Reserve", DocResolver.cleanTitle("Chair of Federal Reserve"));
        assertEquals("Secretary of State", DocResolver.cleanTitle("Secretary of State"));
    }

    @Test void aStyleOfAddressAloneIsThePersonStyledSo() {
        // "His Majesty King Tomas Alder met Osei. His Majesty thanked him." (the tagger takes "His Majesty" for a name)
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 His he PRP$ O 5 nmod:poss
                2 Majesty Majesty NNP O 3 compound
                3 King King NNP O 5 compound
                4 Tomas Tomas NNP PERSON 5 compound
                5 Alder Alder NNP PERSON 6 nsubj
                6 met meet VBD O 0 root
                7 Osei Osei NNP PERSON 6 obj
                8 . . . O 6 punct

                1 His His PRP$ PERSON 2 nmod:poss
                2 Majesty Majesty NNP PERSON 3 nsubj
                3 thanked thank VBD O 0 root
                4 him he PRP O 3 obj
                5 . . . O 3 punct
                """));
        assertEquals(List.of("Osei", "Tomas Alder"), names(e).stream().sorted().toList());
        assertEquals("Tomas Alder", at(e, 1, 2), "His Majesty is the King styled so");
    }

    @Test void aPossessiveOpensTheNamesOwnTitlePhrase() {
        // "Osei received at the Palácio do Governo his French counterpart, Claire Dubois."
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Osei Osei NNP PERSON 2 nsubj
                2 received receive VBD O 0 root
                3 at at IN O 5 case
                4 the the DT O 5 det
                5 Palácio Palácio NNP O 2 obl
                6 do do VBP O 2 dep
                7 Governo Governo NNP O 6 iobj
                8 his he PRP$ O 10 nmod:poss
                9 French French JJ MISC 10 amod
                10 counterpart counterpart NN O 7 dep
                11 , , , O 10 punct
                12 Claire Claire NNP PERSON 13 compound
                13 Dubois Dubois NNP PERSON 10 appos
                14 . . . O 2 punct
                """));
        LocalPerson dubois = person(e, "Claire Dubois");
        assertEquals("FRA", dubois.country());
        assertEquals(List.of(), dubois.titles(), "the palace's name is no part of her title, and 'counterpart' no office");
    }

    @Test void anHonorificTheTaggerTookIntoTheNameIsNotPartOfIt() {
        // "Shri Rajan Mehta met He Lifeng." ("He" is a family name, not "H.E.")
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Shri Shri NNP PERSON 3 compound
                2 Rajan Rajan NNP PERSON 3 compound
                3 Mehta Mehta NNP PERSON 4 nsubj
                4 met meet VBD O 0 root
                5 He He NNP PERSON 6 compound
                6 Lifeng Lifeng NNP PERSON 4 obj
                7 . . . O 4 punct
                """));
        assertEquals(List.of("Rajan Mehta", "He Lifeng"), names(e));
    }

    @Test void aNicknameInQuotationMarksIsOneOfTheNames() {
        // 'Luis Inácio "Lula" Da Silva met Xi. Lula spoke.': the nickname joins the name, and alone it is the same person
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Luis Luis NNP PERSON 7 compound
                2 Inácio Inácio NNP PERSON 7 compound
                3 " " `` O 4 punct
                4 Lula Lula NNP PERSON 7 compound
                5 " " '' O 4 punct
                6 Da Da NNP PERSON 7 compound
                7 Silva Silva NNP PERSON 8 nsubj
                8 met meet VBD O 0 root
                9 Xi Xi NNP PERSON 8 obj
                10 . . . O 8 punct

                1 Lula Lula NNP PERSON 2 nsubj
                2 spoke speak VBD O 0 root
                3 . . . O 2 punct
                """));
        assertEquals(List.of("Luis Inácio Lula Da Silva", "Xi"), names(e));
    }

    @Test void aNameTaggedAsAPlaceAfterATitleIsThePersonNamedElsewhere() {
        // "Mongolian President Batu Ganbold and US President Ana Cole spoke. Ganbold thanked Cole.": the tagger took
        // the first name for a place; after its title, and named as a person later, it is Ganbold, and "and" ends
        // Cole's title
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Mongolian Mongolian JJ MISC 4 amod
                2 President President NNP O 4 compound
                3 Batu Batu NNP LOCATION 4 compound
                4 Ganbold Ganbold NNP LOCATION 10 nsubj
                5 and and CC O 9 cc
                6 US US NNP LOCATION 9 compound
                7 President President NNP O 9 compound
                8 Ana Ana NNP PERSON 9 compound
                9 Cole Cole NNP PERSON 4 conj
                10 spoke speak VBD O 0 root
                11 . . . O 10 punct

                1 Ganbold Ganbold NNP PERSON 2 nsubj
                2 thanked thank VBD O 0 root
                3 Cole Cole NNP PERSON 2 obj
                4 . . . O 2 punct
                """));
        assertEquals("MNG", person(e, "Batu Ganbold").country());
        assertEquals("USA", person(e, "Ana Cole").country());
    }

    @Test void aHeadlinesCommaBeforeAPluralVerbJoinsTwoSubjects() {
        // "Mongolian president, Cole discuss copper": Cole is not the Mongolian president
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Mongolian Mongolian JJ MISC 2 amod
                2 president president NN O 5 nsubj
                3 , , , O 4 punct
                4 Cole Cole NNP PERSON 2 conj
                5 discuss discuss VBP O 0 root
                6 copper copper NN O 5 obj
                """));
        assertEquals(null, person(e, "Cole").country());
    }

    @Test void aHeadlinesCommaAfterANameJoinsTwoSubjectsToo() {
        // "Ganbold, US president talk copper by phone": Ganbold is not the US president
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Ganbold Ganbold NNP PERSON 0 root
                2 , , , O 1 punct
                3 US US NNP LOCATION 4 compound
                4 president president NN O 5 nsubj
                5 talk talk VB O 1 parataxis
                6 copper copper NN O 5 obj
                7 by by IN O 8 case
                8 phone phone NN O 5 obl
                """));
        assertEquals(null, person(e, "Ganbold").country());
    }

    @Test void anAppositiveTitleAfterANameGivesItsCountry() {
        // "Ganbold, the US president, spoke": the appositive is Ganbold's (the near miss of the headline's comma)
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Ganbold Ganbold NNP PERSON 6 nsubj
                2 , , , O 1 punct
                3 the the DT O 5 det
                4 US US NNP LOCATION 5 compound
                5 president president NN O 1 appos
                6 spoke speak VBD O 0 root
                7 . . . O 6 punct
                """));
        assertEquals("USA", person(e, "Ganbold").country());
    }

    @Test void twoNamesJoinedByAndThatNameOneCountryAreThatCountry() {
        // "Turay will visit Trinidad and Tobago.": not Trinidad, a city in Bolivia, and an island
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Turay Turay NNP PERSON 3 nsubj
                2 will will MD O 3 aux
                3 visit visit VB O 0 root
                4 Trinidad Trinidad NNP LOCATION 3 obj
                5 and and CC O 6 cc
                6 Tobago Tobago NNP LOCATION 4 conj
                7 . . . O 3 punct
                """));
        assertEquals("TTO", e.placeAt(0, 4).orElseThrow().country());
        assertEquals("TTO", e.placeAt(0, 6).orElseThrow().country());
        // two countries joined by "and" stay two
        DocEntities two = Docs.entities(Docs.parse(PUBLISHED, """
                1 Turay Turay NNP PERSON 3 nsubj
                2 will will MD O 3 aux
                3 visit visit VB O 0 root
                4 Ghana Ghana NNP LOCATION 3 obj
                5 and and CC O 6 cc
                6 Togo Togo NNP LOCATION 4 conj
                7 . . . O 3 punct
                """));
        assertEquals("GHA", two.placeAt(0, 4).orElseThrow().country());
        assertEquals("TGO", two.placeAt(0, 6).orElseThrow().country());
    }

    @Test void aCountrysNameWithAndBeforeATitleIsThePersons() {
        // "Trinidad and Tobago Prime Minister Keith Ramdial met Kenyan President Daniel Mwangi.": one country, not two
        // that cancel each other out
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Trinidad Trinidad NNP LOCATION 8 nsubj
                2 and and CC LOCATION 7 cc
                3 Tobago Tobago NNP LOCATION 5 compound
                4 Prime Prime NNP O 5 compound
                5 Minister Minister NNP O 7 compound
                6 Keith Keith NNP PERSON 7 compound
                7 Ramdial Ramdial NNP PERSON 1 conj
                8 met meet VBD O 0 root
                9 Kenyan Kenyan JJ MISC 10 amod
                10 President President NNP O 12 compound
                11 Daniel Daniel NNP PERSON 12 compound
                12 Mwangi Mwangi NNP PERSON 8 obj
                13 . . . O 8 punct
                """));
        assertEquals("TTO", person(e, "Keith Ramdial").country());
        assertEquals("KEN", person(e, "Daniel Mwangi").country());
    }

    @Test void aCountrysNameTaggedAsAPersonBeforeAPossessiveIsTheCountry() {
        // "Eswatini's Prime Minister Mandla Shongwe held talks.": the tagger calls "Eswatini" a person
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Eswatini Eswatini NNP PERSON 4 nmod:poss
                2 's 's POS O 1 case
                3 Prime Prime NNP O 4 compound
                4 Minister Minister NNP O 6 compound
                5 Mandla Mandla NNP PERSON 6 compound
                6 Shongwe Shongwe NNP PERSON 7 nsubj
                7 held hold VBD O 0 root
                8 talks talk NNS O 7 obj
                9 . . . O 7 punct
                """));
        assertEquals("SWZ", person(e, "Mandla Shongwe").country());
        assertEquals(1, e.people().size(), "Eswatini is no person");
    }

    @Test void aCountryNamedByOfAfterTheNameIsThePersons() {
        // "Peña will host Rafael Costa of Uruguay and Ana Quispe of Bolivia."
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Peña Peña NNP PERSON 3 nsubj
                2 will will MD O 3 aux
                3 host host VB O 0 root
                4 Rafael Rafael NNP PERSON 5 compound
                5 Costa Costa NNP PERSON 3 obj
                6 of of IN O 7 case
                7 Uruguay Uruguay NNP LOCATION 5 nmod:of
                8 and and CC O 10 cc
                9 Ana Ana NNP PERSON 10 compound
                10 Quispe Quispe NNP PERSON 5 conj
                11 of of IN O 12 case
                12 Bolivia Bolivia NNP LOCATION 10 nmod:of
                13 . . . O 3 punct
                """));
        assertEquals("URY", person(e, "Rafael Costa").country());
        assertEquals("BOL", person(e, "Ana Quispe").country(), "not the Uruguay before her name");
    }

    @Test void anUntaggedNationalityAdjectiveOpensATitle() {
        // "Rubio spoke with Philippine Secretary of Foreign Affairs Lazaro." ("Philippine" JJ, no entity tag)
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Rubio Rubio NNP PERSON 2 nsubj
                2 spoke speak VBD O 0 root
                3 with with IN O 9 case
                4 Philippine Philippine JJ O 5 amod
                5 Secretary Secretary NNP O 9 compound
                6 of of IN O 8 case
                7 Foreign Foreign NNP O 8 compound
                8 Affairs Affairs NNP O 5 nmod:of
                9 Lazaro Lazaro NNP PERSON 2 obl:with
                10 . . . O 2 punct
                """));
        assertEquals("PHL", person(e, "Lazaro").country());
    }

    @Test void theArabicArticleIsOneWhetherWrittenElOrAl() {
        assertEquals(DocResolver.norm("Abdel Fattah al-Sisi"), DocResolver.norm("Abdel Fattah El-Sisi"));
        assertEquals("el salvador", DocResolver.norm("El Salvador"), "only the article joined by a hyphen");
        assertEquals("abdelaziz", DocResolver.norm("Abdel-Aziz"), "nor 'el-' inside a word");
    }

    @Test void aSecondTitleWithItsOwnAdjectiveDoesNotShareTheFirstCountry() {
        // "Japanese Prime Minister Ken Ota and Ruritanian President Ana Ruiz spoke." — Ruritanian is no known demonym
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Japanese Japanese JJ MISC 4 amod
                2 Prime Prime NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Ken Ken NNP PERSON 5 compound
                5 Ota Ota NNP PERSON 11 nsubj
                6 and and CC O 10 cc
                7 Ruritanian Ruritanian JJ MISC 8 amod
                8 President President NNP O 10 compound
                9 Ana Ana NNP PERSON 10 compound
                10 Ruiz Ruiz NNP PERSON 5 conj
                11 spoke speak VBD O 0 root
                12 . . . O 11 punct
                """));
        assertEquals("JPN", person(e, "Ken Ota").country());
        assertEquals(null, person(e, "Ana Ruiz").country(), "Ruiz's own adjective, unknown, is not Ota's country");
    }

    @Test void aToThatOpensTheTitleIsNoPosting() {
        // "Ota sent an invitation to Canadian Prime Minister Ana Ruiz." — not an ambassador "to" Canada
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Ota Ota NNP PERSON 2 nsubj
                2 sent send VBD O 0 root
                3 an a DT O 4 det
                4 invitation invitation NN O 2 obj
                5 to to IN O 10 case
                6 Canadian Canadian JJ MISC 8 amod
                7 Prime Prime NNP O 8 compound
                8 Minister Minister NNP O 10 compound
                9 Ana Ana NNP PERSON 10 compound
                10 Ruiz Ruiz NNP PERSON 4 nmod
                11 . . . O 2 punct
                """));
        assertEquals("CAN", person(e, "Ana Ruiz").country());
    }

    @Test void anAmbassadorInACapitalIsOfHerOwnCountry() {
        // "The Kenyan ambassador in Tokyo, Ana Ruiz, spoke." — Tokyo is her post; "top officials in" is no posting
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 The the DT O 3 det
                2 Kenyan Kenyan JJ MISC 3 amod
                3 ambassador ambassador NN O 10 nsubj
                4 in in IN O 5 case
                5 Tokyo Tokyo NNP LOCATION 3 nmod
                6 , , , O 8 punct
                7 Ana Ana NNP PERSON 8 compound
                8 Ruiz Ruiz NNP PERSON 3 appos
                9 , , , O 8 punct
                10 spoke speak VBD O 0 root
                11 . . . O 10 punct
                """));
        assertEquals("KEN", person(e, "Ana Ruiz").country());
        assertTrue(person(e, "Ana Ruiz").titles().contains("ambassador in Tokyo"), person(e, "Ana Ruiz").titles().toString());
    }

    @Test void aPostingOfSeveralWordsBeforeTheNameIsATitle() {
        // "The Kenyan ambassador to the United Nations, Ana Ruiz, spoke."
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 The the DT O 3 det
                2 Kenyan Kenyan JJ MISC 3 amod
                3 ambassador ambassador NN O 12 nsubj
                4 to to IN O 7 case
                5 the the DT O 7 det
                6 United United NNP ORGANIZATION 7 compound
                7 Nations Nations NNP ORGANIZATION 3 nmod
                8 , , , O 10 punct
                9 Ana Ana NNP PERSON 10 compound
                10 Ruiz Ruiz NNP PERSON 3 appos
                11 , , , O 10 punct
                12 spoke speak VBD O 0 root
                13 . . . O 12 punct
                """));
        assertEquals("KEN", person(e, "Ana Ruiz").country());
    }

    @Test void aCapitalTheTaggerLeftUntaggedIsAPlace() {
        // "Ana Ruiz will visit Kyiv next week." (the tagger gives Kyiv no entity tag; "Visit" here is no place)
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 4 nsubj
                3 will will MD O 4 aux
                4 visit visit VB O 0 root
                5 Kyiv Kyiv NNP O 4 obj
                6 next next JJ DATE 7 amod 2024-W21
                7 week week NN DATE 4 obl:tmod 2024-W21
                8 . . . O 4 punct
                """));
        assertEquals("UKR", e.placeAt(0, 5).orElseThrow().country());
        assertTrue(e.placeAt(0, 4).isEmpty());
    }

    @Test void twoCountriesAndTwoNamesPairInOrder() {
        // "The Kenyan and Ugandan ministers, Ana Ruiz and Jon Sato, met."
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 The the DT O 5 det
                2 Kenyan Kenyan JJ MISC 5 amod
                3 and and CC O 4 cc
                4 Ugandan Ugandan JJ MISC 2 conj
                5 ministers minister NNS O 14 nsubj
                6 , , , O 8 punct
                7 Ana Ana NNP PERSON 8 compound
                8 Ruiz Ruiz NNP PERSON 5 appos
                9 and and CC O 11 cc
                10 Jon Jon NNP PERSON 11 compound
                11 Sato Sato NNP PERSON 8 conj
                12 , , , O 8 punct
                13 have have VBP O 14 aux
                14 met meet VBN O 0 root
                15 . . . O 14 punct
                """));
        assertEquals("KEN", person(e, "Ana Ruiz").country());
        assertEquals("UGA", person(e, "Jon Sato").country());
    }

    @Test void aSecondTitleWithoutAdjectiveSharesTheFirstCountry() {
        // "Japanese Foreign Minister Ken Ota and Defence Minister Ana Ruiz spoke."
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Japanese Japanese JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Ken Ken NNP PERSON 5 compound
                5 Ota Ota NNP PERSON 11 nsubj
                6 and and CC O 10 cc
                7 Defence Defence NNP O 8 compound
                8 Minister Minister NNP O 9 compound
                9 Ana Ana NNP PERSON 10 compound
                10 Ruiz Ruiz NNP PERSON 5 conj
                11 spoke speak VBD O 0 root
                12 . . . O 11 punct
                """));
        assertEquals("JPN", person(e, "Ana Ruiz").country());
    }

    @Test void aSecondLeaderDoesNotShareTheFirstLeadersCountry() {
        // "German Chancellor Jan Vogt and President Ana Ruiz spoke.": two heads of government and of state named
        // together lead two countries; nothing here says Ruiz's
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 German German JJ MISC 2 amod
                2 Chancellor Chancellor NNP O 4 compound
                3 Jan Jan NNP PERSON 4 compound
                4 Vogt Vogt NNP PERSON 9 nsubj
                5 and and CC O 8 cc
                6 President President NNP O 8 compound
                7 Ana Ana NNP PERSON 8 compound
                8 Ruiz Ruiz NNP PERSON 4 conj
                9 spoke speak VBD O 0 root
                10 . . . O 9 punct
                """));
        assertEquals("DEU", person(e, "Jan Vogt").country());
        assertEquals(null, person(e, "Ana Ruiz").country());
        // "German Chancellor Jan Vogt and Vice-Chancellor Ana Ruiz spoke.": a deputy is of the leader's government
        DocEntities deputy = Docs.entities(Docs.parse(PUBLISHED, """
                1 German German JJ MISC 2 amod
                2 Chancellor Chancellor NNP O 4 compound
                3 Jan Jan NNP PERSON 4 compound
                4 Vogt Vogt NNP PERSON 9 nsubj
                5 and and CC O 8 cc
                6 Vice-Chancellor Vice-Chancellor NNP O 8 compound
                7 Ana Ana NNP PERSON 8 compound
                8 Ruiz Ruiz NNP PERSON 4 conj
                9 spoke speak VBD O 0 root
                10 . . . O 9 punct
                """));
        assertEquals("DEU", person(deputy, "Ana Ruiz").country());
    }

    @Test void possessiveCountryBeforeACommaTitle() {
        // "Britain's top diplomat, Oliver Grant, met Kenji Sato in Lisbon on Friday."
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Britain Britain NNP LOCATION 4 nmod:poss
                2 's 's POS O 1 case
                3 top top JJ O 4 amod
                4 diplomat diplomat NN O 9 nsubj
                5 , , , O 4 punct
                6 Oliver Oliver NNP PERSON 7 compound
                7 Grant Grant NNP PERSON 4 appos
                8 , , , O 4 punct
                9 met meet VBD O 0 root
                10 Kenji Kenji NNP PERSON 11 compound
                11 Sato Sato NNP PERSON 9 obj
                12 in in IN O 13 case
                13 Lisbon Lisbon NNP LOCATION 9 obl
                14 on on IN O 15 case
                15 Friday Friday NNP DATE 9 obl 2024-05-17
                16 . . . O 9 punct
                """));
        assertEquals("GBR", person(e, "Oliver Grant").country());
        assertTrue(person(e, "Oliver Grant").titles().contains("top diplomat"), person(e, "Oliver Grant").titles().toString());
        assertEquals(null, person(e, "Kenji Sato").country(), "nothing states Sato's country here");
    }

    @Test void appositiveAfterTheName() {
        // "Kenji Sato, the head of Japan's National Security Secretariat, spoke with reporters."
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Kenji Kenji NNP PERSON 2 compound
                2 Sato Sato NNP PERSON 13 nsubj
                3 , , , O 2 punct
                4 the the DT O 5 det
                5 head head NN O 2 appos
                6 of of IN O 11 case
                7 Japan Japan NNP LOCATION 11 nmod:poss
                8 's 's POS O 7 case
                9 National National NNP ORGANIZATION 10 compound
                10 Security Security NNP ORGANIZATION 11 compound
                11 Secretariat Secretariat NNP ORGANIZATION 5 nmod
                12 , , , O 2 punct
                13 spoke speak VBD O 0 root
                14 with with IN O 15 case
                15 reporters reporter NNS O 13 obl
                16 . . . O 13 punct
                """));
        assertEquals("JPN", person(e, "Kenji Sato").country());
        assertEquals(List.of("Kenji Sato"), names(e));
    }

    @Test void counterpartWithDemonym() {
        // "Oliver Grant arrived in Ankara. Grant spoke by phone with his Turkish counterpart Emre Yilmaz."
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Oliver Oliver NNP PERSON 2 compound
                2 Grant Grant NNP PERSON 3 nsubj
                3 arrived arrive VBD O 0 root
                4 in in IN O 5 case
                5 Ankara Ankara NNP LOCATION 3 obl
                6 . . . O 3 punct

                1 Grant Grant NNP PERSON 2 nsubj
                2 spoke speak VBD O 0 root
                3 by by IN O 4 case
                4 phone phone NN O 2 obl
                5 with with IN O 8 case
                6 his he PRP$ O 8 nmod:poss
                7 Turkish Turkish JJ MISC 8 amod
                8 counterpart counterpart NN O 2 obl
                9 Emre Emre NNP PERSON 10 compound
                10 Yilmaz Yilmaz NNP PERSON 8 dep
                11 . . . O 2 punct
                """));
        assertEquals("TUR", person(e, "Emre Yilmaz").country());
        assertEquals(null, person(e, "Oliver Grant").country(), "being in Ankara says nothing of Grant's country");
        assertEquals("Oliver Grant", at(e, 1, 1), "the bare surname joins the full name");
        assertEquals(List.of("Oliver Grant", "Emre Yilmaz"), names(e));
    }

    /** Two Costas: the bare surname goes to the most recent one named before it, never to both. */
    @Test void sharedSurnameGoesToTheMostRecentBearer() {
        // "The analyst Rui Costa said the talks went well. Minister Ana Costa arrived in Madrid. Ms Costa met Pedro Ruiz."
        String analyst = """
                1 The the DT O 2 det
                2 analyst analyst NN O 5 nsubj
                3 Rui Rui NNP PERSON 4 compound
                4 Costa Costa NNP PERSON 2 dep
                5 said say VBD O 0 root
                6 the the DT O 7 det
                7 talks talk NNS O 8 nsubj
                8 went go VBD O 5 ccomp
                9 well well RB O 8 advmod
                10 . . . O 5 punct
                """;
        String minister = """
                1 Minister Minister NNP O 3 compound
                2 Ana Ana NNP PERSON 3 compound
                3 Costa Costa NNP PERSON 4 nsubj
                4 arrived arrive VBD O 0 root
                5 in in IN O 6 case
                6 Madrid Madrid NNP LOCATION 4 obl
                7 . . . O 4 punct
                """;
        String ms = """
                1 Ms Ms NNP PERSON 2 compound
                2 Costa Costa NNP PERSON 3 nsubj
                3 met meet VBD O 0 root
                4 Pedro Pedro NNP PERSON 5 compound
                5 Ruiz Ruiz NNP PERSON 3 obj
                6 . . . O 3 punct
                """;
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, analyst + "\n" + minister + "\n" + ms));
        assertEquals("Ana Costa", at(e, 2, 2));
        assertEquals(1, person(e, "Rui Costa").mentions().size(), "Rui Costa keeps only his own mention");
        assertEquals(2, person(e, "Ana Costa").mentions().size());
        assertEquals(List.of("Rui Costa", "Ana Costa", "Pedro Ruiz"), names(e), "no separate 'Costa' and no 'Ms'");

        // The other order: the analyst is the most recent Costa. Quoted speech goes to him ...
        String says = """
                1 Mr Mr NNP PERSON 2 compound
                2 Costa Costa NNP PERSON 3 nsubj
                3 said say VBD O 0 root
                4 the the DT O 5 det
                5 visit visit NN O 3 obj
                6 . . . O 3 punct
                """;
        DocEntities f = Docs.entities(Docs.parse(PUBLISHED, minister + "\n" + analyst + "\n" + says));
        assertEquals("Rui Costa", at(f, 2, 2));
        assertEquals(1, person(f, "Ana Costa").mentions().size());
        // ... but a commentator is not who meets ministers: the official bearing the name does.
        DocEntities g = Docs.entities(Docs.parse(PUBLISHED, minister + "\n" + analyst + "\n" + ms));
        assertEquals("Ana Costa", at(g, 2, 2));
        assertEquals(1, person(g, "Rui Costa").mentions().size());
    }

    /** "French Foreign Minister Claire Dubois arrived in Nairobi." */
    private static final String DUBOIS_ARRIVED = """
                1 French French JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Claire Claire NNP PERSON 5 compound
                5 Dubois Dubois NNP PERSON 6 nsubj
                6 arrived arrive VBD O 0 root
                7 in in IN O 8 case
                8 Nairobi Nairobi NNP LOCATION 6 obl
                9 . . . O 6 punct

            """;

    @Test void titleReferenceResolvesToTheNamedMinister() {
        // "French Foreign Minister Claire Dubois arrived in Nairobi. The French foreign minister said the visit was useful."
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, DUBOIS_ARRIVED + """
                1 The the DT O 4 det
                2 French French JJ MISC 4 amod
                3 foreign foreign JJ O 4 amod
                4 minister minister NN O 5 nsubj
                5 said say VBD O 0 root
                6 the the DT O 7 det
                7 visit visit NN O 9 nsubj
                8 was be VBD O 9 cop
                9 useful useful JJ O 5 ccomp
                10 . . . O 5 punct
                """));
        assertEquals("Claire Dubois", at(e, 1, 4));
        LocalPerson dubois = person(e, "Claire Dubois");
        EntitySpan ref = dubois.mentions().get(1);
        assertEquals(1, ref.sentence());
        assertEquals("French foreign minister", ref.text());
        assertEquals(List.of("Claire Dubois"), names(e));
    }

    @Test void theOfficeItselfIsNotItsDeputy() {
        // "Prime Minister Amara Osei was received by Deputy Prime Minister Kofi Mensah. The Prime Minister said the
        // visit was useful.": "the Prime Minister" is Osei, not the deputy; with two prime ministers, neither
        String osei = """
                1 Prime Prime NNP O 2 compound
                2 Minister Minister NNP O 4 compound
                3 Amara Amara NNP PERSON 4 compound
                4 Osei Osei NNP PERSON 6 nsubj:pass
                5 was be VBD O 6 aux:pass
                6 received receive VBN O 0 root
                7 by by IN O 12 case
                8 Deputy Deputy NNP O 10 compound
                9 Prime Prime NNP O 10 compound
                10 Minister Minister NNP O 12 compound
                11 Kofi Kofi NNP PERSON 12 compound
                12 Mensah Mensah NNP PERSON 6 obl
                13 . . . O 6 punct

                """;
        String said = """
                1 The the DT O 3 det
                2 Prime Prime NNP O 3 compound
                3 Minister Minister NNP O 4 nsubj
                4 said say VBD O 0 root
                5 the the DT O 6 det
                6 visit visit NN O 8 nsubj
                7 was be VBD O 8 cop
                8 useful useful JJ O 4 ccomp
                9 . . . O 4 punct
                """;
        assertEquals("Amara Osei", at(Docs.entities(Docs.parse(PUBLISHED, osei + said)), 1, 3));
        // a deputy alone is not "the Prime Minister" either ("Deputy Prime Minister Kofi Mensah arrived.")
        String deputy = """
                1 Deputy Deputy NNP O 3 compound
                2 Prime Prime NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Kofi Kofi NNP PERSON 5 compound
                5 Mensah Mensah NNP PERSON 6 nsubj
                6 arrived arrive VBD O 0 root
                7 . . . O 6 punct

                """;
        assertEquals(null, at(Docs.entities(Docs.parse(PUBLISHED, deputy + said)), 1, 3));
        String two = osei.replace("Deputy Deputy NNP O 10 compound", "Acting Acting NNP O 10 compound");
        assertEquals(null, at(Docs.entities(Docs.parse(PUBLISHED, two + said)), 1, 3));
    }

    @Test void aShortNationalityIsTheOneOfItsCountriesTheArticleHasNamed() {
        // "South Korean President Min Ho-jun arrived in Astana. The Korean president leaves on Tuesday.": "Korean" is
        // the end of "South Korean" and "North Korean"; the article has named a South Korean president only
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 South South JJ MISC 2 amod
                2 Korean Korean JJ MISC 3 amod
                3 President President NNP O 5 compound
                4 Min Min NNP PERSON 5 compound
                5 Ho-jun Ho-jun NNP PERSON 6 nsubj
                6 arrived arrive VBD O 0 root
                7 in in IN O 8 case
                8 Astana Astana NNP LOCATION 6 obl
                9 . . . O 6 punct

                1 The the DT O 3 det
                2 Korean Korean JJ MISC 3 amod
                3 president president NN O 4 nsubj
                4 leaves leave VBZ O 0 root
                5 on on IN O 6 case
                6 Tuesday Tuesday NNP DATE 4 obl
                7 . . . O 4 punct
                """));
        assertEquals("KOR", person(e, "Min Ho-jun").country());
        assertEquals("Min Ho-jun", at(e, 1, 3));
    }

    @Test void aTwoWordNationalityBeforeATitleIsRead() {
        // "... Min Ho-jun ... The South Korean leader left.": the nationality is two words
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 South South JJ MISC 2 amod
                2 Korean Korean JJ MISC 3 amod
                3 President President NNP O 5 compound
                4 Min Min NNP PERSON 5 compound
                5 Ho-jun Ho-jun NNP PERSON 6 nsubj
                6 spoke speak VBD O 0 root
                7 . . . O 6 punct

                1 The the DT O 4 det
                2 South South JJ MISC 3 amod
                3 Korean Korean JJ MISC 4 amod
                4 leader leader NN O 5 nsubj
                5 left leave VBD O 0 root
                6 . . . O 5 punct
                """));
        assertEquals("Min Ho-jun", at(e, 1, 4));
    }

    @Test void aNationalityBeforeHeadOfGovernmentIsThatCountrysLeader() {
        // "Singaporean Prime Minister Ong Kheng Loon and Foreign Minister Nadia Rahmat spoke. The Singaporean head of
        // government left.": the leader, not the minister
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Singaporean Singaporean JJ MISC 3 amod
                2 Prime Prime NNP O 3 compound
                3 Minister Minister NNP O 6 compound
                4 Ong Ong NNP PERSON 6 compound
                5 Kheng Kheng NNP PERSON 6 compound
                6 Loon Loon NNP PERSON 12 nsubj
                7 and and CC O 11 cc
                8 Foreign Foreign NNP O 9 compound
                9 Minister Minister NNP O 11 compound
                10 Nadia Nadia NNP PERSON 11 compound
                11 Rahmat Rahmat NNP PERSON 6 conj
                12 spoke speak VBD O 0 root
                13 . . . O 12 punct

                1 The the DT O 3 det
                2 Singaporean Singaporean JJ MISC 3 amod
                3 head head NN O 7 nsubj
                4 of of IN O 5 case
                5 government government NN O 3 nmod
                6 has have VBZ O 7 aux
                7 left leave VBN O 0 root
                8 . . . O 7 punct
                """));
        assertEquals("Ong Kheng Loon", at(e, 1, 3));
    }

    @Test void aBareTitleNounOpensAnAppositive() {
        // "Ong held talks with Amra Hadzi, chairwoman of Bosnia and Herzegovina's Council of Ministers, on Friday."
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Ong Ong NNP PERSON 2 nsubj
                2 held hold VBD O 0 root
                3 talks talk NNS O 2 obj
                4 with with IN O 6 case
                5 Amra Amra NNP PERSON 6 compound
                6 Hadzi Hadzi NNP PERSON 3 nmod
                7 , , , O 6 punct
                8 chairwoman chairwoman NN O 6 appos
                9 of of IN O 14 case
                10 Bosnia Bosnia NNP LOCATION 14 nmod:poss
                11 and and CC O 12 cc
                12 Herzegovina Herzegovina NNP LOCATION 10 conj
                13 's 's POS O 10 case
                14 Council Council NNP ORGANIZATION 8 nmod
                15 of of IN O 16 case
                16 Ministers Ministers NNPS ORGANIZATION 14 nmod
                17 , , , O 6 punct
                18 on on IN O 19 case
                19 Friday Friday NNP DATE 2 obl
                20 . . . O 2 punct
                """));
        LocalPerson hadzi = e.people().stream().filter(p -> p.name().equals("Amra Hadzi")).findFirst().orElseThrow();
        assertEquals("BIH", hadzi.country());
    }

    @Test void aTitleBeforeTheCommaWithANameOfItsOwnIsAnotherPersons() {
        // "At the invitation of King Olav of Norway, His Excellency Kofi Asante, President of the Republic of Ghana,
        // will visit.": "King Olav of Norway" (the tagger missed the name) is the king's title, not Asante's
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 At at IN O 3 case
                2 the the DT O 3 det
                3 invitation invitation NN O 22 obl
                4 of of IN O 6 case
                5 King King NNP O 6 compound
                6 Olav Olav NNP O 3 nmod
                7 of of IN O 8 case
                8 Norway Norway NNP LOCATION 6 nmod
                9 , , , O 22 punct
                10 His he PRP$ O 11 nmod:poss
                11 Excellency Excellency NNP O 22 nsubj
                12 Kofi Kofi NNP PERSON 13 compound
                13 Asante Asante NNP PERSON 11 dep
                14 , , , O 11 punct
                15 President President NNP O 11 appos
                16 of of IN O 18 case
                17 the the DT O 18 det
                18 Republic Republic NNP LOCATION 15 nmod
                19 of of IN LOCATION 20 case
                20 Ghana Ghana NNP LOCATION 18 nmod
                21 , , , O 22 punct
                22 visit visit VB O 0 root
                23 . . . O 22 punct
                """));
        LocalPerson asante = e.people().stream().filter(p -> p.name().equals("Kofi Asante")).findFirst().orElseThrow();
        assertEquals("GHA", asante.country());
    }

    @Test void anAirportNamedAfterItsCityIsInThatCity() {
        // "Rafael Costa landed at Tashkent International Airport." / "at Heathrow Airport": only the first names a city
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Rafael Rafael NNP PERSON 2 compound
                2 Costa Costa NNP PERSON 3 nsubj
                3 landed land VBD O 0 root
                4 at at IN O 7 case
                5 Tashkent Tashkent NNP LOCATION 7 compound
                6 International International NNP LOCATION 7 compound
                7 Airport Airport NNP LOCATION 3 obl
                8 . . . O 3 punct

                1 Costa Costa NNP PERSON 2 nsubj
                2 left leave VBD O 0 root
                3 from from IN O 5 case
                4 Heathrow Heathrow NNP LOCATION 5 compound
                5 Airport Airport NNP LOCATION 2 obl
                6 . . . O 2 punct
                """));
        PlaceRef airport = e.placeAt(0, 7).orElseThrow();
        assertEquals("UZB", airport.country());
        assertEquals("Tashkent", airport.span().text());
        assertTrue(e.placeAt(1, 5).isEmpty());
    }

    @Test void aCapitalOfSeveralWordsTaggedAsAPersonIsTheCapital() {
        // "Pattarapong's visit to Nay Pyi Taw is pencilled in for August."
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Pattarapong Pattarapong NNP PERSON 3 nmod:poss
                2 's 's POS O 1 case
                3 visit visit NN O 10 nsubj:pass
                4 to to IN O 7 case
                5 Nay Nay NNP PERSON 7 compound
                6 Pyi Pyi NNP PERSON 7 compound
                7 Taw Taw NNP PERSON 3 nmod
                8 is be VBZ O 10 aux:pass
                9 now now RB O 10 advmod
                10 pencilled pencil VBN O 0 root
                11 in in RP O 10 compound:prt
                12 for for IN O 13 case
                13 August August NNP DATE 10 obl 2024-08
                14 . . . O 10 punct
                """));
        assertEquals("MMR", e.placeAt(0, 7).orElseThrow().country());
        assertEquals(List.of("Pattarapong"), names(e));
    }

    @Test void aCapitalTaggedAsAPersonAfterAPrepositionOfPlaceIsTheCapital() {
        // "During her visit to Lomé, Dubois signed." (the tagger took the capital for a person); "Nassau said" stays a
        // name, and so does "to Victoria" in an article that names Queen Victoria
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 During during IN O 3 case
                2 her she PRP$ O 3 nmod:poss
                3 visit visit NN O 8 obl
                4 to to IN O 5 case
                5 Lomé Lomé NNP PERSON 3 nmod
                6 , , , O 8 punct
                7 Dubois Dubois NNP PERSON 8 nsubj
                8 signed sign VBD O 0 root
                9 . . . O 8 punct

                1 Nassau Nassau NNP PERSON 2 nsubj
                2 said say VBD O 0 root
                3 . . . O 2 punct
                """));
        assertEquals("TGO", e.placeAt(0, 5).orElseThrow().country());
        assertEquals(List.of("Dubois", "Nassau"), names(e).stream().sorted().toList());
        DocEntities queen = Docs.entities(Docs.parse(PUBLISHED, """
                1 Queen Queen NNP O 2 compound
                2 Victoria Victoria NNP PERSON 3 nsubj
                3 sailed sail VBD O 0 root
                4 to to IN O 5 case
                5 Victoria Victoria NNP PERSON 3 obl
                6 . . . O 3 punct
                """));
        assertTrue(queen.placeAt(0, 5).isEmpty(), "the queen's name is a name");
    }

    @Test void aCountrysNameTheTaggerRanIntoAPersonsAfterOfIsTheOfficesCountry() {
        // "The President received Prime Minister of Georgia Davit Kandelaki. The Prime Minister of Georgia spoke." (the
        // tagger took "Georgia" into the name); the title with its "of" country is Kandelaki again
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 The the DT O 2 det
                2 President President NNP O 3 nsubj
                3 received receive VBD O 0 root
                4 Prime Prime NNP O 5 compound
                5 Minister Minister NNP O 3 obj
                6 of of IN O 9 case
                7 Georgia Georgia NNP PERSON 9 compound
                8 Davit Davit NNP PERSON 9 compound
                9 Kandelaki Kandelaki NNP PERSON 5 nmod
                10 . . . O 3 punct

                1 The the DT O 3 det
                2 Prime Prime NNP O 3 compound
                3 Minister Minister NNP O 6 nsubj
                4 of of IN O 5 case
                5 Georgia Georgia NNP LOCATION 3 nmod
                6 spoke speak VBD O 0 root
                7 . . . O 6 punct
                """));
        LocalPerson kandelaki = person(e, "Davit Kandelaki");
        assertEquals("GEO", kandelaki.country());
        assertEquals(List.of("Prime Minister"), kandelaki.titles());
        assertEquals("Davit Kandelaki", at(e, 1, 3));
    }

    @Test void aTitleOfAnotherCountryIsNotThePerson() {
        // "Prime Minister Jasur Tursunov of Uzbekistan met the press. The Prime Minister of Georgia spoke.": the
        // Georgian prime minister is not Tursunov, though he is the one prime minister named; "the presidents of
        // Georgia and Uzbekistan" are several
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Prime Prime NNP O 2 compound
                2 Minister Minister NNP O 4 compound
                3 Jasur Jasur NNP PERSON 4 compound
                4 Tursunov Tursunov NNP PERSON 7 nsubj
                5 of of IN O 6 case
                6 Uzbekistan Uzbekistan NNP LOCATION 4 nmod
                7 met meet VBD O 0 root
                8 the the DT O 9 det
                9 press press NN O 7 obj
                10 . . . O 7 punct

                1 The the DT O 3 det
                2 Prime Prime NNP O 3 compound
                3 Minister Minister NNP O 6 nsubj
                4 of of IN O 5 case
                5 Georgia Georgia NNP LOCATION 3 nmod
                6 spoke speak VBD O 0 root
                7 . . . O 6 punct
                """));
        assertEquals("UZB", person(e, "Jasur Tursunov").country());
        assertEquals(null, at(e, 1, 3));
    }

    @Test void anOfficeOfACountrysBodyOrOfAnotherStateWithTheSameWordIsNotItsHead() {
        // "Congo's President Jean Okemba spoke. The President of the Democratic Republic of the Congo and the President
        // of Congo's Senate did not.": neither is Okemba
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Congo Congo NNP LOCATION 4 nmod:poss
                2 's 's POS O 1 case
                3 President President NNP O 5 compound
                4 Jean Jean NNP PERSON 5 compound
                5 Okemba Okemba NNP PERSON 6 nsubj
                6 spoke speak VBD O 0 root
                7 . . . O 6 punct

                1 The the DT O 2 det
                2 President President NNP O 20 nsubj
                3 of of IN O 6 case
                4 the the DT O 6 det
                5 Democratic Democratic NNP LOCATION 6 compound
                6 Republic Republic NNP LOCATION 2 nmod
                7 of of IN LOCATION 9 case
                8 the the DT LOCATION 9 det
                9 Congo Congo NNP LOCATION 6 nmod
                10 and and CC O 12 cc
                11 the the DT O 12 det
                12 President President NNP O 2 conj
                13 of of IN O 16 case
                14 Congo Congo NNP LOCATION 16 nmod:poss
                15 's 's POS O 14 case
                16 Senate Senate NNP ORGANIZATION 12 nmod
                17 did do VBD O 20 aux
                18 not not RB O 20 advmod
                19 . . . O 20 punct
                20 speak speak VB O 0 root
                """));
        assertEquals("COG", person(e, "Jean Okemba").country());
        assertEquals(null, at(e, 1, 2), "the Congolese president of the other Congo");
        assertEquals(null, at(e, 1, 12), "the Senate's president");
        // "Uzbek President Bahodir Rahimov spoke. Kandelaki met the President of Uzbekistan's Constitutional Court."
        DocEntities court = Docs.entities(Docs.parse(PUBLISHED, """
                1 Uzbek Uzbek JJ MISC 2 amod
                2 President President NNP O 4 compound
                3 Bahodir Bahodir NNP PERSON 4 compound
                4 Rahimov Rahimov NNP PERSON 5 nsubj
                5 spoke speak VBD O 0 root
                6 . . . O 5 punct

                1 Kandelaki Kandelaki NNP PERSON 2 nsubj
                2 met meet VBD O 0 root
                3 the the DT O 4 det
                4 President President NNP O 2 obj
                5 of of IN O 9 case
                6 Uzbekistan Uzbekistan NNP LOCATION 9 nmod:poss
                7 's 's POS O 6 case
                8 Constitutional Constitutional NNP ORGANIZATION 9 compound
                9 Court Court NNP ORGANIZATION 4 nmod
                10 . . . O 2 punct
                """));
        assertEquals(null, at(court, 1, 4), "the court's president");
    }

    @Test void aCountryOfSeveralWordsTheTaggerLeftUntaggedIsAPlace() {
        // "Dubois made a visit to Côte d'Ivoire." with the country's two words tagged O
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Dubois Dubois NNP PERSON 2 nsubj
                2 made make VBD O 0 root
                3 a a DT O 4 det
                4 visit visit NN O 2 obj
                5 to to IN O 7 case
                6 Côte Côte NNP O 7 compound
                7 d'Ivoire d'Ivoire NNP O 4 nmod
                8 . . . O 2 punct
                """));
        PlaceRef p = e.placeAt(0, 7).orElseThrow();
        assertEquals("CIV", p.country());
        assertEquals("Côte d'Ivoire", p.span().text());
    }

    @Test void aNameThatPeopleAreAtIsABuildingNotAPerson() {
        // "Ruto and Lee held talks at Cheong Wa Dae." (the tagger took the residence for a person); "at Ruto's
        // invitation" is still Ruto's
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Ruto Ruto NNP PERSON 5 nsubj
                2 and and CC O 3 cc
                3 Lee Lee NNP PERSON 1 conj
                4 held hold VBD O 0 root
                5 talks talk NNS O 4 obj
                6 at at IN O 9 case
                7 Cheong Cheong NNP PERSON 9 compound
                8 Wa Wa NNP PERSON 9 compound
                9 Dae Dae NNP PERSON 4 obl
                10 . . . O 4 punct

                1 Lee Lee NNP PERSON 2 nsubj
                2 came come VBD O 0 root
                3 at at IN O 6 case
                4 Ruto Ruto NNP PERSON 6 nmod:poss
                5 's 's POS O 4 case
                6 invitation invitation NN O 2 obl
                7 . . . O 2 punct
                """));
        assertEquals(List.of("Lee", "Ruto"), names(e).stream().sorted().toList());
    }

    @Test void theOneLeaderOfATitleIsTheTitleAlone() {
        // "Kenyan Premier Ana Ruto arrived. The premier left." and, with two presidents, "The president left." is neither
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Kenyan Kenyan JJ MISC 3 amod
                2 Premier Premier NNP O 4 compound
                3 Ana Ana NNP PERSON 4 compound
                4 Ruto Ruto NNP PERSON 5 nsubj
                5 arrived arrive VBD O 0 root
                6 . . . O 5 punct

                1 The the DT O 2 det
                2 premier premier NN O 3 nsubj
                3 left leave VBD O 0 root
                4 . . . O 3 punct
                """));
        assertEquals("Ana Ruto", at(e, 1, 2));
        DocEntities two = Docs.entities(Docs.parse(PUBLISHED, """
                1 President President NNP O 2 compound
                2 Ruto Ruto NNP PERSON 6 nsubj
                3 and and CC O 5 cc
                4 President President NNP O 5 compound
                5 Osei Osei NNP PERSON 2 conj
                6 met meet VBD O 0 root
                7 . . . O 6 punct

                1 The the DT O 2 det
                2 president president NN O 3 nsubj
                3 left leave VBD O 0 root
                4 . . . O 3 punct
                """));
        assertEquals(null, at(two, 1, 2), "two presidents: the reference could be either");
    }

    @Test void aStyleAndATitleWordTaggedAsNamesAreNotPeople() {
        // "The Amir of Qatar, Sheikh Tamim Al Thani, met President of Finland HE Aino Salo. The Amir left." The tagger
        // takes "Amir" for a name: alone it is the title, and refers to Tamim; "Sheikh" and "HE" are styles, which
        // leave the title phrases before them, and their countries, to the names
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 The the DT O 2 det
                2 Amir Amir NNP PERSON 10 nsubj
                3 of of IN O 4 case
                4 Qatar Qatar NNP LOCATION 2 nmod
                5 , , , O 2 punct
                6 Sheikh Sheikh NNP O 8 compound
                7 Tamim Tamim NNP PERSON 8 compound
                8 Al Al NNP PERSON 9 compound
                9 Thani Thani NNP PERSON 2 appos
                10 met meet VBD O 0 root
                11 President President NNP O 16 compound
                12 of of IN O 13 case
                13 Finland Finland NNP LOCATION 11 nmod
                14 HE HE NNP O 16 compound
                15 Aino Aino NNP PERSON 16 compound
                16 Salo Salo NNP PERSON 10 obj
                17 . . . O 10 punct

                1 The the DT O 2 det
                2 Amir Amir NNP PERSON 3 nsubj
                3 left leave VBD O 0 root
                4 . . . O 3 punct
                """));
        assertEquals(List.of("Tamim Al Thani", "Aino Salo"), names(e));
        assertEquals("QAT", person(e, "Tamim Al Thani").country());
        LocalPerson salo = person(e, "Aino Salo");
        assertEquals("FIN", salo.country());
        assertFalse(salo.titles().stream().anyMatch(t -> t.contains("HE")), salo.titles().toString());
        assertEquals("Tamim Al Thani", at(e, 1, 2));
    }

    @Test void aTitleWordThatEndsANameOfTheArticleIsThatName() {
        // "Mervyn King spoke. King left.": the surname, not the title
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Mervyn Mervyn NNP PERSON 2 compound
                2 King King NNP PERSON 3 nsubj
                3 spoke speak VBD O 0 root
                4 . . . O 3 punct

                1 King King NNP PERSON 2 nsubj
                2 left leave VBD O 0 root
                3 . . . O 2 punct
                """));
        assertEquals("Mervyn King", at(e, 1, 1), names(e) + " " + e.people().get(0).mentions());
    }

    @Test void aSurnameTaggedAloneAsAnOrganisationIsTheArticlesPerson() {
        // "President Aino Salo left. Salo leaves Helsinki on Sunday.", the second Salo tagged ORGANIZATION
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 President President NNP O 3 compound
                2 Aino Aino NNP PERSON 3 compound
                3 Salo Salo NNP PERSON 4 nsubj
                4 left leave VBD O 0 root
                5 . . . O 4 punct

                1 Salo Salo NNP ORGANIZATION 2 nsubj
                2 leaves leave VBZ O 0 root
                3 Helsinki Helsinki NNP LOCATION 2 obj
                4 on on IN O 5 case
                5 Sunday Sunday NNP DATE 2 obl
                6 . . . O 2 punct
                """));
        assertEquals("Aino Salo", at(e, 1, 1));
    }

    @Test void aRoyalTitleTakenIntoANameIsNotItsGivenName() {
        // "Prince Omar bin Saleh met Prince Faisal bin Saleh and King Saleh.": two princes, not one "Prince ... bin
        // Saleh"; the king keeps his title, as "Saleh" alone would name no one
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Prince Prince NNP PERSON 4 compound
                2 Omar Omar NNP PERSON 4 compound
                3 bin bin NNP PERSON 4 compound
                4 Saleh Saleh NNP PERSON 5 nsubj
                5 met meet VBD O 0 root
                6 Prince Prince NNP PERSON 9 compound
                7 Faisal Faisal NNP PERSON 9 compound
                8 bin bin NNP PERSON 9 compound
                9 Saleh Saleh NNP PERSON 5 obj
                10 and and CC O 12 cc
                11 King King NNP PERSON 12 compound
                12 Saleh Saleh NNP PERSON 9 conj
                13 . . . O 5 punct
                """));
        assertEquals("Omar bin Saleh", at(e, 0, 4));
        assertEquals("Faisal bin Saleh", at(e, 0, 9));
        assertEquals("King Saleh", at(e, 0, 12));
    }

    @Test void aStyleTakenIntoANameIsNotItsGivenName() {
        // "Emir Sheikh Omar Ali Al-Saleh met Sheikh Faisal Hamad Al-Saleh and Sheikh Hana.": "Sheikh" is a style
        // before two names of three words; a name of two keeps it, as "Hana" alone may not be the whole name
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Emir Emir NNP PERSON 5 compound
                2 Sheikh Sheikh NNP PERSON 5 compound
                3 Omar Omar NNP PERSON 5 compound
                4 Ali Ali NNP PERSON 5 compound
                5 Al-Saleh Al-Saleh NNP PERSON 6 nsubj
                6 met meet VBD O 0 root
                7 Sheikh Sheikh NNP PERSON 10 compound
                8 Faisal Faisal NNP PERSON 10 compound
                9 Hamad Hamad NNP PERSON 10 compound
                10 Al-Saleh Al-Saleh NNP PERSON 6 obj
                11 and and CC O 13 cc
                12 Sheikh Sheikh NNP PERSON 13 compound
                13 Hana Hana NNP PERSON 10 conj
                14 . . . O 6 punct
                """));
        assertEquals("Omar Ali Al-Saleh", at(e, 0, 5));
        assertEquals("Faisal Hamad Al-Saleh", at(e, 0, 10));
        assertEquals("Sheikh Hana", at(e, 0, 13));
        assertTrue(person(e, "Omar Ali Al-Saleh").titles().contains("Emir"), person(e, "Omar Ali Al-Saleh").titles().toString());
    }

    @Test void aStyleOfAddressAfterTheCommaLeavesTheTitleBeforeIt() {
        // "He received the Emir of Kuwait, His Highness Sheikh Omar Ali Al-Saleh."
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 He he PRP O 2 nsubj
                2 received receive VBD O 0 root
                3 the the DT O 4 det
                4 Emir Emir NNP O 2 obj
                5 of of IN O 6 case
                6 Kuwait Kuwait NNP LOCATION 4 nmod
                7 , , , O 4 punct
                8 His his PRP$ O 9 nmod:poss
                9 Highness Highness NNP O 13 compound
                10 Sheikh Sheikh NNP PERSON 13 compound
                11 Omar Omar NNP PERSON 13 compound
                12 Ali Ali NNP PERSON 13 compound
                13 Al-Saleh Al-Saleh NNP PERSON 4 appos
                14 . . . O 2 punct
                """));
        assertEquals("KWT", person(e, "Omar Ali Al-Saleh").country());
        // "He received in Rabat the Emir of Kuwait, His Highness Sheikh Omar Ali Al-Saleh.": the capital before "the"
        // is where he was received, not the emir's country
        DocEntities received = Docs.entities(Docs.parse(PUBLISHED, """
                1 He he PRP O 2 nsubj
                2 received receive VBD O 0 root
                3 in in IN O 4 case
                4 Rabat Rabat NNP LOCATION 2 obl
                5 the the DT O 6 det
                6 Emir Emir NNP O 2 obj
                7 of of IN O 8 case
                8 Kuwait Kuwait NNP LOCATION 6 nmod
                9 , , , O 6 punct
                10 His his PRP$ O 11 nmod:poss
                11 Highness Highness NNP O 15 compound
                12 Sheikh Sheikh NNP PERSON 15 compound
                13 Omar Omar NNP PERSON 15 compound
                14 Ali Ali NNP PERSON 15 compound
                15 Al-Saleh Al-Saleh NNP PERSON 6 appos
                16 . . . O 2 punct
                """));
        assertEquals("KWT", person(received, "Omar Ali Al-Saleh").country());
    }

    @Test void aBareNameAfterATitleIsTheBearerWhoHoldsIt() {
        // "President Joe Mensah and First Lady Ama Mensah spoke. President Mensah left." -- Ama is named last, but the
        // title before the bare name is Joe's
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 President President NNP O 3 compound
                2 Joe Joe NNP PERSON 3 compound
                3 Mensah Mensah NNP PERSON 9 nsubj
                4 and and CC O 8 cc
                5 First First NNP O 6 compound
                6 Lady Lady NNP O 8 compound
                7 Ama Ama NNP PERSON 8 compound
                8 Mensah Mensah NNP PERSON 3 conj
                9 spoke speak VBD O 0 root
                10 . . . O 9 punct

                1 President President NNP O 2 compound
                2 Mensah Mensah NNP PERSON 3 nsubj
                3 left leave VBD O 0 root
                4 . . . O 3 punct
                """));
        assertEquals("Joe Mensah", at(e, 1, 2));
    }

    @Test void aHyphenatedNameAfterATitleThatTheTaggerMissedIsAPerson() {
        // "South Korean President Park Min-jae spoke.": the tagger splits the hyphen and tags none of it
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 South south JJ MISC 2 amod
                2 Korean Korean JJ MISC 3 amod
                3 President President NNP O 7 compound
                4 Park Park NNP O 7 compound
                5 Min Min NNP O 7 compound
                6 - - HYPH O 7 punct
                7 jae jae NNP O 8 nsubj
                8 spoke speak VBD O 0 root
                9 . . . O 8 punct
                """));
        assertEquals("Park Min-jae", at(e, 0, 4));
        assertEquals("KOR", person(e, "Park Min-jae").country());
    }

    @Test void anIndefiniteTitleNamesNoOne() {
        // "French Foreign Minister Claire Dubois arrived in Nairobi. It was the first visit by a French foreign minister."
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, DUBOIS_ARRIVED + """
                1 It it PRP O 5 nsubj
                2 was be VBD O 5 cop
                3 the the DT O 5 det
                4 first first JJ O 5 amod
                5 visit visit NN O 0 root
                6 by by IN O 10 case
                7 a a DT O 10 det
                8 French French JJ MISC 10 amod
                9 foreign foreign JJ O 10 amod
                10 minister minister NN O 5 nmod
                11 . . . O 5 punct
                """));
        assertEquals(null, at(e, 1, 10));
        assertEquals(1, person(e, "Claire Dubois").mentions().size());
    }

    @Test void titleReferenceWithTwoCandidatesStaysUnresolved() {
        // "French Foreign Minister Claire Dubois met French Foreign Minister Paul Martin. The French foreign minister left."
        // (two French foreign ministers: the reference could be either, so it goes to neither)
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 French French JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Claire Claire NNP PERSON 5 compound
                5 Dubois Dubois NNP PERSON 6 nsubj
                6 met meet VBD O 0 root
                7 French French JJ MISC 9 amod
                8 Foreign Foreign NNP O 9 compound
                9 Minister Minister NNP O 11 compound
                10 Paul Paul NNP PERSON 11 compound
                11 Martin Martin NNP PERSON 6 obj
                12 . . . O 6 punct

                1 The the DT O 4 det
                2 French French JJ MISC 4 amod
                3 foreign foreign JJ O 4 amod
                4 minister minister NN O 5 nsubj
                5 left leave VBD O 0 root
                6 . . . O 5 punct
                """));
        assertEquals(null, at(e, 1, 4));
    }

    @Test void familyNameFirst() {
        // "Li Qiang met Olaf Berger in Vienna. Mr Li praised the talks."
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Li Li NNP PERSON 2 compound
                2 Qiang Qiang NNP PERSON 3 nsubj
                3 met meet VBD O 0 root
                4 Olaf Olaf NNP PERSON 5 compound
                5 Berger Berger NNP PERSON 3 obj
                6 in in IN O 7 case
                7 Vienna Vienna NNP LOCATION 3 obl
                8 . . . O 3 punct

                1 Mr Mr NNP O 2 compound
                2 Li Li NNP PERSON 3 nsubj
                3 praised praise VBD O 0 root
                4 the the DT O 5 det
                5 talks talk NNS O 3 obj
                6 . . . O 3 punct
                """));
        assertEquals("Li Qiang", at(e, 1, 2));
        assertTrue(person(e, "Li Qiang").familyFirst());
        assertFalse(person(e, "Olaf Berger").familyFirst());
        assertEquals(List.of("Li Qiang", "Olaf Berger"), names(e));
    }

    @Test void missedShortNameIsPickedUp() {
        // "Chinese Premier Li Qiang landed in Vienna. Li praised the talks." with the second "Li" missed by the tagger;
        // the family name comes first because the premier is Chinese
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Chinese Chinese JJ MISC 2 amod
                2 Premier Premier NNP O 4 compound
                3 Li Li NNP PERSON 4 compound
                4 Qiang Qiang NNP PERSON 5 nsubj
                5 landed land VBD O 0 root
                6 in in IN O 7 case
                7 Vienna Vienna NNP LOCATION 5 obl
                8 . . . O 5 punct

                1 Li Li NNP O 2 nsubj
                2 praised praise VBD O 0 root
                3 the the DT O 4 det
                4 talks talk NNS O 2 obj
                5 . . . O 2 punct
                """));
        assertEquals("CHN", person(e, "Li Qiang").country());
        assertEquals("Li Qiang", at(e, 1, 1));
        assertTrue(person(e, "Li Qiang").familyFirst());
    }

    @Test void missedSurnameIsPickedUp() {
        // "Olaf Berger landed in Vienna. Berger praised the talks." with the second "Berger" tagged O
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Olaf Olaf NNP PERSON 2 compound
                2 Berger Berger NNP PERSON 3 nsubj
                3 landed land VBD O 0 root
                4 in in IN O 5 case
                5 Vienna Vienna NNP LOCATION 3 obl
                6 . . . O 3 punct

                1 Berger Berger NNP O 2 nsubj
                2 praised praise VBD O 0 root
                3 the the DT O 4 det
                4 talks talk NNS O 2 obj
                5 . . . O 2 punct
                """));
        assertEquals("Olaf Berger", at(e, 1, 1));
        assertFalse(person(e, "Olaf Berger").familyFirst());
    }

    @Test void noPersonForAPlaceOrAnHonorificAlone() {
        // "Ms said Kenya would host Sato ." with "Ms" and "Kenya" both (wrongly) tagged PERSON
        AnnotatedDoc doc = Docs.parse(PUBLISHED, """
                1 Ms Ms NNP PERSON 2 nsubj
                2 said say VBD O 0 root
                3 Kenya Kenya NNP PERSON 5 nsubj
                4 would would MD O 5 aux
                5 host host VB O 2 ccomp
                6 Kenji Kenji NNP PERSON 7 compound
                7 Sato Sato NNP PERSON 5 obj
                8 . . . O 2 punct
                """);
        DocEntities e = Docs.entities(doc);
        assertEquals(List.of("Kenji Sato"), names(e));
        PlaceRef kenya = e.placeAt(0, 3).orElse(null);
        assertNotNull(kenya, "a country name tagged PERSON is still the country");
        assertEquals("KEN", kenya.country());
    }

    @Test void bareKoreanFamilyNameIsTheArticlesPrincipalBearer() {
        // "Kim Jong Un arrived in Hanoi . Kim Jong Un met Kim Yo Jong . His father , Kim Jong Il , feared flying .
        //  Kim met Trump ." No country, no title: the names say they are Korean.
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Kim Kim NNP PERSON 3 compound
                2 Jong Jong NNP PERSON 3 compound
                3 Un Un NNP PERSON 4 nsubj
                4 arrived arrive VBD O 0 root
                5 in in IN O 6 case
                6 Hanoi Hanoi NNP LOCATION 4 obl
                7 . . . O 4 punct

                1 Kim Kim NNP PERSON 3 compound
                2 Jong Jong NNP PERSON 3 compound
                3 Un Un NNP PERSON 4 nsubj
                4 met meet VBD O 0 root
                5 Kim Kim NNP PERSON 7 compound
                6 Yo Yo NNP PERSON 7 compound
                7 Jong Jong NNP PERSON 4 obj
                8 . . . O 4 punct

                1 His his PRP$ O 2 nmod:poss
                2 father father NN O 9 nsubj
                3 , , , O 2 punct
                4 Kim Kim NNP PERSON 6 compound
                5 Jong Jong NNP PERSON 6 compound
                6 Il Il NNP PERSON 2 appos
                7 , , , O 2 punct
                8 feared fear VBD O 9 aux
                9 flying fly VBG O 0 root
                10 . . . O 9 punct

                1 Kim Kim NNP PERSON 2 nsubj
                2 met meet VBD O 0 root
                3 Trump Trump NNP PERSON 2 obj
                4 . . . O 2 punct
                """));
        assertEquals("Kim Jong Un", at(e, 3, 1), "not the most recent Kim, his father: the Kim the article is about");
        assertEquals("Kim Jong Il", at(e, 2, 4));
        assertEquals("Kim Yo Jong", at(e, 1, 5));
    }

    @Test void bareChineseFamilyNameOnATieIsTheMostRecentBearer() {
        // "Wang Yi met Blinken . Wang Wenbin spoke . Wang said ..." : one mention each, so the nearer Wang
        DocEntities e = Docs.entities(Docs.parse(PUBLISHED, """
                1 Wang Wang NNP PERSON 2 compound
                2 Yi Yi NNP PERSON 3 nsubj
                3 met meet VBD O 0 root
                4 Blinken Blinken NNP PERSON 3 obj
                5 . . . O 3 punct

                1 Wang Wang NNP PERSON 2 compound
                2 Wenbin Wenbin NNP PERSON 3 nsubj
                3 spoke speak VBD O 0 root
                4 . . . O 3 punct

                1 Wang Wang NNP PERSON 2 nsubj
                2 said say VBD O 0 root
                3 . . . O 2 punct
                """));
        assertEquals("Wang Wenbin", at(e, 2, 1));
    }
}
