import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { leadIntention } from '../../../src/text/events/intention.ts';

describe('leadIntention: an intention, plan, possibility or future in the main clause of a lead', () => {
  it('is a modal of intention or possibility, "plant", or a future with an infinitive', () => {
    const planned = [
      'Der Autobauer will in Leipzig eine zweite Fabrik errichten.',
      'Die Stadtverwaltung plant eine neue Umgehungsstraße.',
      'Der Verband beabsichtigt, die Beiträge zu erhöhen.',
      'Die Ministerin möchte mit den Gewerkschaften im Gespräch bleiben.',
      'Ein alter Vertrag könnte für Streit zwischen den Nachbarländern sorgen.',
      'Die Bank wird 800 Stellen in der Verwaltung streichen.',
      'Die Brücke über den Fluss wird neu gebaut werden.',
    ];
    for (const sentence of planned) assert.equal(leadIntention(sentence), true, sentence);
  });

  it('passes over an apposition, a subject with its relative clause, attributes and an opening subordinate clause', () => {
    assert.equal(leadIntention('Die Reederei will in Kiel, dem größten Hafen der Region, ein Terminal bauen.'), true);
    assert.equal(leadIntention('Der Bürgermeister, der 2010 gewählt wurde, will nun erneut antreten.'), true);
    assert.equal(leadIntention('Eine im Keller gefundene, mit Gold verzierte Truhe könnte einen Rechtsstreit auslösen.'), true);
    assert.equal(leadIntention('Nachdem der Vertrag ausgelaufen ist, will der Verein einen neuen Trainer suchen.'), true);
  });

  it('is not a second main clause beside the news, nor a word in a relative or subordinate clause', () => {
    assert.equal(leadIntention('Der Konzern hält an seinem Sparkurs fest, allerdings will er auf Kündigungen verzichten.'), false);
    assert.equal(leadIntention('Die Polizei nahm einen Mann fest, der einen Anschlag plant.'), false);
    assert.equal(leadIntention('Der Vorstand trat zurück, weil er die Fusion verhindern will.'), false);
  });

  it('is not a verb of a second main clause joined by "und" without a comma', () => {
    assert.equal(leadIntention('Die Polizei nahm den Mann am Flughafen fest und will ihn morgen vernehmen.'), false);
    assert.equal(leadIntention('Der Verein entließ am Montag seinen Trainer und will bis Freitag einen neuen finden.'), false);
    assert.equal(leadIntention('Der Konzern meldete einen Verlust und wird 300 Stellen streichen.'), false);
    assert.equal(leadIntention('Der Minister erklärte seinen Rücktritt und will sich aus der Politik zurückziehen.'), false);
    // a participle before a noun, perhaps after one more adjective, is an attribute, not the clause's finite verb
    assert.equal(leadIntention('Der verletzte Fahrer will gegen den Veranstalter klagen.'), true);
    // an article that is also a verb form ("einen") is no finite verb
    assert.equal(leadIntention('Für einen jungen Sportler wird die geplante Reise vor Gericht enden.'), true);
    assert.equal(leadIntention('Auch einige Abgeordnete der Regierungspartei wollen gegen das Gesetz stimmen.'), true);
    assert.equal(leadIntention('Eine mit Perlen verzierte chinesische Vase könnte bei der Auktion einen Rekord erzielen.'), true);
  });

  it('is not a verb after "als" or "wie" opening a clause ("as if", "as")', () => {
    assert.equal(leadIntention('Als wolle er seine Kritiker bestätigen, sagte der Minister das Treffen ab.'), false);
    assert.equal(leadIntention('Der Minister tat so, als könnte er nichts dafür.'), false);
  });

  it('is not a claim or guess about the past, a present passive, a copula, a quote or a look back', () => {
    assert.equal(leadIntention('Ein Zeuge will den Fahrer am Tatort gesehen haben.'), false);
    assert.equal(leadIntention('Der Brand könnte durch eine Zigarette ausgelöst worden sein.'), false);
    assert.equal(leadIntention('In den Alpen wird ein Bergsteiger vermisst.'), false);
    assert.equal(leadIntention('Kritik wird an der Entscheidung laut, die Schule zu schließen.'), false);
    assert.equal(leadIntention('Der Trainer sagte: „Wir wollen das Spiel gewinnen.“'), false);
    assert.equal(leadIntention('Wie geplant wurde die Halle am Morgen geräumt.'), false);
    assert.equal(leadIntention('Der Vorstand hat die Bilanz vorgelegt.'), false);
  });
});
