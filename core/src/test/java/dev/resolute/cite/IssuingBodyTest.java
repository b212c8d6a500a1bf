package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.Citation;
import dev.resolute.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The issuing body read from context, in the forms the UN's own texts use (contexts taken from
 * {@code unxml/}, GA session 75): a council named alone, Arabic spelling variants, Chinese lists.
 */
class IssuingBodyTest {

  private static List<String> cite(String text, Language language) {
    return cite(text, language, Body.GA);
  }

  @Test
  void councilNamedAloneIsTheCouncilWhoseNumberingTheNumberHas() {
    assertEquals(List.of("A/HRC/RES/27/21", "S/RES/1373(2001)", "E/RES/2019/26"),
        cite("as set out in Council resolution 27/21, Council resolution 1373 (2001) and Council resolution 2019/26",
            Language.EN));
  }

  @Test
  void aBodyNamedAsTheAgentOfTheAdoptionIssuedWhatItAdopted() {
    // A/RES/75/198 (French), and the English and Spanish forms of the same construction
    assertEquals(List.of("CND:63/15"),
        cite("Note avec satisfaction l’adoption, par la Commission des stupéfiants, de la décision 63/15 du 4 mars 2020 sur",
            Language.FR));
    assertEquals(List.of("CND:63/15"),
        cite("Notes the adoption by the Commission on Narcotic Drugs of decision 63/15 of 4 March 2020 on", Language.EN));
    assertEquals(List.of("CND:63/15"),
        cite("Observa la aprobación, por la Comisión de Estupefacientes, de la decisión 63/15 de 4 de marzo de 2020,",
            Language.ES));
  }

  /** A/RES/75/182 and A/HRC/RES/54/26 (English, French, Spanish), A/RES/75/168 (French). */
  @Test
  void aBodyNamedByTheFirstWordOfItsNameAloneIsTheOneNamedBefore() {
    assertEquals(List.of("CHR:1998/72"),
        cite("and those of the Commission on Human Rights on the right to development, in particular Commission "
            + "resolution 1998/72 of 22 April 1998", Language.EN));
    assertEquals(List.of("CSW:56/4"),
        cite("des résolutions de la Commission de la condition de la femme, et de la résolution 56/4 de la Commission, "
            + "en date du 9 mars 2012", Language.FR));
    assertEquals(List.of("CHR:2002/68", "CHR:2003/30"),
        cite("de la Commission des droits de l’homme, en particulier les résolutions de la Commission 2002/68 du "
            + "25 avril 2002 et 2003/30 du 23 avril 2003", Language.FR));
  }

  /** A/RES/75/182 and A/HRC/RES/54/26 (Chinese): a name's head is its last word, 委员会 the commission. */
  @Test
  void aChineseBodyNamedByTheLastWordOfItsNameAloneIsTheOneNamedBeforeInTheSentence() {
    assertEquals(List.of("CHR:1998/72"),
        cite("并回顾人权理事会和人权委员会关于发展权的各项决议，特别是委员会关于迫切需要在落实发展权方面取得进一步进展的"
            + "1998年4月22日第1998/72号决议，", Language.ZH));
    assertEquals(List.of("CHR:2002/68", "CHR:2003/30"),
        cite("又回顾大会、人权委员会和人权理事会以往所有关于消除种族主义的决议和决定，特别是委员会2002年4月25日"
            + "第2002/68号决议和2003年4月23日第2003/30号决议，", Language.ZH, Body.HRC));
  }

  /** A/HRC/RES/54/33 (French), preamble 14: the Assembly is named too far before "sa résolution" to be read. */
  @Test
  void aSessionAfterTheTextsOwnIsNoResolutionOfItsOwnBody() {
    CitationContext council = CitationContext.of(Language.FR, Body.HRC, "preamble:14")
        .withOwnSymbol(dev.resolute.symbol.DocumentSymbol.tryParse("A/HRC/RES/54/33"));
    String text = "Rappelant la demande faite par l’Assemblée générale au Secrétaire général de l’Organisation des Nations Unies"
        + " et à la Secrétaire générale de la Communauté des Caraïbes, dans sa résolution 75/323, de poursuivre";
    assertEquals(List.of("A/RES/75/323"), CitationExtractor.create().extract(text, council).citations().stream()
        .map(dev.resolute.model.Citation::canonical).toList());
    assertEquals(List.of("A/HRC/RES/53/3"), CitationExtractor.create()
        .extract("Rappelant sa résolution 53/3,", council).citations().stream().map(dev.resolute.model.Citation::canonical)
        .toList());
  }

  /** A/RES/75/152, note 17, and A/RES/75/199, note 6: the Council's resolutions printed in its report to the Assembly. */
  @Test
  void aNumberInTheCouncilsReportToTheAssemblyIsTheCouncils() {
    assertEquals(List.of("A/74/53/Add.1", "A/HRC/RES/42/12"), cite("See Official Records of the General Assembly,"
        + " Seventy-fourth Session, Supplement No. 53A (A/74/53/Add.1), chap. III, resolution 42/12.", Language.EN));
    assertEquals(List.of("A/69/53/Add.1", "A/69/53/Add.1/Corr.2", "A/HRC/RES/27/12"), cite("Официальные отчеты"
        + " Генеральной Ассамблеи, шестьдесят девятая сессия, Дополнение № 53А и исправление (A/69/53/Add.1 и"
        + " A/69/53/Add.1/Corr.2), гл. IV, разд. A, резолюция 27/12.", Language.RU));
    assertEquals(List.of("A/74/53/Add.1", "A/HRC/RES/42/12"), cite("Véase Documentos Oficiales de la Asamblea General,"
        + " septuagésimo cuarto período de sesiones, suplemento núm. 53A (A/74/53/Add.1), cap. III, resolución 42/12.",
        Language.ES));
  }

  /** Only where the report is the last document cited before it, and the Council held the session then. */
  @Test
  void aNumberAfterTheCouncilsReportThatTheCouncilCouldNotHaveNumberedIsNotTheCouncils() {
    assertEquals(List.of("A/75/53", "A/RES/74/150"), cite("Takes note of the report of the Human Rights Council (A/75/53),"
        + " and resolution 74/150,", Language.EN));
    assertEquals(List.of("A/74/53/Add.1", "A/74/100", "A/RES/42/12"), cite("See the report (A/74/53/Add.1) and the note"
        + " (A/74/100), resolution 42/12.", Language.EN));
  }

  /** A/RES/75/219, 75/239, 75/271: the Conference's decisions printed in the report of its meeting. */
  @Test
  void aNumberInTheReportOfTheBiodiversityConferenceIsItsDecision() {
    assertEquals(List.of("UNEP/CBD/COP/10/27", "CBD-COP:X/2"), cite("United Nations Environment Programme, document"
        + " UNEP/CBD/COP/10/27, annex, decision X/2, annex.", Language.EN));
    // Arabic prints the tenth meeting's session in digits
    assertEquals(List.of("UNEP/CBD/COP/10/27", "CBD-COP:X/2"), cite("برنامج الأمم المتحدة للبيئة، الوثيقة"
        + " UNEP/CBD/COP/10/27، المرفق، المقرر 10/2، المرفق.", Language.AR));
  }

  /**
   * The functional commissions' reports are supplements to the Council's Official Records:
   * E/RES/2021/5 note 7 (the Commission on the Status of Women's 59/1, which an Assembly resolution
   * 59/1 is not), A/RES/75/220 note 16 (the Statistical Commission's decision 44/114).
   */
  @Test
  void aNumberInACommissionsReportToTheCouncilIsTheCommissions() {
    assertEquals(List.of("E/2015/27", "CSW:59/1"), cite("Official Records of the Economic and Social Council, 2015,"
        + " Supplement No. 7 (E/2015/27), chap. I, sect. C, resolution 59/1, annex.", Language.EN));
    assertEquals(List.of("E/2013/24", "STATCOM:44/114"), cite("Documents officiels du Conseil économique et social, 2013,"
        + " Supplément no 4 (E/2013/24), chap. I, sect. C, décision 44/114.", Language.FR));
    // a session the Commission did not hold that year: the Assembly's
    assertEquals(List.of("E/2015/27", "A/RES/70/1"), cite("Supplement No. 7 (E/2015/27), chap. I, and resolution 70/1.",
        Language.EN));
  }

  /**
   * A/RES/75/194 (French): the Conference named paragraphs before by its full name, here by a short
   * form of it; its fifth session met in 2013, its sixth in 2015, its seventh in 2017.
   */
  @Test
  void aDatedNumberTheAssemblyCannotHaveIsTheNamedBodyWhoseSessionFitsTheDate() {
    String text = "dont la Conférence des États parties à la Convention avait demandé l’élaboration dans ses résolutions"
        + " 5/3 du 29 novembre 2013, 6/2 et 6/3 du 6 novembre 2015 et 7/1 du 10 novembre 2017";
    CitationContext named = CitationContext.of(Language.FR, Body.GA, "preamble:49").withNamedBefore(List.of("CAC-COSP"));
    assertEquals(List.of("CAC-COSP:5/3", "CAC-COSP:6/2", "CAC-COSP:6/3", "CAC-COSP:7/1"),
        CitationExtractor.create().extract(text, named).citations().stream().map(c -> c.canonical()).toList());
    // named nowhere in the document: no body is read from the date alone
    assertEquals(List.of(), cite(text, Language.FR));
  }

  /** The report of its tenth meeting prints none of the twelfth meeting's decisions. */
  @Test
  void aNumberOfAnotherMeetingThanTheReportsIsNotTakenFromIt() {
    assertEquals(List.of("UNEP/CBD/COP/10/27"), cite("document UNEP/CBD/COP/10/27, annex, decision XII/7.", Language.EN));
  }

  /** A/RES/75/194, note 21: a body whose sessions the tables do not date, and a number the Assembly cannot have. */
  @Test
  void aNumberTheAssemblyCannotHaveInTheReportOfTheCorruptionConferenceIsItsResolution() {
    assertEquals(List.of("CAC/COSP/2013/18", "CAC-COSP:5/3"), cite("CAC/COSP/2013/18, sect. I.A, resolution 5/3, para. 6.",
        Language.EN));
    assertEquals(List.of("CAC/COSP/2019/17", "A/RES/58/4"), cite("See CAC/COSP/2019/17, para. 3, and resolution 58/4.",
        Language.EN));
  }

  /** A/RES/75/90 (Chinese), operative paragraph 42: the committees that Council resolutions established. */
  @Test
  void theChineseLastWordOfANameStandsForNoBodyNamedInAnotherSentenceOrPiece() {
    CitationContext context = CitationContext.of(Language.ZH, Body.GA, "p").withNamedBefore(List.of("CHR"));
    assertEquals(List.of("S/RES/1988(2011)", "S/RES/1267(1999)", "S/RES/1989(2011)"), CitationExtractor.create()
        .extract("人权委员会已作出决定。安理会第1988(2011)号决议所设委员会和第1267(1999)、1989(2011)号决议所设委员会需要继续关注",
            context).citations().stream().map(dev.resolute.model.Citation::canonical).toList());
  }

