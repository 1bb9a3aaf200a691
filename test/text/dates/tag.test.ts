import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PreciseDate } from '../../../src/corpus/article.ts';
import { tagDates } from '../../../src/text/dates/index.ts';

const month = (value: string): PreciseDate => ({ value, precision: 'month' });
const day = (value: string): PreciseDate => ({ value, precision: 'day' });

/** The tagged expressions as "text=value" strings, in text order. */
function tag(body: string, date: PreciseDate): string[] {
  return tagDates(body, date).map((m) => `${m.text}=${m.value}`);
}

describe('tagDates: explicit dates', () => {
  it('resolves full dates, month-year, years and two-digit range tails', () => {
    assert.deepEqual(tag('Der Vertrag wurde am 27. Juli 1953 unterzeichnet.', month('2019-07')), ['27. Juli 1953=1953-07-27']);
    assert.deepEqual(tag('Sie trafen sich im April 2018 in Panmunjom.', month('2019-03')), ['April 2018=2018-04']);
    assert.deepEqual(tag('Das Werk lief bis 2016 weiter.', month('2019-03')), ['2016=2016']);
    assert.deepEqual(tag('nach dem Ende des Krieges (1950-53)', month('2019-03')), ['1950=1950', '53=1953']);
    assert.deepEqual(tag('Der Krieg dauerte von 1950 bis 1953.', month('2019-03')), ['1950=1950', '1953=1953']);
  });

  it('writes decades and modifiers the TIMEX way', () => {
    const [mid] = tagDates('Mitte der 90er Jahre wuchs die Wirtschaft.', month('2019-03'));
    assert.equal(mid?.text, 'Mitte der 90er Jahre');
    assert.equal(mid?.value, '199');
    assert.equal(mid?.precision, 'decade');
    assert.equal(mid?.modifier, 'mid');
    const [early] = tagDates('Der Park war bis Anfang 2016 in Betrieb.', month('2019-03'));
    assert.deepEqual([early?.text, early?.value, early?.precision, early?.modifier], ['Anfang 2016', '2016', 'year', 'early']);
  });

  it('gives offsets into the body exactly', () => {
    const body = 'Zeile eins.\n\nAm 11. August 2020 kam es zum Treffen.';
    const mentions = tagDates(body, month('2020-09'));
    assert.ok(mentions.length > 0);
    for (const m of mentions) assert.equal(body.slice(m.start, m.end), m.text);
  });

  it('reads numeric dates, centuries and years before Christ', () => {
    assert.deepEqual(tag('Der Angriff ist am 1.9.39 zu führen.', day('1939-08-31')), ['1.9.39=1939-09-01']);
    assert.deepEqual(tag('Ein Krieg des 20. Jahrhunderts.', day('2011-02-16')), ['20. Jahrhunderts=19']);
    assert.deepEqual(tag('Im Jahr 490 v. Chr. landeten die Perser.', day('2011-02-16')), ['Jahr 490 v. Chr.=BC0490']);
  });
});

describe('tagDates: month without year follows the tense', () => {
  it('points back from the article date in past tense', () => {
    assert.deepEqual(tag('Das Büro wurde im September eröffnet.', month('2019-03')), ['September=2018-09']);
    assert.deepEqual(tag('Der Gipfel scheiterte Ende Februar.', month('2019-03')), ['Ende Februar=2019-02']);
    assert.deepEqual(tag('Die USA hatten noch im Januar betont, dass es so bleibt.', month('2020-07')), ['Januar=2020-01']);
  });

  it('points ahead in future tense', () => {
    assert.deepEqual(tag('Die Wahl wird im November stattfinden.', month('2020-07')), ['November=2020-11']);
    assert.deepEqual(tag('Die Konzerte sind vom 25. März bis zum 1. April geplant.', day('2008-03-20')), ['25. März=2008-03-25', '1. April=2008-04-01']);
  });

  it('reads a date that qualifies a noun as the nearest one, whatever the tense', () => {
    const text = 'Die Ministerin hatte die Aussichten vor der Parlamentswahl im Oktober als schlecht bezeichnet.';
    assert.deepEqual(tag(text, month('2021-06')), ['Oktober=2021-10']);
  });

  it('takes the tense of the clause that holds the date', () => {
    assert.deepEqual(tag('Die Parteien hatten erklärt, am 3. Februar das Verfahren einzuleiten.', day('2021-01-20')), ['3. Februar=2021-02-03']);
  });
});

