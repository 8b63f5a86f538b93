/** The whole score of one article: every section of FORMAT.md, judged against one Analysis. */

import type { Analysis } from '../../analysis/types.ts';
import type { GoldArticle } from '../gold.ts';
import {
  scoreBoilerplate, scoreHeadings, scoreLanguage, scoreRelated, scoreSource, scoreTitle,
  type BoilerplateScore, type HeadingsScore, type LanguageScore, type RelatedScore, type SourceScore, type TitleScore,
} from './cleaning.ts';
import { scoreDates, type DateScore } from './dates.ts';
import { scoreEntities, type EntityScore } from './entities.ts';
import { scoreEvents, type EventScore } from './events.ts';
import { scoreQuotes, type QuoteScore } from './quotes.ts';

export interface ArticleScore {
  id: string;
  title: TitleScore;
  headings: HeadingsScore;
  boilerplate: BoilerplateScore;
  related: RelatedScore;
  source: SourceScore;
  language: LanguageScore;
  entities: EntityScore;
  dates: DateScore;
  quotes: QuoteScore;
  events: EventScore;
}

/**
 * Scores one Analysis against its gold article. Pure: no I/O.
 *
 * @example
 * const s = scoreArticle(readGoldFile('x.json'), analyze(text));
 * s.title.right; s.entities.tp; s.events.fn;
 */
export function scoreArticle(gold: GoldArticle, out: Analysis): ArticleScore {
  return {
    id: gold.id,
    title: scoreTitle(gold, out),
    headings: scoreHeadings(gold, out),
    boilerplate: scoreBoilerplate(gold, out),
    related: scoreRelated(gold, out),
    source: scoreSource(gold, out),
    language: scoreLanguage(gold, out),
    entities: scoreEntities(gold.entities, out),
    dates: scoreDates(gold.dates, out),
    quotes: scoreQuotes(gold.quotes, out),
    events: scoreEvents(gold.events, out),
  };
}
