/**
 * German function words that carry no topic. Based on the Snowball project's German stop list,
 * folded (ä -> ae). News words are deliberately absent: Jahr, Tag, Ende, erste, zwei, heute,
 * Monat, neue ... are content in news ("erste Treffen", "zwei Jahre").
 */
import { foldTerm } from './fold.ts';

const WORDS = `aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes
anderm andern anders auch auf aus bei bin bis bist da damit dann der den des dem die das dass daß
derselbe derselben denselben desselben demselben dieselbe dieselben dasselbe dazu dein deine deinem
deinen deiner deines denn derer dessen dich dir du dies diese diesem diesen dieser dieses doch dort
durch ein eine einem einen einer eines einig einige einigem einigen einiger einiges einmal er ihn ihm
es etwas euer eure eurem euren eurer eures für hab habe haben hat hatte hatten hier hin hinter ich
mich mir ihr ihre ihrem ihren ihrer ihres euch im in indem ins ist jede jedem jeden jeder jedes jene
jenem jenen jener jenes kann können könnte man manche manchem manchen mancher manches mein meine
meinem meinen meiner meines mit muss musste nach noch nun nur ob oder ohne sehr sein seine seinem
seinen seiner seines sich sie ihnen sind so solche solchem solchen solcher solches soll sollte
sondern sonst über um und uns unsere unserem unseren unser unseres unter vom von vor war waren warst
was weil welche welchem welchen welcher welches wenn werde werden wie will wir wird wirst wo wollen
wollte würde würden zu zum zur zwar wurde wurden worden sei seien habe hätte hätten`;

/** The stop list, folded. */
export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean).map(foldTerm));

/**
 * Whether a folded word is a function word.
 * @example isStopword("der") // true
 * @example isStopword("jahr") // false
 */
export function isStopword(folded: string): boolean {
  return STOPWORDS.has(folded);
}
