/**
 * Auxiliaries, copulas and modals: finite verbs that say nothing of speaking and that govern an
 * infinitive or participle ("musste er betonen", "hat … bekräftigt"). Spelt out here because the
 * verb tables lack some of them ("musste").
 */

// "war", "hätte", "wird", "soll", "musste" -> finite forms of sein, haben, werden and the modals
export const AUXILIARIES =
  /^(sein|ist|sind|war|waren|wäre|wären|sei|seien|hat|haben|hatte|hatten|hätte|hätten|habe|wird|werden|wurde|wurden|würde|würden|werde|kann|können|konnte|konnten|könnte|könnten|muss|müssen|musste|mussten|müsste|müssten|soll|sollen|sollte|sollten|will|wollen|wollte|wollten|darf|dürfen|durfte|dürfte|mag|möchte|möchten)$/;