  /** A/RES/75/219 (en, op. 42), as the Spanish "reflejada en su resolución 2/17" reads already. */
  @Test
  void aBodyWhoseResolutionReflectsWhatItDidIssuedIt() {
    assertEquals(List.of("UNEA:2/17"), cite("notes the contribution of the United Nations Environment Assembly, as reflected in "
        + "its resolution 2/17 of 27 May 2016,", Language.EN));
    assertEquals(List.of("UNEA:2/17"), cite("observa la contribución de la Asamblea de las Naciones Unidas sobre el Medio "
        + "Ambiente, reflejada en su resolución 2/17, de 27 de mayo de 2016", Language.ES));
    assertEquals(List.of("UNEA:2/17"), cite("отмечает в этой связи вклад Ассамблеи Организации Объединенных Наций по"
        + " окружающей среде, как об этом говорится в ее резолюции 2/17 от 27 мая 2016 года", Language.RU));
  }

  /** A/RES/75/222 (French), E/RES/2021/24 (English). */
  @Test
  void anItemOfAnEnumerationThatNoOtherBodyCouldNumberIsTheBodyOfTheItemBefore() {
    assertEquals(List.of("UNEA:1/7", "UNEA:2/21"),
        cite("Rappelant la résolution 1/7 de l’Assemblée des Nations Unies pour l’environnement, en date du 27 juin 2014, "
            + "sur le renforcement du rôle du Programme, la résolution 2/21, en date du 27 mai 2016, sur les tempêtes",
            Language.FR));
    assertEquals(List.of("CCPCJ:16/1", "CCPCJ:23/1", "CCPCJ:28/3"),
        cite("Commission on Crime Prevention and Criminal Justice resolutions 16/1 of 27 April 2007 and 23/1 of 16 May "
            + "2014 on trafficking in forest products, and resolution 28/3 of 24 May 2019 entitled", Language.EN));
  }

  @Test
  void anItemFollowedByABodysLinkingWordsIsNotTheBodyOfTheItemBefore() {
    // the body after it is one the tables do not know ("of the Conference of the States Parties to the Convention")
    assertEquals(List.of("UNEA:4/10"),
        cite("resolution 4/10 of the United Nations Environment Assembly, as well as resolution 7/5 of 10 November 2017 "
            + "of the Meeting of the Parties to the Protocol on promoting", Language.EN));
  }

  @Test
  void frenchAndSpanishNameTheConferenceOfTheOrganizedCrimeConventionsPartiesAsStatesParties() {
    assertEquals(List.of("CTOC-COP:10/6"),
        cite("ainsi que de la résolution 10/6 du 16 octobre 2020 intitulée « Prévenir et combattre les crimes » de la "
            + "Conférence des États Parties à la Convention des Nations Unies contre la criminalité transnationale organisée",
            Language.FR));
  }

  @Test
  void russianAndArabicNameACommissionByItsFirstWordToo() {
    assertEquals(List.of("CHR:1998/72"),
        cite("резолюции Комиссии по правам человека по вопросу о праве на развитие, в частности на резолюцию 1998/72 "
            + "Комиссии от 22 апреля 1998 года", Language.RU));
    assertEquals(List.of("CHR:1998/72"),
        cite("وقرارات لجنة حقوق الإنسان المتعلقة بالحق في التنمية، ولا سيما قرار اللجنة 1998/72 المؤرخ 22 نيسان/أبريل 1998",
            Language.AR));
  }

  @Test
  void aConferenceNamedAgainWithoutItsFullNameIsTheOneNamedBefore() {
    // A/RES/75/194: "… of the Conference of the States Parties to the Convention" after its full name
    assertEquals(List.of("CAC-COSP:8/4", "CAC-COSP:7/5"),
        cite("resolution 8/4 of the Conference of the States Parties to the United Nations Convention against "
            + "Corruption on corruption in sport, as well as resolution 7/5 of 10 November 2017 of the Conference of the "
            + "States Parties to the Convention on promoting", Language.EN));
  }

  @Test
  void aShortNameIsTheBodyAnEarlierPieceOfTheDocumentNamedWithIt() {
    // A/RES/75/194: the Conference named in full paragraphs before "Conference resolution 6/1"
    CitationExtractor extractor = CitationExtractor.create();
    CitationContext first = CitationContext.of(Language.EN, Body.GA, "preamble:5");
    Extraction named = extractor.extract("to give full effect to the resolutions of the Conference of the States Parties "
        + "to the United Nations Convention against Corruption,", first);
    assertEquals(List.of("CAC-COSP:6/1", "CAC-COSP:3/1"), extractor.extract("Conference resolution 6/1 of 6 November 2015, "
        + "and resolution 3/1 of 13 November 2009 of the Conference of the States Parties to the Convention,",
        first.after(named).at("preamble:24", java.util.Optional.empty())).citations().stream()
        .map(dev.resolute.model.Citation::canonical).toList());
  }

  @Test
  void aShortNameEarlierInTheSentenceIsTheBodyOfNumbersTheAssemblyCannotHave() {
    // A/RES/75/194, operative 34: the Conference named in full paragraphs before
    assertEquals(List.of("CAC-COSP:7/8", "CAC-COSP:8/4", "CAC-COSP:7/5"), canonicalsAfterNaming(List.of("CAC-COSP"),
        "Urges States parties to the Convention to effectively implement all resolutions and decisions of the Conference "
            + "of the States Parties to the Convention, including resolutions 7/8 on corruption in sport and 8/4 on "
            + "safeguarding sport from corruption, as well as resolution 7/5 on promoting preventive measures;", Language.EN));
  }

  @Test
  void arabicShortensANameToItsOpeningWordsWithoutTheArticle() {
    // A/RES/75/194 (ar), operative 34: "the Conference of the States Parties to the Convention", a construct
    // without the article of the standalone short name (المؤتمر)
    assertEquals(List.of("CAC-COSP:7/8", "CAC-COSP:8/4"), canonicalsAfterNaming(List.of("CAC-COSP"),
        "تحث الدول الأطراف في الاتفاقية على أن تنفذ بفعالية جميع القرارات والمقررات الصادرة عن مؤتمر الدول الأطراف في"
            + " الاتفاقية، بما في ذلك القراران 7/8 المتعلق بالفساد في ميدان الرياضة و 8/4 المتعلق بحماية الرياضة من الفساد،",
        Language.AR));
    // A/RES/75/219 (ar): the Conference of the Parties to the Biodiversity Convention, its roman session in digits
    assertEquals(List.of("CBD-COP:X/3"), canonicalsAfterNaming(List.of("CBD-COP"),
        "إضافة إلى المقرر 10/3 الذي اتخذه مؤتمر الأطراف في اجتماعه العاشر بشأن استعراض تنفيذها،", Language.AR));
  }

  @Test
  void aChineseConferenceOfThePartiesBeforeAListIsTheOneAnEarlierPieceNamed() {
    // A/RES/75/219 (zh), operative 32, the Biodiversity Convention's Conference named in full paragraphs before
    assertEquals(List.of("CBD-COP:XIII/1", "CBD-COP:14/34"), canonicalsAfterNaming(List.of("CBD-COP"),
        "重申需要一个全面的参与性进程，以便充分按照公约缔约方大会第XIII/1和14/34号决定以及其他有关决定，制定提案；",
        Language.ZH));
  }

  @Test
  void aChineseShortNameEarlierInTheSentenceIsTheBodyOfNumbersTheAssemblyCannotHave() {
    // A/RES/75/194 (zh), operative 34: the Conference of the States Parties (缔约国会议), no space around it
    assertEquals(List.of("CAC-COSP:7/8", "CAC-COSP:8/4"), canonicalsAfterNaming(List.of("CAC-COSP"),
        "敦促《公约》缔约国有效执行公约缔约国会议的所有决议和决定，包括关于体育腐败的第7/8号决议和关于防止体育腐败的第8/4号决议，",
        Language.ZH));
  }

  @Test
  void aChineseCommitteeBeforeAListStandsForNoBodyAnEarlierPieceNamed() {
    // A/RES/75/90 (zh): the committees the Council's resolutions established, the Commission on Human Rights named before
    assertEquals(List.of("S/RES/1988(2011)", "S/RES/1267(1999)", "S/RES/1989(2011)", "S/RES/2253(2015)"),
        canonicalsAfterNaming(List.of("CHR"), "并在这方面强调，安理会第1988(2011)号决议所设委员会和第1267(1999)、1989(2011)和"
            + "2253(2015)号决议所设委员会需要继续关注有组织犯罪的收益，", Language.ZH));
  }

  @Test
  void anArabicShortNameStandsOnlyForANameOpeningWithIt() {
    // the Conference of the Parties is not the Conference of the States Parties
    assertEquals(List.of(), canonicalsAfterNaming(List.of("CAC-COSP"),
        "إضافة إلى المقرر 10/3 الذي اتخذه مؤتمر الأطراف في اجتماعه العاشر بشأن استعراض تنفيذها،", Language.AR));
  }

  @Test
  void theItemsOfAnEnumerationBeforeADatedNumberTakeTheBodyItsDateGivesIt() {
    // A/RES/75/194, preamble: the Conference against Corruption named paragraphs before; its sixth session met in 2015
    assertEquals(List.of("CAC-COSP:6/2", "CAC-COSP:6/3", "CAC-COSP:6/4"), canonicalsAfterNaming(List.of("CAC-COSP"),
        "Recalling resolution 6/2 on facilitating international cooperation in asset recovery and the return of proceeds of"
            + " crime, resolution 6/3 on fostering effective asset recovery and resolution 6/4 of 6 November 2015 on enhancing"
            + " the use of civil and administrative proceedings against corruption,", Language.EN));
    assertEquals(List.of("CAC-COSP:6/2", "CAC-COSP:6/3", "CAC-COSP:6/4"), canonicalsAfterNaming(List.of("CAC-COSP"),
        "ссылаясь на резолюцию\u00a06/2 о содействии международному сотрудничеству в принятии мер по возвращению активов и о"
            + " возврате доходов от преступлений, резолюцию\u00a06/3 о содействии эффективному возвращению активов и"
            + " резолюцию\u00a06/4 от 6 ноября 2015 года о расширении применения гражданско-правовых процедур,", Language.RU));
    assertEquals(List.of("CAC-COSP:6/2", "CAC-COSP:6/3", "CAC-COSP:6/4"), canonicalsAfterNaming(List.of("CAC-COSP"),
        "Rappelant la résolution 6/2, qui vise à favoriser la coopération internationale en matière de recouvrement d’avoirs,"
            + " la résolution 6/3, dont l’objet est d’encourager le recouvrement efficace des avoirs, et la résolution 6/4 du"
            + " 6 novembre 2015 sur le recours accru à des procédures civiles,", Language.FR));
  }