describe('tagDates: weekdays and relative days', () => {
  it('takes the latest such day on or before a day-precise article date', () => {
    assert.deepEqual(tag('Der Minister sagte am Mittwoch in Seoul, er sei zuversichtlich.', day('2020-07-10')), ['Mittwoch=2020-07-08']);
    assert.deepEqual(tag('Am vergangenen Samstag warf sie den USA Lügen vor.', day('2020-07-11')), ['vergangenen Samstag=2020-07-04']);
  });

  it('looks ahead in future tense', () => {
    assert.deepEqual(tag('Er wird sich am Donnerstag mit dem Berater treffen.', day('2020-07-08')), ['Donnerstag=2020-07-09']);
  });

  it('only knows the month when the article date is month-precise', () => {
    const [m] = tagDates('Blinken sprach am Donnerstag in Seoul.', month('2021-03'));
    assert.deepEqual([m?.value, m?.precision], ['2021-03', 'month']);
  });

  it('resolves gestern, heute, weekends and weeks against the article date', () => {
    assert.deepEqual(tag('Gestern Nachmittag schlug ein Blitz ein.', day('2006-08-28')), ['Gestern Nachmittag=2006-08-27TAF']);
    assert.deepEqual(tag('Das Treffen endet heute.', day('2008-04-04')), ['heute=2008-04-04']);
    assert.deepEqual(tag('Die Krise spitzte sich am Wochenende zu.', day('2008-09-03')), ['Wochenende=2008-W35-WE']);
    assert.deepEqual(tag('Das Gesetz kommt in der kommenden Woche.', day('2020-07-08')), ['kommenden Woche=2020-W29']);
  });

  it('reads "gestrig"/"morgig" before any noun against the article date, "heutig" only before a day word or as the occasion of "bei"/"nach"', () => {
    assert.deepEqual(tag('Bei der gestrigen Sitzung stimmte der Rat zu.', day('2021-03-06')), ['gestrigen Sitzung=2021-03-05']);
    assert.deepEqual(tag('Die morgige Kundgebung ist angemeldet.', day('2021-03-06')), ['morgige Kundgebung=2021-03-07']);
    assert.deepEqual(tag('In der heutigen Zeit ist das schwer.', day('2021-03-06')), []);
    assert.deepEqual(tag('Nach der heutigen Sitzung gab es Streit.', day('2021-03-06')), ['heutigen Sitzung=2021-03-06']);
    assert.deepEqual(tag('Nach dem heutigen Stand der Technik geht das nicht.', day('2021-03-06')), []);
    assert.deepEqual(tag('Das ist eine gestrige Politik.', day('2021-03-06')), []);
  });

  it('reads "am gestrigen Vormittag", "am heutigen Samstag" and "am frühen Freitagmorgen" against the article date', () => {
    // 2021-03-06 is a Saturday
    assert.deepEqual(tag('Am gestrigen Vormittag brannte eine Lagerhalle.', day('2021-03-06')), ['gestrigen Vormittag=2021-03-05TMO']);
    assert.deepEqual(tag('Am heutigen Samstag bleibt die Halle zu.', day('2021-03-06')), ['heutigen Samstag=2021-03-06']);
    assert.deepEqual(tag('Am vorgestrigen Ostersonntag kamen Tausende.', day('2021-04-06')), ['vorgestrigen Ostersonntag=2021-04-04']);
    assert.deepEqual(tag('Am frühen Freitagmorgen brannte es.', day('2021-03-06')), ['Freitagmorgen=2021-03-05TMO']);
  });

  it('does not read "heutigen" before anything but a day as a date', () => {
    assert.deepEqual(tag('Die Stadt lag am heutigen Stadtrand von Köln.', day('2021-03-06')), []);
  });

  it('dates "in der Nacht zum Samstag" to the night that begins the day before', () => {
    assert.deepEqual(tag('In der Nacht von Freitag auf Samstag brannte eine Scheune.', day('2021-03-06')), ['Nacht von Freitag auf Samstag=2021-03-05TNI']);
    assert.deepEqual(tag('In der Nacht zum Samstag brannte es.', day('2021-03-07')), ['Nacht zum Samstag=2021-03-05TNI']);
    assert.deepEqual(tag('In der Nacht auf Freitag brannte es.', day('2021-03-06')), ['Nacht auf Freitag=2021-03-04TNI']);
  });

  it('reads "In diesem Jahr" after a span "seit 1960 … wird" as the article\'s year, also in a story told from old dates', () => {
    const body =
      'Im Jahr 1899 wurde der Grundstein gelegt. Im Jahr 1921 wurde die Kapelle gebaut. Im Jahr 1944 brannte sie ab. Seit dem 3. Mai 1960 wird die Kapelle an jedem Sonntag geöffnet. In diesem Jahr kamen 300 Besucher.';
    assert.deepEqual(tag(body, day('2009-05-04')).at(-1), 'In diesem Jahr=2009');
    const told = 'Im Jahr 1899 wurde der Grundstein gelegt. Im Jahr 1921 wurde die Kapelle gebaut. Im Jahr 1944 brannte sie ab. Am 3. Mai 1960 wurde die Kapelle neu geweiht. In diesem Jahr kamen 300 Besucher.';
    assert.deepEqual(tag(told, day('2009-05-04')).at(-1), 'In diesem Jahr=1960');
  });

  it('does not take a deadline still to come ("bis 2010") for the year of a month after it', () => {
    const body = 'Die Mitarbeiter erhalten eine Garantie bis 2010. Der Vorstand hatte bis Ende November ein Konzept verlangt.';
    assert.deepEqual(tag(body, day('2006-11-15')), ['2010=2010', 'Ende November=2006-11']);
  });

  it('reads the close or opening of trading as a time of the article day', () => {
    assert.deepEqual(tag('Zum Handelsschluss notierte der Index zwei Prozent höher.', day('2021-03-05')), ['Handelsschluss=2021-03-05TEV']);
    assert.deepEqual(tag('Bei Handelsbeginn fiel der Kurs der Aktie deutlich.', day('2021-03-05')), ['Handelsbeginn=2021-03-05TMO']);
    assert.deepEqual(tag('Der Börsenschluss wurde auf 18 Uhr verlegt.', day('2021-03-05')), ['18 Uhr=2021-03-05T18:00']);
  });

  it('reads "in der Nacht zu heute" as one night, the one that ends on the article day', () => {
    assert.deepEqual(tag('In der Nacht zu heute stürzte eine Mauer ein.', day('2021-03-06')), ['Nacht zu heute=2021-03-05TNI']);
    assert.deepEqual(tag('In der Nacht auf gestern stürzte eine Mauer ein.', day('2021-03-06')), ['Nacht auf gestern=2021-03-04TNI']);
    assert.deepEqual(tag('Die Nacht zu heute war kalt.', day('2021-03-06')), ['heute=2021-03-06']);
  });

  it('reads "Morgen Abend" opening a sentence as tomorrow evening, a capitalised "Morgen" elsewhere as the noun', () => {
    assert.deepEqual(tag('Morgen Abend soll die Fähre wieder fahren.', day('2021-03-06')), ['Morgen Abend=2021-03-07TEV']);
    assert.deepEqual(tag('Der Zug fuhr ab. Morgen früh kommt der nächste.', day('2021-03-06')), ['Morgen früh=2021-03-07TMO']);
    assert.deepEqual(tag('Er arbeitete vom Morgen bis zum Abend.', day('2021-03-06')), []);
    assert.deepEqual(tag('Morgen und Abend sind hier kühl.', day('2021-03-06')), []);
  });

  it('reads a bare month after "für (den)" as a date, not a name after it', () => {
    assert.deepEqual(tag('Die Eröffnung ist für den September geplant.', day('2021-03-06')), ['September=2021-09']);
    assert.deepEqual(tag('Der Umzug ist für Oktober angesetzt.', day('2021-03-06')), ['Oktober=2021-10']);
    assert.deepEqual(tag('Der Preis geht für August Schmidt an die Familie.', day('2021-03-06')), []);
    assert.deepEqual(tag('Er dankte für den Mai Tai.', day('2021-03-06')), []);
  });

  it('counts years back with "vor"', () => {
    assert.deepEqual(tag('Vor 70 Jahren begann der Krieg.', month('2020-06')), ['Vor 70 Jahren=1950']);
  });
});

