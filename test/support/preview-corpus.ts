/**
 * A made-up corpus for the preview page's browser test: eight dated reports that name Kaesong
 * (two pages of search hits, a timeline over several months), two that name two different Kims
 * (`who Kim` offers candidates), and one article whose title and text carry HTML that must be
 * shown as text, never run.
 */
import type { FakeArticle } from './temp-corpus.ts';

/** HTML in an article: a script and an image whose onerror would run. */
export const ARTICLE_ATTACK = '<script>window.__pwned=7</script> <img src=x onerror=window.__pwned=1>';

/** The word only the attack article contains. */
export const ATTACK_WORD = 'Xylophonkonzert';

const EVENTS = [
  ['2020-01-20', 'Am 14. Januar 2020 eröffnete Südkorea in Kaesong eine Ausstellung über die Industriezone.'],
  ['2020-02-21', 'Am 18. Februar 2020 schloss Nordkorea die Grenze bei Kaesong wegen einer Epidemie.'],
  ['2020-03-22', 'Am 9. März 2020 feuerte Nordkorea zwei Raketen ab; in Kaesong heulten die Sirenen.'],
  ['2020-04-23', 'Am 15. April 2020 wählte Südkorea ein neues Parlament, die Kaesong-Frage blieb offen.'],
  ['2020-05-24', 'Am 21. Mai 2020 verlangten Unternehmer die Wiedereröffnung der Industriezone Kaesong.'],
  ['2020-06-25', 'Am 16. Juni 2020 sprengte Nordkorea das Verbindungsbüro in Kaesong.'],
  ['2020-07-26', 'Am 24. Juli 2020 meldete Nordkorea einen Verdachtsfall in Kaesong und riegelte die Stadt ab.'],
  ['2020-08-27', 'Am 14. August 2020 hob Nordkorea die Abriegelung von Kaesong wieder auf.'],
] as const;

const KIMS = [
  { id: 'drohung', date: '2022-04-02', title: 'Drohung aus Pjöngjang', body: 'Kim Yo Jong, die Schwester von Machthaber Kim Jong Un, hat Südkorea gedroht. „Wir werden nicht zögern“, sagte Kim Yo Jong.' },
  { id: 'parade', date: '2023-02-09', title: 'Parade', body: 'Machthaber Kim Jong-un hat in Pjöngjang eine Militärparade abgenommen. Verteidigungsminister Kang Sun Nam erklärte, das Land sei bereit.' },
];

/** The eleven articles. */
export function previewArticles(): FakeArticle[] {
  const reports = EVENTS.map(([date, sentence], i) => ({
    id: `bericht-${i + 1}`,
    date,
    title: `Bericht ${i + 1} aus Kaesong`,
    url: `https://example.org/bericht-${i + 1}`,
    body: `${sentence} Beobachter in Seoul sprachen von einem wichtigen Signal für die Beziehungen beider Staaten.`,
  }));
  const attack = { id: 'angriff', date: '2020-09-01', title: `Kultur ${ARTICLE_ATTACK}`, body: `Das ${ATTACK_WORD} in Seoul fand statt. ${ARTICLE_ATTACK} Danach gab es Applaus.` };
  return [...reports, ...KIMS, attack];
}
