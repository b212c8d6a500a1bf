package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The words that introduce a number's date ({@code [date-intro]}): a date follows them, or they
 * introduce none ("resolution 70/1 on the 2030 Agenda").
 */
class DateWordsTest {

  private static List<String> cite(String text, Language language) {
    return Cited.withDates(text, language, Body.GA);
  }

  @Test
  void anEnglishDateMayFollowOnOrAdoptedOn() {
    // A/RES/75/106 and 75/315 (en)
    assertEquals(List.of("S/RES/1754(2007) 2007-04-30", "S/RES/1783(2007) 2007-10-31"),
        cite("Underlining the adoption of Security Council resolutions 1754 (2007) on 30 April 2007, 1783 (2007) on"
            + " 31 October 2007,", Language.EN));
    assertEquals(List.of("A/RES/74/2 2019-10-10"), cite("Adopted by the General Assembly in resolution 74/2 adopted on 10 October 2019.", Language.EN));
  }

  @Test
  void aFrenchDateMayFollowTheParticipleOfAdoption() {
    // S/RES/2529 (2020) and A/RES/75/73 (fr), as the English "adopted on"
    assertEquals(List.of("S/RES/2422(2018) 2018-06-27"),
        cite("Rappelant que dans sa résolution 2422 (2018), adoptée le 27 juin 2018, il a nommé un procureur", Language.FR));
    assertEquals(List.of("A/RES/1(I) 1946-01-24"),
        cite("comme en témoigne sa première résolution, la résolution 1 (I), adoptée le 24 janvier 1946,", Language.FR));
  }

  @Test
  void aFrenchDateMayFollowAnAdoptionByConsensus() {
    // A/RES/75/287 (fr): dated, the number is the Human Rights Council's, as in the other five languages
    assertEquals(List.of("A/HRC/RES/46/21 2021-03-24"),
        cite("les résolutions du Conseil des droits de l’homme, notamment la résolution la plus récente, la résolution"
            + " 46/21, adoptée par consensus le 24 mars 2021, et la déclaration", Language.FR));
  }

  @Test
  void aDateMayFollowTheBodysNameAndTheTopic() {
    // A/RES/75/58 and A/HRC/RES/54/32 (fr): the body, the topic, then the date
    assertEquals(List.of("S/RES/1540(2004) 2004-04-28"), cite("la résolution 1540 (2004) du Conseil de sécurité relative à la "
        + "non-prolifération des armes de destruction massive, en date du 28 avril 2004,", Language.FR));
    assertEquals(List.of("S/RES/1325(2000) 2000-10-31"), cite("conformément à la résolution 1325 (2000) du Conseil de sécurité "
        + "sur les femmes et la paix et la sécurité, du 31 octobre 2000,", Language.FR));
  }

  @Test
  void aFrenchListOfDatesMayRepeatItsIntroAndShareTheYear() {
    // A/RES/75/94 (fr)
    assertEquals(List.of("A/RES/2252(ES-V) 1967-07-04", "A/RES/2341B(XXII) 1967-12-19"), cite("Rappelant ses résolutions "
        + "2252 (ES-V) et 2341 B (XXII), en date du 4 juillet et du 19 décembre 1967,", Language.FR));
  }

  @Test
  void russianPrintsTheDateRightAfterTheBodyThatAdoptedTheNumber() {
    // A/RES/75/73 and 75/317 (ru): adopted by the body, then the date with no word of its own
    assertEquals(List.of("A/RES/1(I) 1946-01-24"), cite("в первой резолюции, резолюции 1 (I), принятой Генеральной Ассамблеей "
        + "24 января 1946 года и направленной", Language.RU));
  }

  @Test
  void anArabicDateMayFollowIssuedOn() {
    // A/RES/S-32/1 and A/RES/75/175 (ar): "الصادر في", issued on, beside "المؤرخ", dated
    assertEquals(List.of("A/RES/73/191 2018-12-17"), cite("المعقودة وفقا لقرار الجمعية العامة 73/191 الصادر في 17 كانون الأول/ديسمبر 2018.",
        Language.AR));
  }

  @Test
  void aSpanishTopicWithCommasMayRunToTheDate() {
    // A/RES/75/194 (es): the Conference named in the document held its sixth session in 2015
    assertEquals(List.of("CAC-COSP:6/4 2015-11-06"), Cited.afterNaming(List.of("CAC-COSP"), "la resolución 6/4, relativa a la "
        + "mejora de la utilización de los procedimientos civiles y administrativos contra la corrupción, en particular mediante "
        + "la cooperación internacional, en el marco de la Convención, de 6 de noviembre de 2015", Language.ES).stream()
        .map(c -> c.canonical() + " " + c.date().map(Object::toString).orElse("-")).toList());
  }

