/**
 * Dates something was put off or moved to ("Der Prozess wurde auf den 28. November vertagt"):
 * the tagger does not read them in the past tense of the moving, and a timeline dates such a
 * sentence by the moving (the article's date), as something that happened.
 */

// "auf den " right before a date -> the target of a move ("auf den 28. November vertagt")
const MOVED_TO_BEFORE = /(?:^|[^\p{L}])auf\s+(?:den\s+|das\s+|Anfang\s+|Mitte\s+|Ende\s+)?$/u;
// " vertagt", " verschoben" within three words after the date -> it was moved there; not
// " verschoben werden" (a move still planned: "soll auf den 5. Mai verschoben werden")
const MOVED_AFTER = /^[,]?\s+(?:[\p{L}\d.]+\s+){0,3}?(?:vertagt|verschoben|verlegt|vorverlegt)(?![\p{L}])(?!\s+(?:werden|werde|wird)(?![\p{L}]))/u;

/**
 * Whether a date is where something was put off or moved to ("wurde auf den 28. November
 * vertagt", "auf Mitte Mai verschoben"): not told in the past tense of the moving.
 * @example postponedTo("Der Prozess wurde auf den 28. November vertagt.", 28, 40) // true
 * @example postponedTo("Die Wahl soll auf den 5. Mai verschoben werden.", 26, 32) // false
 */
export function postponedTo(body: string, start: number, end: number): boolean {
  return MOVED_TO_BEFORE.test(body.slice(Math.max(0, start - 20), start)) && MOVED_AFTER.test(body.slice(end, end + 60));
}
