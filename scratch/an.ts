import { createAnalyser } from '../src/search/analyser.ts';
const a = createAnalyser();
for (const w of ['Atomgespräche','Vizeaußenminister','Außenminister','Aussenminister','Nordkoreas','Nordkorea','Trumps','Jahr','Ende','erste','zwei','der','Gespräche','Verbindungsbüro','Kaesong','Biegun']) console.log(w, JSON.stringify(a.word(w)));
