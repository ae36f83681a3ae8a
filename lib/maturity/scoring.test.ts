import { describe, expect, it } from "vitest";
import { CURRENT_VERSION, DIMENSION_IDS, LEVELS, PRACTICE_STEPS, QUESTIONNAIRES, currentQuestionnaire, questionnaire, type Answer, type DimensionId, type Question, type Questionnaire } from "@/lib/maturity/questions";
import { dimensionScores, levelMet, nextSteps, resultLevel, scoreAssessment, type Answers } from "@/lib/maturity/scoring";

// A small questionnaire with hand-checkable numbers: level 1 has 4 questions, level 2
// has 5, levels 3–7 have 3 each, and two checklist questions.
const q = (id: string, level: number | null, dimension: DimensionId): Question => ({
  id, level, dimension, text: `${id}?`, help: "", evidence: false, practiceStep: level === null ? "measure" : null, step: { text: `do ${id}`, href: `/${dimension}` },
});
const QS: Question[] = [
  q("a1", 1, "tracking"), q("a2", 1, "tracking"), q("a3", 1, "quality"), q("a4", 1, "scale"),
  q("b1", 2, "tracking"), q("b2", 2, "routing-caching"), q("b3", 2, "routing-caching"), q("b4", 2, "quality"), q("b5", 2, "scale"),
  ...[3, 4, 5, 6, 7].flatMap((l) => [q(`l${l}a`, l, "unit-economics"), q(`l${l}b`, l, "budgets-governance"), q(`l${l}c`, l, "scale")]),
  q("p1", null, "tracking"), q("p2", null, "budgets-governance"),
];
const QN: Questionnaire = { version: "test", levels: LEVELS, dimensions: currentQuestionnaire().dimensions, questions: QS };
const all = (a: Answer, filter: (x: Question) => boolean = () => true): Record<string, Answer> => Object.fromEntries(QS.filter(filter).map((x) => [x.id, a]));

describe("levelMet", () => {
  it("counts partly as half: yes, yes, partly, partly is 3 of 4 = 75%", () => {
    expect(levelMet(QS, { a1: "yes", a2: "yes", a3: "partly", a4: "partly" }, 1)).toBe(true);
  });

  it("meets at exactly 75% and fails just below", () => {
    expect(levelMet(QS, { a1: "yes", a2: "yes", a3: "yes", a4: "no" }, 1)).toBe(true); // 3/4
    expect(levelMet(QS, { a1: "yes", a2: "yes", a3: "partly", a4: "no" }, 1)).toBe(false); // 2.5/4 = 62.5%
    expect(levelMet(QS, { b1: "yes", b2: "yes", b3: "yes", b4: "partly", b5: "no" }, 2)).toBe(false); // 3.5/5 = 70%
    expect(levelMet(QS, { b1: "yes", b2: "yes", b3: "yes", b4: "partly", b5: "partly" }, 2)).toBe(true); // 4/5 = 80%
    expect(levelMet(QS, { l3a: "yes", l3b: "partly", l3c: "partly" }, 3)).toBe(false); // 2/3 ≈ 66.7%
    expect(levelMet(QS, { l3a: "yes", l3b: "yes", l3c: "partly" }, 3)).toBe(true); // 2.5/3 ≈ 83.3%
  });

  it("counts an unanswered question as no, and never meets a level without questions", () => {
    expect(levelMet(QS, { a1: "yes", a2: "yes", a3: "yes" }, 1)).toBe(true);
    expect(levelMet(QS, { a1: "yes", a2: "yes" }, 1)).toBe(false);
    expect(levelMet(QS, all("yes"), 8)).toBe(false);
  });
});

describe("scoreAssessment", () => {
  it("is level 0, Not started, 0% when level 1 is not met, even with every higher level met", () => {
    const answers = { ...all("yes"), a1: "no", a2: "no" } as const;
    const s = scoreAssessment(QN, answers);
    expect(s).toMatchObject({ level: 0, levelName: "Not started", percent: 0 });
    expect(s.nextSteps).toEqual([
      { questionId: "a1", level: 1, dimension: "tracking", text: "do a1", href: "/tracking" },
      { questionId: "a2", level: 1, dimension: "tracking", text: "do a2", href: "/tracking" },
    ]);
  });

  it("caps the result at a gap low down even when higher levels are met", () => {
    const answers: Answers = { ...all("yes"), b1: "no", b2: "partly" }; // level 2 at 3.5/5 = 70%
    expect(resultLevel(QN, answers)).toBe(1);
    const s = scoreAssessment(QN, answers);
    expect(s).toMatchObject({ level: 1, levelName: "Experimental", percent: 14 });
    // the gaps of the blocking level 2, in questionnaire order
    expect(s.nextSteps.map((x) => [x.questionId, x.level])).toEqual([["b1", 2], ["b2", 2]]);
  });

  it("gives each level its percentage, and no next steps at level 7", () => {
    const expected = [[1, 14, "Experimental"], [2, 29, "Pilot"], [3, 43, "Operational"], [4, 57, "Scaled"], [5, 71, "Optimized"], [6, 86, "Strategic"], [7, 100, "Market Leading"]] as const;
    for (const [level, percent, name] of expected) {
      const answers = all("yes", (x) => x.level !== null && x.level <= level);
      const s = scoreAssessment(QN, answers);
      expect(s).toMatchObject({ level, percent, levelName: name });
      const above = QS.filter((x) => x.level === level + 1).map((x) => x.id);
      expect(s.nextSteps.map((x) => x.questionId)).toEqual(above);
      expect(above.length).toBe(level === 7 ? 0 : level === 1 ? 5 : 3);
    }
  });

  it("lists as next steps the blocking level's questions not answered yes (partly and unanswered included), with figures from the data when given", () => {
    const answers: Answers = { ...all("yes", (x) => x.level === 1 || x.level === 2), l3a: "yes", l3b: "partly" };
    const s = scoreAssessment(QN, answers, { l3b: { text: "Set budgets for the 3 teams without one" }, l3c: { text: "Enter revenue for 4 features", href: "/pnl" } });
    expect(s.level).toBe(2);
    expect(s.nextSteps).toEqual([
      { questionId: "l3b", level: 3, dimension: "budgets-governance", text: "Set budgets for the 3 teams without one", href: "/budgets-governance" },
      { questionId: "l3c", level: 3, dimension: "scale", text: "Enter revenue for 4 features", href: "/pnl" },
    ]);
    expect(nextSteps(QN, answers, 7)).toEqual([]);
  });
});

