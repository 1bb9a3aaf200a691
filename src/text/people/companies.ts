/**
 * Company names shaped like person names: "Tesla Motors", "Lumora Group", "Fendrik Holding". A name
 * whose last word is a word companies put after their name (a business or a legal form) is a company,
 * even when its first word is in the first-name lists or a title stands before it ("Chef von …").
 */
import type { Token } from '../lexicon/index.ts';
import type { NameSpan } from './names.ts';

/**
 * Words that end company names: English business words (Motors, Group, Airlines, Technologies) and
 * legal forms (AG, GmbH, Inc., SE). None of them is a frequent surname in German news; "Bank" is one
 * rarely, so a salutation before the name keeps it a person ("Frau Maria Bank").
 */
const COMPANY_WORDS = new Set([
  'Motors',
  'Motor',
  'Automotive',
  'Group',
  'Gruppe',
  'Holding',
  'Holdings',
  'Bank',
  'Bancorp',
  'AG',
  'GmbH',
  'KG',
  'KGaA',
  'SE',
  'Inc',
  'Corp',
  'Corporation',
  'Company',
  'Ltd',
  'LLC',
  'PLC',
  'plc',
  'Airlines',
  'Airways',
  'Aerospace',
  'Media',
  'Systems',
  'Technologies',
  'Technology',
  'Electronics',
  'Industries',
  'Pharma',
  'Pharmaceuticals',
  'Energy',
  'Capital',
  'Ventures',
  'Partners',
  'Investments',
  'Securities',
  'Insurance',
  'Communications',
  'Networks',
  'Telecom',
  'Software',
  'Solutions',
  'Logistics',
  'Entertainment',
  'Pictures',
  'Records',
  'Brands',
  'Foods',
  'Chemicals',
  'Petroleum',
  'Semiconductor',
  'Semiconductors',
  'Labs',
]);

// "Herr", "Frau", "Dr", "Prof" -> a salutation: what follows is a person ("Frau Maria Bank")
const SALUTATION = /^(Herr|Herrn|Frau|Dr|Prof)$/;

/**
 * Whether the name span is a company's name: its last word (past a full stop: "Inc.") ends company
 * names, and no salutation stands before it. A one-word span is never one ("Außenminister Bank").
 * @example companyName(tokens("Der Chef von Tesla Motors"), { first: 3, last: 4, … }) // true
 * @example companyName(tokens("Frau Maria Bank sagte"), { first: 1, last: 2, … }) // false
 */
export function companyName(tokens: readonly Token[], span: NameSpan): boolean {
  if (span.last === span.first || !COMPANY_WORDS.has(tokens[span.last]!.text)) return false;
  let before = span.first - 1;
  if (tokens[before]?.text === '.') before--;
  return !SALUTATION.test(tokens[before]?.text ?? '');
}
