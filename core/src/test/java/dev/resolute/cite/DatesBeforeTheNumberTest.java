package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chinese prints a resolution's date before its number, often with a phrase describing the
 * resolution between them: its title ({@code 题为“…”的}), its topic ({@code 关于…的}), what it
 * contains ({@code 载有《…》的}) or its adoption ({@code 通过的}). The date is the resolution's; a
 * date before another number, or the first day of a session, is not. English and French print the
 * date of an adoption before the number adopted ({@code the adoption on 29 November 2013 of
 * resolution 5/6}).
 */
class DatesBeforeTheNumberTest {

  private static List<String> cite(String text) {
    return Cited.withDates(text, Language.ZH, Body.GA);
  }

  @Test
  void aTitleBetweenTheDateAndTheNumberKeepsTheDate() {
    // A/RES/75/104 (zh); the second title holds a comma and the word 的 of its own
    assertEquals(List.of("A/RES/74/270 2020-04-02", "A/RES/74/274 2020-04-20"),
        cite("又回顾大会2020年4月2日题为“全球团结抗击2019冠状病毒病(COVID-19)”的第74/270号决议和2020年4月20日题为"
            + "“开展国际合作，确保全球获得应对COVID-19的药品、疫苗及医疗设备”的第74/274号决议，"));
  }

  @Test
  void aTopicBetweenTheDateAndTheNumberKeepsTheDate() {
    // A/RES/75/101 (zh): each topic holds a year that is no date
    assertEquals(List.of("A/RES/73/327 2019-07-25", "A/RES/74/198 2019-12-19"),
        cite("回顾大会2019年7月25日关于宣布2021年为消除童工现象国际年的第73/327号决议和2019年12月19日关于宣布2021年为"
            + "国际创意经济促进可持续发展年的第74/198号决议，"));
  }

  @Test
  void theBodysNameBetweenTheDateAndThePhraseKeepsTheDate() {
    // E/RES/2021/17 and A/RES/75/15 (zh): the date, the Assembly, then the topic or the title
    assertEquals(List.of("A/RES/69/313 2015-07-27"), cite("又重申2015年7月27日大会关于《第三次发展筹资问题国际会议亚的斯亚贝巴行动议程》的"
        + "第69/313号决议，"));
    assertEquals(List.of("A/RES/70/1 2015-09-25"), cite("重申2015年9月25日大会题为“变革我们的世界：2030年可持续发展议程”的第70/1号决议，"));
  }

  @Test
  void aTitleInBookQuotesOrTheVerbOfAdoptionKeepsTheDate() {
    // E/RES/2021/29 and E/RES/2021/4 (zh)
    assertEquals(List.of("A/RES/70/125 2015-12-16"), cite("和大会2015年12月16日题为《关于信息社会世界首脑会议成果执行情况全面审查的"
        + "大会高级别会议成果文件》的第70/125号决议，"));
    assertEquals(List.of("A/RES/181(II) 1947-11-29"), cite("关切地注意到自大会1947年11月29日通过第181(II)号决议至今已有70多年，"));
  }

  @Test
  void theAdoptionBetweenTheDateAndTheNumberKeepsTheDate() {
    // A/HRC/RES/54/17 (zh)
    assertEquals(List.of("A/RES/77/191 2022-12-15"), cite("包括大会最近于2022年12月15日通过的第77/191号决议，"));
  }

  @Test
  void aDateBeforeAnEarlierNumberIsNotTheNextOnes() {
    assertEquals(List.of("A/RES/73/327 2019-07-25", "A/RES/74/198 -"),
        cite("回顾大会2019年7月25日关于甲的第73/327号决议和关于乙的第74/198号决议，"));
  }

  @Test
  void theDaysOfASessionAreNoDateOfAdoption() {
    // A/RES/75/223 (zh): resolutions of the World Tourism Organization's sessions of September 2015 and 2017
    assertEquals(List.of("UNWTO-GA:668(XXI) -", "UNWTO-GA:707(XXII) -"),
        cite("表示注意到2015年9月12日至17日在哥伦比亚麦德林举行的世界旅游组织大会第二十一届会议通过的第668(XXI)号决议、"
            + "2017年9月11日至16日在中国成都举行的第二十二届会议通过的第707(XXII)号决议，"));
  }