  @Test
  void theUnHabitatAssemblyNumbersItsOwnDecisions() {
    // A/RES/75/224, operative 4
    assertEquals(List.of("HSP-HA:1/1"), cite("draft rules of procedure for the UN-Habitat Assembly, which were adopted at the"
        + " first session of the UN-Habitat Assembly, in its decision 1/1 of 31 May 2019;", Language.EN));
  }

  @Test
  void theOpenEndedWorkingGroupOnAgeingNumbersItsOwnDecisions() {
    // A/HRC/RES/54/13, preamble, in a Council text: no decision of the Council's own below 101
    assertEquals(List.of("OEWGA:13/1"), cite("Taking note with appreciation of decision 13/1 adopted by the Open-ended Working"
        + " Group on Ageing at its thirteenth session on the identification of possible gaps,", Language.EN, Body.HRC));
    assertEquals(List.of("OEWGA:13/1"), cite("принимая к сведению принятое Рабочей группой открытого состава по проблемам старения"
        + " на ее тринадцатой сессии решение 13/1 о выявлении возможных пробелов", Language.RU, Body.HRC));
  }

  @Test
  void aNamePrintedWithANoBreakHyphenIsTheNameTheTableWritesWithAHyphen() {
    // A/RES/75/224 (fr), operative 4: "ONU\u2011Habitat"
    assertEquals(List.of("HSP-HA:1/1"), cite("un projet de règlement intérieur de l’Assemblée d’ONU\u2011Habitat, que celle-ci"
        + " a adopté à sa première session dans sa décision 1/1 du 31 mai 2019 ;", Language.FR));
  }

  @Test
  void aRussianShortNameMayStandInTheInstrumentalCase() {
    // A/RES/75/194 (ru), operative 21: "принятие Конференцией …", the adoption by the Conference
    assertEquals(List.of("CAC-COSP:5/6", "CAC-COSP:6/5"), canonicalsAfterNaming(List.of("CAC-COSP"),
        "и в связи с этим приветствует принятие Конференцией государств — участников Конвенции 29 ноября 2013 года"
            + " резолюции 5/6 о частном секторе и резолюции 6/5 «Санкт-Петербургское заявление»;", Language.RU));
  }

  @Test
  void aShortNameInAnEarlierSentenceIsNoBodyOfTheNumber() {
    assertEquals(List.of(), canonicalsAfterNaming(List.of("CAC-COSP"), "Welcomes the work of the Conference of the States "
        + "Parties to the Convention. Recalling resolution 6/2 on facilitating international cooperation,", Language.EN));
  }

  @Test
  void aShortNameEarlierInTheSentenceIsNoBodyOfANumberTheAssemblyCouldHave() {
    assertEquals(List.of("A/RES/70/1"), canonicalsAfterNaming(List.of("CAC-COSP"), "Welcomes the work of the Conference "
        + "of the States Parties to the Convention, including in follow-up to resolution 70/1,", Language.EN));
  }

  private static List<String> canonicalsAfterNaming(List<String> named, String text, Language language) {
    return Cited.afterNaming(named, text, language).stream().map(dev.resolute.model.Citation::canonical).toList();
  }

  @Test
  void aShortNameStandsForTheLastBodyNamedWithItOnly() {
    CitationContext context = CitationContext.of(Language.EN, Body.GA, "p").withNamedBefore(List.of("CAC-COSP", "CHR", "CTOC-COP"));
    // the Conference of the Parties to the organized crime Convention was named after the one against corruption
    assertEquals(List.of("CTOC-COP:10/1"), CitationExtractor.create().extract("Conference resolution 10/1", context).citations()
        .stream().map(dev.resolute.model.Citation::canonical).toList());
    assertEquals(List.of("CHR:1998/72"), CitationExtractor.create().extract("Commission resolution 1998/72", context).citations()
        .stream().map(dev.resolute.model.Citation::canonical).toList());
  }

  @Test
  void aNumberTheAssemblyCouldHaveTakesNoBodyNamedInAnEarlierPiece() {
    // E/RES/2021/29 (ar): "the General Assembly encouraged, in its resolution 72/228 …, the Commission to"
    CitationContext context = CitationContext.of(Language.AR, Body.ECOSOC, "p").withNamedBefore(List.of("CSW"));
    assertEquals(List.of("A/RES/72/228"), CitationExtractor.create().extract(
        "وإذ يشير إلى أن الجمعية العامة شجَّعت، في قرارها 72/228 المؤرخ 20 كانون الأول/ديسمبر 2017، اللجنة على أن", context)
        .citations().stream().map(dev.resolute.model.Citation::canonical).toList());
  }

  @Test
  void theBodiesNamedBeforeAreKeptOnceEachTheLastNamedLast() {
    CitationContext context = CitationContext.of(Language.EN, Body.GA, "p")
        .withNamedBefore(List.of("CHR", "CAC-COSP")).withNamedBefore(List.of("CHR"));
    assertEquals(List.of("CAC-COSP", "CHR"), context.namedBefore());
    CitationContext many = context;
    for (int i = 0; i < 40; i++) {
      many = many.withNamedBefore(List.of("B" + i));
    }
    assertEquals(32, many.namedBefore().size());
    assertEquals("B39", many.namedBefore().get(31));
  }

  @Test
  void theBodyThatAdoptedTheNumberAfterItsTopicIssuedIt() {
    // A/RES/75/239 and 75/229: the topic after the number, then "adopted by" the body
    assertEquals(List.of("UNEA:4/6"), cite("calls upon States to implement resolution 4/6 on marine plastic litter and "
        + "microplastics, adopted by the United Nations Environment Assembly at its fourth session", Language.EN));
    assertEquals(List.of("CBD-COP:XII/11"), cite("la décision XII/11 du 17 octobre 2014 relative à la diversité biologique et au "
        + "développement touristique, adoptée par la Conférence des Parties à la Convention sur la diversité biologique,", Language.FR));
  }

  @Test
  void spanishAdoptsAsWellAsApproves() {
    // A/RES/75/219 (es) prints "la decisión X/3, relativa al examen …, adoptada por la Conferencia de las Partes";
    // Spanish texts write "adoptada por" beside "aprobada por", in either gender and number
    assertEquals(List.of("CBD-COP:X/3"), cite("Recordando la decisión X/3, relativa al examen de la aplicación de la "
        + "estrategia, adoptada por la Conferencia de las Partes en el Convenio sobre la Diversidad Biológica", Language.ES));
    assertEquals(List.of("CND:61/2"), cite("el proyecto de resolución 61/2 adoptado por la Comisión de Estupefacientes",
        Language.ES));
  }

  @Test
  void aShortNameAfterTheTopicAndAnAgentWordIsTheBodyNamedBefore() {
    // A/RES/75/219 (es): the Conference of the Parties named in full before, then by its short name
    assertEquals(List.of("CBD-COP:X/3"), Cited.afterNaming(List.of("CBD-COP"), "al igual que la decisión X/3, relativa al "
        + "examen de la aplicación de la estrategia, adoptada por la Conferencia de las Partes en su décima reunión", Language.ES)
        .stream().map(dev.resolute.model.Citation::canonical).toList());
    // without the agent word, the Conference is a word of the sentence
    assertEquals(List.of(), Cited.afterNaming(List.of("CBD-COP"), "la decisión X/3, relativa al examen de la estrategia, "
        + "la Conferencia de las Partes", Language.ES));
  }

  @Test
  void aDateOfAdoptionAfterTheTopicTellsTheBodyNamedInTheDocument() {
    // A/RES/75/222 (fr), operative 11: the Environment Assembly named before, its second session held in 2016
    assertEquals(List.of("UNEA:2/21"), Cited.afterNaming(List.of("UNEA"), "prend acte de la résolution 2/21 sur les tempêtes "
        + "de sable et de poussière, adoptée le 27 mai 2016 durant sa deuxième session", Language.FR)
        .stream().map(dev.resolute.model.Citation::canonical).toList());
  }

  @Test
  void theWorldTourismOrganizationsGeneralAssemblyIsABodyOfItsOwn() {
    // A/RES/75/223: its resolutions carry a roman session, as the UN General Assembly's did until 1975
    assertEquals(List.of("UNWTO-GA:668(XXI)"), cite("Taking note of resolution 668 (XXI) adopted by the General Assembly of the World"
        + " Tourism Organization at its twenty-first session,", Language.EN));
    assertEquals(List.of("UNWTO-GA:668(XXI)"), cite("وإذ تحيط علما بالقرار 668 (د-21) الذي اتخذته الجمعية العامة لمنظمة السياحة"
        + " العالمية في دورتها الحادية والعشرين،", Language.AR));
    assertEquals(List.of("UNWTO-GA:722(XXIII)"), cite("por la Asamblea General de la Organización Mundial del Turismo mediante su"
        + " resolución 722 (XXIII) en su 23er período de sesiones,", Language.ES));
  }

  @Test
  void resolutionsAdoptedAtItsSessionsAreThoseOfTheBodyNamedBefore() {
    // A/RES/75/223: "its" is the World Tourism Organization's Assembly, whose numbers the UN Assembly never had
    assertEquals(List.of("UNWTO-GA:668(XXI)", "UNWTO-GA:707(XXII)", "UNWTO-GA:722(XXIII)", "UNWTO-GA:723(XXIII)"),
        cite("Taking note of resolution 668 (XXI) adopted by the General Assembly of the World Tourism Organization at its"
            + " twenty-first session, held in Medellin, Colombia, from 12 to 17 September 2015, resolution 707 (XXII) adopted"
            + " at its twenty-second session, held in Chengdu, China, from 11 to 16 September 2017, and resolutions 722 (XXIII)"
            + " and 723 (XXIII) adopted at its twenty-third session,", Language.EN));
    assertEquals(List.of("UNWTO-GA:668(XXI)", "UNWTO-GA:707(XXII)"),
        cite("Prenant note de la résolution 668 (XXI) adoptée par l’Assemblée générale de l’Organisation mondiale du"
            + " tourisme à sa vingt et unième session, de la résolution 707 (XXII) adoptée à sa vingt-deuxième session,",
            Language.FR));
    assertEquals(List.of("UNWTO-GA:668(XXI)", "UNWTO-GA:707(XXII)"),
        cite("принимая к сведению резолюцию 668 (XXI), принятую Генеральной ассамблеей Всемирной туристской организации"
            + " на ее двадцать первой сессии, резолюцию 707 (XXII), принятую на ее двадцать второй сессии,", Language.RU));
    assertEquals(List.of("UNWTO-GA:668(XXI)", "UNWTO-GA:707(XXII)"),
        cite("وإذ تحيط علما بالقرار 668 (د-21) الذي اتخذته الجمعية العامة لمنظمة السياحة العالمية في دورتها الحادية"
            + " والعشرين، والقرار 707 (د-22) الذي اعتمدته في دورتها الثانية والعشرين،", Language.AR));
  }