describe('tagDates: narratives', () => {
  const history = [
    'Am 28. Juli 1914 erklärte Österreich den Krieg.',
    'Am 30. Juli folgte die Mobilmachung.',
    'Im August 1914 marschierten die Truppen.',
    'Im Jahr 1915 trat Italien bei.',
    'Im Mai 1915 begann die Offensive.',
  ].join(' ');

  it('fills in the year from the last date told, not the article date', () => {
    const dates = tag(history, day('2011-02-16'));
    assert.ok(dates.includes('30. Juli=1914-07-30'), dates.join(', '));
  });

  it('counts "zwei Tage später" from the last day told', () => {
    const dates = tag(`${history} Am 4. Juni 1916 griff Russland an. Zwei Tage später brach die Front.`, day('2011-02-16'));
    assert.ok(dates.includes('Zwei Tage später=1916-06-06'), dates.join(', '));
  });

  it('does not let an aside such as "bis 1881" move the story', () => {
    const text = `${history} Er raubte bis 1881 Banken aus. Im Oktober 1915 endete es. Im Dezember fiel Schnee.`;
    assert.ok(tag(text, day('2011-02-16')).includes('Dezember=1915-12'));
  });

  it('reads a date right after an explicit one in news as part of the same story', () => {
    assert.deepEqual(tag('Am 28. Juli 1914 begann der Krieg. Am 30. Juli folgte Russland.', day('2014-07-28')), ['28. Juli 1914=1914-07-28', '30. Juli=1914-07-30']);
  });
});