describe("dimensionScores", () => {
  it("scores 100·(yes + ½·partly)/count over every question of the dimension, checklist included, rounded", () => {
    const answers: Answers = { a1: "yes", a2: "partly", b1: "no", p1: "partly", b2: "yes", l3b: "partly" };
    expect(dimensionScores(QN, answers)).toEqual({
      tracking: 50, // a1, a2, b1, p1: (1 + 0.5 + 0 + 0.5) / 4
      "routing-caching": 50, // b2, b3: 1 / 2
      quality: 0, // a3, b4 unanswered
      "unit-economics": 0,
      "budgets-governance": 8, // l3b..l7b and p2: 0.5 / 6 = 8.33
      scale: 0,
    });
    expect(dimensionScores(QN, { l3a: "partly" })["unit-economics"]).toBe(10); // 0.5 / 5
    expect(dimensionScores(QN, { a3: "partly", b4: "partly", p1: "yes" })).toMatchObject({ quality: 50, tracking: 25 }); // quality: a3, b4; tracking: 1 of 4
    // four questions all of one dimension: a half rounds up, and a dimension without questions is 0
    const four = { ...QN, questions: QS.slice(0, 4).map((x) => ({ ...x, dimension: "quality" as const })) };
    expect(dimensionScores(four, { a1: "partly" }).quality).toBe(13); // 0.5 / 4 = 12.5% → 13
    expect(dimensionScores(four, {}).tracking).toBe(0);
  });
});

describe("the questionnaire", () => {
  it("has 3–5 questions per level, the five-step checklist, unique ids, and every dimension used", () => {
    const qn = questionnaire(CURRENT_VERSION)!;
    expect(qn.version).toBe("2026-12.1");
    expect(qn.levels.map((l) => [l.level, l.percent])).toEqual([[1, 14], [2, 29], [3, 43], [4, 57], [5, 71], [6, 86], [7, 100]]);
    for (let l = 1; l <= 7; l++) {
      const n = qn.questions.filter((x) => x.level === l).length;
      expect(n, `level ${l}`).toBeGreaterThanOrEqual(3);
      expect(n, `level ${l}`).toBeLessThanOrEqual(5);
    }
    expect(qn.questions.filter((x) => x.level === null).map((x) => x.practiceStep)).toEqual([...PRACTICE_STEPS]);
    expect(qn.questions.filter((x) => x.level !== null).every((x) => x.practiceStep === null)).toBe(true);
    expect(new Set(qn.questions.map((x) => x.id)).size).toBe(qn.questions.length);
    expect(qn.dimensions.map((d) => d.id)).toEqual(["tracking", "routing-caching", "budgets-governance", "quality", "unit-economics", "scale"]);
    for (const d of DIMENSION_IDS) expect(qn.questions.some((x) => x.dimension === d), d).toBe(true);
    expect(qn.questions.every((x) => x.step.href.startsWith("/"))).toBe(true);
    expect(Object.keys(QUESTIONNAIRES)).toContain(CURRENT_VERSION);
    expect(questionnaire("1999-01.1")).toBeNull();
    expect(questionnaire("constructor")).toBeNull();
  });

  it("scores all yes as level 7 and all no as level 0 on the real questions", () => {
    const qn = currentQuestionnaire();
    const yes = Object.fromEntries(qn.questions.map((x) => [x.id, "yes" as const]));
    expect(scoreAssessment(qn, yes)).toMatchObject({ level: 7, percent: 100, nextSteps: [], dimensions: Object.fromEntries(DIMENSION_IDS.map((d) => [d, 100])) });
    const none = scoreAssessment(qn, {});
    expect(none).toMatchObject({ level: 0, percent: 0, dimensions: Object.fromEntries(DIMENSION_IDS.map((d) => [d, 0])) });
    expect(none.nextSteps.map((x) => x.questionId)).toEqual(qn.questions.filter((x) => x.level === 1).map((x) => x.id));
  });
});
