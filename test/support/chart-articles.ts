/**
 * Articles written for the chart tests: a made-up port town with events dated to days and months
 * of 2022 (January to September, one in June) and one person (Anna Petersen) named in three of them.
 */
import type { FakeArticle } from './temp-corpus.ts';

/** Three articles; events in January, March, May, June, August and September 2022. */
export const chartTestArticles: FakeArticle[] = [
  {
    id: 'rathaus',
    date: '2022-03-15',
    title: 'Hafenstadt Rostal baut ein neues Rathaus',
    body: 'Die Hafenstadt Rostal hat am 12. März 2022 mit dem Bau eines neuen Rathauses begonnen. Bürgermeisterin Anna Petersen sagte, das Gebäude solle im Herbst 2023 fertig sein. Im Januar 2022 hatte der Stadtrat den Bau nach langem Streit beschlossen.',
  },
  {
    id: 'faehre',
    date: '2022-06-20',
    title: 'Streit um die Fähre nach Nordholm',
    body: 'Die Fährgesellschaft von Rostal hat am 3. Juni 2022 den Betrieb nach Nordholm eingestellt. Bürgermeisterin Anna Petersen kritisierte die Entscheidung scharf. Im Mai 2022 waren die Preise für Diesel stark gestiegen.',
  },
  {
    id: 'hafenfest',
    date: '2022-09-05',
    title: 'Rostal feiert das Hafenfest',
    body: 'Mehr als zehntausend Menschen haben am 3. September 2022 das Hafenfest in Rostal besucht. Bürgermeisterin Anna Petersen eröffnete das Fest mit einer Rede. Am 20. August 2022 war die neue Fähre nach Nordholm in Betrieb genommen worden.',
  },
];