describe('tagDates: durations and references are not dates', () => {
  it('marks "seit zwei Jahren" as a duration', () => {
    const [m] = tagDates('Seit zwei Jahren gibt es keinen Fortschritt.', month('2021-03'));
    assert.deepEqual([m?.text, m?.value, m?.kind], ['zwei Jahren', 'P2Y', 'duration']);
  });

  it('marks vague future and present as references', () => {
    const values = tagDates('Die Prüfung werde in einigen Wochen abgeschlossen sein, derzeit laufe sie.', month('2021-03'));
    assert.deepEqual(
      values.map((m) => [m.text, m.value, m.kind]),
      [
        ['in einigen Wochen', 'FUTURE_REF', 'ref'],
        ['derzeit', 'PRESENT_REF', 'ref'],
      ],
    );
  });
});

describe('tagDates: no false dates', () => {
  it('ignores weekday abbreviations and names that look like months', () => {
    assert.deepEqual(tag('Der Unterhändler Lee Do-hoon traf So Jin-ho.', month('2020-07')), []);
    assert.deepEqual(tag('Das Buch von August Bebel und Juli Zeh lag dort.', month('2020-07')), []);
    assert.deepEqual(tag('Die Sängerin Mai Thi Nguyen trat auf.', month('2020-07')), []);
  });

  it('does not read counts and numbers as years', () => {
    assert.deepEqual(tag('Es kamen 1500 Menschen und 1370 Landungsboote, die Strecke war 1600 km lang.', month('2020-07')), []);
    assert.deepEqual(tag('Die UN-Resolution 1612 gilt weiter. Es waren 13.000 Flugzeuge.', month('2020-07')), []);

    // "pro Jahr 30 Starts" counts; "im Jahr 30" is an early year
    assert.deepEqual(tag('Die Firma plant pro Jahr 30 Flüge und je Jahr 12 Starts.', day('2011-03-16')), []);
    assert.deepEqual(tag('Die Stadt wurde im Jahr 30 gegründet.', day('2011-03-16')), ['Jahr 30=0030']);
  });
});