  @Test
  void aNumberNoneOfTheAssemblysTakesTheOneBodyOfItsOwnNumberingNamedBeforeItInItsSentence() {
    // A/RES/75/223, operative 2: the agent stands a session and a date before the number
    assertEquals(List.of("UNWTO-GA:722(XXIII)"), cite("Also takes note of the adoption, by the General Assembly of the"
        + " World Tourism Organization at its twenty-third session, in September 2019, by its resolution 722 (XXIII), of"
        + " the Framework Convention on Tourism Ethics,", Language.EN));
    // A/RES/75/89 (ar), a footnote: the Indian Ocean Tuna Commission, its resolutions 12/07 and 13/07
    assertEquals(List.of("IOTC:12/07", "IOTC:13/07"), cite("لجنة مصائد أسماك التونة في المحيط الهندي، القراران 12/07 و 13/07.",
        Language.AR));
    // A/RES/75/239 (es): "su resolución 4/6", the Environment Assembly's
    assertEquals(List.of("UNEA:4/6"), cite("Acoge con beneplácito la solicitud formulada por la Asamblea de las Naciones Unidas"
        + " sobre el Medio Ambiente a la Directora Ejecutiva del Programa de las Naciones Unidas para el Medio Ambiente en"
        + " el párrafo 2 de su resolución 4/6 para que", Language.ES));
  }

  @Test
  void twoBodiesOfTheirOwnNumberingNamedBeforeANumberNoneOfTheAssemblysGiveItNone() {
    Extraction found = CitationExtractor.create().extract("the Indian Ocean Tuna Commission and the United Nations"
        + " Environment Assembly, in resolution 4/6,", CitationContext.of(Language.EN, Body.GA, "p"));
    assertEquals(List.of(), found.citations());
    assertEquals(1, found.warnings().size());
  }

  @Test
  void anArabicBodyNamedPastTheTopicByAVerbOfAdoptionIssuedTheNumber() {
    // A/RES/75/239 (ar), as the English "4/6 on marine plastic litter and microplastics, adopted by the … Environment Assembly"
    assertEquals(List.of("UNEA:4/6"), cite("وتهيب بالدول أن تنفذ القرار 4/6 بشأن النفايات البلاستيكية البحرية والجسيمات"
        + " البلاستيكية البحرية الدقيقة، الذي اتخذته جمعية الأمم المتحدة للبيئة التابعة لبرنامج الأمم المتحدة للبيئة في"
        + " دورتها الرابعة،", Language.AR));
  }

  @Test
  void theTextsOwnBodyDoesNotTakeANumberOutOfItsOwnRomanSequence() {
    // E/RES/2021/20 (fr), a draft for the Assembly: the Council's fifth session (1947) never reached 415
    assertEquals(List.of("E/RES/155C(VII)", "A/RES/415(V)"), cite("en vertu de la résolution 155 C (VII) du Conseil"
        + " économique et social en date du 13 août 1948 et de sa propre résolution 415 (V) du 1er décembre 1950,",
        Language.FR, Body.ECOSOC));
    assertEquals(List.of("E/RES/2008(LX)"), cite("Rappelant sa résolution 2008 (LX)", Language.FR, Body.ECOSOC));
  }

  @Test
  void aNumberOutOfTheAssemblysRomanSequenceIsNoAssemblyNumber() {
    Extraction found = CitationExtractor.create().extract("Recalling resolution 707 (XXII),",
        CitationContext.of(Language.EN, Body.GA, "preamble:1"));
    assertEquals(List.of(), found.citations());
    assertEquals(List.of("resolution 707 (XXII) is no General Assembly number (numbered in one sequence until 1975, in"
        + " which 707 is no number of its session XXII nor of the sessions next to it), and no other body is named for it"),
        found.warnings().stream().map(Extraction.Warning::message).toList());
  }

  @Test
  void theAssemblysRomanSessionNumbersStayTheAssemblysOneSessionOffToo() {
    assertEquals(List.of("A/RES/2200A(XXI)", "A/RES/2625(XXV)", "A/RES/3281(XXIX)", "A/RES/1(I)", "A/RES/3201(S-VI)"),
        cite("resolutions 2200 A (XXI), 2625 (XXV), 3281 (XXIX), 1 (I) and 3201 (S-VI)", Language.EN));
    // S/RES/264 (1969) as printed (crunsc/): the Assembly's 2145 (XXI) with its session one off
    assertEquals(List.of("A/RES/2145(XXII)"), cite("General Assembly resolution 2145 (XXII)", Language.EN));
    assertEquals(List.of("A/RES/2145(XXII)"), cite("Recalling resolution 2145 (XXII),", Language.EN));
  }

  @Test
  void theAssemblysFirstSpecialSessionsArePrintedInArabicFigures() {
    // S/RES/49 (1948) (crunsc/): the second special session (1948) numbered "S-2", the later ones "S-IV"
    Extraction found = CitationExtractor.create().extract("General Assembly resolution 186 (S-2) of 14 May 1948.",
        CitationContext.of(Language.EN, Body.SC, "preamble:1"));
    assertEquals(List.of("A/RES/186(S-2)"), found.citations().stream().map(Citation::canonical).toList());
    assertEquals(java.util.Optional.of(java.time.LocalDate.of(1948, 5, 14)), found.citations().get(0).date());
  }

  @Test
  void frenchMayPrintTheAgentRightAfterTheTopicWithNoComma() {
    // A/RES/75/198 (fr): "la résolution 61/2 sur … en milieu éducatif adoptée par la Commission des stupéfiants"
    assertEquals(List.of("CND:61/2"), cite("rappelant la résolution 61/2 sur le renforcement des efforts de prévention de "
        + "l’abus de drogues en milieu éducatif adoptée par la Commission des stupéfiants le 16 mars 2018", Language.FR));
  }

  @Test
  void theDateOfAdoptionMayStandBetweenTheAgentWordAndTheBody() {
    // A/RES/75/311 (ru): "принятую 27 мая 2016 года Ассамблеей …", adopted on 27 May 2016 by the Assembly
    assertEquals(List.of("UNEA:2/14"), cite("приветствуя резолюцию 2/14 о незаконной торговле объектами и продуктами дикой природы, "
        + "принятую 27 мая 2016 года Ассамблеей Организации Объединенных Наций по окружающей среде", Language.RU));
  }

  @Test
  void aBodyAfterTheDateWithoutAnAgentWordBeforeItIssuedNothing() {
    assertEquals(List.of(), cite("приветствуя резолюцию 2/14 о незаконной торговле объектами и продуктами дикой природы, "
        + "27 мая 2016 года Ассамблеей Организации Объединенных Наций по окружающей среде", Language.RU));
  }

  @Test
  void russianNamesTheBodyThatAdoptedTheNumberAfterItsTopicByAParticipleAndTheInstrumental() {
    // A/RES/75/239 (ru): "принятую Ассамблеей …", adopted by the Assembly, no preposition
    assertEquals(List.of("UNEA:4/6"), cite("призывает государства осуществлять резолюцию 4/6 о замусоривании моря ломом и "
        + "микрочастицами пластмасс, принятую Ассамблеей Организации Объединенных Наций по окружающей среде", Language.RU));
  }

  @Test
  void aBodyNamedAfterATopicWithoutAnAgentWordIssuedNothingBeforeIt() {
    assertEquals(List.of("A/RES/70/1"), cite("Recalling resolution 70/1 on the 2030 Agenda, the United Nations Environment "
        + "Assembly and the Commission on Human Rights", Language.EN));
  }

  @Test
  void anEnumerationThatNamesItsBodyOnceAfterItsLastItemIsThatBodysThroughout() {
    // A/RES/75/194 (fr): each item with its own word, the Conference named after the last
    List<String> four = List.of("CAC-COSP:5/1", "CAC-COSP:6/1", "CAC-COSP:8/2", "CAC-COSP:8/1");
    assertEquals(four, cite("ainsi que la décision 5/1, la résolution 6/1, la résolution 8/2 et la décision 8/1 de la Conférence "
        + "des États parties à la Convention des Nations Unies contre la corruption", Language.FR));
    assertEquals(four, cite("as well as decision 5/1, resolution 6/1, resolution 8/2 and decision 8/1 of the Conference of the "
        + "States Parties to the United Nations Convention against Corruption", Language.EN));
  }

  @Test
  void anItemWithMoreThanTheEnumerationAfterItTakesNoBodyNamedLater() {
    assertEquals(List.of("UNEA:1/7"), cite("resolution 14/221 of the League of Arab States and resolution 1/7 of the United Nations "
        + "Environment Assembly", Language.EN));
  }

  @Test
  void aShortNameWithNoBodyOfThatNameBeforeItNamesNone() {
    assertEquals(List.of("E/RES/1998/72"), cite("in particular Commission resolution 1998/72 of 22 April 1998", Language.EN));
  }

  @Test
  void aBodyNamedAfterAListWhoseItemsAreDatedAfterACommaIsEveryItemsBody() {
    assertEquals(List.of("CHR:2002/68", "CHR:2003/30"),
        cite("de la Comisión de Derechos Humanos, en particular las resoluciones 2002/68, de 25 de abril de 2002, y "
            + "2003/30, de 23 de abril de 2003, de la Comisión y las", Language.ES));
    assertEquals(List.of("CHR:2002/68", "CHR:2003/30"),
        cite("resolutions 2002/68, of 25 April 2002, and 2003/30, of 23 April 2003, of the Commission on Human Rights",
            Language.EN));
  }

  @Test
  void russianNamesAConferenceThatAdoptedAResolutionInTheInstrumental() {
    // A/RES/75/196 (Russian): "resolution 8/10 …, adopted by the Conference of the States Parties …"
    assertEquals(List.of("CAC-COSP:8/10"),
        cite("приветствуя в этой связи резолюцию 8/10 от 20 декабря 2019 года, принятую Конференцией государств\u00a0— "
            + "участников Конвенции Организации Объединенных Наций против коррупции", Language.RU));
  }

  @Test
  void spanishNamesTheStatesPartiesInTheSingularToo() {
    // A/RES/75/196 (Spanish): "los Estados Parte", as the Spanish texts also print it
    assertEquals(List.of("CAC-COSP:8/1"),
        cite("Acogiendo con beneplácito también la decisión 8/1 de la Conferencia de los Estados Parte en la Convención de "
            + "las Naciones Unidas contra la Corrupción", Language.ES));
  }

