/**
 * `help` (and empty input): what the bot can do, with examples.
 */
import { messagesFor, type Lang } from '../i18n/messages.ts';
import type { HelpAnswer } from './types.ts';

/**
 * The help answer in a language.
 * @example helpAnswer("", "en").commands[1].usage // "who <name>"
 */
export function helpAnswer(query: string, lang: Lang): HelpAnswer {
  const m = messagesFor(lang);
  return {
    kind: 'help',
    query,
    lang,
    title: m.helpTitle,
    intro: m.helpIntro,
    commands: [
      { usage: m.usageTimeline, description: m.helpTimeline, example: '/korea timeline Kaesong 2019' },
      { usage: m.usageWho, description: m.helpWho, example: '/korea who Biegun' },
      { usage: m.usageSearch, description: m.helpSearch, example: '/korea Sanktionen 2019' },
      { usage: 'digest [on HH:MM | off | status | me HH:MM]', description: m.helpDigest, example: '/korea digest on 08:00' },
      { usage: 'help', description: m.helpHelp, example: '/korea help' },
    ],
  };
}
