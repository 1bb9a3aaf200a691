import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs, quotesOf } from '../../support/quotes.ts';

test('a direct quote with the cue after it: „…“, sagte X', () => {
  const text = 'US-Finanzminister Steven Mnuchin war dort. „Wir machen es klar“, sagte Mnuchin am Montag.';
  assert.deepEqual(pairs(text), [['direct', 'Steven Mnuchin', 'Wir machen es klar']]);
});

test('all the quotation marks the seeds use', () => {
  for (const [open, close] of [
    ['„', '“'],
    ['«', '»'],
    ['"', '"'],
    ['»', '«'],
  ]) {
    const text = `Antony Blinken reiste ab. ${open}Wir bleiben in Kontakt${close}, sagte Blinken.`;
    assert.deepEqual(pairs(text), [['direct', 'Antony Blinken', 'Wir bleiben in Kontakt']], open);
  }
});

test('the offsets point at the quoted words without the marks', () => {
  const text = 'Antony Blinken kam. «Wir bleiben», sagte er.';
  const [q] = quotesOf(text);
  assert.equal(text.slice(q!.start, q!.end), 'Wir bleiben');
});

test('a quote introduced by a cue and a colon: X sagte: „…“', () => {
  const text = 'Die Kanzlerin Angela Merkel kam nach Paris. Sie sagte: „Wir schaffen das.“';
  assert.deepEqual(pairs(text), [['direct', 'Angela Merkel', 'Wir schaffen das.']]);
});

test('a colon-introduced sentence without marks is a direct quote of the speaker before the colon', () => {
  const text = 'Stephen Biegun widersprach zugleich allen Spekulationen:\n\nWir haben um kein Treffen gebeten.';
  assert.deepEqual(pairs(text), [['direct', 'Stephen Biegun', 'Wir haben um kein Treffen gebeten.']]);
});

test('indirect speech after a cue: "X sagte, er habe …" and "…, dass …"', () => {
  assert.deepEqual(pairs('Stephen Biegun sagte zwar, er habe kein Treffen vorgeschlagen.'), [['indirect', 'Stephen Biegun', 'er habe kein Treffen vorgeschlagen']]);
  assert.deepEqual(pairs('Antony Blinken betonte, dass die Gespräche weitergehen.'), [['indirect', 'Antony Blinken', 'dass die Gespräche weitergehen']]);
});

test('a subjunctive clause closed by the cue: "China habe …, sagte Blinken"', () => {
  const text = 'Antony Blinken war in Seoul. China habe ein klares Eigeninteresse, sagte Blinken am Donnerstag.';
  assert.deepEqual(pairs(text), [['indirect', 'Antony Blinken', 'China habe ein klares Eigeninteresse']]);
});

test('"X zufolge" with a subjunctive names X', () => {
  const text = 'Stephen Biegun reiste ab. Biegun zufolge richte sich sein Fokus auf den Frieden.';
  assert.equal(quotesOf(text)[0]?.speaker, 'Stephen Biegun');
});

test('subjunctive sentences after a quote continue it; an indicative one ends it', () => {
  const text = 'Choe Son-hui warf den USA vor, Tricks anzuwenden. Die Führung irre sich. Es gebe keine Notwendigkeit. Die Lage ist ernst.';
  const found = pairs(text);
  assert.deepEqual(
    found.map((q) => q[1]),
    ['Choe Son-hui', 'Choe Son-hui', 'Choe Son-hui'],
  );
  assert.ok(!found.some((q) => String(q[2]).includes('Lage')));
});

test("a quoted phrase inside reported speech takes that speech's speaker", () => {
  const text = 'Antony Blinken kam. Peking habe einen «enormen Einfluss», sagte Blinken.';
  assert.ok(quotesOf(text).some((q) => q.type === 'direct' && q.text === 'enormen Einfluss' && q.speaker === 'Antony Blinken'));
});

test('a speaker who is not a recognised person gives no speaker, never a nearby person', () => {
  const text = 'Donald Trump kam nach Seoul. „Das ist ein Wendepunkt für uns alle“, sagte ein Sprecher des Ministeriums.';
  assert.deepEqual(pairs(text), [['direct', null, 'Das ist ein Wendepunkt für uns alle']]);
});

test('indirect speech without a recognisable speaker is left out', () => {
  assert.deepEqual(pairs('Südkorea bedauere die Entscheidung, hieß es aus dem Ministerium.'), []);
});

test('two candidate speakers around one quote give none', () => {
  const text = 'Antony Blinken traf Lloyd Austin. Blinken lobte das Treffen: „Es war ein gutes Gespräch“, ergänzte Austin.';
  const q = quotesOf(text).find((x) => x.text === 'Es war ein gutes Gespräch');
  assert.equal(q?.speaker, null);
});

test('reported speech ends where another cue begins', () => {
  const text = 'Während die Sängerin Shakira erklärte, aufgeregt zu sein, räumte Jennifer Lopez ein, sie träume davon.';
  const shakira = quotesOf(text).find((q) => q.speaker === 'Shakira');
  assert.equal(shakira?.text, 'aufgeregt zu sein');
});

test('titles and names in quotation marks are not speech', () => {
  const text = 'Al Gore zeigte seine Dokumentation „Eine unbequeme Wahrheit“ und lobte die Zeitung „Stern“.';
  assert.ok(quotesOf(text).every((q) => q.speaker === null));
  assert.deepEqual(pairs('Die «Zwei-plus-Zwei»-Gespräche begannen.'), []);
});

test('a title with an article refers back to the person: "erklärte der US-Vizeaußenminister"', () => {
  const text = 'US-Vizeaußenminister Stephen Biegun kam. Man sei bereit, erklärte der US-Vizeaußenminister.';
  assert.equal(quotesOf(text)[0]?.speaker, 'Stephen Biegun');
});

test('an object after the verb is not the speaker', () => {
  const text = 'Die Königin bat Premierminister John Key, ihre „tiefe Anteilnahme den Familien zu übermitteln“.';
  assert.ok(quotesOf(text).length > 0);
  assert.ok(quotesOf(text).every((q) => q.speaker !== 'John Key'));
});