  @Test
  void arabicsCommaBeforeTheIssuingBodyAfterATitleIsAComma() {
    // A/RES/75/311 (Arabic): "…, entitled “…”, of the Conference of the States Parties to …"
    assertEquals(List.of("CAC-COSP:8/12"),
        cite("وإذ تحيط علما بالقرار 8/12 المؤرخ 20 كانون الأول/ديسمبر 2019، المعنون ”منع ومكافحة الفساد“، الصادر عن "
            + "مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد، وكذلك", Language.AR));
  }

  @Test
  void aBodyNamedWithoutTheAgentWordIsNotTheIssuerOfTheNextDecision() {
    // an Assembly decision of a regular session is numbered from 301 on
    assertEquals(List.of("A/DEC/63/515"),
        cite("Note le rapport de la Commission des stupéfiants, de la décision 63/515 du 4 mars 2009", Language.FR));
  }

  @Test
  void councilNamedAloneAfterTheNumber() {
    assertEquals(List.of("A/HRC/RES/27/21"), cite("énoncé dans la résolution 27/21 du Conseil ;", Language.FR));
    assertEquals(List.of("A/HRC/RES/41/25"), cite("в соответствии с резолюцией 41/25 Совета от 12 июля 2019 года", Language.RU));
  }

  @Test
  void arabicTatweelInsideAWordOrABodyNameChangesNothing() {
    assertEquals(List.of("A/HRC/RES/27/13"),
        cite("وإذ تشير إلى قـــرارات مجلــس حقــوق الإنســان 27/13 المؤرخ 25 أيلول/سبتمبر 2014،", Language.AR));
  }

  @Test
  void arabicDualOfResolutionIntroducesAList() {
    assertEquals(List.of("S/RES/2378(2017)", "S/RES/2436(2018)"),
        cite("طلباته الواردة في القرارين 2378 (2017) و 2436 (2018) أن يكفل الأمين العام", Language.AR));
  }

  @Test
  void arabicInItsResolutionRightAfterABodyIsThatBodys() {
    assertEquals(List.of("A/HRC/RES/21/11"), cite("التي اعتمدها مجلس حقوق الإنسان في قراره 21/11، باعتبارها أداة", Language.AR));
  }

  @Test
  void aRelativeClauseBetweenABodyAndItsOwnResolutionKeepsTheBody() {
    // A/RES/75/168 (Russian): "the decision of the Human Rights Council, which is contained in its resolution 45/12"
    assertEquals(List.of("A/HRC/RES/45/12"),
        cite("принимая к сведению решение Совета по правам человека, которое содержится в его резолюции 45/12 и", Language.RU));
  }

  @Test
  void namelyBetweenABodysResolutionsAndTheListKeepsTheBody() {
    // A/RES/75/168 (Spanish): "resolutions of the Commission on the Status of Women, namely, resolution 49/7 … and 56/4"
    assertEquals(List.of("CSW:49/7", "CSW:56/4"),
        cite("en la aplicación de sendas resoluciones de la Comisión de la Condición Jurídica y Social de la Mujer, a saber, "
            + "la resolución 49/7, de 11 de marzo de 2005, y 56/4, de 9 de marzo de 2012", Language.ES));
  }

  @Test
  void chineseListTakesTheBodyNamedBeforeItsDatedItems() {
    assertEquals(List.of("A/RES/74/150", "A/HRC/RES/18/6", "A/HRC/RES/33/3"),
        cite("回顾大会2019年12月18日第74/150号决议，以及人权理事会关于这个问题的2011年9月29日第18/6号、 2016年9月29日第33/3号决议，",
            Language.ZH));
  }

  @Test
  void chineseListItemsEachWithItsOwnTopicTakeTheBodyNamedBeforeThem() {
    // A/RES/75/194 (zh): the Conference, its session, "通过的", then items each with its topic
    assertEquals(List.of("CAC-COSP:6/2", "CAC-COSP:6/3", "CAC-COSP:6/4"),
        cite("回顾联合国反腐败公约缔约国会议第六届会议通过的关于推动在追回资产和返还犯罪所得方面开展国际合作的2015年11月6日第6/2号决议、"
            + "关于促进有效的资产追回的第6/3号决议和关于在《联合国反腐败公约》框架内通过国际合作等途径增进利用民事诉讼和行政诉讼打击腐败的第6/4号决议，",
            Language.ZH));
  }

  @Test
  void chineseSessionOfTheBodyMayStandBeforeItsOwnWord() {
    // A/RES/75/239 (zh), operative paragraph 200: the Assembly's second session "in its" resolution of 27 May 2016
    assertEquals(List.of("UNEA:2/10"), cite("确认联合国环境大会第二届会议在其2016年5月27日第2/10号决议第6段中要求联合国环境规划署加强工作，",
        Language.ZH));
  }

  @Test
  void chineseSessionThatAdoptedATitledResolutionStandsBetweenTheBodyAndTheNumber() {
    // A/RES/75/158 (zh): "第二十五届会议通过的题为“…”的" between the Commission and its resolution
    assertEquals(List.of("CCPCJ:25/1"),
        cite("注意到预防犯罪和刑事司法委员会第二十五届会议通过的题为“防止和打击贩卖人体器官和为摘取器官贩运人口”的2016年5月27日第25/1号决议，",
            Language.ZH));
  }

  @Test
  void chineseBodyBeforeADateAndATopicTakesTheNumber() {
    // A/RES/75/178 (zh): the date, then the topic ("关于…的"), between the Council and its resolutions
    assertEquals(List.of("A/HRC/RES/5/1", "A/HRC/RES/5/2"),
        cite("回顾人权理事会2007年6月18日关于理事会体制建设的第5/1号决议和关于理事会特别程序任务负责人行为守则的第5/2号决议，",
            Language.ZH));
  }

  @Test
  void chineseItemsEachAdoptedAtASessionOnADateTakeTheBodyNamedBeforeThem() {
    // A/RES/75/222 (zh): "环境大会" (the Environment Assembly's short name), then each item's session ("第二届会议期间"),
    // date ("于…") and topic ("通过关于…的")
    assertEquals(List.of("UNEA:2/21", "UNEA:4/10"),
        cite("注意到环境大会第二届会议期间于2016年5月27日通过关于沙尘暴的第2/21号决议和第四届会议期间于2019年3月15日通过"
            + "关于生物多样性和土地退化方面的创新的第4/10号决议；", Language.ZH));
  }

  @Test
  void chineseNamesTheBiodiversityConferenceOfThePartiesAlsoAsItsMeeting() {
    // A/RES/75/239 (zh), footnote 27: "缔约方会议" for "缔约方大会", a decision numbered by its roman session
    assertEquals(List.of("CBD-COP:XII/23"), cite("及生物多样性公约缔约方会议XII/23号决定，第19-22段。", Language.ZH));
  }

  @Test
  void theAssemblysShortNameOpeningAnotherBodysNameYieldsToIt() {
    // A/RES/75/222 (fr): "l’Assemblée" is the General Assembly, but opens the Environment Assembly's name
    assertEquals(List.of("UNEA:1/7"),
        cite("Rappelant la résolution 1/7 de l’Assemblée des Nations Unies pour l’environnement, en date du 27 juin 2014,",
            Language.FR));
  }

  @Test
  void theAssemblysShortNameEndingAnotherBodysNameIsNoneOfItsOwn() {
    // A/RES/75/219 and 75/222 (zh): "大会" is the General Assembly, but ends "联合国环境大会", the Environment Assembly
    assertEquals(List.of("CBD-COP:14/4", "UNEA:3/4"),
        cite("在这方面回顾生物多样性公约缔约方大会2018年11月30日第14/4号决定和联合国环境大会2018年1月30日第3/4号决议，敦促",
            Language.ZH));
  }

  @Test
  void chineseBookTitleMarksInsideABodysNameChangeNothing() {
    // A/RES/75/196 (zh): the Convention's title in 《》 inside the Conference's name
    assertEquals(List.of("CAC-COSP:8/10"), cite("欢迎《联合国反腐败公约》缔约国会议2019年12月20日第8/10号决议，", Language.ZH));
  }

  @Test
  void theConferenceOfThePartiesToTheOrganizedCrimeConventionIsABodyOfItsOwn() {
    // E/RES/2021/24, A/RES/75/311: named before the resolution word in English, after the number elsewhere
    assertEquals(List.of("CTOC-COP:10/6"), cite("Welcoming Conference of the Parties to the United Nations Convention"
        + " against Transnational Organized Crime resolution 10/6 of 16 October 2020,", Language.EN));
    assertEquals(List.of("CTOC-COP:10/6"), cite("Se félicitant de la résolution 10/6 de la Conférence des Parties à la"
        + " Convention des Nations Unies contre la criminalité transnationale organisée, en date du 16 octobre 2020,",
        Language.FR));
  }

  @Test
  void theBiodiversityConferenceAndTheTunaCommissionAreBodiesOfTheirOwn() {
    // A/RES/75/219: left uncited as no Assembly numbers before the table named the Conference (A/RES/75/89's
    // note prints "Indian Ocean Tuna Commission, resolutions 12/07 and 13/07": a comma keeps the name off)
    assertEquals(List.of("CBD-COP:14/4"), cite("recalls in this regard decision 14/4 of 30 November 2018 of the"
        + " Conference of the Parties to the Convention on Biological Diversity,", Language.EN));
    assertEquals(List.of("IOTC:12/07", "IOTC:13/07"), cite("Indian Ocean Tuna Commission resolutions 12/07 and 13/07.",
        Language.EN));
  }

  @Test
  void aBodyNamedAfterTheQuotedTitleTakesTheNumber() {
    // A/RES/75/311: the date, then the title, then the Conference
    assertEquals(List.of("CAC-COSP:8/12"), cite("taking note of resolution 8/12 of 20 December 2019, entitled “Preventing"
        + " and combating corruption as it relates to crimes that have an impact on the environment”, of the Conference of"
        + " the States Parties to the United Nations Convention against Corruption,", Language.EN));
    assertEquals(List.of("CTOC-COP:10/6"), cite("وإذ ترحب بالقرار 10/6 المؤرخ 16 تشرين الأول/أكتوبر 2020 والصادر عن مؤتمر"
        + " الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة وعنوانه ”منع ومكافحة الجرائم التي تضر بالبيئة“،",
        Language.AR));
  }

  @Test
  void aSessionNumberBeforeTheAssemblysThirtyFirstIsNoAssemblyResolution() {
    // A/RES/75/194: the Conference is named after the date, too far to be read; no body is better than a wrong one
    Extraction found = CitationExtractor.create().extract("recalling in that regard resolution 3/1 of 13 November 2009 of"
        + " the Conference of the States Parties to the Convention, and its resolution 65/232,",
        CitationContext.of(Language.EN, Body.GA, "preamble:1"));
    assertEquals(List.of("A/RES/65/232"), found.citations().stream().map(c -> c.canonical()).toList());
    assertEquals(1, found.warnings().size());
  }