describe('tagDates: news days and parts of days', () => {
  it('reads a weekday with "vergangenen"/"letzten" also at the start of a sentence', () => {
    // 2011-03-16 is a Wednesday
    assert.deepEqual(tag('Vergangenen Dienstag brannte die Scheune ab.', day('2011-03-16')), ['Vergangenen Dienstag=2011-03-15']);
    assert.deepEqual(tag('Letzten Montag stürzte ein Kran um.', day('2011-03-16')), ['Letzten Montag=2011-03-14']);
    assert.deepEqual(tag('Vergangene Woche stürzte ein Kran um.', day('2011-03-16')), ['Vergangene Woche=2011-W10']);
  });

  it('reads "in den frühen Morgenstunden" and "nachts" as a part of the last day mentioned', () => {
    assert.deepEqual(tag('Am Freitag schlug die Polizei zu. Sie war in den frühen Morgenstunden in die Häuser eingedrungen.', day('2011-03-16')), ['Freitag=2011-03-11', 'frühen Morgenstunden=2011-03-11TMO']);
    assert.deepEqual(tag('Am Sonntag regnete es stark. Nachts stieg der Fluss an.', day('2011-03-16')), ['Sonntag=2011-03-13', 'Nachts=2011-03-13TNI']);
    // habitual nights are no date
    assert.deepEqual(tag('Am Sonntag wurde gebaut, auch nachts wurde gearbeitet.', day('2011-03-16')), ['Sonntag=2011-03-13']);
    assert.deepEqual(tag('Am Sonntag brach man ab, weil die Suche nachts zu gefährlich ist.', day('2011-03-16')), ['Sonntag=2011-03-13']);
    // the end of a span is no part of a day of its own
    assert.deepEqual(tag('Am Montag war die Straße bis in die frühen Nachmittagsstunden gesperrt.', day('2011-03-16')), ['Montag=2011-03-14']);
  });

  it('reads "vor ein paar Tagen" in news as the week of a few days back, in a history text as nothing', () => {
    assert.deepEqual(tag('Die Behörde hat vor ein paar Tagen ein Lager eröffnet.', day('2011-03-16')), ['vor ein paar Tagen=2011-W10']);
    assert.deepEqual(tag('Die Behörde hat vor wenigen Tagen ein Lager eröffnet.', day('2011-03-18')), ['vor wenigen Tagen=2011-W11']);
    // years, months and "vor langer Zeit" stay vague
    assert.deepEqual(tag('Vor ein paar Jahren war das anders.', day('2011-03-16')), ['Vor ein paar Jahren=PAST_REF']);
  });
});

