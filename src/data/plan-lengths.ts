/** The study plan comes in four lengths; the plan page, its tracker and stored progress share them. */

/** Study-plan lengths in weeks. */
export const planLengths = [3, 4, 8, 12] as const;

/** One study-plan length. */
export type PlanLength = (typeof planLengths)[number];