  @Test
  void aRegularSessionsDecisionBelow301IsNoAssemblyDecision() {
    Extraction found = CitationExtractor.create().extract("See the note (A/75/100), decision 44/114.",
        CitationContext.of(Language.EN, Body.GA, "footnote:16"));
    assertEquals(List.of("A/75/100"), found.citations().stream().map(c -> c.canonical()).toList());
    assertEquals(List.of("decision 44/114 is no General Assembly number (a regular session's decisions are numbered"
        + " from 301 on), and no other body is named for it"),
        found.warnings().stream().map(Extraction.Warning::message).toList());
  }

  @Test
  void theAssemblysDecisionsFrom301AndASpecialSessionsFrom1StayTheAssemblys() {
    assertEquals(List.of("A/DEC/74/301", "A/DEC/75/540", "A/DEC/S-31/1"),
        cite("decisions 74/301, 75/540 and S-31/1", Language.EN));
  }

  @Test
  void aCouncilDecisionBelow101IsNoCouncilDecision() {
    // as in A/HRC/RES/54/13, a working group's decision, named after it by a body the tables do not know
    Extraction found = CitationExtractor.create().extract("Taking note with appreciation of decision 13/1 adopted by the"
        + " Intergovernmental Working Group on Statistics at its thirteenth session", CitationContext.of(Language.EN, Body.HRC, "p"));
    assertEquals(List.of(), found.citations());
    assertEquals(List.of("decision 13/1 is no General Assembly number (slashed from its thirty-first session on) nor one"
        + " of the text's own body (its decisions are numbered from 101 on), and no other body is named for it"),
        found.warnings().stream().map(Extraction.Warning::message).toList());
    assertEquals(List.of("A/HRC/DEC/2/101", "A/HRC/RES/13/1"),
        cite("its decision 2/101 and its resolution 13/1", Language.EN, Body.HRC));
  }

  @Test
  void aDecisionBelow301InACouncilTextIsTheCouncils() {
    assertEquals(List.of("A/HRC/DEC/44/114"),
        cite("Recalling decision 44/114,", Language.EN, Body.HRC));
  }

  @Test
  void anUnnamedSessionNumberTheAssemblyCannotHaveIsTheCouncilsInItsText() {
    // A/HRC/RES/54/14: "resolution 5/2" after "Human Rights Council resolution 5/1, on …, and"
    assertEquals(List.of("A/HRC/RES/5/1", "A/HRC/RES/5/2"), cite("Recalling Human Rights Council resolution 5/1, on"
        + " institution-building of the Council, and resolution 5/2, on the Code of Conduct for Special Procedures"
        + " Mandate Holders of the Human Rights Council, both of 18 June 2007,", Language.EN, Body.HRC));
  }

  @Test
  void twoBodiesNamedTogetherEachTakeTheNumbersOfTheirNumbering() {
    assertEquals(List.of("A/RES/70/262", "S/RES/2282(2016)"),
        cite("Recalling General Assembly and Security Council resolutions 70/262 and 2282 (2016) of 27 April 2016,",
            Language.EN));
  }

  @Test
  void itsOwnResolutionsAreTheWritingBodys() {
    List<String> found = CitationExtractor.create().extract(
        "Rappelant la résolution 2014 (2011) du Conseil de sécurité et ses propres résolutions 18/19 du 29 septembre 2011"
            + " et 19/29 du 23 mars 2012,", CitationContext.of(Language.FR, Body.HRC, "preamble:1"))
        .citations().stream().map(c -> c.canonical()).toList();
    assertEquals(List.of("S/RES/2014(2011)", "A/HRC/RES/18/19", "A/HRC/RES/19/29"), found);
  }

  @Test
  void romanSpecialSessionWithANoBreakHyphen() {
    assertEquals(List.of("A/RES/3201(S-VI)", "A/RES/3202(S-VI)"),
        cite("изложенные соответственно в резолюциях 3201 (S\u2011VI) и 3202 (S\u2011VI), которые", Language.RU));
  }

  @Test
  void russianCouncilAfterTheKeywordAndInItsResolutionAfterTheBody() {
    assertEquals(List.of("A/HRC/RES/5/1", "A/HRC/RES/5/2"), cite("положения резолюций Совета 5/1 и 5/2 от 18 июня 2007 года", Language.RU));
    assertEquals(List.of("A/HRC/RES/17/4"),
        cite("принятое Советом по правам человека в его резолюции 17/4 от 16 июня 2011 года", Language.RU));
  }

  @Test
  void chineseCouncilAloneBeforeAListAndABodyWithItsTopicOrPlace() {
    List<String> own = CitationExtractor.create().extract("又回顾理事会2007年6月18日第5/1号、2008年3月27日第7/20号和2008年12月1日S-8/1号决议，",
        CitationContext.of(Language.ZH, Body.HRC, "preamble:1")).citations().stream().map(c -> c.canonical()).toList();
    assertEquals(List.of("A/HRC/RES/5/1", "A/HRC/RES/7/20", "A/HRC/RES/S-8/1"), own);
    assertEquals(List.of("A/HRC/RES/17/4", "A/HRC/RES/20/15"),
        cite("回顾人权理事会在2011年6月16日第17/4号决议中核可的，以及人权理事会题为“增进享有和平的权利”的2012年7月5日第20/15号决议，",
            Language.ZH));
  }

  @Test
  void arabicMasculinePossessiveInAnAssemblyTextIsACouncils() {
    assertEquals(List.of("A/RES/73/162", "A/HRC/RES/24/14", "A/HRC/RES/27/21"),
        cite("وإذ تشير إلى قرارها 73/162 وقراراته 24/14 المؤرخ 27 أيلول/سبتمبر 2013 و 27/21 المؤرخ 26 أيلول/سبتمبر 2014",
            Language.AR));
  }

  /** A/RES/75/219 (ar): "which the Conference of the Parties adopted in its decision 12/3". */
  @Test
  void arabicMasculinePossessiveOfAConferenceNamedRightBeforeItIsNoCouncils() {
    assertEquals(List.of(), cite("والأهداف المدرجة في الخطة، التي اعتمدها مؤتمر الأطراف في مقرره 12/3 بشأن", Language.AR));
  }

  /** A note's attribution (A/RES/75/89, note 33): the body opens the note, a comma, then its resolutions. */
  @Test
  void aBodyOpeningANoteBeforeACommaIssuesTheResolutionsAfterIt() {
    List<String> iotc = List.of("IOTC:12/07", "IOTC:13/07");
    assertEquals(iotc, cite("Indian Ocean Tuna Commission, resolutions 12/07 and 13/07.", Language.EN));
    assertEquals(iotc, cite("Commission des thons de l’océan Indien, résolutions 12/07 et 13/07.", Language.FR));
    assertEquals(iotc, cite("Comisión del Atún para el Océano Índico, resoluciones 12/07 y 13/07.", Language.ES));
    assertEquals(iotc, cite("لجنة مصائد أسماك التونة في المحيط الهندي، القراران 12/07 و 13/07.", Language.AR));
    assertEquals(iotc, cite("印度洋金枪鱼委员会，第12/07和13/07号决议。", Language.ZH));
    // the Russian note quotes the English one as printed
    assertEquals(iotc, cite("Indian Ocean Tuna Commission, resolutions 12/07 and 13/07.", Language.RU));
  }

  /** The same attribution opening an item of a note's list, after a comma and a connector (A/RES/75/239, note 27). */
  @Test
  void aBodyOpeningAnItemOfANotesListBeforeACommaIssuesTheNumberAfterIt() {
    assertEquals(List.of("UNEP/CBD/COP/12/29", "CBD-COP:XII/23"), cite("Véanse Programa de las Naciones Unidas para el"
        + " Medio Ambiente, documento UNEP/CBD/COP/12/29, secc. I, y Conferencia de las Partes en el Convenio sobre la"
        + " Diversidad Biológica, decisión XII/23, párrs. 19 a 22.", Language.ES));
    assertEquals(List.of("UNEP/CBD/COP/12/29", "CBD-COP:XII/23"), cite("انظر برنامج الأمم المتحدة للبيئة، الوثيقة"
        + " UNEP/CBD/COP/12/29، الفرع الأول، ومؤتمر الأطراف في اتفاقية التنوع البيولوجي، المقرر 12/23، الفقرات 19-22.",
        Language.AR));
    // no comma before the connector: the name is inside the item before (a document of the
    // Conference's own, UNEP/CBD/COP/12/29, would give the decision its body by itself)
    assertEquals(List.of("A/75/123"), cite("Véanse el documento A/75/123 y Conferencia de las"
        + " Partes en el Convenio sobre la Diversidad Biológica, decisión XII/23.", Language.ES));
  }

  /**
   * Inside a sentence the name before a comma ends the citation before it (E/RES/2021/24): the next
   * resolution is the body's named after it.
   */
  @Test
  void aBodyBeforeACommaInsideASentenceIssuesNothingAfterTheComma() {
    assertEquals(List.of("CTOC-COP:10/6", "CAC-COSP:8/12"),
        cite("على تحقيق الاستفادة الكاملة من القرار 10/6 المؤرخ 16 تشرين الأول/أكتوبر 2020 والصادر عن مؤتمر الأطراف في"
            + " اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية، والقرار 8/12 المؤرخ 20 كانون الأول/ديسمبر 2019"
            + " والصادر عن مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد،", Language.AR));
    assertEquals(List.of("CTOC-COP:10/6", "CAC-COSP:8/12"),
        cite("to make full use of resolution 10/6 of the Conference of the Parties to the United Nations Convention"
            + " against Transnational Organized Crime, and resolution 8/12 of the Conference of the States Parties to the"
            + " United Nations Convention against Corruption", Language.EN));
  }

  /**
   * An Arabic keyword with its article or conjunction ("المقرر", "القرارين") is the whole word, not the
   * shorter keyword inside it: the body named right before it issues the number (A/RES/75/198, 75/194).
   */
  @Test
  void arabicKeywordIsTheLongestWordEndingThere() {
    assertEquals(List.of("CND:63/15"),
        cite("تلاحظ مع التقدير اعتماد لجنة المخدرات المقرر 63/15 المؤرخ 4 آذار/مارس 2020 بشأن تحسين وتبسيط الاستبيان", Language.AR));
    assertEquals(List.of("CAC-COSP:7/8", "CAC-COSP:8/4"),
        cite("وإذ ترحب باعتماد مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد القرارين 7/8 المؤرخ 10 تشرين"
            + " الثاني/نوفمبر 2017 و 8/4 المؤرخ 20 كانون الأول/ديسمبر 2019 المتعلقين بالفساد في مجال الرياضة", Language.AR));
  }

  /** A short name opening a longer one at the same place is the longer one's opening (A/RES/75/222, Russian). */
  @Test
  void aNameOpeningALongerOneAtTheSamePlaceIsTheLongerOne() {
    assertEquals(List.of("UNEA:1/7"),
        cite("ссылаясь на резолюции Ассамблеи Организации Объединенных Наций по окружающей среде 1/7 от 27 июня 2014 года",
            Language.RU));
  }

