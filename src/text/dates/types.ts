/**
 * Types shared by the temporal tagger: the public mention, and the internal expressions the
 * patterns recognise before they are resolved against the article date and the narrative.
 */

/** How early or late within its period a date lies: "Anfang 2016" -> early, "Ende Februar" -> late. */
export type Modifier = 'early' | 'mid' | 'late';

/**
 * How precise a mention's value is. Beyond the article-level precisions a mention can name a
 * century (`19`), a season (`1940-SU`), a quarter or half-year (`2005-Q2`, `1863-H2`), an ISO
 * week (`2004-W51`, weekend `2008-W35-WE`) or a time of day (`1939-09-01T04:45`, `2006-08-27TAF`).
 */
export type MentionPrecision = 'day' | 'month' | 'year' | 'decade' | 'century' | 'season' | 'quarter' | 'week' | 'time' | 'duration' | 'ref';

/**
 * A temporal expression found in an article body, resolved TIMEX-style.
 * `start`/`end` are offsets into the body (`body.slice(start, end) === text`).
 */
export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** `1953-07-27`, `2019-02`, `2016`, `199` (1990s), `BC0490`, durations `P2Y`, refs `PRESENT_REF`. */
  value: string;
  precision: MentionPrecision;
  modifier?: Modifier;
  kind: 'date' | 'duration' | 'ref';
}

/** A (possibly partial) calendar date. Years are astronomical-free: `bc` marks years before Christ. */
export interface Cal {
  year: number;
  month?: number;
  day?: number;
  bc?: boolean;
}

/** Where a year comes from when the text does not say it ("desselben Jahres" -> anchor). */
export type YearSource = 'doc' | 'anchor' | 'context';

/** A calendar expression: whatever the text states, the rest is filled in by resolution. */
export interface CalendarExpr {
  type: 'calendar';
  year?: number;
  /** Year given relative to a reference ("des folgenden Jahres" -> context, +1). */
  yearFrom?: { source: YearSource; shift: number };
  month?: number;
  day?: number;
  bc?: boolean;
  /** Two-digit year ("1.9.39"): its century comes from the reference date. */
  shortYear?: number;
  /** Decade as year / 10 (`199` for the 1990s). */
  decade?: number;
  /** Two-digit decade ("90er Jahre" -> 9): its century comes from the reference date. */
  shortDecade?: number;
  /** Century as TIMEX writes it: the hundreds (`19` for the 20th century). */
  century?: number;
  /** `SP`, `SU`, `FA`, `WI`, `Q1`..`Q4`, `H1`, `H2`. */
  part?: string;
  /** `04:45` or a day part code `MO`, `AF`, `EV`, `NI`. */
  time?: string;
  /** The weekday the text names with the date ("Sonntag, 8. Januar"), to check the inferred year. */
  weekday?: number;
  modifier?: Modifier;
}

/** A weekday, optionally marked as the previous ("vergangenen") or next ("kommenden") one. */
export interface WeekdayExpr {
  type: 'weekday';
  weekday: number;
  shift?: -1 | 1;
  time?: string;
}

/** An offset from a reference: "gestern" (doc, day -1), "zwei Tage später" (anchor, day +2). */
export interface ShiftExpr {
  type: 'shift';
  unit: 'day' | 'week' | 'weekend' | 'month' | 'year';
  amount: number;
  base: YearSource;
  time?: string;
  modifier?: Modifier;
  /** Only roughly this far: "vor ein paar Tagen" is resolved to the ISO week of the shifted day, "vor einigen Monaten" to the year of the shifted month. */
  rough?: true;
}

/** A length of time: "seit zwei Jahren" -> P2Y. */
export interface DurationExpr {
  type: 'duration';
  value: string;
}

/** A vague reference: "jetzt" -> PRESENT_REF, "bald" -> FUTURE_REF. "heute" is a ShiftExpr. */
export interface RefExpr {
  type: 'ref';
  value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
}

/** Any recognised expression, e.g. `{ type: "shift", unit: "day", amount: -1, base: "doc" }` for "gestern". */
export type Expr = CalendarExpr | WeekdayExpr | ShiftExpr | DurationExpr | RefExpr;

/** A recognised but unresolved expression with its span. */
export interface DateCandidate {
  start: number;
  end: number;
  expr: Expr;
  /** Name of the pattern that found it (for debugging and tie-breaking). */
  pattern: string;
  /** Shorter candidates inside this one, longest first, to fall back on if this one cannot be resolved. */
  alternatives?: DateCandidate[];
}