  @Test
  void aDateBeforeTwoNumbersJoinedByAndIsBoth() {
    // A/RES/75/131 (zh)
    assertEquals(List.of("A/RES/66/127 2011-12-19", "A/RES/67/139 2012-12-20", "A/RES/67/143 2012-12-20"),
        cite("回顾其2011年12月19日第66/127号、2012年12月20日第67/139和67/143号决议，"));
  }

  @Test
  void aDateBeforeTwoNumbersOfOneSessionEachWithItsTopicIsBoth() {
    // A/HRC/RES/54/11 (zh): "5/1, on …, and 5/2, on …, of 18 June 2007"
    assertEquals(List.of("A/RES/60/251 2006-03-15", "A/HRC/RES/5/1 2007-06-18", "A/HRC/RES/5/2 2007-06-18"),
        cite("回顾大会2006年3月15日第60/251号决议、人权理事会2007年6月18日关于理事会体制建设的第5/1号决议和关于人权理事会"
            + "特别程序任务负责人行为守则的第5/2号决议，"));
    // A/RES/75/23 (zh): two parts of one resolution, each with its title
    assertEquals(List.of("A/RES/74/92A 2019-12-13", "A/RES/74/92B 2019-12-13"),
        cite("又回顾其2019年12月13日题为“信息为人类服务”的第74/92 A号决议和题为“联合国全球传播政策和活动”的第74/92 B号决议，"));
  }

  @Test
  void aDateBeforeAnEnumerationSharingOneMarkIsEachNumbers() {
    // A/RES/75/4 (zh): the numbers of each date share the mark 号 after the last
    assertEquals(List.of("A/DEC/S-31/1 2020-07-15", "A/DEC/S-31/2 2020-07-15", "A/DEC/S-31/3 2020-07-15",
            "A/DEC/S-31/4 2020-07-21", "A/DEC/S-31/5 2020-07-21", "A/DEC/S-31/6 2020-07-21"),
        cite("回顾其2020年7月15日S-31/1、S-31/2和S-31/3号决定、2020年7月21日S-31/4、S-31/5和S-31/6号决定，"));
  }

  @Test
  void aDateBeforeANumberOfAnEnumerationIsThatNumbersAlone() {
    // A/RES/75/239 (zh): 66/231 is dated in the English text, 24 December 2011
    assertEquals(List.of("A/RES/65/37B 2011-04-04", "A/RES/66/231 -", "A/RES/67/78 2012-12-11"),
        cite("大会相关决议，特别是2011年4月4日第65/37 B号、第66/231号、2012年12月11日第67/78号决议"));
  }

  @Test
  void aDateIsNotCarriedToANumberOfAnotherSession() {
    // A/RES/75/239 (zh): the Chinese dates 74/19 by 73/124's day; the seventy-fourth session met in 2019-2020
    assertEquals(List.of("A/RES/73/124 2018-12-11", "A/RES/74/19 -"), cite("2018年12月11日第73/124号和第74/19号决议所载"));
  }

  @Test
  void theDateOfAnAdoptionBeforeTheNumberIsItsDate() {
    // A/RES/75/157 (fr) and A/RES/75/194, operative 21
    assertEquals(List.of("S/RES/1325(2000) 2000-10-31"), Cited.withDates("le vingtième anniversaire de l’adoption, le 31 octobre"
        + " 2000, de la résolution 1325 (2000) du Conseil de sécurité", Language.FR, Body.GA));
    assertEquals(List.of("CAC-COSP:5/6 2013-11-29", "CAC-COSP:6/5 2015-11-06"), Cited.afterNaming(List.of("CAC-COSP"),
        "welcomes the adoption on 29 November 2013 of resolution 5/6 on the private sector and the adoption on 6 November"
            + " 2015 of resolution 6/5, the Saint Petersburg statement,", Language.EN).stream()
        .map(c -> c.canonical() + " " + c.date().orElseThrow()).toList());
  }

  @Test
  void aDateBeforeTheAdoptionOfAnotherNumberIsNotTheNextOnes() {
    assertEquals(List.of("A/RES/70/1 2015-09-25", "A/RES/71/1 -"), Cited.withDates("the adoption on 25 September 2015 of"
        + " resolution 70/1 and of resolution 71/1", Language.EN, Body.GA));
  }
}