  /** Russian declines a body's name: the subject and the agent of a sentence name it too (A/RES/75/169, A/HRC/RES/54/18). */
  @Test
  void russianNamesTheBodyInTheNominativeAndInstrumentalToo() {
    assertEquals(List.of("CHR:2005/5"),
        cite("напоминает о том, что Комиссия по правам человека в своей резолюции 2005/5 просила Специального докладчика", Language.RU));
    assertEquals(List.of("CHR:1998/72"),
        cite("с целью обеспечить выполнение ею своего мандата, сформулированного Комиссией по правам человека в ее резолюции 1998/72",
            Language.RU));
  }

  /**
   * Chinese "缔约方大会" (a Conference of the Parties) holds "大会" (the General Assembly) and names
   * neither: a number after it is no Assembly decision (A/RES/75/219), as English "decision 14/34 of
   * the Conference of the Parties" is not; the Assembly named alone still is.
   */
  @Test
  void aNameHoldingTheAssemblysNameIsNotTheAssembly() {
    assertEquals(List.of(), cite("重申需要按照公约缔约方大会第14/34号决定制定提案", Language.ZH));
    assertEquals(List.of("A/RES/65/232"), cite("回顾大会2010年12月21日第65/232号决议", Language.ZH));
  }

  /** A Chinese list names the Council once, its last items hundreds of characters on (A/RES/75/193: 28 dated items). */
  @Test
  void chineseListItemsFarFromTheBodyNamedOnceAreItsOwn() {
    StringBuilder text = new StringBuilder("又回顾人权理事会");
    for (int k = 0; k < 30; k++) {
      text.append("2012年3月1日第19/").append(k + 1).append("号、");
    }
    text.append("2016年10月21日S-25/1号决议，");
    List<String> cited = cite(text.toString(), Language.ZH);
    assertEquals(31, cited.size());
    assertEquals("A/HRC/RES/S-25/1", cited.get(30));
  }

  /** A Chinese list may repeat the word after each item: the body named before the first is the others' too (A/HRC/RES/54/2). */
  @Test
  void chineseListItemsEachWithTheWordShareTheBodyNamedBefore() {
    assertEquals(List.of("A/HRC/RES/S-32/1", "A/HRC/RES/S-36/1"),
        cite("重申人权理事会2021年11月5日S-32/1号决议和2023年5月11日S-36/1号决议，以及其中赋予的授权，", Language.ZH));
  }

  /**
   * Arabic texts print numbers right to left at times: a date that no session of the number as
   * printed fits, and the Council's session of it reversed does, reads it reversed (A/RES/75/238:
   * "32/37" of March 2018 is the Human Rights Council's 37/32).
   */
  @Test
  void anArabicNumberPrintedRightToLeftIsReadByItsDate() {
    assertEquals(List.of("A/HRC/RES/42/3", "A/HRC/RES/37/32"),
        cite("وإذ تشير إلى القرارين 42/3 المؤرخ 26 أيلول/سبتمبر 2019 و 32/37 المؤرخ 23 آذار/مارس 2018،", Language.AR));
  }

  /**
   * So are the numbers of the bodies whose sessions the tables date (A/RES/75/311): decision 14/4
   * of the Biodiversity Conference's fourteenth meeting (November 2018), resolution 3/4 of the third
   * Environment Assembly (issued in January 2018).
   */
  @Test
  void anArabicNumberOfAnotherBodyPrintedRightToLeftIsReadByItsDate() {
    assertEquals(List.of("CBD-COP:14/4", "UNEA:3/4"), cite("إلى المقرر 4/14 المؤرخ 30 تشرين الثاني/نوفمبر 2018 الصادر عن"
        + " مؤتمر الأطراف في اتفاقية التنوع البيولوجي وإلى قرار جمعية الأمم المتحدة للبيئة 4/3 المؤرخ 30 كانون الثاني/يناير 2018،",
        Language.AR));
  }

  /**
   * A year-shaped number printed right to left is the Economic and Social Council's, but where the
   * text names after it a body the tables do not know (A/RES/75/235: the FAO Conference's 6/2019).
   */
  @Test
  void anArabicNumberReadRightToLeftIsNoDefaultBodysWhereAnUnknownBodyIsNamedAfterIt() {
    assertEquals(List.of("E/RES/2019/6"), cite("فضلا عن القرار 6/2019 المؤرخ 28 حزيران/يونيه 2019،", Language.AR));
    Extraction unknown = CitationExtractor.create().extract(
        "فضلا عن القرار 6/2019 المؤرخ 28 حزيران/يونيه 2019 الصادر عن مؤتمر منظمة الأغذية والزراعة للأمم المتحدة",
        CitationContext.of(Language.AR, Body.GA, "p"));
    assertEquals(List.of(), unknown.citations());
    assertEquals(List.of("resolution 6/2019 is of a body the tables do not know, named after it"),
        unknown.warnings().stream().map(Extraction.Warning::message).toList());
  }

  /** "الذي اعتمده" (which … adopted) links a number to the body named after it (A/RES/75/317, A/RES/75/263). */
  @Test
  void anArabicRelativeClauseOfAdoptionLinksTheNumberToTheBodyAfterIt() {
    assertEquals(List.of("CBD-COP:III/21"), cite("وإذ تلاحظ المقرر 3/21 الذي اعتمده مؤتمر الأطراف في اتفاقية التنوع البيولوجي"
        + " والمؤرخ 15 تشرين الثاني/نوفمبر 1996،", Language.AR));
    assertEquals(List.of(), cite("وإذ تشير إلى القرار 10/2019 المؤرخ 28 حزيران/يونيه 2019 الذي اتخذه مؤتمر منظمة الأغذية والزراعة"
        + " للأمم المتحدة في دورته الحادية والأربعين،", Language.AR));
  }

  /** So is a number of a body named for it, which stays that body's (A/HRC/RES/54/35). */
  @Test
  void anArabicNumberOfANamedBodyPrintedRightToLeftIsReadByItsDate() {
    assertEquals(List.of("A/HRC/RES/26/2", "A/HRC/RES/48/9"),
        cite("وقرارات المجلس 26/2 المؤرخ 26 حزيران/يونيه 2014، و9/48 المؤرخ 8 تشرين الأول/أكتوبر 2021،", Language.AR, Body.HRC));
  }

  /** A number of another body whose session fits its date is read as printed, also in Arabic. */
  @Test
  void anArabicNumberOfAnotherBodyWhoseSessionFitsItsDateIsReadAsPrinted() {
    assertEquals(List.of("UNEA:4/6"), cite("وإلى قرار جمعية الأمم المتحدة للبيئة 4/6 المؤرخ 15 آذار/مارس 2019،", Language.AR));
  }

  /** "مقرره" is "its decision": the speaking body's own, as "قراره", its resolution, is (E/RES/2021/14). */
  @Test
  void arabicItsDecisionIsTheSpeakingBodys() {
    assertEquals(List.of("E/DEC/281(LXIII)"),
        cite("إذ يشير إلى مقرره 281 (د-63) المؤرخ 4 آب/أغسطس 1977 الذي قرر فيه", Language.AR, Body.ECOSOC));
  }

  /** "свое решение" is "its decision", in the neuter the word "решение" takes (E/RES/2021/14). */
  @Test
  void russianItsDecisionIsTheSpeakingBodys() {
    assertEquals(List.of("E/DEC/281(LXIII)"),
        cite("ссылаясь на свое решение 281 (LXIII) от 4 августа 1977 года", Language.RU, Body.ECOSOC));
  }

  /** A participle, a preposition and "its" between the body and the keyword (A/RES/75/168 es, 75/181 ru). */
  @Test
  void aParticipleBeforeItsResolutionKeepsTheBodyNamedBefore() {
    assertEquals(List.of("A/HRC/RES/45/12"),
        cite("Tomando nota de la decisión del Consejo de Derechos Humanos contenida en su resolución 45/12, de que", Language.ES));
    assertEquals(List.of("A/HRC/RES/27/21"),
        cite("ссылается на решение Совета по правам человека, содержащееся в его резолюции 27/21, назначить", Language.RU));
  }

  /**
   * Up to five words of the body's own clause before "its": what it adopted or decided there, or
   * where in the resolution it did (A/RES/75/175 fr, A/RES/75/239 en).
   */
  @Test
  void theBodysOwnClauseBeforeItsResolutionKeepsTheBodyNamedBefore() {
    assertEquals(List.of("A/HRC/RES/21/11"), cite("des principes directeurs, que le Conseil des droits de l’homme a adoptés par sa "
        + "résolution 21/11 et qui offrent", Language.FR));
    assertEquals(List.of("UNEA:4/6"), cite("Welcomes the request by the United Nations Environment Assembly, in paragraph 2 of its "
        + "resolution 4/6, to the Executive Director", Language.EN));
  }

  /** A paragraph's number is no word of the clause: Spanish prints an article more ("en el párrafo 7 de su"). */
  @Test
  void aParagraphsNumberIsNoWordOfTheBodysOwnClause() {
    // A/RES/75/239 (es), operative paragraph 223
    assertEquals(List.of("UNEA:4/6"), cite("Reconoce la decisión adoptada por la Asamblea de las Naciones Unidas sobre el Medio"
        + " Ambiente en el párrafo 7 de su resolución 4/6 de prorrogar el mandato", Language.ES));
    assertEquals(List.of("A/RES/70/1"), cite("Invites the Human Rights Council to consider the goals 2 and 3 of its resolution"
        + " 70/1", Language.EN));
  }

  /** Arabic names a body after the resolution word it issues: a name before the next word is the number's before. */
  @Test
  void anArabicNameBeforeTheNextResolutionWordIssuedTheNumberBeforeIt() {
    // A/RES/75/219 (ar), operative paragraph 8
    assertEquals(List.of("CBD-COP:14/4", "UNEA:3/4"), cite("وتشير في هذا الصدد إلى المقرر 14/4 المؤرخ 30 تشرين"
        + " الثاني/نوفمبر 2018 الصادر عن مؤتمر الأطراف في اتفاقية التنوع البيولوجي وقرار جمعية الأمم المتحدة للبيئة 3/4"
        + " المؤرخ 30 كانون الثاني/يناير 2018؛", Language.AR));
  }