describe('tagDates: a weekday with its date', () => {
  it('reads "am Montagmorgen, dem 18. Juni" as one date, the morning of that day', () => {
    assert.deepEqual(tag('Ein Lkw kippte am Montagmorgen, dem 18. Juni, auf der Autobahn um.', day('2007-06-25')), ['Montagmorgen, dem 18. Juni=2007-06-18TMO']);
    assert.deepEqual(tag('Am Samstag, den 9. Juni, begann das Fest.', day('2007-06-25')), ['Samstag, den 9. Juni=2007-06-09']);
  });

  it('leaves the night before a day to the night: "in der Nacht zu Samstag, dem 24. November"', () => {
    assert.deepEqual(tag('In der Nacht zu Samstag, dem 24. November, brannte ein Haus.', day('2007-11-25')), ['Nacht zu Samstag=2007-11-23TNI', '24. November=2007-11-24']);
  });

  it('reads a later "am Montag" as the Monday the lead named by its date', () => {
    // 2007-06-25 is itself a Monday: without the named date "am Montag" would be the article's day
    const body = 'Ein Lkw kippte am Montagmorgen, dem 18. Juni, um.\n\nDie Autobahn war am Montag bis zum Nachmittag gesperrt.';
    assert.deepEqual(tag(body, day('2007-06-25')), ['Montagmorgen, dem 18. Juni=2007-06-18TMO', 'Montag=2007-06-18']);
    assert.deepEqual(tag('Die Autobahn war am Montag bis zum Nachmittag gesperrt.', day('2007-06-25')), ['Montag=2007-06-25']);
  });

  it("takes only the lead's day for the story's day, and only for its weekday", () => {
    const body = 'Die Proteste gehen weiter.\n\nDie Mönche zogen am Montag, den 10. März, in die Stadt. Die Behörden setzten eine Frist bis Montag.';
    assert.deepEqual(tag(body, day('2008-03-17')), ['Montag, den 10. März=2008-03-10', 'Montag=2008-03-17']);
    // a day of the lead more than a week back is not "am Montag" either
    assert.deepEqual(tag('Die Mönche zogen am Montag, den 3. März, in die Stadt. Am Montag kehrten sie zurück.', day('2008-03-17')), ['Montag, den 3. März=2008-03-03', 'Montag=2008-03-17']);
    const other = 'Die Mönche zogen am Montag, den 10. März, in die Stadt. Am Mittwoch kehrten sie zurück.';
    assert.deepEqual(tag(other, day('2008-03-17')), ['Montag, den 10. März=2008-03-10', 'Mittwoch=2008-03-12']);
  });
});

describe('tagDates: dates something was moved to', () => {
  it('does not read the date a trial was put off to in the past tense of the putting off', () => {
    assert.deepEqual(tag('Der Prozess wurde auf den 28. November vertagt.', day('2005-10-19')), ['28. November=2005-11-28']);
    // the same date as the day something happened stays in the past
    assert.deepEqual(tag('Der Prozess begann am 28. November.', day('2005-10-19')), ['28. November=2004-11-28']);
  });
});

describe('tagDates: hours from the last time told', () => {
  it('dates "Eine Stunde später" and "zwei Stunden nach dem Brand" to the day told before', () => {
    const text = 'Am 3. Mai brannte eine Scheune. Zwei Stunden nach dem Brand kam die Feuerwehr. Eine Stunde später war alles gelöscht.';
    assert.deepEqual(tag(text, day('2006-05-07')), ['3. Mai=2006-05-03', 'Zwei Stunden nach dem Brand=2006-05-03', 'Eine Stunde später=2006-05-03']);
  });

  it('dates hours from an event the text does not date to the article day', () => {
    assert.deepEqual(tag('Neun Stunden nach dem Start öffnete er die Luke.', day('2006-05-07')), ['Neun Stunden nach dem Start=2006-05-07']);
  });

  it('leaves a bare length of hours and minutes in a match a duration or nothing', () => {
    assert.deepEqual(tag('Die Feuerwehr löschte zwei Stunden lang.', day('2006-05-07')), ['zwei Stunden=PT2H']);
    assert.deepEqual(tag('Am Samstag fiel das 1:0. Zwei Minuten später traf der Gast.', day('2006-05-07')), ['Samstag=2006-05-06', 'Zwei Minuten=PT2M']);
  });
});