  @Test
  void theDateFollowsTheEnvironmentAssemblysFullName() {
    // A/RES/75/311 (fr, es): the Assembly "of the United Nations Environment Programme" is one name
    assertEquals(List.of("UNEA:2/14 2016-05-27"), cite("Accueillant avec intérêt la résolution 2/14 de l’Assemblée des Nations Unies "
        + "pour l’environnement du Programme des Nations Unies pour l’environnement, en date du 27 mai 2016, sur le commerce", Language.FR));
    assertEquals(List.of("UNEA:2/14 2016-05-27"), cite("Acogiendo con beneplácito la resolución 2/14 de la Asamblea de las Naciones "
        + "Unidas sobre el Medio Ambiente del Programa de las Naciones Unidas para el Medio Ambiente, de 27 de mayo de 2016,",
        Language.ES));
  }

  @Test
  void onBeforeATopicIntroducesNoDate() {
    assertEquals(List.of("A/RES/70/1 -"), cite("Recalling its resolution 70/1 on the 2030 Agenda for Sustainable Development,", Language.EN));
  }

  @Test
  void theDateFollowsACouncilWordOrShortNameAfterTheNumber() {
    // A/HRC/RES/54/12 (es, ru), A/RES/75/189 (fr)
    assertEquals(List.of("A/HRC/RES/33/25 2016-09-30"),
        cite("de conformidad con la resolución 33/25 del Consejo, de 30 de septiembre de 2016;", Language.ES));
    assertEquals(List.of("A/HRC/RES/33/25 2016-09-30"),
        cite("в соответствии с резолюцией 33/25 Совета от 30 сентября 2016 года;", Language.RU));
    assertEquals(List.of("A/HRC/RES/44/5 2020-07-16"),
        cite("énoncé dans la résolution 44/5 du Conseil, en date du 16 juillet 2020", Language.FR));
  }

  @Test
  void frenchDatesMayFollowAlsoOrBoth() {
    // A/RES/75/251 and 75/157 (fr)
    assertEquals(List.of("A/RES/73/271 2018-12-22"),
        cite("indiqué dans sa résolution 73/271, également du 22 décembre 2018 ;", Language.FR));
    assertEquals(List.of("A/RES/74/306 2020-09-11", "A/RES/74/307 2020-09-11"),
        cite("ainsi que ses résolutions 74/306 et 74/307, toutes deux du 11 septembre 2020", Language.FR));
  }

  @Test
  void anArabicDateMayFollowDatedOn() {
    // A/RES/75/283 (ar): المؤرخ في, "dated on"
    assertEquals(List.of("A/RES/74/176 2020-12-18", "A/RES/68/192 2013-12-18"),
        cite("إذ تشير إلى القرار 74/176 المؤرخ 18 كانون الأول/ديسمبر 2020، الذي يستند إلى القرار 68/192 المؤرخ في 18"
            + " كانون الأول/ديسمبر 2013، الذي", Language.AR));
  }

  @Test
  void theDateOfAdoptionByABodyNamedAfterTheNumbersIsIntroducedInEachLanguage() {
    // A/RES/75/79 (fr, es): "adopted by the Security Council on 16 and 18 September 1998, respectively"
    List<String> both = List.of("S/RES/1196(1998) 1998-09-16", "S/RES/1197(1998) 1998-09-18");
    assertEquals(both, cite("Ayant à l’esprit les résolutions 1196 (1998) et 1197 (1998), adoptées par le Conseil de sécurité"
        + " respectivement les 16 et 18 septembre 1998, à l’issue de l’examen", Language.FR));
    assertEquals(both, cite("Teniendo presentes las resoluciones 1196 (1998) y 1197 (1998), aprobadas por el Consejo de"
        + " Seguridad los días 16 y 18 de septiembre de 1998, respectivamente, después de examinar", Language.ES));
    // A/RES/75/157 (ar)
    assertEquals(List.of("S/RES/1325(2000) 2000-10-31"),
        cite("لاتخاذ قرار مجلس الأمن 1325 (2000) في 31 تشرين الأول/أكتوبر 2000 ووضع الخطة", Language.AR));
  }
}