  /** Arabic prints the possessive inside the keyword ("قرارها", its resolution): four words of the clause before it. */
  @Test
  void anArabicBodysOwnClauseBeforeItsPossessiveKeywordKeepsTheBodyNamedBefore() {
    // A/RES/75/239 (ar), operative paragraphs 222 and 223
    assertEquals(List.of("UNEA:4/6"), cite("ترحب بالطلب الذي وجهته جمعية الأمم المتحدة للبيئة، في الفقرة 2 من قرارها 4/6، إلى"
        + " المدير التنفيذي", Language.AR));
    assertEquals(List.of("UNEA:4/6"), cite("تنوه بالقرار الذي اتخذته جمعية الأمم المتحدة للبيئة في الفقرة 7 من قرارها 4/6 بأن"
        + " تمدد ولاية الفريق", Language.AR));
    // five words, or a comma inside the clause, are the speaking body's sentence again: its resolution 74/6
    assertEquals(List.of("A/RES/74/6"), cite("تنوه بالقرار الذي اتخذته جمعية الأمم المتحدة للبيئة وهي تنظر في الفقرة 7 من"
        + " قرارها 74/6", Language.AR));
    assertEquals(List.of("A/RES/74/6"), cite("تنوه بعمل جمعية الأمم المتحدة للبيئة في الفقرة 7، من قرارها 74/6", Language.AR));
    // but 4/6 is no number of the Assembly's: the one body of its own numbering named in the sentence has it
    assertEquals(List.of("UNEA:4/6"), cite("تنوه بعمل جمعية الأمم المتحدة للبيئة في الفقرة 7، من قرارها 4/6", Language.AR));
  }

  /** Six words, or a comma inside the clause, are the speaking body's sentence again. */
  @Test
  void aLongerClauseBeforeItsResolutionIsTheSpeakingBodys() {
    assertEquals(List.of("A/RES/70/1"), cite("Invites the Human Rights Council to consider the goals of its resolution 70/1",
        Language.EN));
    assertEquals(List.of("A/RES/70/1"), cite("Invites the Human Rights Council to continue, as appropriate, its resolution 70/1",
        Language.EN));
  }

  /** A capital after the name goes on with it: "Ассамблеи ООН-Хабитат" is the UN-Habitat Assembly, not the General Assembly (A/RES/75/224). */
  @Test
  void aCapitalAfterTheNameIsNoGapBeforeItsResolution() {
    assertEquals(List.of("HSP-HA:1/1"), cite("который был утвержден на первой сессии Ассамблеи ООН-Хабитат в ее решении 1/1 от 31 мая"
        + " 2019 года", Language.RU));
  }

  /** Arabic writes the special session's prefix with a plain alef too, and an en dash after it (E/RES/2021/20). */
  @Test
  void arabicSpecialSessionPrefixWithAPlainAlefAndAnEnDash() {
    assertEquals(List.of("A/RES/S-23/2", "A/RES/S-23/3"),
        cite("قرار الجمعية العامة دا–23/2، المرفق، والقرار دا–23/3، المرفق.", Language.AR));
  }

  /** Chinese "其" (its) glued to the verb, a date between it and the number (E/RES/2021/14). */
  @Test
  void chineseItsBeforeADatedNumberIsTheSpeakingBodys() {
    assertEquals(List.of("E/DEC/281(LXIII)"),
        cite("回顾其1977年8月4日第281(LXIII)号决定，其中决定例行采用双年度会议周期，", Language.ZH, Body.ECOSOC));
    assertEquals(List.of("E/DEC/281(LXIII)"), cite("回顾其第281(LXIII)号决定，", Language.ZH, Body.ECOSOC));
  }

  @Test
  void aCouncilNamedBeforeANumberOfASessionItNeverHeldThatYearIsNotItsBody() {
    // A/RES/75/165 (en), 75/190 (fr): the Human Rights Council had no sixty-fifth or seventy-fourth session
    assertEquals(List.of("A/RES/60/251", "A/RES/65/281"),
        cite("Recalling its resolutions 60/251 of 15 March 2006, by which it established the Human Rights Council, and"
            + " 65/281 of 17 June 2011 on the review of the Council,", Language.EN));
    assertEquals(List.of("A/RES/74/166", "A/HRC/RES/43/25"),
        cite("adoptées par elle-même, la Commission des droits de l’homme et le Conseil des droits de l’homme, dont sa"
            + " résolution 74/166 du 18 décembre 2019 et la résolution 43/25 du Conseil, en date du 22 juin 2020", Language.FR));
  }

  @Test
  void theStatisticalCommissionIsNamedInEachLanguage() {
    // A/RES/75/198, operative paragraph 93
    assertEquals(List.of("STATCOM:48/110"), cite("Recalls Statistical Commission decision 48/110 of 10 March 2017", Language.EN));
    assertEquals(List.of("STATCOM:48/110"), cite("Rappelle la décision 48/110 de la Commission de statistique, en date du 10 mars 2017", Language.FR));
    assertEquals(List.of("STATCOM:48/110"), cite("Recuerda la decisión 48/110 de la Comisión de Estadística, de 10 de marzo de 2017", Language.ES));
    assertEquals(List.of("STATCOM:48/110"), cite("ссылается на решение 48/110 Статистической комиссии от 10 марта 2017 года", Language.RU));
    assertEquals(List.of("STATCOM:48/110"), cite("تشير إلى مقرر اللجنة الإحصائية 48/110 المؤرخ 10 آذار/مارس 2017", Language.AR));
    assertEquals(List.of("STATCOM:48/110"), cite("回顾统计委员会关于毒品和毒品使用统计数据的2017年3月10日第48/110号决定，", Language.ZH));
  }

  @Test
  void theGoverningCouncilOfUnHabitatIsNamedInEachLanguage() {
    // A/RES/75/224, preambular paragraph 14: no resolution of the Human Rights Council
    assertEquals(List.of("HSP-GC:26/8"),
        cite("Recalling UN-Habitat Governing Council resolution 26/8 of 12 May 2017, entitled “Promoting the effective"
            + " implementation, follow-up to and review of the New Urban Agenda”,", Language.EN));
    assertEquals(List.of("HSP-GC:26/8"),
        cite("Rappelant la résolution 26/8 du Conseil d’administration d’ONU-Habitat, en date du 12 mai 2017,", Language.FR));
    assertEquals(List.of("HSP-GC:26/8"),
        cite("Recordando la resolución 26/8 del Consejo de Administración de ONU-Hábitat, de 12 de mayo de 2017,", Language.ES));
    assertEquals(List.of("HSP-GC:26/8"),
        cite("回顾人居署理事会题为“促进有效执行、后续落实和评估《新城市议程》”的2017年5月12日第26/8号决议，", Language.ZH));
  }

  @Test
  void anArabicNumberOfTheGoverningCouncilOfUnHabitatPrintedRightToLeftIsReadBySession() {
    // A/RES/75/224 (ar): the Governing Council's twenty-sixth session met in May 2017
    assertEquals(List.of("HSP-GC:26/8"),
        cite("وإذ تشير إلى قرار مجلس إدارة موئل الأمم المتحدة 8/26 المؤرخ 12 أيار/مايو 2017 المعنون", Language.AR));
  }

  @Test
  void aChineseBodyNamedInsideTheTopicIsNotTheNumbersBody() {
    // A/RES/75/198 (zh), operative paragraph 55: the Commission named again inside the topic
    assertEquals(List.of("CND:62/8"),
        cite("并在这方面重申麻醉药品委员会2019年3月22日关于支持国际麻醉品管制局与会员国合作并与麻醉药品委员会和世界卫生组织协作"
            + "履行其经条约授权职能的第62/8号决议；", Language.ZH));
  }

  @Test
  void aChineseBodyMayNameTheSessionThatAdoptedTheNumberBeforeItsTopic() {
    // A/RES/75/222 (zh): "at its seventy-second session adopted, on …, of 19 May 2016, resolution 72/7"
    assertEquals(List.of("ESCAP:72/7"),
        cite("注意到亚洲及太平洋经济社会委员会第七十二届会议通过关于亚洲及太平洋区域合作防治沙尘暴的2016年5月19日第72/7号决议，",
            Language.ZH));
  }

  private static List<String> cite(String text, Language language, Body own) {
    return Cited.canonicals(text, language, own);
  }

  @Test
  void numbersDatedOutsideTheAssemblysSessionAreTheHumanRightsCouncils() {
    // A/RES/75/181: the Council is named once, sentences before its list (GA session 24 met in 1969)
    assertEquals(List.of("A/HRC/RES/24/14", "A/HRC/RES/27/21"),
        cite("and resolutions 24/14 of 27 September 2013, 27/21 of 26 September 2014,", Language.EN));
  }

  @Test
  void numbersDatedInsideTheAssemblysSessionStayTheAssemblys() {
    assertEquals(List.of("A/RES/65/281"), cite("and its resolution 65/281 of 17 June 2011,", Language.EN));
  }

  @Test
  void theCouncilsOwnNumbersDatedInItsSessionsStayTheCouncils() {
    // A/HRC/RES/54/34: "its resolutions" in a Council text
    assertEquals(List.of("A/HRC/RES/5/1", "A/HRC/RES/7/20"),
        cite("Recalling also its resolutions 5/1 of 18 June 2007, 7/20 of 27 March 2008", Language.EN, Body.HRC));
  }

  @Test
  void aBodyNamedIsNotOverruledByTheDate() {
    assertEquals(List.of("A/RES/24/14"), cite("General Assembly resolution 24/14 of 27 September 2013", Language.EN));
  }

  @Test
  void aBodyNamedBeforeACommaAndInItsResolutionIsThatBodys() {
    // A/RES/75/181: the Council is the subject, "its" is not the Assembly's own
    assertEquals(List.of("A/HRC/RES/27/21"),
        cite("the decision of the Human Rights Council, in its resolution 27/21, to appoint a Special Rapporteur", Language.EN));
    assertEquals(List.of("A/HRC/RES/27/21"),
        cite("la décision du Conseil des droits de l’homme, dans sa résolution 27/21, de nommer un rapporteur", Language.FR));
  }

  @Test
  void arabicMonthNamesWithASpaceAfterTheSlashDateTheNumber() {
    // A/RES/75/194: "29/11 المؤرخ 2 تموز/ يوليه 2015", the Council's 29th session
    assertEquals(List.of("A/HRC/RES/23/9", "A/HRC/RES/29/11"),
        cite("القرارات 23/9 المؤرخ 13 حزيران/يونيه 2013 و 29/11 المؤرخ 2 تموز/ يوليه 2015", Language.AR));
  }

  @Test
  void theConferenceOfTheStatesPartiesToTheConventionAgainstCorruptionIsABodyOfItsOwn() {
    // A/RES/75/? (es): "la resolución 8/12 de la Conferencia de los Estados Partes en la Convención…"
    assertEquals(List.of("CAC-COSP:8/12"), cite("y la resolución 8/12 de la Conferencia de los Estados Partes en la "
        + "Convención de las Naciones Unidas contra la Corrupción", Language.ES));
  }

  @Test
  void aLongBodyNameRightBeforeTheKeywordIsFound() {
    assertEquals(List.of("CAC-COSP:8/12"), cite("Conference of the States Parties to the United Nations Convention "
        + "against Corruption resolution 8/12", Language.EN));
  }
}