describe('tagDates: a passive cut by an apposition', () => {
  it('reads "wird … am 26. März, dem Jahrestag, … geschmückt" as a present passive, not a future', () => {
    const text = 'Das Denkmal wird jedes Jahr am 26. März, dem Jahrestag der Schlacht, von Schülern geschmückt.';
    assert.deepEqual(tag(text, day('2010-03-29')), ['26. März=2010-03-26']);
  });

  it('keeps a future that the sentence tells as one', () => {
    const text = 'Der Minister wird am 26. März, dem Jahrestag der Schlacht, eine Rede halten.';
    assert.deepEqual(tag(text, day('2010-03-29')), ['26. März=2011-03-26']);
  });
});

describe('tagDates: an hour of the small hours after a night', () => {
  it('is the morning the night ends in', () => {
    const text = 'In der Nacht von Montag auf Dienstag brannte eine Lagerhalle. Die Polizei wurde um 3:15 Uhr gerufen. Um 5 Uhr war das Feuer aus.';
    assert.deepEqual(tag(text, day('2011-05-12')), ['Nacht von Montag auf Dienstag=2011-05-09TNI', '3:15 Uhr=2011-05-10T03:15', '5 Uhr=2011-05-10T05:00']);
    assert.deepEqual(tag('In der Nacht zum Freitag gegen 0:40 Uhr fiel der Strom aus.', day('2011-05-14')), ['Nacht zum Freitag=2011-05-12TNI', '0:40 Uhr=2011-05-13T00:40']);
  });

  it('is not an hour after six, nor an hour after a day told without its night', () => {
    const late = 'In der Nacht von Montag auf Dienstag brannte eine Lagerhalle. Um 22 Uhr kamen Schaulustige.';
    assert.deepEqual(tag(late, day('2011-05-12')), ['Nacht von Montag auf Dienstag=2011-05-09TNI', '22 Uhr=2011-05-09T22:00']);
    assert.deepEqual(tag('Am Montag um 3 Uhr fiel der Strom aus.', day('2011-05-12')), ['Montag=2011-05-09', '3 Uhr=2011-05-09T03:00']);
  });
});

describe('tagDates: "diesjährig" and its kin', () => {
  it("reads this year's, last year's and next year's from the article date", () => {
    assert.deepEqual(tag('Beim diesjährigen Stadtfest spielte eine Band.', day('2012-08-20')), ['diesjährigen=2012']);
    assert.deepEqual(tag('Die vorjährige Siegerin trat nicht an.', day('2012-08-20')), ['vorjährige=2011']);
    assert.deepEqual(tag('Die nächstjährige Ausstellung ist geplant.', day('2012-08-20')), ['nächstjährige=2013']);
  });

  it('reads no year from a length in years, nor from the noun', () => {
    assert.deepEqual(tag('Die zweijährige Ausbildung endet.', day('2012-08-20')), ['zweijährige=P2Y']);
    assert.deepEqual(tag('Das Diesjährige ist vorbei.', day('2012-08-20')), []);
  });
});

describe('tagDates: "vor einigen Monaten"', () => {
  it('is the year of about three months back', () => {
    assert.deepEqual(tag('Vor einigen Monaten schloss die Fabrik.', day('2009-09-17')), ['Vor einigen Monaten=2009']);
    assert.deepEqual(tag('Erst vor wenigen Monaten zog er um.', day('2009-02-03')), ['vor wenigen Monaten=2008']);
  });

  it('leaves "vor mehreren Monaten" and "vor einigen Jahren" vague', () => {
    assert.deepEqual(tag('Vor mehreren Monaten schloss die Fabrik.', day('2009-09-17')), ['Vor mehreren Monaten=PAST_REF']);
    assert.deepEqual(tag('Vor einigen Jahren schloss die Fabrik.', day('2009-09-17')), ['Vor einigen Jahren=PAST_REF']);
  });
});
